/** The published fraud-detection results on this dataset (data/published-baselines.csv), for reference. */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {PROJECT_ROOT} from "./dataset.js";

export interface PublishedBaseline {
  model: string;
  /** "synthetic": the public dataset (comparable with ours); "real": the dataset authors' real source data. */
  data: "synthetic" | "real";
  precisionAt5: number | null;
  precisionAt10: number | null;
  macroF1: number | null;
  source: string;
}

const num = (s: string | undefined) => (s === undefined || s === "" ? null : Number(s));

/** Read data/published-baselines.csv. @throws if a number does not parse. */
export function publishedBaselines(file = join(PROJECT_ROOT, "data", "published-baselines.csv")): PublishedBaseline[] {
  return csvParse(readFileSync(file, "utf8")).map((r, i) => {
    if (r.data !== "synthetic" && r.data !== "real")
      throw new Error(`publishedBaselines: ${file}, row ${i + 1}, field "data" is "${r.data}", expected synthetic or real`);
    const row = {
      model: r.model!,
      data: r.data as PublishedBaseline["data"],
      precisionAt5: num(r.precisionAt5),
      precisionAt10: num(r.precisionAt10),
      macroF1: num(r.macroF1),
      source: r.source!
    };
    for (const k of ["precisionAt5", "precisionAt10", "macroF1"] as const) {
      if (row[k] !== null && !Number.isFinite(row[k]))
        throw new Error(`publishedBaselines: ${file}, row ${i + 1}, field "${k}" is not a number`);
    }
    return row;
  });
}
