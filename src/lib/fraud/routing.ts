/**
 * The model the benchmark trusts most (src/lib/pages/benchmarkReading.ts, mostTrusted): gradient-boosted
 * trees routed by novelty. A declaration whose exact Item Price occurs in the training months is scored by
 * the main GBDT (all features); any other by a specialist trained on the training declarations whose
 * price occurs once (what a new declaration looks like), on features that may generalise beyond copied
 * values. The recipe is written here once: the build's validation (loaders/validation.ts) evaluates it and
 * the instrument (src/lib/instrument) ships it.
 */
import type {Declaration} from "../data/declarations.js";
import type {GbdtParams} from "./gbdt.js";
import {priceKey} from "./valueLookup.js";

/**
 * GBDT settings: LightGBM's defaults where they matter (31 leaves, learning rate 0.1, every row in every
 * tree) and no round cap that binds: early stopping on the validation months decides. Row subsampling
 * (0.7 before) kept single copied rows out of most trees and cost the label-encoded model 0.09 of
 * precision@5%; a feature subsample of 0.8 keeps the seeds distinct.
 */
export const GBDT_PARAMS: Partial<GbdtParams> & {rounds: number} = {
  rounds: 5000,
  learningRate: 0.1,
  maxLeaves: 31,
  maxDepth: 30,
  minLeafRows: 20,
  lambda: 1,
  rowSample: 1,
  featureSample: 0.8,
  earlyStopping: 50
};

/**
 * The novel-row specialist learns from the training rows whose exact price occurs once in 2020 (they are
 * what a new declaration looks like), so it is smaller and more regularised than the main GBDT.
 */
export const NOVEL_GBDT_PARAMS: Partial<GbdtParams> = {
  ...GBDT_PARAMS,
  learningRate: 0.05,
  maxLeaves: 15,
  minLeafRows: 50,
  lambda: 5,
  earlyStopping: 100
};

/**
 * Features that may generalise beyond copied values: category-level fraud rates of product, route and
 * procedure, the net mass and tax rate, and the unit value against the HS6 norm; no Item Price, duty or
 * unit value as such, and no party identifiers (importer, declarant, seller, courier).
 */
export const GENERAL_FEATURE =
  /^(hs2|hs4|hs6|departure|origin|departure=origin|origin×hs6|taxType|originIndicator|office|transport|importUse|paymentType|processType)[:]|^(taxRate|logNetMass|logUnitValue − HS6 mean)$/;

/**
 * The specialist's training rows: those whose exact Item Price occurs once among the training rows.
 * @param train the training months' declarations
 */
export function specialistRows(train: readonly Declaration[]): Declaration[] {
  const count = new Map<string, number>();
  for (const d of train) count.set(priceKey(d), (count.get(priceKey(d)) ?? 0) + 1);
  return train.filter((d) => count.get(priceKey(d)) === 1);
}

/**
 * The specialist's feature columns among a feature set's names ({@link GENERAL_FEATURE}).
 * @param names the feature names, in column order
 * @returns the indices kept, in order
 */
export function specialistColumns(names: readonly string[]): number[] {
  return names.flatMap((n, j) => (GENERAL_FEATURE.test(n) ? [j] : []));
}
