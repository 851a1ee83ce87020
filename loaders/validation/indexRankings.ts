/**
 * The paper's risk index as rankings: the improved-radar-chart value f (src/lib/method/radar.ts) of each
 * declaration's 17 indicators, with the published weights or the textbook entropy weights, and with the
 * paper's expert/ridge scores (the 954 e-commerce declarations, loaders/indicatorTable.ts) or the
 * data-driven scores (src/lib/method/dataDrivenScores.ts, fitted on the training months). No fraud label
 * enters the index except through the data-driven scores' training-month rates. Zones: the paper's thresholds.
 */
import type {PaperTables} from "../../src/lib/paper/tables.js";
import type {Declaration} from "../../src/lib/data/declarations.js";
import {INDICATORS, INDICATOR_IDS} from "../../src/lib/method/indicators.js";
import {ZONES} from "../../src/lib/method/zones.js";
import {scoreSamples} from "../../src/lib/method/scoring.js";
import {publishedWeights} from "../../src/lib/paper/weights.js";
import {entropyWeights} from "../../src/lib/method/entropy.js";
import {rateByGroup} from "../../src/lib/fraud/selection.js";
import type {RankingResult, SeedScores} from "../../src/lib/fraud/validationResult.js";

/** Published (typo-corrected) and textbook entropy weights, the latter from the paper's 100 samples. */
export function indexWeights(paper: PaperTables): {published: number[]; textbook: number[]} {
  const matrix = paper.samples100.map((s) => INDICATOR_IDS.map((id) => s.values[id]));
  const textbook = entropyWeights(matrix, {rule: "textbook", directions: INDICATORS.map((d) => d.direction), labels: INDICATOR_IDS}).w;
  return {published: publishedWeights(paper.weights), textbook};
}

/**
 * One index ranking: f of every validation and test row's 17 indicator values with `weights`, and the test
 * months' fraud rate in each warning zone (every zone, the empty ones too: n = 0, rate 0, in the paper's order).
 * @param rows the validation and test rows' indicator values (C1..C17)
 * @param weights the 17 weights
 * @param test the test months' declarations (their fraud labels)
 */
export function indexRanking(
  rows: {valid: readonly (readonly number[])[]; test: readonly (readonly number[])[]},
  weights: readonly number[],
  test: readonly Declaration[]
): {scores: SeedScores; zones: NonNullable<RankingResult["zones"]>} {
  const valid = scoreSamples(rows.valid, {weights}),
    scored = scoreSamples(rows.test, {weights});
  const rates = rateByGroup(
    scored.map((d) => d.zone),
    test.map((d) => d.fraud)
  );
  const zones = ZONES.map((zone) => {
    const r = rates.find((g) => g.group === zone);
    return {zone, n: r?.n ?? 0, frauds: r?.frauds ?? 0, rate: r ? Number(r.rate.toFixed(4)) : 0};
  });
  return {scores: {valid: valid.map((d) => d.risk), test: scored.map((d) => d.risk)}, zones};
}
