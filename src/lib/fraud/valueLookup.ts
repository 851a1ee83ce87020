/**
 * The memorisation yardstick and the "novel declarations" population.
 *
 * The synthetic dataset's generator joined HS10, departure, origin, tax rate, tax type, net mass and the
 * fraud labels into one categorical column before CTGAN (Jeong et al., arXiv 2208.02484, section 3.3), so
 * exact values recur across the chronological splits together with their label. An exact-value lookup
 * (the training months' smoothed fraud rate of a declaration's exact Item Price) therefore reads the label
 * the generator copied. It is shown beside the models as what the benchmark rewards, and every ranking is
 * also judged on the test rows whose exact value never occurs in what its model learned from.
 */
import type {Declaration} from "../data/declarations.js";
import {encode, fitTargetEncoding} from "./targetEncoding.js";

/** The exact value a lookup keys on. */
export type ValueKey = (d: Pick<Declaration, "itemPrice" | "hs6">) => string;

/** Exact Item Price (the value the generator rebuilt from the copied net mass). */
export const priceKey: ValueKey = (d) => String(d.itemPrice);
/** Exact (HS6 code, Item Price). */
export const hs6PriceKey: ValueKey = (d) => `${d.hs6}|${d.itemPrice}`;

/** Pseudo-rows of the prior in the lookup's smoothing: few rows share a price, so a light touch. */
export const LOOKUP_SMOOTHING = 1;

/**
 * Fit an exact-value lookup on the training months: score(d) = (k_v + m·ȳ)/(n_v + m), where n_v training
 * rows carry d's exact value v and k_v of them are frauds, ȳ is the training fraud rate and m the
 * smoothing; a value never seen in training scores ȳ.
 * @param train the rows the lookup learns from (labels and values used)
 * @param key the exact value compared
 * @param smoothing m >= 0
 * @returns a scorer for any rows (their labels are never read)
 * @throws if there are no training rows
 */
export function fitValueLookup(
  train: readonly Declaration[],
  key: ValueKey = priceKey,
  smoothing = LOOKUP_SMOOTHING
): (rows: readonly Declaration[]) => number[] {
  if (train.length === 0) throw new Error("fitValueLookup: no training rows");
  const enc = fitTargetEncoding(
    train.map(key),
    train.map((d) => d.fraud),
    smoothing
  );
  return (rows) => encode(enc, rows.map(key));
}

/**
 * Which rows are novel: their exact value does not occur among the rows a model learned from.
 * @param learned the rows the model saw (training months, or every month before for a retrained model)
 * @param rows the rows judged
 * @param key the exact value compared
 * @returns one flag per row of `rows` (true = unseen value)
 */
export function novelMask(learned: readonly Declaration[], rows: readonly Declaration[], key: ValueKey = priceKey): boolean[] {
  const seen = new Set(learned.map(key));
  return rows.map((d) => !seen.has(key(d)));
}

/** How many of a split's rows carry a value seen in the learned rows. */
export interface Overlap {
  rows: number;
  seenRows: number;
  novelRows: number;
  /** seenRows / rows (0 for no rows). */
  seenShare: number;
}

/**
 * Overlap of a split with the learned rows on an exact value.
 * @param learned the rows a model learned from
 * @param rows the split
 * @param key the exact value compared
 */
export function overlap(learned: readonly Declaration[], rows: readonly Declaration[], key: ValueKey = priceKey): Overlap {
  const novelRows = novelMask(learned, rows, key).filter(Boolean).length;
  const seenRows = rows.length - novelRows;
  return {rows: rows.length, seenRows, novelRows, seenShare: rows.length === 0 ? 0 : seenRows / rows.length};
}

/**
 * Label agreement of repeated values: among rows whose value occurs in the learned rows, the share whose
 * label equals the learned rows' majority label for that value (ties count as fraud).
 * @param learned rows with labels
 * @param rows rows with labels
 * @param key the exact value compared
 * @returns the share in [0, 1], or null when no row repeats a value
 */
export function repeatedLabelAgreement(
  learned: readonly Declaration[],
  rows: readonly Declaration[],
  key: ValueKey = priceKey
): number | null {
  const counts = new Map<string, [number, number]>();
  for (const d of learned) {
    const e = counts.get(key(d)) ?? [0, 0];
    e[0]++;
    e[1] += d.fraud;
    counts.set(key(d), e);
  }
  let repeated = 0,
    agree = 0;
  for (const d of rows) {
    const e = counts.get(key(d));
    if (!e) continue;
    repeated++;
    if ((2 * e[1] >= e[0] ? 1 : 0) === d.fraud) agree++;
  }
  return repeated === 0 ? null : agree / repeated;
}
