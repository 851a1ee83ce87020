/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares).
 *
 * Features are standardised with the training rows' mean and standard deviation. The model is
 * p = σ(b + Σ_j w_j z_j), fitted by minimising Σ_i logloss(y_i, p_i) + (λ/2)|w|² (the intercept is not
 * penalised): each step solves (Zᵀ D Z + λI) Δ = Zᵀ(y − p) with D = diag(p(1 − p)) by Cholesky.
 * Reference: Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, 2nd ed., §4.4.1.
 */
import {CholeskyDecomposition, Matrix} from "ml-matrix";
import type {FeatureColumns} from "./gbdt.js";

export interface LogisticModel {
  mean: number[];
  sd: number[];
  /** Intercept first, then one weight per standardised feature. */
  beta: number[];
  iterations: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Solve A x = b for a symmetric positive-definite A by Cholesky (ml-matrix's CholeskyDecomposition, the
 * project's linear-algebra library, as in src/lib/stats/ridge.ts).
 * @throws if A is not positive definite (a larger λ makes it so)
 */
function choleskySolve(A: number[][], b: number[]): number[] {
  const chol = new CholeskyDecomposition(new Matrix(A));
  if (!chol.isPositiveDefinite()) throw new Error("fitLogistic: the Hessian is not positive definite; increase lambda");
  return chol.solve(Matrix.columnVector(b)).getColumn(0);
}

/**
 * Fit a logistic regression.
 * @param X training feature columns (finite)
 * @param y training labels 0/1
 * @param options lambda (L2 penalty, >= 0), maximum Newton iterations, tolerance on the step
 * @returns standardisation and coefficients
 * @throws on mismatched shapes, labels other than 0/1 or a singular system
 */
export function fitLogistic(
  X: FeatureColumns,
  y: readonly number[],
  {lambda = 1, maxIterations = 25, tolerance = 1e-8}: {lambda?: number; maxIterations?: number; tolerance?: number} = {}
): LogisticModel {
  if (X.length === 0) throw new Error("fitLogistic: no feature columns");
  const n = y.length,
    m = X.length;
  X.forEach((c, j) => {
    if (c.length !== n) throw new Error(`fitLogistic: feature ${j} has ${c.length} rows but there are ${n} labels`);
  });
  y.forEach((v, i) => {
    if (v !== 0 && v !== 1) throw new Error(`fitLogistic: label ${i} is ${v}, expected 0 or 1`);
  });
  const mean = X.map((c) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += c[i];
    return s / n;
  });
  const sd = X.map((c, j) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += (c[i] - mean[j]) ** 2;
    return Math.sqrt(s / n) || 1;
  });
  const Z = X.map((c, j) => Float64Array.from(c, (v) => (v - mean[j]) / sd[j]));
  const beta = new Array<number>(m + 1).fill(0);
  let it = 0;
  for (; it < maxIterations; it++) {
    const H = Array.from({length: m + 1}, () => new Array<number>(m + 1).fill(0));
    const grad = new Array<number>(m + 1).fill(0);
    const row = new Array<number>(m + 1);
    row[0] = 1;
    for (let i = 0; i < n; i++) {
      let eta = beta[0];
      for (let j = 0; j < m; j++) {
        row[j + 1] = Z[j][i];
        eta += beta[j + 1] * Z[j][i];
      }
      const p = sigmoid(eta),
        w = p * (1 - p),
        r = y[i] - p;
      for (let a = 0; a <= m; a++) {
        grad[a] += row[a] * r;
        const wa = w * row[a];
        for (let b = 0; b <= a; b++) H[a][b] += wa * row[b];
      }
    }
    for (let a = 0; a <= m; a++) {
      for (let b = 0; b < a; b++) H[b][a] = H[a][b];
      if (a > 0) {
        H[a][a] += lambda;
        grad[a] -= lambda * beta[a];
      } else H[0][0] += 1e-9;
    }
    const step = choleskySolve(H, grad);
    let size = 0;
    step.forEach((s, a) => {
      beta[a] += s;
      size = Math.max(size, Math.abs(s));
    });
    if (size < tolerance) {
      it++;
      break;
    }
  }
  return {mean, sd, beta, iterations: it};
}

/**
 * Predicted probabilities of a fitted logistic regression.
 * @param model from {@link fitLogistic}
 * @param X feature columns in the training order
 */
export function predictLogistic(model: LogisticModel, X: FeatureColumns): Float64Array {
  if (X.length !== model.mean.length) throw new Error(`predictLogistic: ${X.length} features, model has ${model.mean.length}`);
  const n = X[0].length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let eta = model.beta[0];
    for (let j = 0; j < X.length; j++) eta += model.beta[j + 1] * ((X[j][i] - model.mean[j]) / model.sd[j]);
    out[i] = sigmoid(eta);
  }
  return out;
}
