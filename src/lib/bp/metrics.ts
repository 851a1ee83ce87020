/** Error measures of predictions against expected values, over chosen rows. */

/** Signed errors expected - predicted (the paper's "absolute error" column is this, signed). */
export function signedErrors(expected: readonly number[], predicted: readonly number[]): number[] {
  if (expected.length !== predicted.length)
    throw new Error(`signedErrors: ${expected.length} expected values but ${predicted.length} predictions`);
  return expected.map((e, i) => e - predicted[i]);
}

function over(rows: readonly number[] | undefined, n: number): readonly number[] {
  const r = rows ?? Array.from({length: n}, (_, i) => i);
  if (r.length === 0) throw new Error("errorStats: no rows to measure");
  return r;
}

/** MAE = mean |e_i|, RMSE = √(mean e_i²), max |e_i| and its row, over `rows` (default: all). */
export interface ErrorStats {
  mae: number;
  rmse: number;
  maxAbs: number;
  maxRow: number;
  n: number;
}

/**
 * Mean absolute error, root mean squared error and the largest absolute error.
 * @param expected the expected values.
 * @param predicted the predictions (same length).
 * @param rows indices to measure over (default all).
 * @throws if lengths differ or there are no rows.
 */
export function errorStats(expected: readonly number[], predicted: readonly number[], rows?: readonly number[]): ErrorStats {
  const e = signedErrors(expected, predicted);
  const r = over(rows, e.length);
  let abs = 0,
    sq = 0,
    maxAbs = -1,
    maxRow = -1;
  for (const i of r) {
    const a = Math.abs(e[i]);
    abs += a;
    sq += a * a;
    if (a > maxAbs) [maxAbs, maxRow] = [a, i];
  }
  return {mae: abs / r.length, rmse: Math.sqrt(sq / r.length), maxAbs, maxRow, n: r.length};
}

/** Median of numbers (mean of the middle two for an even count). @throws on an empty list. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error("median: empty list");
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
