/**
 * A hand-written typed-array trainer for these tiny networks: forward and backward passes and the
 * Adam / SGD / momentum updates in Float64Arrays. It implements exactly what the tfjs trainer does
 * (same initial weights, batches, loss, L2 and update rules; test/bp.test.ts checks gradients and
 * outputs against tfjs) at a fraction of the cost: tfjs spends most of a step on per-op overhead.
 */
import {
  activationDerivative,
  initWeights,
  layerActivation,
  layerSizes,
  type Activation,
  type NetworkSpec,
  type Weights
} from "./network.js";
import {
  ADAM,
  MOMENTUM,
  batcher,
  checkParams,
  epochTrainer,
  scaleData,
  specOf,
  unscaleTarget,
  type TrainParams,
  type Trainer,
  type TrainingData
} from "./training.js";

/** Flat parameter layout: for each layer, kernel (in x out, row-major) then bias. */
interface Layout {
  sizes: number[];
  acts: Activation[];
  kOff: number[];
  bOff: number[];
  total: number;
}

function layout(spec: NetworkSpec): Layout {
  const sizes = layerSizes(spec);
  const kOff: number[] = [];
  const bOff: number[] = [];
  let o = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    kOff.push(o);
    o += sizes[l] * sizes[l + 1];
    bOff.push(o);
    o += sizes[l + 1];
  }
  return {sizes, acts: sizes.slice(1).map((_, l) => layerActivation(spec, l)), kOff, bOff, total: o};
}

function flatten(L: Layout, w: Weights): Float64Array {
  const p = new Float64Array(L.total);
  w.forEach((layer, l) => {
    const out = L.sizes[l + 1];
    layer.kernel.forEach((row, i) => row.forEach((v, j) => (p[L.kOff[l] + i * out + j] = v)));
    layer.bias.forEach((v, j) => (p[L.bOff[l] + j] = v));
  });
  return p;
}

function unflatten(L: Layout, p: Float64Array): Weights {
  return L.sizes.slice(1).map((out, l) => ({
    kernel: Array.from({length: L.sizes[l]}, (_, i) => Array.from(p.subarray(L.kOff[l] + i * out, L.kOff[l] + (i + 1) * out))),
    bias: Array.from(p.subarray(L.bOff[l], L.bOff[l] + out))
  }));
}

function act(a: Activation, z: number): number {
  return a === "sigmoid" ? 1 / (1 + Math.exp(-z)) : a === "tanh" ? Math.tanh(z) : a === "relu" ? (z > 0 ? z : 0) : z;
}

/** Scratch buffers for one network: activations and deltas per layer. */
function buffers(L: Layout) {
  return {a: L.sizes.map((n) => new Float64Array(n)), d: L.sizes.map((n) => new Float64Array(n))};
}

function forwardInto(L: Layout, p: Float64Array, a: Float64Array[], x: readonly number[]): number {
  a[0].set(x);
  for (let l = 0; l + 1 < L.sizes.length; l++) {
    const nIn = L.sizes[l],
      nOut = L.sizes[l + 1],
      ai = a[l],
      ao = a[l + 1],
      k = L.kOff[l],
      b = L.bOff[l],
      f = L.acts[l];
    for (let j = 0; j < nOut; j++) {
      let z = p[b + j];
      for (let i = 0; i < nIn; i++) z += ai[i] * p[k + i * nOut + j];
      ao[j] = act(f, z);
    }
  }
  return a[L.sizes.length - 1][0];
}

/**
 * Loss and gradient of a batch: loss = mean_b (ŷ_b - y_b)² + λ Σ_kernels w², accumulated into `g`.
 * Backpropagation: δ_out = 2(ŷ - y)/B; δ_l = (K_l δ_{l+1}) ⊙ act'_l; ∂K_l = a_l δ_{l+1}ᵀ, ∂b_l = δ_{l+1}.
 */
function lossAndGradient(
  L: Layout,
  p: Float64Array,
  g: Float64Array,
  buf: ReturnType<typeof buffers>,
  xs: ReadonlyArray<readonly number[]>,
  ys: readonly number[],
  rows: readonly number[],
  l2: number
): number {
  g.fill(0);
  const B = rows.length,
    last = L.sizes.length - 1;
  let loss = 0;
  for (const r of rows) {
    const yhat = forwardInto(L, p, buf.a, xs[r]);
    const e = yhat - ys[r];
    loss += (e * e) / B;
    buf.d[last][0] = (2 * e) / B; // output is linear
    for (let l = last - 1; l >= 0; l--) {
      const nIn = L.sizes[l],
        nOut = L.sizes[l + 1],
        ai = buf.a[l],
        dOut = buf.d[l + 1],
        dIn = buf.d[l],
        k = L.kOff[l],
        b = L.bOff[l];
      for (let j = 0; j < nOut; j++) g[b + j] += dOut[j];
      for (let i = 0; i < nIn; i++) {
        let s = 0;
        const row = k + i * nOut;
        for (let j = 0; j < nOut; j++) {
          g[row + j] += ai[i] * dOut[j];
          s += p[row + j] * dOut[j];
        }
        if (l > 0) dIn[i] = s * activationDerivative(L.acts[l - 1], ai[i]);
      }
    }
  }
  if (l2 > 0) {
    for (let l = 0; l < L.kOff.length; l++) {
      for (let q = L.kOff[l]; q < L.bOff[l]; q++) {
        loss += l2 * p[q] * p[q];
        g[q] += 2 * l2 * p[q];
      }
    }
  }
  return loss;
}

/**
 * Loss and gradient of one batch (rows of already scaled data) for given weights: the quantity both
 * engines minimise, exposed so tests can compare it with tfjs's automatic differentiation.
 * @returns the loss and its gradient with respect to every weight, in the weights' layout.
 */
export function batchGradient(
  spec: NetworkSpec,
  weights: Weights,
  xs: ReadonlyArray<readonly number[]>,
  ys: readonly number[],
  l2 = 0
): {loss: number; gradient: Weights} {
  const L = layout(spec);
  const p = flatten(L, weights);
  const g = new Float64Array(L.total);
  const loss = lossAndGradient(
    L,
    p,
    g,
    buffers(L),
    xs,
    ys,
    xs.map((_, i) => i),
    l2
  );
  return {loss, gradient: unflatten(L, g)};
}

/**
 * A typed-array trainer for `data` with parameters `params` (see {@link TrainParams}): Glorot-uniform
 * initial weights from the seed (or `initial`), min-max scaling fitted on the training rows,
 * deterministic batches, and the optimiser's update after every batch:
 * Adam θ -= η m̂/(√v̂ + ε); SGD θ -= η g; momentum a = μa + g, θ -= η a (tfjs's formulas).
 * Reference: Kingma & Ba (2015), "Adam: a method for stochastic optimization".
 * @throws if the data or parameters are invalid.
 */
export function typedTrainer(data: TrainingData, params: TrainParams, initial?: Weights): Trainer {
  checkParams(params);
  const scaled = scaleData(data);
  const spec = specOf(data, params);
  const L = layout(spec);
  const p = flatten(L, initial ?? initWeights(spec, params.seed));
  const g = new Float64Array(L.total),
    m = new Float64Array(L.total),
    v = new Float64Array(L.total);
  const buf = buffers(L);
  const nextBatches = batcher(data.train, params.batchSize, params.seed, params.shuffle);
  let t = 0;
  const predictScaled = () => scaled.xs.map((x) => forwardInto(L, p, buf.a, x));
  const predict = () => predictScaled().map((s) => unscaleTarget(scaled, s));
  const {learningRate: lr, optimizer} = params;
  return epochTrainer(data, {
    epochs: params.epochs,
    nextBatches,
    step(rows) {
      lossAndGradient(L, p, g, buf, scaled.xs, scaled.ys, rows, params.l2);
      t++;
      if (optimizer === "adam") {
        const c1 = 1 - ADAM.beta1 ** t,
          c2 = 1 - ADAM.beta2 ** t;
        for (let q = 0; q < L.total; q++) {
          m[q] = ADAM.beta1 * m[q] + (1 - ADAM.beta1) * g[q];
          v[q] = ADAM.beta2 * v[q] + (1 - ADAM.beta2) * g[q] * g[q];
          p[q] -= (lr * (m[q] / c1)) / (Math.sqrt(v[q] / c2) + ADAM.epsilon);
        }
      } else if (optimizer === "momentum") {
        for (let q = 0; q < L.total; q++) {
          m[q] = MOMENTUM * m[q] + g[q];
          p[q] -= lr * m[q];
        }
      } else {
        for (let q = 0; q < L.total; q++) p[q] -= lr * g[q];
      }
    },
    predict,
    weights: () => unflatten(L, p)
  });
}
