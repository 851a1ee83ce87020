/**
 * The BP network's data sets and the numbers the report and `npm run reproduce` print: the paper's
 * Keras and MATLAB set-ups on its 17-row table, the spread over 20 seeds, and honest held-out errors.
 * Training uses the typed-array engine (checked against tfjs in test/bp.test.ts): deterministic for a seed.
 */
import {ecommerceOnly} from "../src/lib/data/declarations.js";
import {INDICATOR_IDS} from "../src/lib/method/indicators.js";
import {normalise, riskValue} from "../src/lib/method/radar.js";
import {publishedWeights} from "../src/lib/paper/weights.js";
import {zoneOf as zoneOfRisk, type Zone} from "../src/lib/method/zones.js";
import type {Dataset} from "./dataset.js";
import {indicatorTable} from "./indicatorTable.js";
import type {PaperTables} from "../src/lib/paper/tables.js";
import type {IndicatorValues} from "../src/lib/method/indicators.js";
import {lmTrainer} from "../src/lib/bp/lm.js";
import {errorStats, median} from "../src/lib/bp/metrics.js";
import {HONEST_TRAIN_FRACTION, PRESETS, SPREAD_SEEDS, lmParams, trainParams, type Settings} from "../src/lib/bp/presets.js";
import {chronologicalSplit, firstNSplit, kFoldSplits, type Split} from "../src/lib/bp/splits.js";
import {runTrainerSync, type TrainingData} from "../src/lib/bp/training.js";
import {typedTrainer} from "../src/lib/bp/typedTrainer.js";

/** Rows of a training page data set: labels, inputs (C1..C17 as printed / in the data), targets. */
export interface BpDataSet {
  labels: string[];
  x: number[][];
  y: number[];
}

const row = (v: IndicatorValues) => INDICATOR_IDS.map((id) => v[id]);

/** The paper's 17-row table (4 standard + 13 random samples) with its risk column, as printed. */
export function paper17(paper: PaperTables): BpDataSet {
  return {labels: paper.sample17.map((r) => r.label), x: paper.sample17.map((r) => row(r.values)), y: paper.sample17.map((r) => r.risk)};
}

/** The risk value f of raw indicator values (C1..C17) with the published weights (src/lib/method/radar.ts). */
const risk = (w: readonly number[], v: readonly number[]) => riskValue(normalise(v), w);

/** The paper's 104-row set: the 4 standard samples and the 100 samples (as printed), with their risk values. */
export function samples104(paper: PaperTables): BpDataSet {
  const std = paper.sample17.filter((r) => r.kind === "standard");
  const w = publishedWeights(paper.weights);
  return {
    labels: [...std.map((r) => r.label), ...paper.samples100.map((s) => `sample ${s.sample}`)],
    x: [...std.map((r) => row(r.values)), ...paper.samples100.map((s) => row(s.values))],
    y: [...std.map((r) => r.risk), ...paper.samples100.map((s) => risk(w, row(s.values)))]
  };
}

/**
 * The 954 e-commerce declarations, oldest first (ties in file order): the indicator table
 * (loaders/indicatorTable.ts) as inputs, the risk value f with the published weights as the target.
 */
export function declarations954(dataset: Dataset, paper: PaperTables): BpDataSet & {dates: string[]} {
  const w = publishedWeights(paper.weights);
  const decl = ecommerceOnly(dataset.declarations);
  const table = indicatorTable({dataset, paper});
  const order = table.map((_, i) => i).sort((a, b) => (decl[a].date < decl[b].date ? -1 : decl[a].date > decl[b].date ? 1 : a - b));
  return {
    labels: order.map((i) => `declaration ${table[i].declarationId}`),
    dates: order.map((i) => decl[i].date),
    x: order.map((i) => row(table[i].values)),
    y: order.map((i) => risk(w, row(table[i].values)))
  };
}

/** The warning zone of a risk value or a network output (outputs clipped to [0, 1] first; the paper's thresholds). */
export function zoneOf(v: number): Zone {
  return zoneOfRisk(Math.min(1, Math.max(0, v)));
}

const withSplit = (d: BpDataSet, s: Split): TrainingData => ({x: d.x, y: d.y, ...s});

/** Train with settings on data (typed-array engine, or LM) and return every row's prediction. */
export function trainPredict(d: BpDataSet, split: Split, s: Settings): number[] {
  const data = withSplit(d, split);
  return runTrainerSync(s.engine === "lm" ? lmTrainer(data, lmParams(s)) : typedTrainer(data, trainParams(s))).predictions;
}

/** The paper-table figures of one trained preset. */
export function presetFigures(paper: PaperTables, s: Settings) {
  const d = paper17(paper);
  const split = firstNSplit(d.x.length, s.trainRows);
  const pred = trainPredict(d, split, s);
  return {
    seed: s.seed,
    mae17: errorStats(d.y, pred).mae,
    maeHeldOutRows: errorStats(d.y, pred, split.test).mae,
    zoneAgreement17: d.y.filter((y, i) => zoneOf(y) === zoneOf(pred[i])).length,
    predictions: pred
  };
}

export const CV_FOLDS = 5;

/** Everything `reproduce` and the training page's static summary need. */
export function bpSummary(paper: PaperTables, d954: BpDataSet & {dates: string[]}) {
  const keras = presetFigures(paper, PRESETS.keras.settings);
  const lm = presetFigures(paper, PRESETS.matlab.settings);
  const spread = SPREAD_SEEDS.map((seed) => presetFigures(paper, {...PRESETS.keras.settings, seed}));
  const d104 = samples104(paper);
  const hundred: BpDataSet = {labels: d104.labels.slice(4), x: d104.x.slice(4), y: d104.y.slice(4)};
  const cv = kFoldSplits(hundred.x.length, CV_FOLDS, 1).map((split) => {
    const pred = trainPredict(hundred, split, PRESETS.keras.settings);
    return split.test.map((i) => Math.abs(hundred.y[i] - pred[i]));
  });
  const cvErrors = cv.flat();
  const chrono = chronologicalSplit(d954.dates, HONEST_TRAIN_FRACTION);
  const chronoPred = trainPredict(d954, chrono, PRESETS.honest.settings);
  return {
    kerasPreset: keras,
    lmPreset: lm,
    honest: {
      cvMae: cvErrors.reduce((a, b) => a + b, 0) / cvErrors.length,
      chronologicalMae: errorStats(d954.y, chronoPred, chrono.test).mae,
      chronologicalTrainRows: chrono.train.length,
      chronologicalTestRows: chrono.test.length
    },
    seedSpread: {
      seeds: SPREAD_SEEDS.length,
      mae17: {
        min: Math.min(...spread.map((r) => r.mae17)),
        median: median(spread.map((r) => r.mae17)),
        max: Math.max(...spread.map((r) => r.mae17))
      },
      mae17BySeed: spread.map((r) => r.mae17),
      maeHeldOutRows: spread.map((r) => r.maeHeldOutRows)
    }
  };
}

/** What the training page loads: its data sets, the paper's network outputs and zones, and the build-time figures. */
export function trainingPageData(paper: PaperTables, dataset: Dataset) {
  const d954 = declarations954(dataset, paper);
  const s = bpSummary(paper, d954);
  const strip = ({seed, mae17, maeHeldOutRows, zoneAgreement17}: typeof s.kerasPreset) => ({seed, mae17, maeHeldOutRows, zoneAgreement17});
  const expected = paper.bpTest.map((r) => r.expected),
    network = paper.bpTest.map((r) => r.network);
  return {
    paper17: {...paper17(paper), paperNetwork: network},
    samples104: samples104(paper),
    declarations954: d954,
    paperErrors: {
      mae17: errorStats(expected, network).mae,
      maeHeldOutRows: errorStats(expected, network, [13, 14, 15, 16]).mae,
      max: errorStats(expected, network).maxAbs,
      maxRow: errorStats(expected, network).maxRow + 1,
      zoneAgreement17: expected.filter((y, i) => zoneOf(y) === zoneOf(network[i])).length
    },
    summary: {kerasPreset: strip(s.kerasPreset), lmPreset: strip(s.lmPreset), honest: s.honest, seedSpread: s.seedSpread, cvFolds: CV_FOLDS}
  };
}
export type TrainingPageData = ReturnType<typeof trainingPageData>;
