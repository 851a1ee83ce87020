/**
 * Published fraud-detection results on this dataset (data/published-baselines.csv), set beside ours on
 * /validation for reference: the type the build ships and its validating parser (the loader reads the file).
 */
import {csvParse} from "d3-dsv";

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

/**
 * Parse and check the published-baselines CSV: `data` is synthetic or real, the figures are numbers or empty.
 * @param text the file's content
 * @param file its name, for messages
 * @throws naming the file, row (1-based, after the header) and field of the first bad value
 */
export function parsePublishedBaselines(text: string, file: string): PublishedBaseline[] {
  return csvParse(text).map((r, i) => {
    if (r.data !== "synthetic" && r.data !== "real")
      throw new Error(`publishedBaselines: ${file}, row ${i + 1}, field "data" is "${r.data}", expected synthetic or real`);
    const row: PublishedBaseline = {
      model: r.model!,
      data: r.data,
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
