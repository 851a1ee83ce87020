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
import {INDICATORS, INDICATOR_IDS, QUALITATIVE_IDS, type IndicatorId} from "./indicators.js";
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

/** The 13 qualitative categories of a declaration, in QUALITATIVE_IDS order. */
export function qualitativeCategories(d: Readonly<Declaration>): string[] {
  return QUALITATIVE_IDS.map((id) => String(d[fieldOf(id)]));
}

export type TrainRows = "authors" | "all";

export interface ScoringOptions {
  /** `authors` (default): the 10 rows of AUTHORS_SPLIT.train; `all`: all expert rows. */
  train?: TrainRows;
  /** Ridge penalty; default 1 (the authors' value and scikit-learn's default). */
  alpha?: number;
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
  {train = "authors", alpha = 1}: ScoringOptions = {}
): {scores: number[][]; trainRows: number[]} {
  if (declarations.length < expert.length) {
    throw new Error(`ridgeScores: ${declarations.length} declarations for ${expert.length} expert rows`);
  }
  const trainRows = train === "all" ? expert.map((_, i) => i) : [...AUTHORS_SPLIT.train];
  if (trainRows.some((i) => i >= expert.length))
    throw new Error(`ridgeScores: the authors' split needs 13 expert rows, got ${expert.length}`);
  const categories = declarations.map(qualitativeCategories);
  const encoder = fitOneHot(categories, QUALITATIVE_IDS);
  const X = encoder.transform(categories);
  const model = fitRidge(
    trainRows.map((i) => X[i]),
    trainRows.map((i) => SCORE_IDS.map((id) => expert[i].values[id])),
    {alpha}
  );
  return {scores: model.predict(X), trainRows};
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
    const predicted = new Map(SCORE_IDS.map((id, k) => [id, scores[i][k]]));
    const values = Object.fromEntries(
      INDICATOR_IDS.map((id) => {
        const ind = INDICATORS.find((x) => x.id === id)!;
        if (ind.kind === "quantity") return [id, Number(d[fieldOf(id)])];
        return [id, i < expert.length ? expert[i].values[id] : predicted.get(id)!];
      })
    ) as IndicatorValues;
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
