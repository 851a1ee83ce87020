/**
 * Early warning for all 954 e-commerce declarations: each declaration's 17 indicator values (the weights
 * issue's indicator table: expert scores for samples 1-13, the authors' ridge scoring for the others,
 * quantities from the dataset), its risk value and zone with the published weights and the paper's
 * thresholds, and the fields the page filters on.
 */
import {ecommerceOnly} from "../src/lib/data/declarations.js";
import {fraudRateByZone, type WarningRow} from "../src/lib/method/earlyWarning.js";
import {scoreSamples} from "../src/lib/method/scoring.js";
import {INDICATORS, INDICATOR_IDS} from "../src/lib/method/indicators.js";
import {publishedWeights} from "../src/lib/paper/weights.js";
import {zoneCounts} from "../src/lib/method/zones.js";
import {indicatorTable} from "./indicatorTable.js";
import type {BuildContext} from "./context.js";

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The 954 declarations scored with the published weights and the paper's thresholds. */
export function earlyWarning(ctx: BuildContext): {weights: number[]; rows: WarningRow[]} {
  const weights = publishedWeights(ctx.paper.weights);
  const table = indicatorTable(ctx);
  const decl = ecommerceOnly(ctx.dataset.declarations);
  const values = table.map((r) => INDICATOR_IDS.map((id) => r.values[id]));
  const scored = scoreSamples(values, {weights});
  const rows = table.map((r, i): WarningRow => {
    const d = decl[i];
    return {
      sample: r.sample,
      declarationId: r.declarationId,
      source: r.source,
      split: d.split,
      date: d.date,
      office: d.office,
      departure: d.departure,
      hs6: d.hs6,
      fraud: d.fraud,
      criticalFraud: d.criticalFraud,
      values: values[i].map((v, j) => (INDICATORS[j].kind === "quantity" ? v : round6(v))),
      risk: scored[i].risk,
      zone: scored[i].zone
    };
  });
  return {weights, rows};
}

/** The summary `npm run reproduce -- --json` prints as earlyWarning954: zone counts, fraud rate per zone (and overall). */
export function earlyWarningSummary(rows: readonly WarningRow[]) {
  const rates = fraudRateByZone(rows);
  return {
    zones: zoneCounts(rows.map((r) => r.risk)),
    fraudRateByZone: Object.fromEntries(Object.entries(rates).map(([z, r]) => [z, {n: r.n, fraud: r.fraud, rate: r.rate, ci95: r.ci95}]))
  };
}
