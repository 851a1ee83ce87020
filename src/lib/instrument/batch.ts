/**
 * Many declarations scored at once (a file on /score, `npm run score`): the same tables and functions as
 * ./assess.ts, applied column-wise to a chunk, without the per-row explanations (TreeSHAP over a thousand
 * trees costs milliseconds a row; the page explains the rows a reader selects with assessDeclaration).
 * A test checks that every figure equals assessDeclaration's for the same row.
 */
import type {Declaration} from "../data/declarations.js";
import {applyFeatures} from "../fraud/features.js";
import {predictGbdt} from "../fraud/gbdt.js";
import {applyDataDriven} from "../method/dataDrivenScores.js";
import {indicatorVectorOf} from "../method/indicatorScoring.js";
import {scoreSamples} from "../method/scoring.js";
import type {Zone} from "../method/zones.js";
import type {Branch, Instrument} from "./model.js";

/** One row's scores. */
export interface RowScore {
  risk: number;
  zone: Zone;
  index: number;
  indexZone: Zone;
  probability: number;
  route: "seen" | "new";
  /** Qualitative indicators whose category the ridge never saw. */
  unseenIndicators: number;
}

function probabilities(branch: Branch, rows: readonly Declaration[]): Float64Array {
  if (rows.length === 0) return new Float64Array(0);
  const X = applyFeatures(branch.tables, rows);
  return predictGbdt(branch.gbdt, branch.columns ? branch.columns.map((j) => X[j]) : X);
}

/**
 * Score a chunk of declarations: risk value and zone of the ridge indicators, the data-driven index, and
 * the routed model's probability (main GBDT for a seen exact Item Price, the specialist otherwise).
 * @param inst the revived instrument
 * @param rows validated declarations (their labels are never read)
 * @returns one score per row, in order
 */
export function scoreBatch(inst: Instrument, rows: readonly Declaration[]): RowScore[] {
  const {json} = inst;
  const method = {weights: json.weights, thresholds: json.thresholds};
  const ind = rows.map((d) => indicatorVectorOf(json.indicators, d));
  const paper = scoreSamples(
    ind.map((r) => r.values),
    method
  );
  const dd = scoreSamples(applyDataDriven(inst.dataDriven, rows), method);
  const seen = rows.map((d) => inst.seenPrices.has(d.itemPrice));
  const pick = (want: boolean) => rows.filter((_, i) => seen[i] === want);
  const pm = probabilities(inst.main, pick(true)),
    ps = probabilities(inst.specialist, pick(false));
  let a = 0,
    b = 0;
  return rows.map((_, i) => ({
    risk: paper[i].risk,
    zone: paper[i].zone,
    index: dd[i].risk,
    indexZone: dd[i].zone,
    probability: seen[i] ? pm[a++] : ps[b++],
    route: seen[i] ? "seen" : "new",
    unseenIndicators: ind[i].unseen.length
  }));
}
