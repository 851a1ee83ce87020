/**
 * Multi-output ridge regression with an unpenalised intercept, as scikit-learn's `Ridge(alpha)` with
 * `fit_intercept=True`: centre X and Y on their training means, solve for B, intercept = mean(Y) - mean(X) B.
 *
 *   B = (Xc' Xc + alpha I)^-1 Xc' Yc            (primal, used when p <= n)
 *     = Xc' (Xc Xc' + alpha I)^-1 Yc            (dual, used when p > n: the same B, an n x n system)
 *
 * Reference: Hoerl & Kennard (1970), "Ridge regression: biased estimation for nonorthogonal problems",
 * Technometrics 12(1); Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, 3.4.1.
 */
import {Matrix, solve} from "ml-matrix";

export interface RidgeModel {
  /** p x k coefficients (one column per output). */
  coefficients: number[][];
  /** k intercepts. */
  intercept: number[];
  /** Predict k outputs for each row of X (p columns). */
  predict(X: readonly (readonly number[])[]): number[][];
}

function check(name: string, M: readonly (readonly number[])[], cols?: number): number {
  const c = cols ?? M[0]?.length ?? 0;
  M.forEach((row, i) => {
    if (row.length !== c) throw new Error(`fitRidge: ${name} row ${i + 1} has ${row.length} values, expected ${c}`);
    row.forEach((x, j) => {
      if (!Number.isFinite(x)) throw new Error(`fitRidge: ${name}[${i + 1}][${j + 1}] is not a finite number (${x})`);
    });
  });
  return c;
}

/**
 * Fit a ridge regression of Y (n x k) on X (n x p).
 * @param X training inputs, not mutated
 * @param Y training outputs, not mutated
 * @param options.alpha penalty (> 0; default 1, scikit-learn's default)
 * @throws on empty or ragged inputs, X and Y of different lengths, a non-finite value, alpha <= 0
 * @example fitRidge([[0], [1], [2]], [[1], [3], [5]], {alpha: 1}).predict([[3]]) // [[17 / 3]]: B = 4/3, b = 5/3
 */
export function fitRidge(
  X: readonly (readonly number[])[],
  Y: readonly (readonly number[])[],
  {alpha = 1}: {alpha?: number} = {}
): RidgeModel {
  if (X.length === 0) throw new Error("fitRidge: no training rows");
  if (X.length !== Y.length) throw new Error(`fitRidge: X has ${X.length} rows, Y has ${Y.length}`);
  if (!(alpha > 0)) throw new Error(`fitRidge: alpha must be > 0, got ${alpha}`);
  const p = check("X", X);
  const k = check("Y", Y);
  const n = X.length;
  const xm = Matrix.columnVector(Array.from({length: p}, (_, j) => X.reduce((s, r) => s + r[j], 0) / n));
  const ym = Array.from({length: k}, (_, j) => Y.reduce((s, r) => s + r[j], 0) / n);
  const Xc = new Matrix(X.map((r) => r.map((x, j) => x - xm.get(j, 0))));
  const Yc = new Matrix(Y.map((r) => r.map((y, j) => y - ym[j])));
  const B =
    p <= n
      ? solve(Xc.transpose().mmul(Xc).add(Matrix.eye(p).mul(alpha)), Xc.transpose().mmul(Yc))
      : Xc.transpose().mmul(solve(Xc.mmul(Xc.transpose()).add(Matrix.eye(n).mul(alpha)), Yc));
  const intercept = ym.map((y, j) => y - xm.transpose().mmul(B.getColumnVector(j)).get(0, 0));
  const coefficients = B.to2DArray();
  return {
    coefficients,
    intercept,
    predict(Xn) {
      check("X (predict)", Xn, p);
      return Xn.map((r) => intercept.map((b, j) => r.reduce((s, x, i) => s + x * coefficients[i][j], b)));
    }
  };
}
