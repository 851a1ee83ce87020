/**
 * A BP (back-propagation) network classifying declarations as fraud / not fraud, with tfjs.
 *
 * Same family as the paper's network (a sigmoid hidden layer, then a tanh hidden layer, trained by
 * back-propagation), widened for tens of thousands of rows and given a sigmoid output trained on
 * binary cross-entropy: z → Dense(h1, sigmoid) → Dense(h2, tanh) → Dense(1, sigmoid), Adam.
 * Inputs are standardised with the training rows' mean and standard deviation. Seeded Glorot
 * initialisers and a seeded shuffle make a run repeat (CPU backend). Every tensor is disposed.
 * Reference: Rumelhart, Hinton & Williams, Nature 323 (1986); the paper's network (10 logsig, 6 tansig).
 */
import * as tf from "@tensorflow/tfjs/dist/tf.fesm.js";
import type {FeatureColumns} from "./gbdt.js";
import {mulberry32, permutation} from "../stats/random.js";

export interface FraudNetParams {
  hidden: readonly [number, number];
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: number;
}

export const DEFAULT_FRAUD_NET: FraudNetParams = {hidden: [32, 16], epochs: 8, batchSize: 256, learningRate: 0.005, seed: 1};

/** Training rows as a row-major matrix, standardised with their own statistics (returned for reuse). */
function standardise(X: FeatureColumns, stats?: {mean: number[]; sd: number[]}) {
  const n = X[0].length,
    m = X.length;
  const mean =
    stats?.mean ??
    X.map((c) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += c[i];
      return s / n;
    });
  const sd =
    stats?.sd ??
    X.map((c, j) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += (c[i] - mean[j]) ** 2;
      return Math.sqrt(s / n) || 1;
    });
  const flat = new Float32Array(n * m);
  for (let j = 0; j < m; j++) for (let i = 0; i < n; i++) flat[i * m + j] = (X[j][i] - mean[j]) / sd[j];
  return {flat, mean, sd, n, m};
}

/** A trained network's predictions on the rows asked for. */
export interface FraudNetResult {
  /** Predicted fraud probability per row of each `predict` set. */
  predictions: Float64Array[];
  /** Training loss after each epoch. */
  loss: number[];
}

/**
 * Train the classifier on training rows and predict other rows, disposing the model afterwards.
 * @param X training feature columns
 * @param y training labels 0/1
 * @param predict feature column sets to score after training (standardised with the training statistics)
 * @param params network size and training settings (defaults {@link DEFAULT_FRAUD_NET})
 * @param onEpoch optional progress callback (epoch, loss)
 * @returns predictions per set and the loss curve
 * @throws on mismatched shapes or labels other than 0/1
 */
export async function trainFraudNet(
  X: FeatureColumns,
  y: readonly number[],
  predict: readonly FeatureColumns[],
  params: Partial<FraudNetParams> = {},
  onEpoch?: (epoch: number, loss: number) => void
): Promise<FraudNetResult> {
  const p = {...DEFAULT_FRAUD_NET, ...params};
  if (X.length === 0 || X[0].length !== y.length)
    throw new Error(`trainFraudNet: ${X[0]?.length ?? 0} rows of features but ${y.length} labels`);
  y.forEach((v, i) => {
    if (v !== 0 && v !== 1) throw new Error(`trainFraudNet: label ${i} is ${v}, expected 0 or 1`);
  });
  predict.forEach((P, k) => {
    if (P.length !== X.length) throw new Error(`trainFraudNet: prediction set ${k} has ${P.length} features, expected ${X.length}`);
  });
  const train = standardise(X);
  const model = tf.sequential();
  model.add(
    tf.layers.dense({
      units: p.hidden[0],
      activation: "sigmoid",
      inputShape: [train.m],
      kernelInitializer: tf.initializers.glorotUniform({seed: p.seed})
    })
  );
  model.add(
    tf.layers.dense({units: p.hidden[1], activation: "tanh", kernelInitializer: tf.initializers.glorotUniform({seed: p.seed + 1})})
  );
  model.add(tf.layers.dense({units: 1, activation: "sigmoid", kernelInitializer: tf.initializers.glorotUniform({seed: p.seed + 2})}));
  const optimizer = tf.train.adam(p.learningRate);
  model.compile({optimizer, loss: "binaryCrossentropy"});
  const loss: number[] = [];
  const rnd = mulberry32(p.seed);
  try {
    for (let e = 0; e < p.epochs; e++) {
      // one seeded shuffle per epoch, then fit without tfjs's own (unseeded) shuffle
      const order = permutation(train.n, rnd);
      const xs = new Float32Array(train.n * train.m),
        ys = new Float32Array(train.n);
      order.forEach((i, r) => {
        xs.set(train.flat.subarray(i * train.m, (i + 1) * train.m), r * train.m);
        ys[r] = y[i];
      });
      const xt = tf.tensor2d(xs, [train.n, train.m]),
        yt = tf.tensor2d(ys, [train.n, 1]);
      try {
        const h = await model.fit(xt, yt, {epochs: 1, batchSize: p.batchSize, shuffle: false, verbose: 0});
        const l = Number(h.history.loss[0]);
        loss.push(l);
        onEpoch?.(e + 1, l);
      } finally {
        xt.dispose();
        yt.dispose();
      }
    }
    const predictions = predict.map((P) => {
      const s = standardise(P, train);
      const out = tf.tidy(() => model.predict(tf.tensor2d(s.flat, [s.n, s.m])) as tf.Tensor);
      try {
        return Float64Array.from(out.dataSync());
      } finally {
        out.dispose();
      }
    });
    return {predictions, loss};
  } finally {
    model.dispose();
    optimizer.dispose();
  }
}
