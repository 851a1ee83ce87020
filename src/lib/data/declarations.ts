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
  j === IMPORT_TYPE ? (raw: string, dates: Set<string>) => READERS.id(raw, dates) : READERS[c.type]);

/**
 * Parse and validate one split's CSV text.
 *
 * Checks: the header is the 22 columns in order; every row has 22 fields; Declaration ID and Import Type
 * are present; dates are valid ISO dates; Tax Rate, Net Mass and Item Price are finite numbers >= 0;
 * Fraud is 0 or 1; Critical Fraud is 0, 1 or 2. Empty category fields become {@link MISSING}.
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
  const header = rows[0];
  COLUMNS.forEach((c, j) => {
    if (header[j] !== c.name) {
      const found = header[j] === undefined ? "nothing" : `"${header[j]}"`;
      throw new DatasetError(file, null, c.name, `header column ${j + 1} should be "${c.name}", found ${found}`);
    }
  });
  if (header.length !== COLUMNS.length) {
    throw new DatasetError(file, null, null, `header has ${header.length} columns, expected ${COLUMNS.length}`);
  }
  const n = COLUMNS.length;
  const dates = new Set<string>();
  const out: Declaration[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    if (r.length === 1 && r[0] === "" && i === rows.length - 1) continue; // trailing newline
    if (r.length < n) {
      // Name the first field that is missing, so the reader knows where the row was cut short.
      throw new DatasetError(file, i, COLUMNS[r.length].name,
        `the row has ${r.length} fields, expected ${n}: it ends before this field`);
    }
    if (r.length > n) {
      throw new DatasetError(file, i, COLUMNS[n - 1].name,
        `the row has ${r.length} fields, expected ${n}: ${r.length - n} extra after this field`);
    }
    const d: Record<string, string | number> = {};
    let j = 0;
    try {
      for (; j < n; j++) d[COLUMNS[j].key] = COLUMN_READERS[j](r[j].trim(), dates);
    } catch (e) {
      if (!(e instanceof FieldProblem)) throw e;
      throw new DatasetError(file, i, COLUMNS[j].name, `${e.problem} (value "${r[j]}")`);
    }
    out.push(d as unknown as Declaration);
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
