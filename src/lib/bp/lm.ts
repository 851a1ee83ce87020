/**
 * Levenberg-Marquardt training (MATLAB's default `trainlm`, what the paper's MATLAB code used) for the
 * same small networks, written with ml-matrix. Its forward pass and Jacobian are matrix expressions,
 * independent of the typed-array loops and of tfjs, so it also checks their forward passes.
 */
import {CholeskyDecomposition, Matrix} from "ml-matrix";
import {
  activate,
  activationDerivative,
  initWeights,
  layerActivation,
  layerSizes,
  type Activation,
  type NetworkSpec,
  type Weights
} from "./network.js";
import {mseOver, scaleData, specOf, unscaleTarget, type EpochLog, type Trainer, type TrainingData} from "./training.js";

/** `trainlm`'s parameters (MATLAB defaults where the paper's code sets nothing). */
export interface LmParams {
  readonly hidden: readonly number[];
  readonly activations: readonly Activation[];
  /** Maximum iterations (`trainParam.epochs`). */
  readonly epochs: number;
  /** Stop when the performance falls to this (`trainParam.goal`). */
  readonly goal: number;
  /** `performParam.regularization` r: perf = (1 - r) mse + r msw. */
  readonly regularization: number;
  /** Initial weights' seed. */
  readonly seed: number;
  /** Damping: initial μ, factors on failure / success, ceiling (MATLAB: 0.001, 10, 0.1, 1e10). */
  readonly mu?: number;
  readonly muInc?: number;
  readonly muDec?: number;
  readonly muMax?: number;
  /** Stop when the gradient norm falls below this (`trainParam.min_grad`, 1e-7). */
  readonly minGrad?: number;
}

/** Weights <-> one parameter column, in layer order: kernel (row-major, in x out) then bias. */
function toVector(w: Weights): number[] {
  return w.flatMap((l) => [...l.kernel.flat(), ...l.bias]);
}

function fromVector(spec: NetworkSpec, theta: readonly number[]): Weights {
  const s = layerSizes(spec);
  const out: Weights = [];
  let o = 0;
  for (let l = 0; l + 1 < s.length; l++) {
    const kernel = Array.from({length: s[l]}, (_, i) => theta.slice(o + i * s[l + 1], o + (i + 1) * s[l + 1]));
    o += s[l] * s[l + 1];
    out.push({kernel, bias: theta.slice(o, o + s[l + 1])});
    o += s[l + 1];
  }
  return out;
}

/**
 * Forward pass of many rows as matrices: A_{l+1} = act_l(A_l K_l + 1 b_lᵀ) (ml-matrix), the last layer linear.
 * @param spec the network shape.
 * @param weights the weights (not mutated).
 * @param xs scaled input rows.
 * @returns the activations of every layer (A_0 = xs, ..., A_L = outputs as an n x 1 matrix).
 */
export function matrixForward(spec: NetworkSpec, weights: Weights, xs: ReadonlyArray<readonly number[]>): Matrix[] {
  const acts: Matrix[] = [new Matrix(xs.map((r) => r.slice()))];
  weights.forEach((w, l) => {
    const f = layerActivation(spec, l);
    const z = acts[l].mmul(new Matrix(w.kernel)).addRowVector(w.bias);
    acts.push(z.apply((i, j) => z.set(i, j, activate(f, z.get(i, j)))));
  });
  return acts;
}

/**
 * Jacobian of the outputs with respect to every parameter (rows: samples; columns: {@link toVector} order):
 * D_L = 1; ∂ŷ/∂K_l[i][j] = A_l[n,i] D_{l+1}[n,j]; ∂ŷ/∂b_l[j] = D_{l+1}[n,j]; D_l = (D_{l+1} K_lᵀ) ⊙ act'_{l-1}(A_l).
 */
function jacobian(spec: NetworkSpec, weights: Weights, acts: Matrix[]): Matrix {
  const n = acts[0].rows;
  const s = layerSizes(spec);
  const offsets: number[] = [];
  let P = 0;
  for (let l = 0; l + 1 < s.length; l++) {
    offsets.push(P);
    P += (s[l] + 1) * s[l + 1];
  }
  const J = Array.from({length: n}, () => new Float64Array(P));
  let d = Matrix.ones(n, 1);
  for (let l = weights.length - 1; l >= 0; l--) {
    const a = acts[l].to2DArray(),
      dd = d.to2DArray(),
      nIn = s[l],
      nOut = s[l + 1],
      o = offsets[l];
    for (let r = 0; r < n; r++) {
      const row = J[r];
      for (let i = 0; i < nIn; i++) for (let j = 0; j < nOut; j++) row[o + i * nOut + j] = a[r][i] * dd[r][j];
      for (let j = 0; j < nOut; j++) row[o + nIn * nOut + j] = dd[r][j];
    }
    if (l > 0) {
      const f = layerActivation(spec, l - 1);
      const back = d.mmul(new Matrix(weights[l].kernel).transpose());
      d = back.apply((i, j) => back.set(i, j, back.get(i, j) * activationDerivative(f, a[i][j])));
    }
  }
  return new Matrix(J.map((r) => Array.from(r)));
}

/**
 * A Levenberg-Marquardt trainer. Performance (MATLAB `mse` with `regularization` r):
 * perf = (1 - r) mean_n e_n² + r mean_k θ_k², written as a sum of squares of R = [√((1-r)/N) e; √(r/P) θ].
 * Each iteration solves (JᵀJ + μI) δ = -JᵀR (J = ∂R/∂θ); a step that lowers perf is kept and μ *= muDec,
 * otherwise μ *= muInc and the step is retried. Stops at `epochs`, perf <= goal, |JᵀR| < minGrad or μ > muMax.
 * Scaling: inputs and targets min-max to [0, 1] on the training rows (mapminmax with ymin 0).
 * Reference: Hagan & Menhaj (1994), "Training feedforward networks with the Marquardt algorithm";
 * MATLAB `trainlm` documentation.
 * @throws if the data or parameters are invalid.
 */
export function lmTrainer(data: TrainingData, params: LmParams, initial?: Weights): Trainer {
  const {epochs, goal, regularization: r} = params;
  if (!Number.isInteger(epochs) || epochs < 0) throw new Error(`lmTrainer: epochs must be a non-negative integer, got ${epochs}`);
  if (!(r >= 0 && r < 1)) throw new Error(`lmTrainer: regularization must be in [0, 1), got ${r}`);
  if (!(goal >= 0)) throw new Error(`lmTrainer: goal must be >= 0, got ${goal}`);
  const muInc = params.muInc ?? 10,
    muDec = params.muDec ?? 0.1,
    muMax = params.muMax ?? 1e10,
    minGrad = params.minGrad ?? 1e-7;
  let mu = params.mu ?? 0.001;
  const scaled = scaleData(data);
  const spec = specOf(data, params);
  const xs = data.train.map((i) => scaled.xs[i]);
  const ys = data.train.map((i) => scaled.ys[i]);
  const N = xs.length;
  let theta = toVector(initial ?? initWeights(spec, params.seed));
  const P = theta.length;
  const se = Math.sqrt((1 - r) / N),
    sw = Math.sqrt(r / P);
  const residual = (th: number[]): {R: Matrix; acts: Matrix[]; perf: number} => {
    const acts = matrixForward(spec, fromVector(spec, th), xs);
    const out = acts[acts.length - 1];
    const R = Matrix.columnVector([...ys.map((y, n) => se * (out.get(n, 0) - y)), ...th.map((t) => sw * t)]);
    return {R, acts, perf: R.norm("frobenius") ** 2};
  };
  let cur = residual(theta);
  let epoch = 0;
  let stopReason: string | null = cur.perf <= goal ? "goal" : epochs === 0 ? "epochs" : null;
  const predict = () => {
    const acts = matrixForward(spec, fromVector(spec, theta), scaled.xs);
    return acts[acts.length - 1].getColumn(0).map((v) => unscaleTarget(scaled, v));
  };
  /**
   * One iteration. With J = [√((1-r)/N) J_e; √(r/P) I] the normal equations are
   * (J_eᵀJ_e + c I) δ = g, c = μ + r/P, g = J_eᵀR_e + (r/P) θ; when N < P they are solved through the
   * N x N system (Woodbury): δ = (g - J_eᵀ (J_e J_eᵀ + c I)⁻¹ J_e g) / c.
   */
  const iterate = () => {
    const Je = jacobian(spec, fromVector(spec, theta), cur.acts).mul(se);
    const Re = cur.R.subMatrix(0, N - 1, 0, 0);
    const g = Je.transpose()
      .mmul(Re)
      .add(Matrix.columnVector(theta).mul(sw * sw));
    if (g.norm("frobenius") < minGrad) return "minimum gradient";
    const small = N < P;
    const gram = small ? Je.mmul(Je.transpose()) : Je.transpose().mmul(Je);
    const Jg = small ? Je.mmul(g) : g;
    while (mu <= muMax) {
      const c = mu + sw * sw;
      const A = gram.clone();
      for (let k = 0; k < A.rows; k++) A.set(k, k, A.get(k, k) + c);
      const u = new CholeskyDecomposition(A).solve(Jg);
      const delta = (small ? g.clone().sub(Je.transpose().mmul(u)).div(c) : u).getColumn(0);
      const next = theta.map((t, k) => t - delta[k]);
      const trial = residual(next);
      if (trial.perf < cur.perf) {
        theta = next;
        cur = trial;
        mu *= muDec;
        return cur.perf <= goal ? "goal" : null;
      }
      mu *= muInc;
    }
    return "maximum mu";
  };
  return {
    get epoch() {
      return epoch;
    },
    epochs,
    get done() {
      return stopReason !== null;
    },
    get stopReason() {
      return stopReason;
    },
    runEpochs(n: number): EpochLog[] {
      const logs: EpochLog[] = [];
      for (let e = 0; e < n && stopReason === null; e++) {
        stopReason = iterate();
        epoch++;
        if (stopReason === null && epoch >= epochs) stopReason = "epochs";
        const pred = predict();
        logs.push({epoch, trainLoss: mseOver(pred, data.y, data.train)!, testLoss: mseOver(pred, data.y, data.test)});
      }
      return logs;
    },
    predict,
    weights: () => fromVector(spec, theta),
    dispose() {}
  };
}

/** The performance `trainlm` minimises for given weights: (1 - r) mse + r msw on the scaled training rows. */
export function lmPerformance(data: TrainingData, spec: NetworkSpec, weights: Weights, regularization: number): number {
  const scaled = scaleData(data);
  const acts = matrixForward(
    spec,
    weights,
    data.train.map((i) => scaled.xs[i])
  );
  const out = acts[acts.length - 1].getColumn(0);
  const mse = data.train.reduce((s, i, n) => s + (out[n] - scaled.ys[i]) ** 2, 0) / data.train.length;
  const th = toVector(weights);
  return (1 - regularization) * mse + (regularization * th.reduce((s, t) => s + t * t, 0)) / th.length;
}
