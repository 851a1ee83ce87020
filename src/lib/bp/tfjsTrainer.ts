/**
 * The reference engine: the same network and training in TensorFlow.js (CPU backend, float32).
 * Imported only by the training page, the tests, the bench and the reproduce section (tfjs is heavy:
 * no other page pulls it).
 */
import * as tf from "@tensorflow/tfjs/dist/tf.fesm.js";
import {initWeights, layerActivation, layerSizes, type NetworkSpec, type Weights} from "./network.js";
import {
  ADAM,
  MOMENTUM,
  batcher,
  checkParams,
  epochTrainer,
  scaleData,
  specOf,
  unscaleTarget,
  type Optimizer,
  type TrainParams,
  type Trainer,
  type TrainingData
} from "./training.js";

/**
 * Model factory: an uncompiled `tf.sequential()` of Dense layers, inputs -> hidden (with their
 * activations) -> 1 linear unit; seeded Glorot-uniform kernels (`seed + layer`), zero biases,
 * optional Keras L2 kernel regulariser (for use with `model.fit`).
 * @param spec the network shape.
 * @param options seed (default 0) and l2 (default 0).
 * @returns a new model; the caller disposes it.
 */
export function createModel(spec: NetworkSpec, {seed = 0, l2 = 0}: {seed?: number; l2?: number} = {}): tf.Sequential {
  const sizes = layerSizes(spec);
  const model = tf.sequential();
  for (let l = 0; l + 1 < sizes.length; l++) {
    model.add(
      tf.layers.dense({
        units: sizes[l + 1],
        activation: layerActivation(spec, l),
        inputShape: l === 0 ? [sizes[0]] : undefined,
        kernelInitializer: tf.initializers.glorotUniform({seed: seed + l}),
        biasInitializer: "zeros",
        kernelRegularizer: l2 > 0 ? tf.regularizers.l2({l2}) : undefined
      })
    );
  }
  return model;
}

/** Load plain weights (Keras layout) into a model built by {@link createModel}. */
export function setModelWeights(model: tf.LayersModel, weights: Weights): void {
  const tensors = weights.flatMap((w) => [tf.tensor2d(w.kernel), tf.tensor1d(w.bias)]);
  model.setWeights(tensors);
  tf.dispose(tensors);
}

/** Read a model's weights as plain arrays (Keras layout). */
export function getModelWeights(model: tf.LayersModel): Weights {
  const values = model.getWeights().map((t) => t.arraySync());
  const out: Weights = [];
  for (let i = 0; i < values.length; i += 2) out.push({kernel: values[i] as number[][], bias: values[i + 1] as number[]});
  return out;
}

function makeOptimizer(name: Optimizer, lr: number): tf.Optimizer {
  if (name === "adam") return tf.train.adam(lr, ADAM.beta1, ADAM.beta2, ADAM.epsilon);
  if (name === "momentum") return tf.train.momentum(lr, MOMENTUM);
  return tf.train.sgd(lr);
}

/** MSE of a batch plus λ Σ kernel², the loss both engines minimise. */
function batchLoss(model: tf.LayersModel, x: tf.Tensor2D, y: tf.Tensor2D, l2: number): tf.Scalar {
  const pred = model.apply(x, {training: true}) as tf.Tensor;
  let loss = tf.mean(tf.square(tf.sub(pred, y))) as tf.Scalar;
  if (l2 > 0) {
    for (const w of model.trainableWeights.filter((w) => w.shape.length === 2))
      loss = tf.add(loss, tf.mul(l2, tf.sum(tf.square(w.read())))) as tf.Scalar;
  }
  return loss;
}

/**
 * tfjs trainer with the same initial weights (seeded Glorot from {@link initWeights}, or `initial`),
 * scaling, batches, loss and optimiser as the typed-array trainer; one `optimizer.minimize` per batch.
 * `dispose()` frees the model and the optimiser (a test checks `tf.memory()` after runs).
 * @throws if the data or parameters are invalid.
 */
export function tfjsTrainer(data: TrainingData, params: TrainParams, initial?: Weights): Trainer {
  checkParams(params);
  const scaled = scaleData(data);
  const spec = specOf(data, params);
  const model = createModel(spec, {seed: params.seed});
  setModelWeights(model, initial ?? initWeights(spec, params.seed));
  const optimizer = makeOptimizer(params.optimizer, params.learningRate);
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const xAll = tf.tensor2d(scaled.xs);
  const yAll = tf.tensor2d(scaled.ys.map((v) => [v]));
  const nextBatches = batcher(data.train, params.batchSize, params.seed, params.shuffle);
  const predict = () =>
    Array.from(
      tf.tidy(() => (model.predict(xAll) as tf.Tensor).dataSync()),
      (s) => unscaleTarget(scaled, s)
    );
  return epochTrainer(data, {
    epochs: params.epochs,
    nextBatches,
    step: (rows) =>
      tf.tidy(() => {
        const idx = tf.tensor1d(rows, "int32");
        const x = tf.gather(xAll, idx) as tf.Tensor2D;
        const y = tf.gather(yAll, idx) as tf.Tensor2D;
        optimizer.minimize(() => batchLoss(model, x, y, params.l2), false, vars);
      }),
    predict,
    weights: () => getModelWeights(model),
    dispose() {
      tf.dispose([xAll, yAll]);
      optimizer.dispose();
      // tfjs 4.22's MomentumOptimizer.dispose() skips its parent SGD's learning-rate scalar `c`: free it too.
      if (params.optimizer === "momentum") (optimizer as unknown as {c?: tf.Tensor}).c?.dispose();
      model.dispose();
    }
  });
}

/**
 * tfjs's automatic gradient of the batch loss for given weights (scaled data), for checking the
 * typed-array backpropagation.
 * @returns the loss and its gradient, in the weights' layout.
 */
export function tfjsGradient(spec: NetworkSpec, weights: Weights, xs: number[][], ys: number[], l2 = 0): {loss: number; gradient: Weights} {
  const model = createModel(spec);
  try {
    setModelWeights(model, weights);
    const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
    const x = tf.tensor2d(xs),
      y = tf.tensor2d(ys.map((v) => [v]));
    const {value, grads} = tf.variableGrads(() => batchLoss(model, x, y, l2), vars);
    const g = vars.map((v) => grads[v.name].arraySync());
    const loss = value.arraySync() as number;
    tf.dispose([x, y, value, ...Object.values(grads)]);
    const gradient: Weights = [];
    for (let i = 0; i < g.length; i += 2) gradient.push({kernel: g[i] as number[][], bias: g[i + 1] as number[]});
    return {loss, gradient};
  } finally {
    model.dispose();
  }
}

/** tfjs forward pass of rows (scaled inputs) with given weights. */
export function tfjsPredict(spec: NetworkSpec, weights: Weights, xs: number[][]): number[] {
  const model = createModel(spec);
  try {
    setModelWeights(model, weights);
    return Array.from(tf.tidy(() => (model.predict(tf.tensor2d(xs)) as tf.Tensor).dataSync()));
  } finally {
    model.dispose();
  }
}

export {tf};
