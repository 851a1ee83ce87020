/**
 * The file scorer of `npm run score` and the /score page (its Web Worker): each declaration's zone and
 * risk value, data-driven index, the routed model's fraud probability and percentile, as CSV columns.
 * Both call this one function on the same chunks, so they write the same bytes.
 */
import type {Declaration} from "../data/declarations.js";
import {scoreBatch, type RowScore} from "../instrument/batch.js";
import {percentileOf} from "../instrument/assess.js";
import type {Instrument} from "../instrument/model.js";
import type {ScoredRow, Scorer} from "./scoredRow.js";

/** The output columns, in order. */
export const SCORED_COLUMNS = [
  "Declaration ID",
  "Zone",
  "Risk value",
  "Data-driven index",
  "Index zone",
  "Fraud probability",
  "Percentile",
  "Route",
  "Unseen indicator categories"
] as const;

/** Rounded for the file: 6 decimals say all a reader can use and keep the output short. */
const r6 = (x: number) => Number(x.toFixed(6));

/**
 * The scorer: {@link SCORED_COLUMNS} of each declaration, from scoreBatch (src/lib/instrument/batch.ts);
 * the percentile is the share of the test months' declarations the model scores lower (ties half).
 * @param inst the revived instrument
 */
export function fileScorer(inst: Instrument): Scorer {
  return (ds: readonly Declaration[]) => scoredRows(inst, ds, scoreBatch(inst, ds));
}

/**
 * The output rows ({@link SCORED_COLUMNS}) of declarations already scored by scoreBatch, wherever it ran
 * (the /score page scores some chunks in a second worker): what {@link fileScorer} writes.
 * @param inst the revived instrument (its test-month probabilities give the percentile)
 * @param ds the declarations
 * @param scores scoreBatch(inst, ds)
 */
export function scoredRows(inst: Instrument, ds: readonly Declaration[], scores: readonly RowScore[]): ScoredRow[] {
  return scores.map((s, i) => ({
    id: ds[i].id,
    fields: {
      "Declaration ID": ds[i].id,
      Zone: s.zone,
      "Risk value": r6(s.risk),
      "Data-driven index": r6(s.index),
      "Index zone": s.indexZone,
      "Fraud probability": r6(s.probability),
      Percentile: Number(percentileOf(inst.json.testProbabilities, s.probability).toFixed(4)),
      Route: s.route === "seen" ? "seen price" : "new price",
      "Unseen indicator categories": s.unseenIndicators
    }
  }));
}
