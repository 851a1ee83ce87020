/**
 * The paper's risk index as rankings: the improved-radar-chart value f (src/lib/method/radar.ts) of each
 * declaration's 17 indicators, with the published weights or the textbook entropy weights, and with the
 * paper's expert/ridge scores (the 954 e-commerce declarations, loaders/indicatorTable.ts) or the
 * data-driven scores (./dataDrivenScores.ts, fitted on the training months). No fraud label enters the
 * index except through the data-driven scores' training-month rates. Zones: the paper's thresholds.
 */
import type {BuildContext} from "./context.js";
import type {PaperTables} from "../src/lib/paper/tables.js";
import type {Declaration} from "../src/lib/data/declarations.js";
import {INDICATORS, INDICATOR_IDS} from "../src/lib/method/indicators.js";
import {ZONES} from "../src/lib/method/zones.js";
import {scoreSamples} from "../src/lib/method/scoring.js";
import {publishedWeights} from "../src/lib/paper/weights.js";
import {entropyWeights} from "../src/lib/method/entropy.js";
import {fitDataDrivenScores} from "../src/lib/method/dataDrivenScores.js";
import {rateByGroup} from "../src/lib/fraud/selection.js";
import {indicatorTable} from "./indicatorTable.js";
import type {Population, SeedScores} from "../src/lib/fraud/validationResult.js";

export interface IndexRanking {
  name: string;
  label: string;
  description: string;
  scores: SeedScores;
  ms: number;
  zones: {zone: string; n: number; frauds: number; rate: number}[];
}

/** Published (typo-corrected) and textbook entropy weights, the latter from the paper's 100 samples. */
export function indexWeights(paper: PaperTables): {published: number[]; textbook: number[]} {
  const matrix = paper.samples100.map((s) => INDICATOR_IDS.map((id) => s.values[id]));
  const textbook = entropyWeights(matrix, {rule: "textbook", directions: INDICATORS.map((d) => d.direction), labels: INDICATOR_IDS}).w;
  return {published: publishedWeights(paper.weights), textbook};
}

export function indexRankings(
  population: Population,
  data: {train: Declaration[]; valid: Declaration[]; test: Declaration[]},
  ctx: BuildContext
): IndexRanking[] {
  const w = indexWeights(ctx.paper);
  const out: IndexRanking[] = [];
  const t0 = performance.now();
  const dd = fitDataDrivenScores(data.train);
  const ddRows = {valid: dd(data.valid), test: dd(data.test)};
  const fitMs = performance.now() - t0;
  const make = (
    name: string,
    label: string,
    description: string,
    rows: {valid: number[][]; test: number[][]},
    weights: number[],
    extraMs: number
  ) => {
    const t = performance.now();
    const valid = scoreSamples(rows.valid, {weights}),
      test = scoreSamples(rows.test, {weights});
    const scores = {valid: valid.map((d) => d.risk), test: test.map((d) => d.risk)};
    const rates = rateByGroup(
      test.map((d) => d.zone),
      data.test.map((d) => d.fraud)
    );
    // every zone, the empty ones too (n = 0, rate 0), in the paper's order
    const zones = ZONES.map((zone) => {
      const r = rates.find((g) => g.group === zone);
      return {zone, n: r?.n ?? 0, frauds: r?.frauds ?? 0, rate: r ? Number(r.rate.toFixed(4)) : 0};
    });
    out.push({name, label, description, scores, ms: extraMs + performance.now() - t, zones});
  };
  if (population === "ecommerce") {
    const table = new Map(indicatorTable(ctx).map((r) => [r.declarationId, INDICATOR_IDS.map((id) => r.values[id])]));
    const rows = {valid: data.valid.map((d) => table.get(d.id)!), test: data.test.map((d) => table.get(d.id)!)};
    make(
      "indexPaper",
      "Paper's index (expert/ridge scores, published weights)",
      "The paper's risk value f with its expert/ridge indicator scores and published entropy weights; no fraud label used.",
      rows,
      w.published,
      0
    );
    make(
      "indexPaperTextbook",
      "Paper's index (expert/ridge scores, textbook weights)",
      "As above with the textbook entropy weights w = (1 − e)/Σ(1 − e).",
      rows,
      w.textbook,
      0
    );
  }
  make(
    "indexDataDriven",
    "Paper's index (data-driven scores, published weights)",
    "The paper's risk value f with each category scored by its training-month fraud rate (0-100), published weights.",
    ddRows,
    w.published,
    fitMs
  );
  make(
    "indexDataDrivenTextbook",
    "Paper's index (data-driven scores, textbook weights)",
    "Data-driven scores with the textbook entropy weights.",
    ddRows,
    w.textbook,
    fitMs
  );
  return out;
}
