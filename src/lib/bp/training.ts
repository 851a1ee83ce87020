/**
 * What every BP trainer shares: the data set and split, the parameters, min-max scaling fitted on the
 * training rows only, the per-epoch log, and an engine-independent run loop with progress callbacks.
 */
import type {Activation, NetworkSpec, Weights} from "./network.js";
import {mulberry32, shuffled} from "./rng.js";
import {fitMinMax, scaleRows, scaleValue, unscaleValue, type MinMaxScaler} from "./scaling.js";

/** Rows, targets and which rows train / are held out (indices into x and y). */
export interface TrainingData {
  readonly x: ReadonlyArray<readonly number[]>;
  readonly y: readonly number[];
  readonly train: readonly number[];
  readonly test: readonly number[];
}

export type Optimizer = "adam" | "sgd" | "momentum";
export const OPTIMIZERS: readonly Optimizer[] = ["adam", "sgd", "momentum"];

/** Every parameter of a gradient-descent run (nothing is read from a UI). */
export interface TrainParams {
  readonly hidden: readonly number[];
  readonly activations: readonly Activation[];
  readonly optimizer: Optimizer;
  readonly learningRate: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly seed: number;
  /** Keras `l2(λ)` on every kernel: loss += λ Σ w². */
  readonly l2: number;
  /** Reshuffle the training rows every epoch (Keras's default), from the seed. */
  readonly shuffle: boolean;
}

/** Adam's and momentum's constants (tfjs / Keras defaults). */
export const ADAM = {beta1: 0.9, beta2: 0.999, epsilon: 1e-7} as const;
export const MOMENTUM = 0.9;

/** Losses after an epoch: mean squared error in the target's own units, on training and held-out rows. */
export interface EpochLog {
  epoch: number;
  trainLoss: number;
  testLoss: number | null;
}

/** A training run that advances epoch by epoch (so a page can animate it and pause it). */
export interface Trainer {
  readonly epoch: number;
  readonly epochs: number;
  /** True once training has stopped (last epoch reached, or an engine's own stopping rule). */
  readonly done: boolean;
  /** Why training stopped, once done (e.g. "epochs", "goal"). */
  readonly stopReason: string | null;
  /** Run up to n more epochs (never past `epochs`); returns their logs. */
  runEpochs(n: number): EpochLog[];
  /** Predictions for every row of the data, in the target's units. */
  predict(): number[];
  /** The current weights (plain arrays, Keras layout, scaled-input space). */
  weights(): Weights;
  /** Free what the engine holds (tfjs tensors); a no-op for typed arrays. */
  dispose(): void;
}

/** The data scaled with min-max statistics of the training rows only, to [0, 1]. */
export interface ScaledData {
  xs: number[][];
  ys: number[];
  scalerX: MinMaxScaler;
  scalerY: MinMaxScaler;
}

/**
 * Check a data set and its split.
 * @throws naming the problem: no training rows, an index out of range, a row both in train and test,
 * mismatched lengths or non-finite values.
 */
export function checkData(data: TrainingData): void {
  const n = data.x.length;
  if (data.y.length !== n) throw new Error(`checkData: ${n} input rows but ${data.y.length} targets`);
  if (data.train.length === 0) throw new Error("checkData: no training rows");
  const seen = new Set<number>();
  for (const i of [...data.train, ...data.test]) {
    if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error(`checkData: row index ${i} out of range 0..${n - 1}`);
    if (seen.has(i)) throw new Error(`checkData: row ${i} appears twice in the split`);
    seen.add(i);
  }
  data.y.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new Error(`checkData: target ${i} is not a finite number (${v})`);
  });
}

/**
 * Scale inputs and targets to [0, 1] with min-max statistics of the training rows only.
 * @throws see {@link checkData}.
 */
export function scaleData(data: TrainingData): ScaledData {
  checkData(data);
  const scalerX = fitMinMax(data.train.map((i) => data.x[i]));
  const scalerY = fitMinMax(data.train.map((i) => [data.y[i]]));
  return {xs: scaleRows(scalerX, data.x), ys: data.y.map((v) => scaleValue(scalerY, 0, v)), scalerX, scalerY};
}

/** Back to the target's units. */
export function unscaleTarget(s: ScaledData, v: number): number {
  return unscaleValue(s.scalerY, 0, v);
}

/**
 * Check the gradient-descent parameters.
 * @throws naming the bad parameter.
 */
export function checkParams(p: TrainParams): void {
  if (!OPTIMIZERS.includes(p.optimizer)) throw new Error(`checkParams: unknown optimizer "${p.optimizer}"`);
  if (!(p.learningRate > 0)) throw new Error(`checkParams: learning rate must be > 0, got ${p.learningRate}`);
  if (!Number.isInteger(p.epochs) || p.epochs < 0) throw new Error(`checkParams: epochs must be a non-negative integer, got ${p.epochs}`);
  if (!Number.isInteger(p.batchSize) || p.batchSize < 1)
    throw new Error(`checkParams: batch size must be a positive integer, got ${p.batchSize}`);
  if (!(p.l2 >= 0)) throw new Error(`checkParams: L2 must be >= 0, got ${p.l2}`);
  if (!Number.isFinite(p.seed)) throw new Error(`checkParams: seed must be a finite number, got ${p.seed}`);
}

/** The network shape a parameter set and data imply. */
export function specOf(data: TrainingData, p: Pick<TrainParams, "hidden" | "activations">): NetworkSpec {
  return {inputs: data.x[0]?.length ?? 0, hidden: p.hidden, activations: p.activations};
}

/** Mean squared error, in target units, of predictions over a set of row indices (null if empty). */
export function mseOver(pred: readonly number[], y: readonly number[], rows: readonly number[]): number | null {
  if (rows.length === 0) return null;
  let s = 0;
  for (const i of rows) s += (pred[i] - y[i]) ** 2;
  return s / rows.length;
}

/**
 * A {@link Trainer} from one engine's batch step: runs `epochs` epochs of `step(rows)` over the batches
 * `nextBatches()` yields, and after each epoch logs the mean squared error of `predict()` on the training
 * and held-out rows. What the gradient-descent engines (typed arrays, tfjs) share; only the step differs.
 */
export function epochTrainer(
  data: TrainingData,
  engine: {
    epochs: number;
    nextBatches: () => Iterable<number[]>;
    step: (rows: number[]) => void;
    predict: () => number[];
    weights: () => Weights;
    dispose?: () => void;
  }
): Trainer {
  let epoch = 0;
  return {
    get epoch() {
      return epoch;
    },
    epochs: engine.epochs,
    get done() {
      return epoch >= engine.epochs;
    },
    get stopReason() {
      return epoch >= engine.epochs ? "epochs" : null;
    },
    runEpochs(n: number): EpochLog[] {
      const logs: EpochLog[] = [];
      for (let e = 0; e < n && epoch < engine.epochs; e++) {
        for (const rows of engine.nextBatches()) engine.step(rows);
        epoch++;
        const pred = engine.predict();
        logs.push({epoch, trainLoss: mseOver(pred, data.y, data.train)!, testLoss: mseOver(pred, data.y, data.test)});
      }
      return logs;
    },
    predict: engine.predict,
    weights: engine.weights,
    dispose: engine.dispose ?? (() => {})
  };
}

/** Progress callbacks of {@link runTrainer}. */
export interface TrainCallbacks {
  onEpochEnd?: (log: EpochLog) => void;
  /** Called between chunks; return false to stop early. */
  shouldContinue?: () => boolean;
}

/** The result of a complete run. */
export interface TrainResult {
  history: EpochLog[];
  predictions: number[];
  weights: Weights;
}

/**
 * Run a trainer to its last epoch, `chunk` epochs at a time, yielding to the event loop between chunks
 * (so a page stays responsive) and reporting each epoch through `onEpochEnd`. Disposes the trainer.
 * @returns the history, the final predictions (every row) and the weights.
 */
export async function runTrainer(trainer: Trainer, callbacks: TrainCallbacks = {}, chunk = 25): Promise<TrainResult> {
  const history: EpochLog[] = [];
  try {
    while (!trainer.done && (callbacks.shouldContinue?.() ?? true)) {
      for (const log of trainer.runEpochs(chunk)) {
        history.push(log);
        callbacks.onEpochEnd?.(log);
      }
      await new Promise((ok) => setTimeout(ok, 0));
    }
    return {history, predictions: trainer.predict(), weights: trainer.weights()};
  } finally {
    trainer.dispose();
  }
}

/** Run a trainer synchronously to its last epoch (Node scripts, tests); disposes it. */
export function runTrainerSync(trainer: Trainer): TrainResult {
  try {
    const history = trainer.runEpochs(trainer.epochs);
    return {history, predictions: trainer.predict(), weights: trainer.weights()};
  } finally {
    trainer.dispose();
  }
}

/**
 * Deterministic batching: a function returning each epoch's batches of training-row indices, in the
 * order training visits them. With `shuffle`, rows are permuted every epoch by a generator seeded from
 * `seed` (a stream separate from the weight initialisation); the last batch may be smaller (as Keras).
 * Every engine uses it, so the same seed visits the same batches in tfjs and in typed arrays.
 */
export function batcher(train: readonly number[], batchSize: number, seed: number, shuffle: boolean): () => number[][] {
  const rand = mulberry32((seed ^ 0x5bd1e995) >>> 0);
  return () => {
    const order = shuffle ? shuffled(train, rand) : train.slice();
    const batches: number[][] = [];
    for (let i = 0; i < order.length; i += batchSize) batches.push(order.slice(i, i + batchSize));
    return batches;
  };
}
