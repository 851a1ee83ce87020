/**
 * Declarations written back in the dataset's own CSV schema (its 22 columns in order), so a page reads
 * them with the dataset's parser (src/lib/data/declarations.ts): the instrument's "load by ID" and
 * /declaration ship them this way.
 */
import {csvFormatRows} from "d3-dsv";
import {COLUMNS, type Declaration} from "../src/lib/data/declarations.js";

/**
 * @param rows declarations
 * @returns the CSV text: the header, one line per declaration, a final newline
 */
export function datasetCsv(rows: readonly Declaration[]): string {
  return csvFormatRows([COLUMNS.map((c) => c.name), ...rows.map((d) => COLUMNS.map((c) => String(d[c.key])))]) + "\n";
}
