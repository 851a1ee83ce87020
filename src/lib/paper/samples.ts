/**
 * Linking the paper's samples 1..100 to dataset declarations.
 *
 * Established fact (docs/discrepancies.md): paper samples 1..100 are the first 100 e-commerce declarations
 * (Import Type 15) in file order, and their C5, C10, C12 are the dataset's Net Mass, Tax Rate, Item Price.
 */
import type {Declaration} from "../data/declarations.js";
import type {IndicatorId} from "../method/indicators.js";
import type {PaperSample} from "./tables.js";

/** The quantities the paper copied from the dataset, and the declaration field each one is. */
export const LINKED_QUANTITIES = [
  {indicator: "C5", field: "netMass"},
  {indicator: "C10", field: "taxRate"},
  {indicator: "C12", field: "itemPrice"}
] as const satisfies ReadonlyArray<{indicator: IndicatorId; field: keyof Declaration}>;

export interface SampleMismatch {
  sample: number;
  declarationId: string;
  indicator: IndicatorId;
  paper: number;
  dataset: number;
  /** paper - dataset */
  difference: number;
}

export interface SampleLink {
  sample: number;
  declarationId: string;
  /** True when C5, C10 and C12 all agree with the dataset up to the paper's printed rounding. */
  quantitiesMatch: boolean;
}

function decimals(x: number): number {
  const s = String(x);
  if (/e/i.test(s)) return 20;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * Does a printed value equal the dataset's value rounded to the printed number of decimals?
 * (e.g. 1676760 printed for 1676759.75 agrees; 1116.06 printed for 111.06 does not.)
 */
export function agreesUpToPrinting(printed: number, actual: number): boolean {
  if (printed === actual) return true;
  const d = Math.min(decimals(printed), 12);
  const scale = 10 ** d;
  return Math.abs(Math.round(actual * scale) / scale - printed) <= 1e-9 * Math.max(1, Math.abs(actual));
}

/**
 * Link each paper sample (serial s) to the s-th e-commerce declaration and record every quantity that
 * does not agree up to printing.
 * @param samples the paper's samples (serials 1..n)
 * @param ecommerce e-commerce declarations in file order
 * @throws if there are fewer declarations than samples
 */
export function linkPaperSamples(
  samples: readonly PaperSample[],
  ecommerce: readonly Pick<Declaration, "id" | "netMass" | "taxRate" | "itemPrice">[]
): {links: SampleLink[]; mismatches: SampleMismatch[]} {
  const links: SampleLink[] = [];
  const mismatches: SampleMismatch[] = [];
  for (const s of samples) {
    const d = ecommerce[s.sample - 1];
    if (!d) throw new Error(`linkPaperSamples: no e-commerce declaration for paper sample ${s.sample}`);
    let ok = true;
    for (const {indicator, field} of LINKED_QUANTITIES) {
      const paper = s.values[indicator];
      const dataset = d[field];
      if (!agreesUpToPrinting(paper, dataset)) {
        ok = false;
        mismatches.push({sample: s.sample, declarationId: d.id, indicator, paper, dataset, difference: paper - dataset});
      }
    }
    links.push({sample: s.sample, declarationId: d.id, quantitiesMatch: ok});
  }
  return {links, mismatches};
}
