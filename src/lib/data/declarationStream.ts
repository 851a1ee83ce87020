/**
 * Reading a file of declarations to score, of any size, chunk by chunk: the validation the build does
 * (declarations.ts: one header check, one row validator), but a bad row is collected and left out instead of
 * stopping the read. Used by `npm run score` and, in a Web Worker, by the page that scores a whole file.
 *
 * Memory stays bounded: the only state kept per row is the set of Declaration IDs seen (with each one's line,
 * to flag duplicates); valid rows are handed back by each push(), errors beyond `maxErrors` are counted and
 * passed to `onError` but not kept. Pure: no DOM, no Node.
 */
import {CsvError, createCsvRecordParser, type CsvRecord} from "./csvRecords.js";
import {COLUMNS, DatasetError, RowProblem, checkHeader, validateRow, type Declaration, type HeaderLayout} from "./declarations.js";

/** A row left out: where (file, 1-based line where the record starts, header name), its value and why. */
export interface RowError {
  file: string;
  line: number;
  /** The header name of the field at fault; null when the row as a whole is (an empty line). */
  field: string | null;
  /** The field's text as read; null when the problem is not one value (a field count, an empty line). */
  value: string | null;
  reason: string;
}

/**
 * One line for a person: `f.csv, line 7, field "Net Mass": is not a number (value "12kg")`.
 * @example formatRowError({file: "f.csv", line: 3, field: null, value: null, reason: "the row is empty"}) // "f.csv, line 3: the row is empty"
 */
export function formatRowError(e: RowError): string {
  return `${e.file}, line ${e.line}${e.field === null ? "" : `, field "${e.field}"`}: ${e.reason}${e.value === null ? "" : ` (value "${e.value}")`}`;
}

export interface DeclarationReaderOptions {
  /** Errors kept in `errors` (all are counted in `errorCount` and passed to `onError`). Default 1,000. */
  maxErrors?: number;
  /** Called for every row error as it is found (the command line prints them as they come). */
  onError?: (e: RowError) => void;
  /** Passed to the CSV parser (see csvRecords.ts). */
  maxFieldChars?: number;
}

/** Push the file's text in order, chunk by chunk; then call end() once. */
export interface DeclarationReader {
  /**
   * The valid declarations completed by this chunk, in file order.
   * @throws {DatasetError} if the header is wrong, the file has no header or a field is over-long (the
   *   whole file is refused: nothing more is read, and later calls throw the same error)
   */
  push(chunk: string): Declaration[];
  /** The last valid declarations; the reader is finished. Throws like push (also for an empty file). */
  end(): Declaration[];
  /** The file name given, used in every message. */
  readonly file: string;
  /** The first `maxErrors` rows left out, in file order. */
  readonly errors: readonly RowError[];
  /** All rows left out (also those beyond `maxErrors`). */
  readonly errorCount: number;
  /** What was accepted but worth saying (extra columns ignored, columns in another order). */
  readonly notes: readonly string[];
  /** Data records read so far (header excluded; empty lines at the end of the file excluded). */
  readonly rowsRead: number;
  /** Data records accepted: rowsRead - errorCount. */
  readonly rowsValid: number;
  /** The header's layout once it is read (null before). */
  readonly layout: HeaderLayout | null;
}

/**
 * Create a reader for one file.
 *
 * The header is checked by name ({@link checkHeader}, "byName"): a missing or renamed column refuses the file
 * with one error naming every missing column; columns outside the schema are ignored with a note. Each data
 * row then goes through {@link validateRow} (the rule parseDeclarations applies to a split); a row that fails,
 * a record with broken quoting, an empty line before the end, or a Declaration ID already seen (the first
 * occurrence is kept, every later one is an error naming the first's line) is an error and left out. One
 * error per row: the first problem in schema order, then the duplicate check.
 *
 * @param file the file's name, named in every message
 * @param options see {@link DeclarationReaderOptions}
 * @example
 * const r = createDeclarationReader("in.csv");
 * for (const chunk of chunks) for (const d of r.push(chunk)) score(d);
 * for (const d of r.end()) score(d);
 * r.errors.map(formatRowError);
 */
export function createDeclarationReader(file: string, options: DeclarationReaderOptions = {}): DeclarationReader {
  const maxErrors = options.maxErrors ?? 1000;
  const onError = options.onError;
  const csv = createCsvRecordParser({maxFieldChars: options.maxFieldChars});
  let layout: HeaderLayout | null = null;
  let failure: DatasetError | null = null;
  const errors: RowError[] = [];
  const notes: string[] = [];
  let errorCount = 0;
  let rowsRead = 0;
  /** Declaration ID -> line of its first occurrence: the only state that grows with the file. */
  const firstLine = new Map<string, number>();
  const dates = new Set<string>();
  /** Empty lines not yet known to be followed by data: [first line, count] (at the end they are ignored). */
  let blankFrom = 0;
  let blankCount = 0;

  function fail(e: DatasetError): never {
    failure = e;
    throw e;
  }

  function report(line: number, field: string | null, value: string | null, reason: string): void {
    const e: RowError = {file, line, field, value, reason};
    errorCount++;
    if (errors.length < maxErrors) errors.push(e);
    onError?.(e);
  }

  function readHeader(r: CsvRecord): void {
    if (r.malformed) fail(new DatasetError(file, null, null, `the header (line ${r.line}) is not valid CSV: ${r.malformed.reason}`));
    layout = checkHeader(r.fields, file, "byName");
    if (layout.extra.length > 0) {
      const list = layout.extra.map((n) => `"${n}"`).join(", ");
      notes.push(`${file}: ${layout.extra.length} column${layout.extra.length === 1 ? "" : "s"} not in the dataset's schema ignored: ${list}`);
    }
    if (layout.unlabelled.length > 0)
      notes.push(`${file}: no ${layout.unlabelled.map((n) => `"${n}"`).join(" or ")} column: the file is scored, but nothing can be said about what its selection would catch`);
    if (layout.reordered) notes.push(`${file}: the columns are not in the dataset's order; they are read by name`);
  }

  function readRow(r: CsvRecord, lay: HeaderLayout, out: Declaration[]): void {
    const f = r.fields;
    if (f.length === 1 && f[0] === "" && lay.names.length > 1) {
      if (blankCount === 0) blankFrom = r.line;
      blankCount++;
      return;
    }
    rowsRead++;
    // Empty lines followed by data are errors, each on its own line (an empty line is one line).
    for (; blankCount > 0; blankCount--, blankFrom++) {
      rowsRead++;
      report(blankFrom, null, null, "the row is empty");
    }
    if (r.malformed) {
      const j = r.malformed.field;
      report(r.line, lay.names[j] ?? null, f[j] ?? null, `the row is not valid CSV: ${r.malformed.reason}`);
      return;
    }
    const d = validateRow(f, lay, dates);
    if (d instanceof RowProblem) {
      report(r.line, d.field, d.value, d.reason);
      // A row with an ID is still registered, so a later copy of it is flagged too.
      if (f.length === lay.names.length) seen(f[lay.positions[0]].trim(), r.line);
      return;
    }
    const first = seen(d.id, r.line);
    if (first !== r.line) {
      report(r.line, COLUMNS[0].name, f[lay.positions[0]], `duplicate Declaration ID: first on line ${first}`);
      return;
    }
    out.push(d);
  }

  /** The line where `id` first appeared (this line if new). */
  function seen(id: string, line: number): number {
    if (id === "") return line;
    const first = firstLine.get(id);
    if (first !== undefined) return first;
    // Copy the key out of the chunk: a slice of 13 characters or more can keep V8's whole chunk string alive.
    firstLine.set(id.length < 13 ? id : (id + " ").slice(0, -1), line);
    return line;
  }

  function take(records: CsvRecord[]): Declaration[] {
    const out: Declaration[] = [];
    for (const r of records) {
      if (layout === null) readHeader(r);
      else readRow(r, layout, out);
    }
    // The date cache saves re-checking a date; it is bounded so a file of many dates cannot grow it without end.
    if (dates.size > 10_000) dates.clear();
    return out;
  }

  function guarded(fn: () => CsvRecord[]): Declaration[] {
    if (failure) throw failure;
    let records: CsvRecord[];
    try {
      records = fn();
    } catch (e) {
      if (e instanceof CsvError) fail(new DatasetError(file, null, null, `line ${e.line}: ${e.problem}`));
      throw e;
    }
    try {
      return take(records);
    } catch (e) {
      if (e instanceof DatasetError) failure = e; // a header error: refuse the rest of the file too
      throw e;
    }
  }

  return {
    file,
    push: (chunk) => guarded(() => csv.push(chunk)),
    end() {
      const out = guarded(() => csv.end());
      if (layout === null) fail(new DatasetError(file, null, null, "the file is empty"));
      return out;
    },
    errors,
    notes,
    get errorCount() {
      return errorCount;
    },
    get rowsRead() {
      return rowsRead;
    },
    get rowsValid() {
      return rowsRead - errorCount;
    },
    get layout() {
      return layout;
    }
  };
}
