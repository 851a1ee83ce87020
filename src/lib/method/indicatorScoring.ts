/**
 * The authors' machine-learning scoring of the 14 score indicators, and the 954 x 17 indicator table.
 *
 * Established by recomputation (docs/discrepancies.md, test/indicatorTable.test.ts): the authors one-hot
 * encoded the 13 qualitative columns (C2, C3, C4, C6, C7, C8, C9, C11, C13, C14, C15, C16, C17) of the 13
 * expert-scored declarations, fitted a ridge regression (alpha = 1) with 14 outputs (the 13 scores
 * *and* C1, declaration time) on the 10 training rows of scikit-learn's
 * `train_test_split(test_size=0.2, random_state=42)` (samples 2-9, 11, 13), and predicted every other
 * declaration. Rounded to integers, these predictions are the paper's printed scores of samples 14..100.
 */
import {COLUMNS, type Declaration} from "../data/declarations.js";
import {INDICATORS, QUALITATIVE_IDS, type IndicatorId} from "./indicators.js";
import {fitOneHot} from "../stats/oneHot.js";
import type {IndicatorValues} from "./indicators.js";
import {fitRidge} from "../stats/ridge.js";
import {trainTestSplit} from "../stats/trainTestSplit.js";

/** The 14 score indicators the ridge predicts, in indicator order (C1 and the 13 qualitative ones). */
export const SCORE_IDS: readonly IndicatorId[] = INDICATORS.filter((d) => d.kind === "score").map((d) => d.id);

/** The authors' split of the 13 expert rows: scikit-learn train_test_split(test_size=0.2, random_state=42). */
export const AUTHORS_SPLIT = trainTestSplit(13, 0.2, 42);

const KEY_OF = new Map<string, keyof Declaration>(COLUMNS.map((c) => [c.name, c.key]));

/** The declaration field an indicator reads. */
export function fieldOf(id: IndicatorId): keyof Declaration {
  return KEY_OF.get(INDICATORS.find((d) => d.id === id)!.column)!;
}

/** The fields of the 13 qualitative indicators, in QUALITATIVE_IDS order (looked up once, not per row). */
const QUALITATIVE_FIELDS = QUALITATIVE_IDS.map(fieldOf);

/** The 13 qualitative categories of a declaration, in QUALITATIVE_IDS order. */
export function qualitativeCategories(d: Readonly<Declaration>): string[] {
  return QUALITATIVE_FIELDS.map((k) => String(d[k]));
}

export type TrainRows = "authors" | "all";

export interface ScoringOptions {
  /** `authors` (default): the 10 rows of AUTHORS_SPLIT.train; `all`: all expert rows. */
  train?: TrainRows;
  /** Ridge penalty; default 1 (the authors' value and scikit-learn's default). */
  alpha?: number;
}

/**
 * The authors' ridge scoring as data, for any declaration: per qualitative indicator the categories of
 * the training rows with their 14 coefficients, and the 14 intercepts. A category absent from the
 * training rows has coefficient 0 in the fit (its one-hot column is 0 on every training row; see
 * ../stats/oneHot.ts), so leaving it out changes no prediction.
 */
export interface IndicatorModel {
  /** The expert rows the ridge was fitted on (0-based). */
  trainRows: number[];
  /** QUALITATIVE_IDS order: category → 14 coefficients (SCORE_IDS order). */
  coefficients: Record<string, number[]>[];
  intercept: number[];
}

/**
 * Fit the authors' ridge scoring: one-hot of the 13 qualitative categories → the 14 score indicators.
 * @param expert the expert-scored samples, expert[i] scoring declarations[i]
 * @param declarations the declarations whose categories are encoded (the first expert.length are the expert rows)
 * @param options training rows and penalty
 * @throws if there are fewer declarations than expert rows, or the authors' split needs rows that are missing
 */
export function fitIndicatorModel(
  expert: readonly {values: IndicatorValues}[],
  declarations: readonly Readonly<Declaration>[],
  {train = "authors", alpha = 1}: ScoringOptions = {}
): IndicatorModel {
  if (declarations.length < expert.length) {
    throw new Error(`ridgeScores: ${declarations.length} declarations for ${expert.length} expert rows`);
  }
  const trainRows = train === "all" ? expert.map((_, i) => i) : [...AUTHORS_SPLIT.train];
  if (trainRows.some((i) => i >= expert.length))
    throw new Error(`ridgeScores: the authors' split needs 13 expert rows, got ${expert.length}`);
  const categories = declarations.map(qualitativeCategories);
  const encoder = fitOneHot(categories, QUALITATIVE_IDS);
  const X = encoder.transform(categories);
  const ridge = fitRidge(
    trainRows.map((i) => X[i]),
    trainRows.map((i) => SCORE_IDS.map((id) => expert[i].values[id])),
    {alpha}
  );
  let offset = 0;
  const coefficients = encoder.categories.map((cats, j) => {
    const seen = new Set(trainRows.map((i) => categories[i][j]));
    const table = Object.fromEntries(cats.flatMap((c, k) => (seen.has(c) ? [[c, ridge.coefficients[offset + k]]] : [])));
    offset += cats.length;
    return table;
  });
  return {trainRows, coefficients, intercept: ridge.intercept};
}

/** The 14 predicted scores of one declaration, and the indicators whose category the ridge never saw. */
export interface PredictedScores {
  /** SCORE_IDS order, unrounded. */
  scores: number[];
  /** Qualitative indicators whose category is not among the training rows': scored by the intercept alone. */
  unseen: IndicatorId[];
}

/** A model's coefficient tables as Maps (same entries), made once per model: a row then costs 13 Map lookups. */
const coefficientMaps = new WeakMap<IndicatorModel, Map<string, number[]>[]>();
function mapsOf(model: IndicatorModel): Map<string, number[]>[] {
  let maps = coefficientMaps.get(model);
  if (!maps) coefficientMaps.set(model, (maps = model.coefficients.map((table) => new Map(Object.entries(table)))));
  return maps;
}

/**
 * Predict the 14 scores of a declaration: score_k = b_k + Σ_j β_{j, c_j, k} over the 13 qualitative
 * indicators j whose category c_j the training rows had (the one-hot ridge prediction, term by term in
 * the same order, so it equals the fitted model's output to the last bit).
 * @param model a fitted model
 * @param d the declaration
 */
export function predictScores(model: IndicatorModel, d: Readonly<Declaration>): PredictedScores {
  const maps = mapsOf(model);
  const scores = [...model.intercept];
  const unseen: IndicatorId[] = [];
  for (let j = 0; j < QUALITATIVE_FIELDS.length; j++) {
    const beta = maps[j].get(String(d[QUALITATIVE_FIELDS[j]]));
    if (!beta) {
      unseen.push(QUALITATIVE_IDS[j]);
      continue;
    }
    for (let k = 0; k < scores.length; k++) scores[k] += beta[k];
  }
  return {scores, unseen};
}

/** Where each of the 17 values comes from, C1..C17: a field (the quantities) or a position among the 14 scores. */
const LAYOUT = INDICATORS.map((ind) =>
  ind.kind === "quantity" ? {field: fieldOf(ind.id), score: -1} : {field: null, score: SCORE_IDS.indexOf(ind.id)}
);

/**
 * A declaration's 17 indicator values as a vector, C1..C17: the ridge's 14 scores and the quantities C5,
 * C10, C12 from its fields ({@link indicatorValuesOf} keyed by id; a file's rows are scored from this form).
 * @param model a fitted model
 * @param d the declaration
 */
export function indicatorVectorOf(model: IndicatorModel, d: Readonly<Declaration>): {values: number[]; unseen: IndicatorId[]} {
  const {scores, unseen} = predictScores(model, d);
  return {values: vectorFrom(d, (k) => scores[k]), unseen};
}

/**
 * A declaration's 17 indicator values: the ridge's 14 scores and the quantities C5, C10, C12 from its fields.
 * @param model a fitted model
 * @param d the declaration
 */
export function indicatorValuesOf(model: IndicatorModel, d: Readonly<Declaration>): {values: IndicatorValues; unseen: IndicatorId[]} {
  const {values, unseen} = indicatorVectorOf(model, d);
  return {values: keyed(values), unseen};
}

function vectorFrom(d: Readonly<Declaration>, score: (k: number) => number): number[] {
  return LAYOUT.map((l) => (l.field === null ? score(l.score) : Number(d[l.field])));
}

function keyed(values: readonly number[]): IndicatorValues {
  return Object.fromEntries(INDICATORS.map((ind, j) => [ind.id, values[j]])) as IndicatorValues;
}

/**
 * Predict the 14 scores (SCORE_IDS order) of every declaration from its 13 qualitative categories.
 * @param expert the expert-scored samples, expert[i] scoring declarations[i]
 * @param declarations the declarations to score, in order (the first expert.length are the expert rows)
 * @returns one row of 14 unrounded predictions per declaration, and the training rows used (0-based)
 * @throws if there are fewer declarations than expert rows
 */
export function ridgeScores(
  expert: readonly {values: IndicatorValues}[],
  declarations: readonly Readonly<Declaration>[],
  options: ScoringOptions = {}
): {scores: number[][]; trainRows: number[]} {
  const model = fitIndicatorModel(expert, declarations, options);
  return {scores: declarations.map((d) => predictScores(model, d).scores), trainRows: model.trainRows};
}

export interface IndicatorRow {
  /** 1-based position among the e-commerce declarations (= the paper's sample number for 1..100). */
  sample: number;
  declarationId: string;
  /** Where the scores come from. */
  source: "expert" | "ridge";
  values: IndicatorValues;
}

/**
 * The indicator table: expert scores for the expert rows, ridge predictions (unrounded) for the others,
 * and the quantities C5, C10, C12 from the declarations (Net Mass, Tax Rate, Item Price).
 * @param declarations the e-commerce declarations in file order
 * @param expert the expert-scored samples (the paper's 13)
 */
export function buildIndicatorTable(
  declarations: readonly Readonly<Declaration>[],
  expert: readonly {values: IndicatorValues}[],
  options: ScoringOptions = {}
): IndicatorRow[] {
  const {scores} = ridgeScores(expert, declarations, options);
  return declarations.map((d, i) => {
    const values = keyed(vectorFrom(d, (k) => (i < expert.length ? expert[i].values[SCORE_IDS[k]] : scores[i][k])));
    return {sample: i + 1, declarationId: d.id, source: i < expert.length ? "expert" : "ridge", values};
  });
}

/**
 * Mean absolute error per score indicator between predictions and the paper's printed scores.
 * @param predicted rows of 14 (SCORE_IDS order)
 * @param printed the paper's samples, printed[i] against predicted[i]
 * @param round compare predictions rounded to integers, as the paper prints them
 */
export function maeByIndicator(
  predicted: readonly (readonly number[])[],
  printed: readonly {values: IndicatorValues}[],
  {round = false}: {round?: boolean} = {}
): Record<string, number> {
  if (predicted.length !== printed.length)
    throw new Error(`maeByIndicator: ${predicted.length} predictions, ${printed.length} printed rows`);
  return Object.fromEntries(
    SCORE_IDS.map((id, k) => {
      const total = predicted.reduce((s, r, i) => s + Math.abs((round ? Math.round(r[k]) : r[k]) - printed[i].values[id]), 0);
      return [id, total / predicted.length];
    })
  );
}
