/** Train / held-out splits: first n rows, k-fold cross-validation, chronological. */
import {mulberry32, shuffled} from "./rng.js";

export interface Split {
  train: number[];
  test: number[];
}

/**
 * The first `n` of `total` rows train, the rest are held out (the paper's set-up: first 13 of 17, first 65 of 104).
 * @throws if n is not an integer in 1..total.
 */
export function firstNSplit(total: number, n: number): Split {
  if (!Number.isInteger(n) || n < 1 || n > total) throw new Error(`firstNSplit: n must be an integer in 1..${total}, got ${n}`);
  return {train: Array.from({length: n}, (_, i) => i), test: Array.from({length: total - n}, (_, i) => n + i)};
}

/**
 * k-fold cross-validation: rows permuted by a seeded generator, cut into k folds of near-equal size;
 * fold f is held out once while the others train. Every row is held out exactly once.
 * Reference: Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, §7.10.
 * @throws if k is not an integer in 2..total.
 */
export function kFoldSplits(total: number, k: number, seed: number): Split[] {
  if (!Number.isInteger(k) || k < 2 || k > total) throw new Error(`kFoldSplits: k must be an integer in 2..${total}, got ${k}`);
  const order = shuffled(
    Array.from({length: total}, (_, i) => i),
    mulberry32(seed)
  );
  return Array.from({length: k}, (_, f) => {
    const lo = Math.floor((f * total) / k),
      hi = Math.floor(((f + 1) * total) / k);
    const test = order.slice(lo, hi).sort((a, b) => a - b);
    const held = new Set(test);
    return {train: order.filter((i) => !held.has(i)).sort((a, b) => a - b), test};
  });
}

/**
 * Chronological split: rows sorted by time (ties keep their order); the earliest `fraction` train,
 * the later rows are held out, so the network never sees the future it is tested on.
 * @param times one sortable time per row (e.g. ISO dates).
 * @param fraction share of rows that train, in (0, 1).
 * @throws if the fraction is outside (0, 1) or leaves a side empty.
 */
export function chronologicalSplit(times: readonly string[], fraction: number): Split {
  if (!(fraction > 0 && fraction < 1)) throw new Error(`chronologicalSplit: fraction must be in (0, 1), got ${fraction}`);
  const order = times
    .map((t, i) => ({t, i}))
    .sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : a.i - b.i))
    .map((d) => d.i);
  const n = Math.round(order.length * fraction);
  if (n < 1 || n >= order.length) throw new Error(`chronologicalSplit: fraction ${fraction} of ${order.length} rows leaves a side empty`);
  return {train: order.slice(0, n), test: order.slice(n)};
}
