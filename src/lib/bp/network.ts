/**
 * The fully connected feed-forward ("BP") network of the paper: inputs -> hidden layers -> one linear
 * output. Weights are plain arrays in Keras's layout (kernel[in][out], bias[out]) so that every engine
 * (typed arrays, tfjs, Levenberg-Marquardt) can start from, and export, the same numbers.
 */
import {mulberry32} from "./rng.js";

/** Activation functions (Keras names; MATLAB logsig = sigmoid, tansig = tanh, purelin = linear). */
export type Activation = "sigmoid" | "tanh" | "relu" | "linear";
export const ACTIVATIONS: readonly Activation[] = ["sigmoid", "tanh", "relu", "linear"];

/** Network shape: input width, hidden layer sizes and activations; the output is one linear unit. */
export interface NetworkSpec {
  readonly inputs: number;
  readonly hidden: readonly number[];
  /** One activation per hidden layer. */
  readonly activations: readonly Activation[];
}

/** One dense layer: kernel[i][j] connects input i to unit j. */
export interface LayerWeights {
  kernel: number[][];
  bias: number[];
}

/** All layers, input to output (the last has one unit). */
export type Weights = LayerWeights[];

/**
 * Check a network spec.
 * @throws naming the problem: no inputs, a non-positive layer size, or activations not matching the layers.
 */
export function checkSpec(spec: NetworkSpec): void {
  if (!Number.isInteger(spec.inputs) || spec.inputs < 1)
    throw new Error(`checkSpec: inputs must be a positive integer, got ${spec.inputs}`);
  spec.hidden.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 1) throw new Error(`checkSpec: hidden layer ${i + 1} must have a positive integer size, got ${n}`);
  });
  if (spec.activations.length !== spec.hidden.length) {
    throw new Error(`checkSpec: ${spec.hidden.length} hidden layers but ${spec.activations.length} activations`);
  }
  spec.activations.forEach((a) => {
    if (!ACTIVATIONS.includes(a)) throw new Error(`checkSpec: unknown activation "${a}"`);
  });
}

/** Layer sizes including input and output: [inputs, ...hidden, 1]. */
export function layerSizes(spec: NetworkSpec): number[] {
  return [spec.inputs, ...spec.hidden, 1];
}

/** Activation of layer l (0-based over hidden layers, then the linear output). */
export function layerActivation(spec: NetworkSpec, l: number): Activation {
  return l < spec.hidden.length ? spec.activations[l] : "linear";
}

/** Number of trainable parameters: sum over layers of (in + 1) out. */
export function parameterCount(spec: NetworkSpec): number {
  const s = layerSizes(spec);
  let n = 0;
  for (let l = 0; l + 1 < s.length; l++) n += (s[l] + 1) * s[l + 1];
  return n;
}

/**
 * Seeded Glorot-uniform initial weights (Keras's default for Dense): kernel ~ U(-a, a),
 * a = sqrt(6 / (fan_in + fan_out)); biases 0.
 * Reference: Glorot & Bengio (2010), "Understanding the difficulty of training deep feedforward neural networks".
 * @param spec the network shape.
 * @param seed the seed; the same seed gives the same weights.
 * @returns new weights.
 * @throws if the spec is invalid.
 */
export function initWeights(spec: NetworkSpec, seed: number): Weights {
  checkSpec(spec);
  const rand = mulberry32(seed);
  const s = layerSizes(spec);
  const out: Weights = [];
  for (let l = 0; l + 1 < s.length; l++) {
    const a = Math.sqrt(6 / (s[l] + s[l + 1]));
    out.push({
      kernel: Array.from({length: s[l]}, () => Array.from({length: s[l + 1]}, () => (2 * rand() - 1) * a)),
      bias: new Array<number>(s[l + 1]).fill(0)
    });
  }
  return out;
}

/** Apply an activation to a pre-activation value. */
export function activate(a: Activation, z: number): number {
  switch (a) {
    case "sigmoid":
      return 1 / (1 + Math.exp(-z));
    case "tanh":
      return Math.tanh(z);
    case "relu":
      return z > 0 ? z : 0;
    case "linear":
      return z;
  }
}

/** Derivative of an activation, written in terms of its output y = act(z). */
export function activationDerivative(a: Activation, y: number): number {
  switch (a) {
    case "sigmoid":
      return y * (1 - y);
    case "tanh":
      return 1 - y * y;
    case "relu":
      return y > 0 ? 1 : 0;
    case "linear":
      return 1;
  }
}

/**
 * Forward pass of one input row: a_{l+1} = act_l(a_l K_l + b_l), output linear.
 * @param spec the network shape.
 * @param weights the weights (not mutated).
 * @param x one (already scaled) input row.
 * @returns the network output.
 * @throws if the input width does not match.
 */
export function forward(spec: NetworkSpec, weights: readonly Readonly<LayerWeights>[], x: readonly number[]): number {
  if (x.length !== spec.inputs) throw new Error(`forward: input has ${x.length} values, expected ${spec.inputs}`);
  let a: number[] = x.slice();
  weights.forEach((w, l) => {
    const act = layerActivation(spec, l);
    a = w.bias.map((b, j) => {
      let z = b;
      for (let i = 0; i < a.length; i++) z += a[i] * w.kernel[i][j];
      return activate(act, z);
    });
  });
  return a[0];
}
