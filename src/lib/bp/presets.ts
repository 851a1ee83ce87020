/**
 * The training page's state: one flat settings object (every control, the seed and the split), the
 * paper's set-ups as presets, and its URL encoding (shareable state, TensorFlow Playground style).
 */
import {ACTIVATIONS, type Activation} from "./network.js";
import {OPTIMIZERS, type Optimizer, type TrainParams} from "./training.js";
import type {LmParams} from "./lm.js";

export type PresetId = "keras" | "matlab" | "samples100" | "honest";
/** `typed`: the typed-array trainer (fast); `tfjs`: the reference engine; `lm`: Levenberg-Marquardt. */
export type Engine = "typed" | "tfjs" | "lm";
export const ENGINES: readonly Engine[] = ["typed", "tfjs", "lm"];
/** paper17: the paper's 17-row table; samples104: 4 standard + 100 samples; declarations954: all e-commerce declarations, oldest first. */
export type DataSource = "paper17" | "samples104" | "declarations954";
export const DATA_SOURCES: readonly DataSource[] = ["paper17", "samples104", "declarations954"];

export interface Settings {
  preset: PresetId;
  data: DataSource;
  engine: Engine;
  hidden: number[];
  activations: Activation[];
  optimizer: Optimizer;
  learningRate: number;
  epochs: number;
  batchSize: number;
  seed: number;
  l2: number;
  /** The first `trainRows` rows of the data train; the rest are held out (chronological for declarations954). */
  trainRows: number;
  /** Levenberg-Marquardt only: performance goal and regularisation ratio. */
  goal: number;
  regularization: number;
}

const KERAS: Omit<Settings, "preset" | "data" | "trainRows"> = {
  engine: "typed", hidden: [10, 6], activations: ["sigmoid", "tanh"], optimizer: "adam", learningRate: 0.001,
  epochs: 500, batchSize: 4, seed: 1, l2: 0, goal: 1e-4, regularization: 0.1
};

/** Held-out share of the chronological split of the 954 declarations. */
export const HONEST_TRAIN_FRACTION = 0.7;

/** The paper's set-ups and ours (REPRODUCTION-NOTES "The BP network"). */
export const PRESETS: Record<PresetId, {label: string; description: string; settings: Settings}> = {
  keras: {
    label: "Paper, Keras",
    description: "17-10-6-1, sigmoid / tanh / linear, Adam, MSE, 500 epochs, batch 4; trained on the first 13 rows of the 17-row table, evaluated on all 17.",
    settings: {...KERAS, preset: "keras", data: "paper17", trainRows: 13}
  },
  matlab: {
    label: "Paper, MATLAB",
    description: "newff [10, 6], logsig / tansig / purelin, trainlm (Levenberg-Marquardt), 500 epochs, goal 1e-4, regularization 0.1, mapminmax to [0, 1] on the training rows.",
    settings: {...KERAS, preset: "matlab", engine: "lm", data: "paper17", trainRows: 13}
  },
  samples100: {
    label: "Paper, 100 samples",
    description: "The Keras set-up on 104 rows (4 standard samples + the 100 samples); the first 65 train.",
    settings: {...KERAS, preset: "samples100", data: "samples104", trainRows: 65}
  },
  honest: {
    label: "Honest",
    description: "The Keras set-up on the 954 e-commerce declarations in date order: the oldest 70% train, the network is judged on the newer 30% it never saw.",
    settings: {...KERAS, preset: "honest", data: "declarations954", trainRows: Math.round(954 * HONEST_TRAIN_FRACTION)}
  }
};
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

/** Gradient-descent parameters of settings. */
export function trainParams(s: Settings): TrainParams {
  return {hidden: s.hidden, activations: s.activations, optimizer: s.optimizer, learningRate: s.learningRate,
    epochs: s.epochs, batchSize: s.batchSize, seed: s.seed, l2: s.l2, shuffle: true};
}

/** Levenberg-Marquardt parameters of settings. */
export function lmParams(s: Settings): LmParams {
  return {hidden: s.hidden, activations: s.activations, epochs: s.epochs, goal: s.goal, regularization: s.regularization, seed: s.seed};
}

/** URL keys of each setting. */
const KEYS = {data: "data", engine: "engine", hidden: "hidden", activations: "act", optimizer: "opt", learningRate: "lr",
  epochs: "epochs", batchSize: "batch", seed: "seed", l2: "l2", trainRows: "train", goal: "goal", regularization: "reg"} as const;

/**
 * Encode settings as a query string: the preset, plus every setting that differs from the preset's.
 * @returns e.g. "preset=keras&seed=7".
 */
export function settingsToQuery(s: Settings, extra: Record<string, string> = {}): string {
  const base = PRESETS[s.preset].settings;
  const q = new URLSearchParams({preset: s.preset});
  for (const [k, key] of Object.entries(KEYS) as [keyof typeof KEYS, string][]) {
    const v = s[k], b = base[k];
    if (String(v) !== String(b)) q.set(key, Array.isArray(v) ? v.join(",") : String(v));
  }
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

function int(name: string, raw: string, min: number, max: number): number {
  const x = Number(raw);
  if (!Number.isInteger(x) || x < min || x > max) throw new Error(`settingsFromQuery: ${name} must be an integer in ${min}..${max}, got "${raw}"`);
  return x;
}

function pos(name: string, raw: string, allowZero = false): number {
  const x = Number(raw);
  if (!Number.isFinite(x) || x < 0 || (!allowZero && x === 0)) throw new Error(`settingsFromQuery: ${name} must be a ${allowZero ? "non-negative" : "positive"} number, got "${raw}"`);
  return x;
}

function oneOf<T extends string>(name: string, raw: string, options: readonly T[]): T {
  if (!options.includes(raw as T)) throw new Error(`settingsFromQuery: ${name} must be one of ${options.join(", ")}, got "${raw}"`);
  return raw as T;
}

/**
 * Decode a query string into settings: the preset's settings (default "keras") overridden by each key present.
 * @throws naming the key and the bad value (an unknown preset, a non-integer epoch count, ...).
 */
export function settingsFromQuery(query: string): Settings {
  const q = new URLSearchParams(query);
  const preset = oneOf("preset", q.get("preset") ?? "keras", PRESET_IDS);
  const s: Settings = {...PRESETS[preset].settings};
  const get = (k: keyof typeof KEYS) => q.get(KEYS[k]);
  let v: string | null;
  if ((v = get("data")) !== null) s.data = oneOf("data", v, DATA_SOURCES);
  if ((v = get("engine")) !== null) s.engine = oneOf("engine", v, ENGINES);
  if ((v = get("hidden")) !== null) s.hidden = v === "" ? [] : v.split(",").map((h) => int("hidden", h, 1, 64));
  if ((v = get("activations")) !== null) s.activations = v === "" ? [] : v.split(",").map((a) => oneOf("act", a, ACTIVATIONS));
  if ((v = get("optimizer")) !== null) s.optimizer = oneOf("opt", v, OPTIMIZERS);
  if ((v = get("learningRate")) !== null) s.learningRate = pos("lr", v);
  if ((v = get("epochs")) !== null) s.epochs = int("epochs", v, 1, 100000);
  if ((v = get("batchSize")) !== null) s.batchSize = int("batch", v, 1, 10000);
  if ((v = get("seed")) !== null) s.seed = int("seed", v, 0, 2 ** 31);
  if ((v = get("l2")) !== null) s.l2 = pos("l2", v, true);
  if ((v = get("trainRows")) !== null) s.trainRows = int("train", v, 1, 100000);
  if ((v = get("goal")) !== null) s.goal = pos("goal", v, true);
  if ((v = get("regularization")) !== null) s.regularization = pos("reg", v, true);
  if (s.activations.length !== s.hidden.length) {
    throw new Error(`settingsFromQuery: ${s.hidden.length} hidden layers but ${s.activations.length} activations`);
  }
  return s;
}
