/**
 * The training lab's model and controller, without DOM: the lab's state, how each event (a button, a
 * worker's reply) changes it, and which commands the view must then send to the training worker.
 * Also the rules the lab enforces: the size budget of a run, divergence detection, and the zones and
 * prediction rows it displays. The view (src/components/trainingLab.ts) only renders state and forwards events.
 */
import {csvFormat} from "d3-dsv";
import {zoneOf, type Zone} from "../method/zones.js";
import {parameterCount, type Weights} from "./network.js";
import type {Settings} from "./presets.js";
import {firstNSplit, type Split} from "./splits.js";
import type {EpochLog, TrainingData} from "./training.js";
import {formatNumber, t, type Lang} from "../i18n/index.js";

/** One data set of the lab: row labels, inputs, targets, and the paper's network outputs (paper17 only). */
export interface LabDataSet {
  labels: string[];
  x: number[][];
  y: number[];
  paperNetwork?: number[];
}

/**
 * Where a run is: `loading` (the worker builds the trainer, or loads tfjs), `ready` (epoch 0),
 * `running` (Play), `stepping` (one epoch asked), `paused`, `done` (last epoch or the engine's own stop),
 * `diverged` (a loss stopped being finite), `confirm` (over the budget: waiting for the reader's answer),
 * `refused` (over the hard limit), `failed` (the settings or the engine failed).
 */
export type LabPhase = "loading" | "ready" | "running" | "stepping" | "paused" | "done" | "diverged" | "confirm" | "refused" | "failed";

/** A loss that stopped being finite: where and how. */
export interface Divergence {
  epoch: number;
  set: "training" | "held-out";
  value: "NaN" | "Infinity";
}

/** What the worker reports after a slice of epochs. */
export interface Progress {
  run: number;
  /** Logs of the epochs run since the last report. */
  logs: EpochLog[];
  epoch: number;
  done: boolean;
  stopReason: string | null;
  /** Predictions for every row and the weights after `epoch`. */
  predictions: number[];
  weights: Weights;
  /** Time spent training in this slice, ms. */
  ms: number;
  /** False when the worker stopped (paused, stepped, done or diverged). */
  running: boolean;
  divergence: Divergence | null;
}

export interface LabState {
  readonly settings: Settings;
  /** Shape of the data the settings train on (for the budget). */
  readonly shape: DataShape;
  readonly phase: LabPhase;
  /** Id of the current trainer; replies for older runs are ignored. */
  readonly run: number;
  readonly epoch: number;
  readonly epochs: number;
  readonly logs: readonly EpochLog[];
  readonly predictions: readonly number[] | null;
  readonly weights: Weights | null;
  readonly trainMs: number;
  readonly stopReason: string | null;
  /** What the reader is told (an error, the budget question, a divergence), or null. */
  readonly message: string | null;
  /** The language of the lab's own messages (the budget, a divergence); English when absent. */
  readonly lang?: Lang;
  /** The action that waits: for the trainer (Play during loading) or for the reader (over budget). */
  readonly pending: "play" | "step" | null;
  /** The run's budget was accepted by the reader: do not ask again for this run. */
  readonly confirmed: boolean;
}

export type LabEvent =
  | {type: "play"}
  | {type: "pause"}
  | {type: "step"}
  | {type: "reset"}
  | {type: "settings"; settings: Settings; shape: DataShape}
  | {type: "confirm"}
  | {type: "cancel"}
  | {type: "ready"; run: number}
  | ({type: "progress"} & Progress)
  | {type: "error"; run: number; message: string};

/** What the view sends to the worker: build a trainer, run n epochs (null: to the end), pause. */
export type LabCommand =
  {type: "init"; run: number; settings: Settings} | {type: "run"; run: number; epochs: number | null} | {type: "pause"; run: number};

/** Rows of the data, training rows and inputs per row: all a budget needs. */
export interface DataShape {
  rows: number;
  trainRows: number;
  inputs: number;
}

/** The training rows of settings on a data set: the first n, at least one row held out when there are 2+ rows. */
export function labSplit(rows: number, s: Settings): Split {
  return firstNSplit(rows, Math.max(1, Math.min(s.trainRows, rows - 1)));
}

/** The worker's input: the data set with the settings' split. */
export function labTrainingData(d: LabDataSet, s: Settings): TrainingData {
  return {x: d.x, y: d.y, ...labSplit(d.x.length, s)};
}

/** The {@link DataShape} of a data set under settings. */
export function shapeOf(d: LabDataSet, s: Settings): DataShape {
  return {rows: d.x.length, trainRows: labSplit(d.x.length, s).train.length, inputs: d.x[0]?.length ?? 0};
}

/**
 * The lab's budget (measured on the project's 2-core machines, one core per run):
 * - gradient descent (typed, tfjs): work = rows × parameters × epochs, about 4e7 a second;
 * - Levenberg-Marquardt: each iteration forms the Gram matrix of an N × P Jacobian (N training rows,
 *   P parameters), work = N × P × min(N, P) × epochs, about 3e8 a second; and it holds that Jacobian
 *   about four times as float64, so N × P is also a memory limit.
 */
export const BUDGET = {
  /** Work above this many seconds (at the rates below) asks first. */
  askSeconds: 60,
  /** LM Jacobians above this many entries are refused (8e6 entries = 64 MB a copy). */
  lmJacobianEntries: 8e6,
  /** Gradient descent: rows × parameters × epochs a second (typed engine, measured 3.6e7 to 5e7). */
  gradientRate: 4e7,
  /** Levenberg-Marquardt: N × P × min(N, P) a second (measured 3.5e8 on 953 × 5,377). */
  lmRate: 3e8
} as const;

export interface BudgetVerdict {
  verdict: "ok" | "ask" | "refuse";
  /** The run's work, its estimated seconds, and (LM) its Jacobian entries. */
  work: number;
  seconds: number;
  jacobian: number | null;
  /** Why, with the numbers (empty when ok). */
  reason: string;
}

/**
 * A large count in words, three significant digits. Chinese counts in 万亿, 亿 and 万 (10¹², 10⁸, 10⁴), the
 * scales of its own number words: a rule of the locale like its digit grouping, so not in the catalogue.
 */
const big = (x: number, lang: Lang = "en") => {
  if (lang === "zh") {
    const sig = (v: number) => formatNumber("zh", Number(v.toPrecision(3)));
    return x >= 1e12
      ? `${sig(x / 1e12)} 万亿`
      : x >= 1e8
        ? `${sig(x / 1e8)} 亿`
        : x >= 1e4
          ? `${sig(x / 1e4)} 万`
          : formatNumber("zh", Math.round(x));
  }
  return x >= 1e12
    ? `${(x / 1e12).toPrecision(3)} trillion`
    : x >= 1e9
      ? `${(x / 1e9).toPrecision(3)} billion`
      : x >= 1e6
        ? `${(x / 1e6).toPrecision(3)} million`
        : Math.round(x).toLocaleString("en-US");
};
const count = (x: number, lang: Lang = "en") => formatNumber(lang, Math.round(x));

/**
 * A duration in words: "45 s", "12 min", "2.3 hours" ("45 秒", "12 分钟", "2.3 小时").
 * @param lang the language (English by default)
 */
export function duration(seconds: number, lang: Lang = "en"): string {
  return seconds < 90
    ? t(lang, "train.dur.s", {x: String(Math.round(seconds))})
    : seconds < 5400
      ? t(lang, "train.dur.min", {x: String(Math.round(seconds / 60))})
      : t(lang, "train.dur.hours", {x: (seconds / 3600).toPrecision(2)});
}

/**
 * The budget rule of a run of `epochs` epochs (see {@link BUDGET}): refuse an LM Jacobian of more than
 * `lmJacobianEntries` entries (memory); ask first when the estimated time exceeds `askSeconds`; else ok.
 * @param s the settings (engine, hidden layers).
 * @param shape rows, training rows and inputs of the data.
 * @param epochs epochs the run would do (a whole run, one step, or 20 seeds' worth).
 * @param lang the language of the reason (English by default)
 */
export function runBudget(s: Settings, shape: DataShape, epochs: number, lang: Lang = "en"): BudgetVerdict {
  const n = (x: number) => count(x, lang);
  const P = parameterCount({inputs: shape.inputs, hidden: s.hidden, activations: s.activations});
  if (s.engine === "lm") {
    const N = shape.trainRows,
      jacobian = N * P,
      work = N * P * Math.min(N, P) * epochs,
      seconds = work / BUDGET.lmRate;
    if (jacobian > BUDGET.lmJacobianEntries) {
      return {
        verdict: "refuse",
        work,
        seconds,
        jacobian,
        reason: t(lang, "train.refuseLm", {
          n: n(N),
          p: n(P),
          entries: big(jacobian, lang),
          mb: String(Math.round((jacobian * 8) / 1e6)),
          limit: big(BUDGET.lmJacobianEntries, lang)
        })
      };
    }
    if (seconds > BUDGET.askSeconds) {
      return {
        verdict: "ask",
        work,
        seconds,
        jacobian,
        reason: t(lang, "train.askLm", {
          epochs: n(epochs),
          n: n(N),
          p: n(P),
          k: n(Math.min(N, P)),
          work: big(work, lang),
          time: duration(seconds, lang),
          ask: String(BUDGET.askSeconds)
        })
      };
    }
    return {verdict: "ok", work, seconds, jacobian, reason: ""};
  }
  const work = shape.rows * P * epochs,
    seconds = work / BUDGET.gradientRate;
  if (seconds > BUDGET.askSeconds) {
    return {
      verdict: "ask",
      work,
      seconds,
      jacobian: null,
      reason: t(lang, "train.askGradient", {
        rows: n(shape.rows),
        p: n(P),
        epochs: n(epochs),
        work: big(work, lang),
        time: duration(seconds, lang),
        ask: String(BUDGET.askSeconds)
      })
    };
  }
  return {verdict: "ok", work, seconds, jacobian: null, reason: ""};
}

/**
 * The first loss of `logs` that is not a finite number (NaN, or ±∞ after an overflow), or null.
 * Divergence is detected on every epoch's training and held-out mean squared error.
 */
export function divergenceOf(logs: readonly EpochLog[]): Divergence | null {
  for (const l of logs) {
    for (const [set, v] of [
      ["training", l.trainLoss],
      ["held-out", l.testLoss]
    ] as const) {
      if (v !== null && !Number.isFinite(v)) return {epoch: l.epoch, set, value: Number.isNaN(v) ? "NaN" : "Infinity"};
    }
  }
  return null;
}

/**
 * The reader's message for a divergence: where it happened, what the loss became, and the likely cause
 * (for gradient descent, steps too large for the loss surface: the learning rate). Never prints "NaN".
 * @param lang the language of the message (English by default)
 */
export function divergenceMessage(d: Divergence, s: Settings, lang: Lang = "en"): string {
  const what = t(lang, d.value === "NaN" ? "train.div.nan" : "train.div.inf");
  const cause = s.engine === "lm" ? t(lang, "train.div.lm") : t(lang, "train.div.lr", {lr: String(s.learningRate), optimizer: s.optimizer});
  return t(lang, "train.div.message", {epoch: String(d.epoch), set: setName(d.set, lang), what, cause});
}

/** The name of a set of rows in a divergence message ("training", "held-out"; 训练, 留出). */
export function setName(set: Divergence["set"], lang: Lang = "en"): string {
  return t(lang, set === "training" ? "train.set.training" : "train.set.heldOut");
}

/** Zone of a network output or risk value: clipped to [0, 1], the paper's thresholds; null when not finite. */
export function labZone(v: number | null | undefined): Zone | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  return zoneOf(Math.min(1, Math.max(0, v)));
}

/** One row of the lab's predictions table (and its CSV). */
export interface PredictionRow {
  row: number;
  label: string;
  expected: number;
  paper?: number;
  ours: number | null;
  absError: number | null;
  zoneOurs: Zone | null;
  zonePaper: Zone | null;
  zoneExpected: Zone | null;
  inSample: boolean;
}

/** Every row's expected value, prediction (null before training or when not finite), |error| and zones. */
export function predictionRows(d: LabDataSet, s: Settings, predictions: readonly number[] | null): PredictionRow[] {
  const inSample = new Set(labSplit(d.x.length, s).train);
  return d.y.map((y, i) => {
    const p = predictions && Number.isFinite(predictions[i]) ? predictions[i] : null;
    return {
      row: i + 1,
      label: d.labels[i],
      expected: y,
      ...(d.paperNetwork ? {paper: d.paperNetwork[i]} : {}),
      ours: p,
      absError: p === null ? null : Math.abs(y - p),
      zoneOurs: labZone(p),
      zonePaper: d.paperNetwork ? labZone(d.paperNetwork[i]) : null,
      zoneExpected: labZone(y),
      inSample: inSample.has(i)
    };
  });
}

/** The predictions as CSV (d3-dsv: fields with commas, quotes or newlines are quoted, quotes doubled; missing values empty). */
export function predictionsCsv(rows: readonly PredictionRow[]): string {
  return csvFormat(rows as unknown as {[key: string]: string}[]);
}

/**
 * A fresh lab for settings: run 1, loading (the view sends the returned init command).
 * @param lang the language of the lab's messages (kept by every later state)
 */
export function initialLab(settings: Settings, shape: DataShape, lang?: Lang): {state: LabState; commands: LabCommand[]} {
  return fresh({settings, shape, run: 0, pending: null, ...(lang ? {lang} : {})}, null);
}

function fresh(
  prev: Pick<LabState, "settings" | "shape" | "run" | "pending" | "lang">,
  message: string | null
): {state: LabState; commands: LabCommand[]} {
  const run = prev.run + 1;
  return {
    state: {
      settings: prev.settings,
      shape: prev.shape,
      phase: "loading",
      run,
      epoch: 0,
      epochs: prev.settings.epochs,
      logs: [],
      predictions: null,
      weights: null,
      trainMs: 0,
      stopReason: null,
      message,
      pending: prev.pending,
      confirmed: false,
      ...(prev.lang ? {lang: prev.lang} : {})
    },
    commands: [{type: "init", run, settings: prev.settings}]
  };
}

/** Start `action` now if the budget allows, else ask or refuse (the budget counts the epochs it would run). */
function start(s: LabState, action: "play" | "step"): {state: LabState; commands: LabCommand[]} {
  const epochs = action === "step" ? 1 : s.epochs - s.epoch;
  const b = runBudget(s.settings, s.shape, epochs, s.lang);
  if (b.verdict === "refuse") return {state: {...s, phase: "refused", message: b.reason, pending: null}, commands: []};
  if (b.verdict === "ask" && !s.confirmed) return {state: {...s, phase: "confirm", message: b.reason, pending: action}, commands: []};
  return {
    state: {...s, phase: action === "play" ? "running" : "stepping", message: null, pending: null},
    commands: [{type: "run", run: s.run, epochs: action === "play" ? null : 1}]
  };
}

/**
 * The controller: the next state and the worker commands of an event. Rules:
 * - Play from ready/paused starts (after the budget check); from done/diverged/refused/failed it resets
 *   and plays once the new trainer is ready; during loading it waits for the trainer.
 * - Pause answers at once (the worker stops at its next epoch boundary; later reports still count).
 * - Step runs one epoch (pausing a running Play first).
 * - Reset and new settings start a new run; replies from older runs are ignored.
 * - A report with a divergence stops the run with {@link divergenceMessage}; its non-finite values are dropped.
 */
export function labUpdate(s: LabState, e: LabEvent): {state: LabState; commands: LabCommand[]} {
  const none = (state: LabState) => ({state, commands: []});
  switch (e.type) {
    case "play":
      if (s.phase === "ready" || s.phase === "paused") return start(s, "play");
      if (s.phase === "loading") return none({...s, pending: "play"});
      if (s.phase === "done" || s.phase === "diverged" || s.phase === "refused" || s.phase === "failed")
        return fresh({...s, pending: "play"}, null);
      return none(s);
    case "pause":
      if (s.phase === "running" || s.phase === "stepping") return {state: {...s, phase: "paused"}, commands: [{type: "pause", run: s.run}]};
      if (s.phase === "loading") return none({...s, pending: null});
      return none(s);
    case "step":
      if (s.phase === "ready" || s.phase === "paused") return start(s, "step");
      if (s.phase === "running") {
        const next = start({...s, phase: "paused"}, "step");
        return {state: next.state, commands: [{type: "pause", run: s.run}, ...next.commands]};
      }
      if (s.phase === "stepping") return {state: s, commands: [{type: "run", run: s.run, epochs: 1}]};
      if (s.phase === "loading") return none({...s, pending: "step"});
      if (s.phase === "done" || s.phase === "diverged" || s.phase === "refused" || s.phase === "failed")
        return fresh({...s, pending: "step"}, null);
      return none(s);
    case "reset":
      return fresh({...s, pending: null}, null);
    case "settings":
      return fresh({...s, settings: e.settings, shape: e.shape, pending: null}, null);
    case "confirm":
      if (s.phase !== "confirm" || !s.pending) return none(s);
      return start({...s, phase: s.epoch ? "paused" : "ready", confirmed: true}, s.pending);
    case "cancel":
      if (s.phase !== "confirm") return none(s);
      return none({...s, phase: s.epoch ? "paused" : "ready", pending: null, message: null});
    case "ready": {
      if (e.run !== s.run || s.phase !== "loading") return none(s);
      const ready: LabState = {...s, phase: "ready", pending: null};
      return s.pending ? start(ready, s.pending) : none(ready);
    }
    case "progress": {
      if (e.run !== s.run || s.phase === "loading") return none(s);
      const divergence = e.divergence ?? divergenceOf(e.logs);
      const finite = e.logs.filter((l) => Number.isFinite(l.trainLoss) && (l.testLoss === null || Number.isFinite(l.testLoss)));
      const base = {...s, epoch: e.epoch, logs: [...s.logs, ...finite], trainMs: s.trainMs + e.ms, stopReason: e.stopReason};
      if (divergence)
        return none({
          ...base,
          phase: "diverged",
          predictions: null,
          weights: null,
          message: divergenceMessage(divergence, s.settings, s.lang)
        });
      const next = {...base, predictions: e.predictions, weights: e.weights};
      if (e.done) return none({...next, phase: "done"});
      if (!e.running && (s.phase === "running" || s.phase === "stepping")) return none({...next, phase: "paused"});
      return none(next);
    }
    case "error":
      if (e.run !== s.run) return none(s);
      return none({...s, phase: "failed", pending: null, message: e.message});
  }
}
