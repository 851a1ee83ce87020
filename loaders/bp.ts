/**
 * The BP network's data sets and the numbers the report and `npm run reproduce` print: the paper's
 * Keras and MATLAB set-ups on its 17-row table, the spread over 20 seeds, and honest held-out errors.
 * Training uses the typed-array engine (checked against tfjs in test/bp.test.ts): deterministic for a seed.
 */
import {ecommerceOnly} from "../src/lib/declarations.js";
import {INDICATOR_IDS} from "../src/lib/indicators.js";
import type {Dataset} from "./dataset.js";
import {indicatorTable} from "./indicatorTable.js";
import type {PaperTables, PaperZone, IndicatorValues} from "../src/lib/paperTables.js";
import {lmTrainer} from "../src/lib/bp/lm.js";
import {errorStats, median} from "../src/lib/bp/metrics.js";
import {HONEST_TRAIN_FRACTION, PRESETS, lmParams, trainParams, type Settings} from "../src/lib/bp/presets.js";
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

/**
 * TEMPORARY (until src/lib/radar.ts of issue 4 is merged): the improved-radar risk value f with the
 * published weights (C10 0.05405816, C12 0.00692863), after REPRODUCTION-NOTES "Risk value".
 */
function temporaryRisk(paper: PaperTables, v: IndicatorValues): number {
  const interp = (x: number, xs: number[], ys: number[]) => {
    if (xs[0] > xs[xs.length - 1]) return interp(-x, xs.map((a) => -a), ys);
    if (x <= xs[0]) return ys[0];
    for (let i = 1; i < xs.length; i++) if (x <= xs[i]) return ys[i - 1] + ((ys[i] - ys[i - 1]) * (x - xs[i - 1])) / (xs[i] - xs[i - 1]);
    return ys[ys.length - 1];
  };
  const anchors = [0, 0.65, 0.85, 1];
  const w = paper.weights.map((d) => (d.indicator === "C10" ? 0.05405816 : d.indicator === "C12" ? 0.00692863 : d.weight));
  const xs = INDICATOR_IDS.map((id) =>
    id === "C5" ? interp(v[id], [1630000, 24, 3, 0], anchors) : id === "C10" ? interp(v[id], [0, 6.5, 10, 377.5], anchors)
      : id === "C12" ? interp(v[id], [0, 36575, 884698.36, 630810000], anchors) : v[id] / 100);
  let S = 0, L = 0, Sm = 0, Lm = 0;
  xs.forEach((x, j) => {
    const a = Math.PI * w[j];
    S += x * Math.sin(a);
    L += 2 * Math.sqrt((Math.cos(a) - x) ** 2 + Math.sin(a) ** 2);
    Sm += Math.sin(a);
    Lm += 4 * Math.sin(a / 2);
  });
  return Math.sqrt((S / Sm) * ((S * Lm * Lm) / (L * L * Sm)));
}

/** The paper's 104-row set: the 4 standard samples and the 100 samples (as printed), with their risk values. */
export function samples104(paper: PaperTables): BpDataSet {
  const std = paper.sample17.filter((r) => r.kind === "standard");
  return {
    labels: [...std.map((r) => r.label), ...paper.samples100.map((s) => `sample ${s.sample}`)],
    x: [...std.map((r) => row(r.values)), ...paper.samples100.map((s) => row(s.values))],
    y: [...std.map((r) => r.risk), ...paper.samples100.map((s) => temporaryRisk(paper, s.values))]
  };
}

/**
 * The 954 e-commerce declarations, oldest first (ties in file order): the indicator table
 * (loaders/indicatorTable.ts) as inputs, the risk value f with the published weights as the target.
 */
export function declarations954(dataset: Dataset, paper: PaperTables): BpDataSet & {dates: string[]} {
  const decl = ecommerceOnly(dataset.declarations);
  const table = indicatorTable(dataset);
  const order = table.map((_, i) => i).sort((a, b) => (decl[a].date < decl[b].date ? -1 : decl[a].date > decl[b].date ? 1 : a - b));
  return {
    labels: order.map((i) => `declaration ${table[i].declarationId}`),
    dates: order.map((i) => decl[i].date),
    x: order.map((i) => row(table[i].values)),
    y: order.map((i) => temporaryRisk(paper, table[i].values))
  };
}

/** The zone a risk value falls in: [lower, upper), the top zone closed at its upper bound. */
export function zoneOf(zones: readonly PaperZone[], v: number): PaperZone["zone"] {
  return (zones.find((z) => v < z.upper) ?? zones[zones.length - 1]).zone;
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
    zoneAgreement17: d.y.filter((y, i) => zoneOf(paper.zones, y) === zoneOf(paper.zones, pred[i])).length,
    predictions: pred
  };
}

export const SPREAD_SEEDS = Array.from({length: 20}, (_, i) => i + 1);
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
    honest: {cvMae: cvErrors.reduce((a, b) => a + b, 0) / cvErrors.length, chronologicalMae: errorStats(d954.y, chronoPred, chrono.test).mae,
      chronologicalTrainRows: chrono.train.length, chronologicalTestRows: chrono.test.length},
    seedSpread: {
      seeds: SPREAD_SEEDS.length,
      mae17: {min: Math.min(...spread.map((r) => r.mae17)), median: median(spread.map((r) => r.mae17)), max: Math.max(...spread.map((r) => r.mae17))},
      maeHeldOutRows: spread.map((r) => r.maeHeldOutRows)
    }
  };
}

/** What the training page loads: its data sets, the paper's network outputs and zones, and the build-time figures. */
export function trainingPageData(paper: PaperTables, dataset: Dataset) {
  const d954 = declarations954(dataset, paper);
  const s = bpSummary(paper, d954);
  const strip = ({seed, mae17, maeHeldOutRows, zoneAgreement17}: typeof s.kerasPreset) => ({seed, mae17, maeHeldOutRows, zoneAgreement17});
  const expected = paper.bpTest.map((r) => r.expected), network = paper.bpTest.map((r) => r.network);
  return {
    paper17: {...paper17(paper), paperNetwork: network},
    samples104: samples104(paper),
    declarations954: d954,
    zones: paper.zones.map(({zone, lower, upper}) => ({zone, lower, upper})),
    paperErrors: {mae17: errorStats(expected, network).mae, maeHeldOutRows: errorStats(expected, network, [13, 14, 15, 16]).mae,
      max: errorStats(expected, network).maxAbs, maxRow: errorStats(expected, network).maxRow + 1,
      zoneAgreement17: expected.filter((y, i) => zoneOf(paper.zones, y) === zoneOf(paper.zones, network[i])).length},
    summary: {kerasPreset: strip(s.kerasPreset), lmPreset: strip(s.lmPreset), honest: s.honest, seedSpread: s.seedSpread, cvFolds: CV_FOLDS}
  };
}
export type TrainingPageData = ReturnType<typeof trainingPageData>;
