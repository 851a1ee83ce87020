/**
 * The paper's 17-sample risk table recomputed two ways: with the published weights and the correct
 * normalisation (what the method gives), and with the authors' own inputs (W13 and their hand-typed
 * normalised vectors, which is how the printed values were made). See the discrepancy log D31-D33.
 */
import {normalise, riskValue} from "../method/radar.js";
import {typedVector, type TypedValue} from "./weights.js";

export interface Paper17Row {
  row: number;
  label: string;
  kind: string;
  /** The paper's printed risk value. */
  printed: number;
  /** Ours: published (corrected) weights, x* from the printed raw values. */
  published: number;
  /**
   * Ours with the authors' inputs: standard rows as above (the thresholds were computed with the published
   * weights); random sample s with W13 and the authors' typed vector (x* with their typos).
   */
  paperInputs: number;
}

/**
 * Recompute the 17-sample table.
 * @param rows the paper's 17 rows: raw values (C1..C17), kind, label, printed risk
 * @param published the published weights (corrected)
 * @param w13 the weight vector of the authors' 13-sample computation
 * @param typed the typos of the authors' typed vectors
 * @throws if a row's values are not 17 finite numbers
 */
export function recomputePaper17(
  rows: readonly {row: number; kind: string; label: string; values: readonly number[]; risk: number}[],
  published: readonly number[],
  w13: readonly number[],
  typed: readonly TypedValue[]
): Paper17Row[] {
  let sample = 0;
  return rows.map((r) => {
    const x = normalise(r.values);
    const f = riskValue(x, published);
    const paperInputs = r.kind === "random" ? riskValue(typedVector(++sample, x, typed), w13) : f;
    return {row: r.row, label: r.label, kind: r.kind, printed: r.risk, published: f, paperInputs};
  });
}
