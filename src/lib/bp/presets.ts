/**
 * The training page's state: one flat settings object (every control, the seed and the split), the
 * paper's set-ups as presets, and its URL encoding (shareable state, TensorFlow Playground style).
 */
import {integer, oneOf, positive, readParams, type Parser} from "../report/urlState.js";
import {ACTIVATIONS, type Activation} from "./network.js";
import {OPTIMIZERS, type Optimizer, type TrainParams} from "./training.js";
import type {LmParams} from "./lm.js";
import {t, type Lang} from "../i18n/index.js";

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
  engine: "typed",
  hidden: [10, 6],
  activations: ["sigmoid", "tanh"],
  optimizer: "adam",
  learningRate: 0.001,
  epochs: 500,
  batchSize: 4,
  seed: 1,
  l2: 0,
  goal: 1e-4,
  regularization: 0.1
};

/** Held-out share of the chronological split of the 954 declarations. */
export const HONEST_TRAIN_FRACTION = 0.7;

/** The seeds of "many seeds": the lab's button and the build's seed spread (loaders/bp.ts) run the same 20. */
export const SPREAD_SEEDS: readonly number[] = Array.from({length: 20}, (_, i) => i + 1);

/** The paper's set-ups and ours (REPRODUCTION-NOTES "The BP network"). */
export const PRESETS: Record<PresetId, {label: string; description: string; settings: Settings}> = {
  keras: {
    label: "Paper, Keras",
    description:
      "17-10-6-1, sigmoid / tanh / linear, Adam, MSE, 500 epochs, batch 4; trained on the first 13 rows of the 17-row table, evaluated on all 17.",
    settings: {...KERAS, preset: "keras", data: "paper17", trainRows: 13}
  },
  matlab: {
    label: "Paper, MATLAB",
    description:
      "newff [10, 6], logsig / tansig / purelin, trainlm (Levenberg-Marquardt), 500 epochs, goal 1e-4, regularization 0.1, mapminmax to [0, 1] on the training rows.",
    settings: {...KERAS, preset: "matlab", engine: "lm", data: "paper17", trainRows: 13}
  },
  samples100: {
    label: "Paper, 100 samples",
    description: "The Keras set-up on 104 rows (4 standard samples + the 100 samples); the first 65 train.",
    settings: {...KERAS, preset: "samples100", data: "samples104", trainRows: 65}
  },
  honest: {
    label: "Honest",
    description:
      "The Keras set-up on the 954 e-commerce declarations in date order: the oldest 70% train, the network is judged on the newer 30% it never saw.",
    settings: {...KERAS, preset: "honest", data: "declarations954", trainRows: Math.round(954 * HONEST_TRAIN_FRACTION)}
  }
};
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

/**
 * A preset's label in a language (the English one is {@link PRESETS}' own).
 * @example presetLabel("honest", "zh") // "诚实检验"
 */
export function presetLabel(id: PresetId, lang: Lang = "en"): string {
  return lang === "en" ? PRESETS[id].label : t(lang, `train.preset.${id}`);
}

/** A preset's description in a language (the English one is {@link PRESETS}' own). */
export function presetDescription(id: PresetId, lang: Lang = "en"): string {
  return lang === "en" ? PRESETS[id].description : t(lang, `train.presetDesc.${id}`);
}

/**
 * One problem of reading the address ("epochs must be an integer in 1..100000, got \"1.5\"", as
 * src/lib/report/urlState.ts's parsers word it) in a language. English is returned as it is; another
 * language rewords the parsers' three kinds of message from the catalogue, and keeps any other text.
 */
function problemText(problem: string, lang: Lang): string {
  if (lang === "en") return problem;
  let m = /^(\S+) must be one of (.*), got "(.*)"$/s.exec(problem);
  if (m) return t(lang, "train.problem.oneOf", {key: m[1], values: m[2], raw: m[3]});
  m = /^(\S+) must be an integer in (-?\d+)\.\.(-?\d+), got "(.*)"$/s.exec(problem);
  if (m) return t(lang, "train.problem.integer", {key: m[1], min: m[2], max: m[3], raw: m[4]});
  m = /^(\S+) must be a (positive|non-negative) number, got "(.*)"$/s.exec(problem);
  if (m) return t(lang, m[2] === "positive" ? "train.problem.positive" : "train.problem.nonNegative", {key: m[1], raw: m[3]});
  return problem;
}

/** Gradient-descent parameters of settings. */
export function trainParams(s: Settings): TrainParams {
  return {
    hidden: s.hidden,
    activations: s.activations,
    optimizer: s.optimizer,
    learningRate: s.learningRate,
    epochs: s.epochs,
    batchSize: s.batchSize,
    seed: s.seed,
    l2: s.l2,
    shuffle: true
  };
}

/** Levenberg-Marquardt parameters of settings. */
export function lmParams(s: Settings): LmParams {
  return {hidden: s.hidden, activations: s.activations, epochs: s.epochs, goal: s.goal, regularization: s.regularization, seed: s.seed};
}

/** URL keys of each setting. */
const KEYS = {
  data: "data",
  engine: "engine",
  hidden: "hidden",
  activations: "act",
  optimizer: "opt",
  learningRate: "lr",
  epochs: "epochs",
  batchSize: "batch",
  seed: "seed",
  l2: "l2",
  trainRows: "train",
  goal: "goal",
  regularization: "reg"
} as const;

/**
 * Encode settings as a query string: the preset, plus every setting that differs from the preset's.
 * @returns e.g. "preset=keras&seed=7".
 */
export function settingsToQuery(s: Settings, extra: Record<string, string> = {}): string {
  const base = PRESETS[s.preset].settings;
  const q = new URLSearchParams({preset: s.preset});
  for (const [k, key] of Object.entries(KEYS) as [keyof typeof KEYS, string][]) {
    const v = s[k],
      b = base[k];
    if (String(v) !== String(b)) q.set(key, Array.isArray(v) ? v.join(",") : String(v));
  }
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

/**
 * Decode a query string into settings, key by key: the preset's settings (default "keras") overridden by
 * each key present and valid. A bad key is reported and ignored, so the other keys still apply; an
 * unknown preset falls back to "keras"; hidden layers and activations of different lengths are both
 * reported and left at the preset's. Keys that are not the lab's (e.g. `classroom`) are not looked at.
 * @param lang the language of the messages (English by default)
 * @returns the settings and one message per ignored key (empty when every key was valid).
 */
export function parseSettings(query: string, lang: Lang = "en"): {settings: Settings; problems: string[]} {
  const list =
    <T>(parse: Parser<T>): Parser<T[]> =>
    (v) =>
      v === "" ? [] : v.split(",").map(parse);
  const presetRead = readParams<{preset: PresetId}>(query, {preset: oneOf(PRESET_IDS)});
  const preset: PresetId = presetRead.values.preset ?? "keras";
  const parsers: {[K in keyof typeof KEYS]: Parser<Settings[K]>} = {
    data: oneOf(DATA_SOURCES),
    engine: oneOf(ENGINES),
    hidden: list(integer(1, 64)),
    activations: list(oneOf(ACTIVATIONS)),
    optimizer: oneOf(OPTIMIZERS),
    learningRate: positive(),
    epochs: integer(1, 100000),
    batchSize: integer(1, 10000),
    seed: integer(0, 2 ** 31),
    l2: positive(true),
    trainRows: integer(1, 100000),
    goal: positive(true),
    regularization: positive(true)
  };
  // the URL names each setting by its short key (KEYS): read under those names, then map back
  const byKey = Object.fromEntries((Object.keys(parsers) as (keyof typeof KEYS)[]).map((k) => [KEYS[k], parsers[k]]));
  const read = readParams<Record<string, unknown>>(query, byKey);
  const problems = [...presetRead.problems, ...read.problems].map((p) => `settingsFromQuery: ${problemText(p, lang)}`);
  const s: Settings = {...PRESETS[preset].settings};
  for (const k of Object.keys(parsers) as (keyof typeof KEYS)[]) {
    const v = read.values[KEYS[k]];
    if (v !== undefined) (s as unknown as Record<string, unknown>)[k] = v;
  }
  if (s.activations.length !== s.hidden.length) {
    problems.push(
      `settingsFromQuery: ${t(lang, "train.problem.layers", {hidden: String(s.hidden.length), activations: String(s.activations.length)})}`
    );
    s.hidden = PRESETS[preset].settings.hidden;
    s.activations = PRESETS[preset].settings.activations;
  }
  return {settings: s, problems};
}

/**
 * Decode a query string into settings, strictly (the lab's own controls): like {@link parseSettings},
 * but any bad key is an error.
 * @param lang the language of the error's message
 * @throws naming the first bad key and its value (an unknown preset, a non-integer epoch count, ...).
 */
export function settingsFromQuery(query: string, lang: Lang = "en"): Settings {
  const {settings, problems} = parseSettings(query, lang);
  if (problems.length) throw new Error(problems[0]);
  return settings;
}

/** Whether a URL key belongs to the lab (so the lab rewrites only its own keys and keeps the page's others). */
export function isLabKey(key: string): boolean {
  return key === "preset" || (Object.values(KEYS) as string[]).includes(key);
}
