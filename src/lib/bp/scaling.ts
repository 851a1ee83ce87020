/**
 * Min-max scaling fitted on the training rows only (scikit-learn's MinMaxScaler, MATLAB's mapminmax),
 * so that held-out rows never inform the scaling.
 */

/** Per-column minimum and maximum of the rows the scaler was fitted on, and the target range. */
export interface MinMaxScaler {
  readonly min: readonly number[];
  readonly max: readonly number[];
  readonly lo: number;
  readonly hi: number;
}

/**
 * Fit a min-max scaler on `rows` (the training rows).
 * Scaling: x' = lo + (hi - lo) (x - min_j) / (max_j - min_j); a constant column maps to lo
 * (scikit-learn treats a zero range as 1, giving lo at the fitted value).
 * Reference: scikit-learn `MinMaxScaler`; MATLAB `mapminmax` with `ymin`, `ymax`.
 * @param rows training rows (n x d), n >= 1.
 * @param range the target range [lo, hi], default [0, 1].
 * @returns the fitted scaler.
 * @throws if there are no rows, rows have different lengths, or a value is not finite.
 */
export function fitMinMax(rows: ReadonlyArray<readonly number[]>, range: readonly [number, number] = [0, 1]): MinMaxScaler {
  if (rows.length === 0) throw new Error("fitMinMax: no rows to fit on");
  const d = rows[0].length;
  const min = new Array<number>(d).fill(Infinity);
  const max = new Array<number>(d).fill(-Infinity);
  rows.forEach((r, i) => {
    if (r.length !== d) throw new Error(`fitMinMax: row ${i} has ${r.length} columns, expected ${d}`);
    r.forEach((x, j) => {
      if (!Number.isFinite(x)) throw new Error(`fitMinMax: row ${i}, column ${j} is not a finite number (${x})`);
      if (x < min[j]) min[j] = x;
      if (x > max[j]) max[j] = x;
    });
  });
  return {min, max, lo: range[0], hi: range[1]};
}

/**
 * Apply a fitted scaler to rows (any rows: held-out rows may fall outside [lo, hi]).
 * @returns new scaled rows.
 * @throws if a row's length differs from the scaler's.
 */
export function scaleRows(s: MinMaxScaler, rows: ReadonlyArray<readonly number[]>): number[][] {
  return rows.map((r, i) => {
    if (r.length !== s.min.length) throw new Error(`scaleRows: row ${i} has ${r.length} columns, expected ${s.min.length}`);
    return r.map((x, j) => scaleValue(s, j, x));
  });
}

/** Scale one value of column j: lo + (hi - lo)(x - min_j)/(max_j - min_j), lo for a constant column. */
export function scaleValue(s: MinMaxScaler, j: number, x: number): number {
  const range = s.max[j] - s.min[j];
  return range === 0 ? s.lo : s.lo + ((s.hi - s.lo) * (x - s.min[j])) / range;
}

/** Invert the scaling of one value of column j: min_j + (x' - lo)(max_j - min_j)/(hi - lo). */
export function unscaleValue(s: MinMaxScaler, j: number, x: number): number {
  return s.min[j] + ((x - s.lo) * (s.max[j] - s.min[j])) / (s.hi - s.lo);
}
