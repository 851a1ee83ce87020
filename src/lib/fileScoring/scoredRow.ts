/**
 * What scoring a whole file produces per declaration, and its CSV form: shared by `npm run score` and the
 * page that scores a file in the browser, so both write the same bytes for the same scores.
 * Pure: no DOM, no Node.
 */
import type {Declaration} from "../data/declarations.js";

/** One scored declaration: its ID and the output fields, keyed by output column name. */
export interface ScoredRow {
  id: string;
  fields: Record<string, string | number>;
}

/** Scores a batch of validated declarations (a chunk of the file, in file order), one row each, in order. */
export type Scorer = (ds: readonly Declaration[]) => ScoredRow[];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF, or starts or ends with a space
 * (which a reader that trims would lose); a quote inside is doubled. A number is written with String(x),
 * the shortest text that reads back as the same double, so a re-read gives the same number.
 * @throws {Error} for a number that is not finite (a scorer bug that must not reach a file as NaN)
 * @example csvField('say "hi"') // '"say ""hi"""'
 */
export function csvField(value: string | number): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`csvField: ${value} is not a finite number`);
    return String(value);
  }
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The CSV header line for the output columns (no line break).
 * @example csvHeader(["Declaration ID", "Item Price"]) // "Declaration ID,Item Price"
 */
export function csvHeader(columns: readonly string[]): string {
  return columns.map(csvField).join(",");
}

/**
 * One scored row as a CSV line (no line break): `row.fields[c]` for each column c, in order, RFC 4180 quoting.
 * @throws {Error} naming the column and the declaration if the row lacks a column or a number is not finite
 * @example toCsvLine(["Declaration ID", "Item Price"], {id: "1", fields: {"Declaration ID": "1", "Item Price": 372254.4}}) // "1,372254.4"
 */
export function toCsvLine(columns: readonly string[], row: ScoredRow): string {
  let line = "";
  for (let j = 0; j < columns.length; j++) {
    const v = row.fields[columns[j]];
    if (v === undefined) throw new Error(`toCsvLine: declaration ${row.id} has no value for column "${columns[j]}"`);
    try {
      line += (j === 0 ? "" : ",") + csvField(v);
    } catch (e) {
      throw new Error(`toCsvLine: declaration ${row.id}, column "${columns[j]}": ${(e as Error).message}`);
    }
  }
  return line;
}
