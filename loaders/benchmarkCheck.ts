/**
 * The independent check of the benchmark (issue 10: Python, LightGBM 4 and scikit-learn, run outside this
 * project), as data/benchmark-check.csv: each figure with its tolerance and source, compared with ours by
 * `npm run reproduce`.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {PROJECT_ROOT} from "./dataset.js";

export interface CheckFigure {
  key: string;
  value: number;
  tolerance: number;
  source: string;
}

/**
 * Read data/benchmark-check.csv.
 * @param file the CSV (default: the project's)
 * @throws naming file, row and field when a value or tolerance is not a number, or a key repeats
 */
export function benchmarkCheck(file = join(PROJECT_ROOT, "data", "benchmark-check.csv")): Map<string, CheckFigure> {
  const out = new Map<string, CheckFigure>();
  csvParse(readFileSync(file, "utf8")).forEach((r, i) => {
    const value = Number(r.value),
      tolerance = Number(r.tolerance);
    for (const [field, x] of [
      ["value", value],
      ["tolerance", tolerance]
    ] as const) {
      if (!Number.isFinite(x) || r[field] === "")
        throw new Error(`benchmarkCheck: ${file}, row ${i + 1}, field "${field}" is "${r[field]}", not a number`);
    }
    if (out.has(r.key!)) throw new Error(`benchmarkCheck: ${file}, row ${i + 1}, field "key": "${r.key}" repeats`);
    out.set(r.key!, {key: r.key!, value, tolerance, source: r.source!});
  });
  return out;
}
