/**
 * The Customs Import Declaration Datasets' schema, and a validating parser for one split's CSV text.
 *
 * Pure: takes text, returns typed rows or throws a {@link DatasetError} naming file, row and field.
 * Source of the schema: the dataset's README (22 columns, in this order).
 */
import {csvParseRows} from "d3-dsv";

export type ColumnType = "id" | "category" | "date" | "number" | "binary" | "critical";

/** The 22 columns in file order, each with the key it gets in a {@link Declaration} and how it is read. */
export const COLUMNS = [
  {name: "Declaration ID", key: "id", type: "id"},
  {name: "Date", key: "date", type: "date"},
  {name: "Office ID", key: "office", type: "category"},
  {name: "Process Type", key: "processType", type: "category"},
  {name: "Import Type", key: "importType", type: "category"},
  {name: "Import Use", key: "importUse", type: "category"},
  {name: "Payment Type", key: "paymentType", type: "category"},
  {name: "Mode of Transport", key: "transport", type: "category"},
  {name: "Declarant ID", key: "declarant", type: "category"},
  {name: "Importer ID", key: "importer", type: "category"},
  {name: "Seller ID", key: "seller", type: "category"},
  {name: "Courier ID", key: "courier", type: "category"},
  {name: "HS6 Code", key: "hs6", type: "category"},
  {name: "Country of Departure", key: "departure", type: "category"},
  {name: "Country of Origin", key: "origin", type: "category"},
  {name: "Tax Rate", key: "taxRate", type: "number"},
  {name: "Tax Type", key: "taxType", type: "category"},
  {name: "Country of Origin Indicator", key: "originIndicator", type: "category"},
  {name: "Net Mass", key: "netMass", type: "number"},
  {name: "Item Price", key: "itemPrice", type: "number"},
  {name: "Fraud", key: "fraud", type: "binary"},
  {name: "Critical Fraud", key: "criticalFraud", type: "critical"}
] as const satisfies ReadonlyArray<{name: string; key: string; type: ColumnType}>;

export type ColumnName = (typeof COLUMNS)[number]["name"];
export type ColumnKey = (typeof COLUMNS)[number]["key"];

/** What each column means, for the schema table on the Data page (from the dataset's documentation). */
export const COLUMN_DESCRIPTIONS: Record<ColumnName, string> = {
  "Declaration ID": "Unique identifier of the declaration",
  "Date": "Declaration date (YYYY-MM-DD)",
  "Office ID": "Customs office that received the declaration",
  "Process Type": "Declaration processing type (e.g. after-arrival, pre-arrival)",
  "Import Type": "Import type code; 15 = e-commerce import",
  "Import Use": "Import purpose code (e.g. raw material for domestic consumption)",
  "Payment Type": "Tariff payment type (e.g. sight, usance letter of credit)",
  "Mode of Transport": "Transport mode code (sea, air, ...)",
  "Declarant ID": "Person or broker who declared the goods",
  "Importer ID": "Importer (consignee)",
  "Seller ID": "Overseas seller",
  "Courier ID": "Delivery service provider; mostly empty (no courier)",
  "HS6 Code": "6-digit Harmonized System product code",
  "Country of Departure": "Country the goods were shipped from (ISO 3166 alpha-2)",
  "Country of Origin": "Country of origin (ISO 3166 alpha-2)",
  "Tax Rate": "Tariff rate (%)",
  "Tax Type": "Tariff type (e.g. FTA preferential rate)",
  "Country of Origin Indicator": "How the origin is indicated (e.g. marking on the package)",
  "Net Mass": "Net mass excluding packaging (kg)",
  "Item Price": "Assessed value (KRW)",
  "Fraud": "1 if the inspection found fraud, else 0",
  "Critical Fraud": "0 none, 1 fraud, 2 critical fraud"
};

/** Empty ID fields (Courier ID, Seller ID, ...) are a category of their own, not an error. */
export const MISSING = "missing";

export type Split = "train" | "valid" | "test";

/** One validated declaration. Categories are strings (HS6 codes keep their leading zeros). */
export interface Declaration {
  id: string;
  date: string;
  office: string;
  processType: string;
  importType: string;
  importUse: string;
  paymentType: string;
  transport: string;
  declarant: string;
  importer: string;
  seller: string;
  courier: string;
  hs6: string;
  departure: string;
  origin: string;
  taxRate: number;
  taxType: string;
  originIndicator: string;
  netMass: number;
  itemPrice: number;
  fraud: 0 | 1;
  criticalFraud: 0 | 1 | 2;
}

/** A parse or validation failure, located by file, 1-based data row (header excluded) and field. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly field: string | null,
    /** The problem alone, without the location (callers that add context rebuild the message from it). */
    readonly problem: string
  ) {
    super(`${file}${row === null ? "" : `, row ${row}`}${field === null ? "" : `, field "${field}"`}: ${problem}`);
    this.name = "DatasetError";
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Thrown by a field reader; the row loop adds file, row and field. Cheap: no stack is needed. */
class FieldProblem {
  constructor(readonly problem: string) {}
}

type Reader = (raw: string, dates: Set<string>) => string | number;

/**
 * One reader per column type, created once for the module: the parse calls them 54,000 × 22 times, so
 * nothing is allocated per field on the good path (an earlier version built a closure per field).
 * `dates` holds the dates already checked in this parse (a split has about 90 to 370 distinct ones).
 */
const READERS: Record<ColumnType, Reader> = {
  id: (raw) => {
    if (raw === "") throw new FieldProblem("is empty");
    return raw;
  },
  category: (raw) => (raw === "" ? MISSING : raw),
  date: (raw, dates) => {
    if (!dates.has(raw)) {
      if (!isIsoDate(raw)) throw new FieldProblem("is not an ISO date YYYY-MM-DD");
      dates.add(raw);
    }
    return raw;
  },
  number: (raw) => {
    if (!NUMBER.test(raw)) throw new FieldProblem("is not a number");
    const x = Number(raw);
    if (!Number.isFinite(x)) throw new FieldProblem("is not a finite number");
    if (x < 0) throw new FieldProblem("is negative");
    return x;
  },
  binary: (raw) => {
    if (raw !== "0" && raw !== "1") throw new FieldProblem("must be 0 or 1");
    return raw === "1" ? 1 : 0;
  },
  critical: (raw) => {
    if (raw !== "0" && raw !== "1" && raw !== "2") throw new FieldProblem("must be 0, 1 or 2");
    return raw === "0" ? 0 : raw === "1" ? 1 : 2;
  }
};

/** Import Type may not be empty (it defines the e-commerce population); other categories may. */
const IMPORT_TYPE = COLUMNS.findIndex((c) => c.key === "importType");
const COLUMN_READERS: readonly Reader[] = COLUMNS.map((c, j) =>
  j === IMPORT_TYPE ? (raw: string, dates: Set<string>) => READERS.id(raw, dates) : READERS[c.type]
);

/**
 * Every key of a Declaration, in schema order, with a value of its type. A row starts as a copy of it: V8
 * copies such an object's shape whole, where adding 22 keys one by one to `{}` made validateRow 3 times slower.
 */
const ROW_TEMPLATE: Readonly<Record<string, string | number>> = Object.fromEntries(
  COLUMNS.map((c) => [c.key, c.type === "number" || c.type === "binary" || c.type === "critical" ? 0 : ""])
);

/** Where each of the 22 columns is in a file's records: what {@link checkHeader} finds in its header. */
export interface HeaderLayout {
  /** The header's names as read, in file order (extra columns included). */
  names: readonly string[];
  /** For each of {@link COLUMNS}, in schema order, the index of its field in a record. */
  positions: readonly number[];
  /** Names in the header that are not in the schema, in file order (ignored when reading by name). */
  extra: readonly string[];
  /** The schema's columns are not in the schema's order (possible only when reading by name). */
  reordered: boolean;
  /** The label columns the file lacks (possible only when reading by name): each reads as 0. */
  unlabelled: readonly string[];
}

/** How far apart two strings are: Levenshtein distance (insertions, deletions, substitutions). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** A header name that is probably `name` mistyped or re-cased: equal ignoring case and spaces, or within 2 edits. */
function closeTo(name: string, found: string): boolean {
  const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");
  return squash(name) === squash(found) || editDistance(name.toLowerCase(), found.toLowerCase()) <= Math.min(2, name.length >> 2);
}

/** The column types of the inspection outcome (Fraud, Critical Fraud). */
const LABEL_TYPES: ReadonlySet<string> = new Set(["binary", "critical"]);

const quoteList = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/**
 * Check a file's header and say where each column is.
 *
 * `"exact"` (a dataset split, {@link parseDeclarations}): the 22 columns in schema order and nothing else.
 * `"byName"` (a file to score): every schema column present exactly once, anywhere, except that the two
 * label columns may be absent (listed in `unlabelled`, read as 0); other columns are
 * listed in `extra` and ignored. All missing columns are named in one error, each with the header name that
 * is probably it ("found ... instead") when one is close: equal ignoring case, spaces, "_" and "-", or at
 * most 2 edits away (1 for names under 8 characters).
 *
 * @param header the header record's fields (BOM already removed)
 * @param file the file name, for the error
 * @param mode "exact" or "byName"
 * @returns the layout for {@link validateRow}
 * @throws {DatasetError} (row null, field the first column at fault) if the header does not fit
 * @example checkHeader(COLUMNS.map((c) => c.name), "f.csv", "exact").positions // [0, 1, ..., 21]
 */
export function checkHeader(header: readonly string[], file: string, mode: "exact" | "byName"): HeaderLayout {
  if (mode === "exact") {
    COLUMNS.forEach((c, j) => {
      if (header[j] !== c.name) {
        const found = header[j] === undefined ? "nothing" : `"${header[j]}"`;
        throw new DatasetError(file, null, c.name, `header column ${j + 1} should be "${c.name}", found ${found}`);
      }
    });
    if (header.length !== COLUMNS.length) {
      throw new DatasetError(file, null, null, `header has ${header.length} columns, expected ${COLUMNS.length}`);
    }
    return {names: header, positions: COLUMNS.map((_, j) => j), extra: [], reordered: false, unlabelled: []};
  }
  const index = new Map<string, number>();
  header.forEach((name, j) => {
    const first = index.get(name);
    if (first !== undefined && COLUMNS.some((c) => c.name === name)) {
      throw new DatasetError(file, null, name, `the header has column "${name}" twice (columns ${first + 1} and ${j + 1})`);
    }
    if (first === undefined) index.set(name, j);
  });
  // a file to score may come without its inspection outcome: the label columns are optional
  const unlabelled = COLUMNS.filter((c) => LABEL_TYPES.has(c.type) && !index.has(c.name)).map((c) => c.name);
  const missing = COLUMNS.filter((c) => !index.has(c.name) && !LABEL_TYPES.has(c.type)).map((c) => c.name);
  const known = new Set<string>(COLUMNS.map((c) => c.name));
  const extra = header.filter((name) => !known.has(name));
  if (missing.length === COLUMNS.length - LABEL_TYPES.size) {
    const empty = header.length === 0 || (header.length === 1 && header[0] === "");
    const found = empty ? "the first line is empty" : `its first line has ${quoteList(header.slice(0, 3))}${header.length > 3 ? ", ..." : ""}`;
    throw new DatasetError(file, null, COLUMNS[0].name, `none of the dataset's ${COLUMNS.length} columns is in the header (${found}): is the header line missing?`);
  }
  if (missing.length > 0) {
    const what = missing.map((name) => {
      const near = extra.find((found) => closeTo(name, found));
      return near === undefined ? `"${name}"` : `"${name}" (found "${near}" instead, column ${header.indexOf(near) + 1})`;
    });
    const list = what.length === 1 ? what[0] : `${what.slice(0, -1).join(", ")} and ${what[what.length - 1]}`;
    throw new DatasetError(file, null, missing[0], `the header lacks ${missing.length === 1 ? "column" : `${missing.length} columns`} ${list}`);
  }
  const positions = COLUMNS.map((c) => index.get(c.name) ?? -1);
  const present = positions.filter((p) => p >= 0);
  return {names: header, positions, extra, reordered: present.some((p, j) => j > 0 && p < present[j - 1]), unlabelled};
}

/** Why one row is left out: the field at fault (a header name; null if none), its raw value, the reason. */
export class RowProblem {
  constructor(
    readonly field: string | null,
    /** The field's text as read (untrimmed); null when the problem is not one value (a field count). */
    readonly value: string | null,
    readonly reason: string
  ) {}

  /** The problem as one phrase, without the location: `is not a number (value "12kg")`. */
  get text(): string {
    return this.value === null ? this.reason : `${this.reason} (value "${this.value}")`;
  }
}

/**
 * Validate one record against the schema: the one row rule of the dataset, for a split and for a file to score.
 *
 * Checks: as many fields as the header; Declaration ID and Import Type present; Date a valid ISO date;
 * Tax Rate, Net Mass and Item Price finite numbers >= 0; Fraud 0 or 1; Critical Fraud 0, 1 or 2. Fields are
 * trimmed; empty category fields become {@link MISSING}. Columns outside the schema are not read.
 *
 * @param fields the record's fields
 * @param layout where the columns are ({@link checkHeader})
 * @param dates dates already checked, kept by the caller across rows (a speed-up: a split has a few hundred)
 * @returns the declaration (keys in schema order), or the first problem in schema order
 */
export function validateRow(fields: readonly string[], layout: HeaderLayout, dates: Set<string>): Declaration | RowProblem {
  const width = layout.names.length;
  if (fields.length < width) {
    // Name the first field that is missing, so the reader knows where the row was cut short.
    return new RowProblem(
      layout.names[fields.length],
      null,
      `the row has ${fields.length} fields, expected ${width}: it ends before this field`
    );
  }
  if (fields.length > width) {
    return new RowProblem(
      layout.names[width - 1],
      null,
      `the row has ${fields.length} fields, expected ${width}: ${fields.length - width} extra after this field`
    );
  }
  const d: Record<string, string | number> = {...ROW_TEMPLATE};
  const positions = layout.positions;
  let j = 0;
  try {
    for (; j < COLUMNS.length; j++) d[COLUMNS[j].key] = COLUMN_READERS[j](positions[j] < 0 ? "0" : fields[positions[j]].trim(), dates);
  } catch (e) {
    if (!(e instanceof FieldProblem)) throw e;
    return new RowProblem(COLUMNS[j].name, fields[positions[j]], e.problem);
  }
  return d as unknown as Declaration;
}

/**
 * Parse and validate one split's CSV text.
 *
 * Checks: the header is the 22 columns in order ({@link checkHeader}, "exact"); every row passes
 * {@link validateRow}. A single empty line at the end is ignored.
 *
 * @param text the file's content
 * @param file the file name, used in error messages
 * @returns the declarations in file order
 * @throws {DatasetError} at the first invalid header, row or field
 * @example parseDeclarations("Declaration ID,Date,...\n97061800,2020-01-01,...", "df_syn_train_eng.csv")
 */
export function parseDeclarations(text: string, file: string): Declaration[] {
  const rows = csvParseRows(text.replace(/^\uFEFF/, ""));
  if (rows.length === 0) throw new DatasetError(file, null, null, "the file is empty");
  const layout = checkHeader(rows[0], file, "exact");
  const dates = new Set<string>();
  const out: Declaration[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    if (r.length === 1 && r[0] === "" && i === rows.length - 1) continue; // trailing newline
    const d = validateRow(r, layout, dates);
    if (d instanceof RowProblem) throw new DatasetError(file, i, d.field, d.text);
    out.push(d);
  }
  return out;
}

/** Import Type code of e-commerce imports (the paper's study population). */
export const ECOMMERCE_IMPORT_TYPE = "15";

/** The e-commerce declarations (Import Type 15), in the order given. */
export function ecommerceOnly<T extends {importType: string}>(rows: readonly T[]): T[] {
  return rows.filter((d) => d.importType === ECOMMERCE_IMPORT_TYPE);
}

/** The three chronological splits' rows (train 2020, validation 2021 Q1, test 2021 Q2). */
export interface SplitRows {
  train: Declaration[];
  valid: Declaration[];
  test: Declaration[];
}

/**
 * Rows grouped by their split, file order kept within each.
 * @param rows declarations with their split
 */
export function bySplit(rows: readonly (Declaration & {split: Split})[]): SplitRows {
  return {
    train: rows.filter((d) => d.split === "train"),
    valid: rows.filter((d) => d.split === "valid"),
    test: rows.filter((d) => d.split === "test")
  };
}

/** The fields of an e-commerce declaration shipped to pages (everything but the constant Import Type), in their table order: loaders/summary.ts writes them, the data page heads them. */
export const ECOMMERCE_FIELDS = [
  "id",
  "split",
  "date",
  "office",
  "processType",
  "importUse",
  "paymentType",
  "transport",
  "declarant",
  "importer",
  "seller",
  "courier",
  "hs6",
  "departure",
  "origin",
  "taxRate",
  "taxType",
  "originIndicator",
  "netMass",
  "itemPrice",
  "fraud",
  "criticalFraud"
] as const satisfies readonly (keyof Declaration | "split")[];
