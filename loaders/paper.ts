/** Reads the paper's tables from data/paper/ (Node I/O); the typing is in src/lib/paper/tables.ts. */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parsePaperTables, type PaperCsvTexts, type PaperTables} from "../src/lib/paper/tables.js";
import {PROJECT_ROOT} from "./dataset.js";

export const PAPER_DIR = join(PROJECT_ROOT, "data", "paper");
const NAMES: (keyof PaperTables)[] = ["expert13", "samples100", "weights", "zones", "sample17", "bpTest"];

/** The paper's tables as CSV texts, by table name. */
export function loadPaperCsvTexts(dir = PAPER_DIR): PaperCsvTexts {
  return Object.fromEntries(NAMES.map((n) => [n, readFileSync(join(dir, `${n}.csv`), "utf8")])) as PaperCsvTexts;
}

/** The paper's tables, parsed and typed. */
export function loadPaperTables(dir = PAPER_DIR): PaperTables {
  return parsePaperTables(loadPaperCsvTexts(dir));
}
