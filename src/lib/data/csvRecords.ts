/**
 * An incremental RFC 4180 CSV record parser: text goes in by chunks of any size, complete records come out.
 *
 * Why hand-written and not d3-dsv (which parseDeclarations uses for a whole file): d3-dsv parses whole
 * strings only. Scoring a file of any size streams it, and a chunk boundary can fall anywhere: inside a
 * field, between the two quotes of an escaped quote (""), between CR and LF. This is a small state machine
 * whose state survives between chunks, so the same text gives the same records however it is cut.
 *
 * Accepted: a leading UTF-8 BOM (dropped), CRLF, LF and lone CR line endings (as d3-dsv accepts them),
 * quoted fields holding commas, doubled quotes and line breaks. A quote inside an unquoted field is kept
 * as a character (as d3-dsv and spreadsheets do). Text between a closing quote and the next comma, or a
 * quoted field never closed, is a malformed record: it is returned with {@link CsvRecord.malformed} set,
 * so a caller can report that row and go on. Pure: no DOM, no Node.
 */

/** One CSV record (a row of the file), with where it starts. */
export interface CsvRecord {
  /** The fields, quotes removed and doubled quotes undoubled. */
  fields: string[];
  /** 1-based line of the file where the record starts (the header is line 1); a quoted line break counts. */
  line: number;
  /** The record breaks RFC 4180 quoting: in which field (0-based) and how; null when well formed. */
  malformed: {field: number; reason: string} | null;
}

/** Push chunks in order, then call end() once. */
export interface CsvRecordParser {
  /** The records completed by this chunk (a record is complete once its line break is read). */
  push(chunk: string): CsvRecord[];
  /** The last record if the text does not end with a line break (else none); the parser is finished. */
  end(): CsvRecord[];
}

export interface CsvRecordOptions {
  /**
   * Longest field accepted, in characters. An unclosed quote would otherwise hold the rest of the file in
   * memory as one field; past this length the parser throws {@link CsvError}. Default 1,048,576.
   */
  maxFieldChars?: number;
}

/** A failure that stops the parse (an over-long field, use after end); located by the field's start line. */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string
  ) {
    super(`line ${line}: ${problem}`);
    this.name = "CsvError";
  }
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where the machine is between two characters. */
const enum State {
  /** At the start of a field (of a record, or after a comma). */
  FieldStart,
  /** Inside an unquoted field. */
  Unquoted,
  /** Inside a quoted field. */
  Quoted,
  /** Just read a quote inside a quoted field: the closing quote, or the first of a doubled quote. */
  QuoteInQuoted,
  /** After a malformed closing quote: the rest of the field is read as unquoted text. */
  AfterBadQuote,
  /** Just ended a record with CR: an LF that follows belongs to the same line break. */
  AfterCr
}

/**
 * Create a parser. Records are arrays of strings: no header handling, no types (see declarationStream.ts).
 *
 * Line numbers: each LF, CR or CRLF ends a line; a record's `line` is the line its first character is on.
 *
 * @example
 * const p = createCsvRecordParser();
 * p.push('a,"b\n'); // []
 * p.push('c"\r\n1,2'); // [{fields: ["a", "b\nc"], line: 1, malformed: null}]
 * p.end(); // [{fields: ["1", "2"], line: 3, malformed: null}]
 */
export function createCsvRecordParser(options: CsvRecordOptions = {}): CsvRecordParser {
  const maxField = options.maxFieldChars ?? 1 << 20;
  let state: State = State.FieldStart;
  let atStart = true; // before the first character of the text (for the BOM)
  let ended = false;
  let line = 1; // line of the character being read
  let recordLine = 1;
  let fields: string[] = [];
  let field = ""; // the current field's text from earlier chunks (and undoubled quotes)
  let fieldLine = 1; // where the current field starts, for CsvError
  let malformed: CsvRecord["malformed"] = null;
  let inRecord = false; // any character of the current record read (an empty last line is no record)
  let pendingCr = false; // a chunk ended with CR inside a quoted field: a line break unless LF follows

  function finishRecord(out: CsvRecord[]): void {
    out.push({fields, line: recordLine, malformed});
    fields = [];
    malformed = null;
    inRecord = false;
  }

  function checkLength(extra: number): void {
    if (field.length + extra > maxField) {
      throw new CsvError(fieldLine, `a field longer than ${maxField} characters: is a quote left unclosed?`);
    }
  }

  function push(chunk: string): CsvRecord[] {
    if (ended) throw new CsvError(line, "push after end");
    const out: CsvRecord[] = [];
    if (pendingCr && chunk.length > 0) {
      pendingCr = false;
      if (chunk.charCodeAt(0) !== LF) line++;
    }
    let i = 0;
    const n = chunk.length;
    if (atStart && n > 0) {
      atStart = false;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    let start = i; // start in this chunk of the text not yet copied into `field`
    while (i < n) {
      const c = chunk.charCodeAt(i);
      switch (state) {
        case State.AfterCr:
          state = State.FieldStart;
          if (c === LF) {
            i++;
            start = i;
            continue;
          }
        // falls through: this character starts the next record
        case State.FieldStart:
          if (!inRecord) {
            inRecord = true;
            recordLine = line;
          }
          fieldLine = line;
          if (c === QUOTE) {
            state = State.Quoted;
            i++;
            start = i;
            continue;
          }
          state = State.Unquoted;
          start = i;
        // falls through: read the first character as part of an unquoted field
        case State.Unquoted:
        case State.AfterBadQuote:
          // The hot loop: scan to the end of the field.
          while (i < n) {
            const d = chunk.charCodeAt(i);
            if (d === COMMA || d === LF || d === CR) break;
            i++;
          }
          if (i === n) continue;
          fields.push(field + chunk.slice(start, i));
          field = "";
          {
            const d = chunk.charCodeAt(i);
            i++;
            start = i;
            if (d === COMMA) state = State.FieldStart;
            else {
              line++;
              finishRecord(out);
              state = d === CR ? State.AfterCr : State.FieldStart;
            }
          }
          continue;
        case State.Quoted:
          while (i < n) {
            const d = chunk.charCodeAt(i);
            if (d === QUOTE) break;
            if (d === LF) line++;
            // CRLF counts once, at its LF; a CR that ends the chunk is settled by the next one (pendingCr)
            else if (d === CR && i + 1 < n && chunk.charCodeAt(i + 1) !== LF) line++;
            i++;
          }
          if (i === n) continue;
          field += chunk.slice(start, i);
          i++;
          start = i;
          state = State.QuoteInQuoted;
          continue;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            // a doubled quote: the second one starts the next run of text
            state = State.Quoted;
            start = i;
            i++;
            continue;
          }
          if (c === COMMA || c === LF || c === CR) {
            fields.push(field);
            field = "";
            i++;
            start = i;
            if (c === COMMA) state = State.FieldStart;
            else {
              line++;
              finishRecord(out);
              state = c === CR ? State.AfterCr : State.FieldStart;
            }
            continue;
          }
          malformed ??= {
            field: fields.length,
            reason: `text after the closing quote of a quoted field (a quote inside a field is written "")`
          };
          state = State.AfterBadQuote;
          start = i;
          continue;
      }
    }
    // Keep the unfinished field's text for the next chunk.
    if (state === State.Unquoted || state === State.AfterBadQuote || state === State.Quoted) {
      checkLength(n - start);
      field += chunk.slice(start, n);
      if (state === State.Quoted && n > 0 && chunk.charCodeAt(n - 1) === CR) pendingCr = true;
    }
    return out;
  }

  return {
    push,
    end(): CsvRecord[] {
      if (ended) throw new CsvError(line, "end called twice");
      if (pendingCr) {
        pendingCr = false;
        line++;
      }
      ended = true;
      const out: CsvRecord[] = [];
      switch (state) {
        case State.Quoted:
          malformed ??= {field: fields.length, reason: `a quoted field opened on line ${fieldLine} is never closed`};
          fields.push(field);
          finishRecord(out);
          break;
        case State.Unquoted:
        case State.AfterBadQuote:
        case State.QuoteInQuoted:
          fields.push(field);
          finishRecord(out);
          break;
        case State.FieldStart:
          // after a comma the record has an empty last field; after a line break there is no record
          if (inRecord) {
            fields.push("");
            finishRecord(out);
          }
          break;
        case State.AfterCr:
          break;
      }
      field = "";
      return out;
    }
  };
}
