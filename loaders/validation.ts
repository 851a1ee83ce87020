/**
 * "Does it catch fraud?": every ranking evaluated against the dataset's fraud labels under the dataset
 * authors' protocol (train 2020, validation 2021 Q1, test 2021 Q2 = the three files; every statistic
 * fitted on the training months), on all 54,000 declarations and on the 954 e-commerce ones.
 *
 * Training takes a minute or two, so the result is cached in data/cache/validation-<key>.json, where the
 * key hashes the dataset's checksums and the source of every module the result depends on: the build
 * (src/data/validation.json.ts) and `npm run reproduce` share it, and any code or data change retrains.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {CACHE_DIR, PROJECT_ROOT, loadDataset, type Dataset} from "./dataset.js";
import type {Declaration, Split} from "../src/lib/declarations.js";
import {ecommerceOnly} from "../src/lib/declarations.js";
import {duty, fitFeatures, fitLabelEncoding} from "../src/lib/fraudFeatures.js";
import {fitDataDrivenScores} from "../src/lib/dataDrivenScores.js";
import {INDICATOR_IDS} from "../src/lib/indicators.js";
import {fitGbdt, predictGbdt, type GbdtParams} from "../src/lib/gbdt.js";
import {fitLogistic, predictLogistic} from "../src/lib/logistic.js";
import {trainFraudNet, type FraudNetParams} from "../src/lib/fraudNet.js";
import {mulberry32} from "../src/lib/random.js";
import {
  INSPECTION_RATES, bestMacroF1Threshold, confusionAt, macroF1, meanSd, rocAuc, selectAt, type Confusion
} from "../src/lib/selection.js";
import {indexRankings} from "./validationIndex.js";

export const SEEDS = [1, 2, 3, 4, 5] as const;
export const GBDT_PARAMS: Partial<GbdtParams> = {
  rounds: 250, learningRate: 0.1, maxLeaves: 31, maxDepth: 8, minLeafRows: 20, lambda: 1,
  rowSample: 0.7, featureSample: 0.5, earlyStopping: 30
};
/** BP network settings per population (few epochs on 37,385 training rows, more on the 649 e-commerce ones). */
export const NET_PARAMS: Record<"all" | "ecommerce", Partial<FraudNetParams>> = {
  all: {hidden: [32, 16], epochs: 3, batchSize: 512, learningRate: 0.01},
  ecommerce: {hidden: [32, 16], epochs: 20, batchSize: 64, learningRate: 0.005}
};
/** Curve rates (percent) for the slider and the precision-at-n% chart. */
export const CURVE_RATES = Array.from({length: 50}, (_, i) => i + 1);

export type Population = "all" | "ecommerce";
type Stat = {mean: number; sd: number};
type ByRate = Record<string, Stat>;

/** One ranking on one population's test months. */
export interface RankingResult {
  name: string;
  label: string;
  family: "baseline" | "index" | "model";
  description: string;
  population: Population;
  seeds: number;
  auc: Stat;
  precisionAt: ByRate;
  recallAt: ByRate;
  dutyCaughtAt: ByRate;
  criticalRecallAt: ByRate;
  macroF1: Stat;
  /** Curves at CURVE_RATES, mean over seeds. */
  curve: {precision: number[]; recall: number[]; dutyCaught: number[]};
  /** Test-month confusion matrix of the first seed at the validation-chosen threshold. */
  confusion: Confusion;
  threshold: number;
  trainMs: number;
  /** Top features by share of total split gain (mean over seeds), for tree models. */
  importance?: {feature: string; share: number}[];
  /** Zone counts and fraud rates, for index rankings. */
  zones?: {zone: string; n: number; frauds: number; rate: number}[];
}

/** Scores of one seed for the validation and test months. */
export interface SeedScores {
  valid: readonly number[];
  test: readonly number[];
}

interface Split3 {
  train: Declaration[];
  valid: Declaration[];
  test: Declaration[];
}

function bySplit(rows: readonly (Declaration & {split: Split})[]): Split3 {
  return {
    train: rows.filter((d) => d.split === "train"),
    valid: rows.filter((d) => d.split === "valid"),
    test: rows.filter((d) => d.split === "test")
  };
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));
const stat = (xs: number[]): Stat => {
  const {mean, sd} = meanSd(xs);
  return {mean: round(mean), sd: round(sd)};
};

/**
 * Evaluate a ranking's seeds on the test months (threshold for macro-F1 chosen on the validation months).
 */
export function summarise(
  meta: Pick<RankingResult, "name" | "label" | "family" | "description" | "population">,
  seeds: readonly SeedScores[],
  data: Split3,
  trainMs: number
): RankingResult {
  const yv = data.valid.map((d) => d.fraud), yt = data.test.map((d) => d.fraud);
  const dutyT = data.test.map(duty), critT = data.test.map((d) => (d.criticalFraud === 2 ? 1 : 0));
  const per = seeds.map((s) => {
    const sel = INSPECTION_RATES.map((r) => selectAt(s.test, yt, r, {duty: dutyT, critical: critT}));
    const {threshold} = bestMacroF1Threshold(s.valid, yv);
    const confusion = confusionAt(s.test, yt, threshold);
    const full = CURVE_RATES.map((r) => selectAt(s.test, yt, r, {duty: dutyT}));
    return {sel, threshold, confusion, auc: rocAuc(s.test, yt), f1: macroF1(confusion), full};
  });
  const at = (f: (x: ReturnType<typeof selectAt>) => number): ByRate =>
    Object.fromEntries(INSPECTION_RATES.map((r, k) => [String(r), stat(per.map((p) => f(p.sel[k])))]));
  const curveMean = (f: (x: ReturnType<typeof selectAt>) => number) =>
    CURVE_RATES.map((_, k) => round(per.reduce((a, p) => a + f(p.full[k]), 0) / per.length));
  return {
    ...meta,
    seeds: seeds.length,
    auc: stat(per.map((p) => p.auc)),
    precisionAt: at((x) => x.precision),
    recallAt: at((x) => x.recall),
    dutyCaughtAt: at((x) => x.dutyCaught),
    criticalRecallAt: at((x) => x.criticalRecall),
    macroF1: stat(per.map((p) => p.f1)),
    curve: {precision: curveMean((x) => x.precision), recall: curveMean((x) => x.recall), dutyCaught: curveMean((x) => x.dutyCaught)},
    confusion: per[0].confusion,
    threshold: round(per[0].threshold, 6),
    trainMs: Math.round(trainMs)
  };
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{value: T; ms: number}> {
  const t0 = performance.now();
  const value = await fn();
  return {value, ms: performance.now() - t0};
}

/** Train and evaluate every ranking on one population. */
async function evaluatePopulation(population: Population, data: Split3, dataset: Dataset, log: (s: string) => void):
  Promise<{results: RankingResult[]; scores: Record<"gbdt" | "bpNetwork", SeedScores[]>}> {
  const results: RankingResult[] = [];
  const ytr = data.train.map((d) => d.fraud);
  const meta = (name: string, label: string, family: RankingResult["family"], description: string) =>
    ({name, label, family, description, population});

  const random = SEEDS.map((seed) => {
    const rnd = mulberry32(seed * 7919);
    return {valid: data.valid.map(() => rnd()), test: data.test.map(() => rnd())};
  });
  results.push(summarise(meta("random", "Random", "baseline", "Inspect declarations at random (the base rate)."), random, data, 0));

  const feats = await timed(() => fitFeatures(data.train));
  const Xtr = feats.value.train, Xv = feats.value.transform(data.valid), Xt = feats.value.transform(data.test);
  log(`${population}: ${feats.value.names.length} features in ${Math.round(feats.ms)} ms`);

  const gbdt = await timed(() => SEEDS.map((seed) => {
    const m = fitGbdt(Xtr, ytr, {...GBDT_PARAMS, seed}, {X: Xv, y: data.valid.map((d) => d.fraud)});
    return {valid: Array.from(predictGbdt(m, Xv)), test: Array.from(predictGbdt(m, Xt)), rounds: m.trees.length, gain: m.gain};
  }));
  log(`${population}: GBDT ${Math.round(gbdt.ms)} ms, rounds ${gbdt.value.map((s) => s.rounds).join(", ")}`);
  const share = feats.value.names.map((feature, j) => ({feature, share: gbdt.value.reduce((a, s) => a + s.gain[j] / s.gain.reduce((x, y) => x + y, 0), 0) / SEEDS.length}));
  results.push({...summarise(meta("gbdt", "Gradient-boosted trees (ours)", "model",
    "Histogram GBDT on target/frequency-encoded categories and derived quantities; early stopping on the validation months."),
  gbdt.value, data, gbdt.ms / SEEDS.length),
  importance: share.sort((a, b) => b.share - a.share).slice(0, 10).map((d) => ({feature: d.feature, share: round(d.share)}))});

  if (population === "all") {
    const le = fitLabelEncoding(data.train);
    const Lv = le.transform(data.valid), Lt = le.transform(data.test);
    const labelled = await timed(() => SEEDS.map((seed) => {
      const m = fitGbdt(le.train, ytr, {...GBDT_PARAMS, seed}, {X: Lv, y: data.valid.map((d) => d.fraud)});
      return {valid: Array.from(predictGbdt(m, Lv)), test: Array.from(predictGbdt(m, Lt))};
    }));
    log(`${population}: GBDT on label-encoded columns ${Math.round(labelled.ms)} ms`);
    results.push(summarise(meta("gbdtLabelEncoded", "Gradient-boosted trees, authors' encoding", "model",
      "The same GBDT on the dataset authors' inputs: categories as integer codes, the three quantities; no target encoding."),
    labelled.value, data, labelled.ms / SEEDS.length));
  }

  const net = await timed(async () => {
    const out: SeedScores[] = [];
    for (const seed of SEEDS) {
      const r = await trainFraudNet(Xtr, ytr, [Xv, Xt], {...NET_PARAMS[population], seed});
      out.push({valid: Array.from(r.predictions[0]), test: Array.from(r.predictions[1])});
    }
    return out;
  });
  log(`${population}: BP network ${Math.round(net.ms)} ms`);
  results.push(summarise(meta("bpNetwork", "BP network, fraud labels (tfjs)", "model",
    "The paper's network family (sigmoid then tanh hidden layers) trained on the fraud labels with cross-entropy."),
  net.value, data, net.ms / SEEDS.length));

  const lr = await timed(() => {
    const m = fitLogistic(Xtr, ytr, {lambda: 1, tolerance: 1e-6});
    return [{valid: Array.from(predictLogistic(m, Xv)), test: Array.from(predictLogistic(m, Xt))}];
  });
  log(`${population}: logistic regression ${Math.round(lr.ms)} ms`);
  results.push(summarise(meta("logistic", "Logistic regression (ours)", "model",
    "L2-regularised logistic regression on the same features (deterministic: one fit)."), lr.value, data, lr.ms));

  for (const r of indexRankings(population, data, dataset)) {
    results.push({...summarise(meta(r.name, r.label, "index", r.description), [r.scores], data, r.ms), ...(r.zones ? {zones: r.zones} : {})});
  }
  return {results, scores: {gbdt: gbdt.value, bpNetwork: net.value}};
}

/** Restrict seed scores of all declarations to the e-commerce ones (same order as ecommerceOnly). */
function restrict(scores: readonly SeedScores[], all: Split3): SeedScores[] {
  const keep = (rows: readonly Declaration[]) => rows.map((d, i) => (d.importType === "15" ? i : -1)).filter((i) => i >= 0);
  const kv = keep(all.valid), kt = keep(all.test);
  return scores.map((s) => ({valid: kv.map((i) => s.valid[i]), test: kt.map((i) => s.test[i])}));
}

export interface ValidationResult {
  protocol: {
    train: string; valid: string; test: string;
    rows: Record<Population, Record<Split, number>>;
    frauds: Record<Population, Record<Split, number>>;
    inspectionRates: readonly number[];
    seeds: number;
    fitting: string;
  };
  rankings: RankingResult[];
  curveRates: number[];
  /** Build-time training: total and per model. */
  totalMs: number;
  cacheKey: string;
}

/** Every file under a folder (recursively), sorted, as project-relative paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]).sort();
}

/**
 * Hash of the dataset checksums and of every file the result can depend on: all of src/lib/, loaders/
 * (but its reproduce/ sections), data/paper/ and the lock file (broader than needed, never stale).
 */
export function cacheKey(dataset: Dataset): string {
  const files = [...filesUnder("src/lib"), ...filesUnder("loaders").filter((f) => !f.startsWith(join("loaders", "reproduce"))),
    ...filesUnder(join("data", "paper")), "package-lock.json"];
  const h = createHash("sha256");
  for (const s of dataset.splits) h.update(s.sha256);
  for (const f of files) {
    h.update(f);
    h.update(readFileSync(join(PROJECT_ROOT, f)));
  }
  return h.digest("hex").slice(0, 16);
}

/**
 * Train and evaluate everything (no cache).
 * @param dataset all 54,000 declarations
 * @param log progress messages (stderr in loaders)
 */
export async function computeValidation(dataset: Dataset, log: (s: string) => void = () => {}): Promise<ValidationResult> {
  const t0 = performance.now();
  const pops: Record<Population, Split3> = {all: bySplit(dataset.declarations), ecommerce: bySplit(ecommerceOnly(dataset.declarations))};
  const rankings: RankingResult[] = [];
  const all = await evaluatePopulation("all", pops.all, dataset, log);
  const ecommerce = await evaluatePopulation("ecommerce", pops.ecommerce, dataset, log);
  rankings.push(...all.results, ...ecommerce.results);
  // the models trained on all 54,000 declarations, judged on the e-commerce test months
  const allMs = (name: string) => all.results.find((r) => r.name === name)!.trainMs;
  rankings.push(
    summarise({name: "gbdtAll", label: "Gradient-boosted trees, trained on all", family: "model", population: "ecommerce",
      description: "The GBDT trained on all 37,385 training declarations, scoring the e-commerce ones."},
    restrict(all.scores.gbdt, pops.all), pops.ecommerce, allMs("gbdt")),
    summarise({name: "bpNetworkAll", label: "BP network, trained on all", family: "model", population: "ecommerce",
      description: "The BP network trained on all 37,385 training declarations, scoring the e-commerce ones."},
    restrict(all.scores.bpNetwork, pops.all), pops.ecommerce, allMs("bpNetwork")));
  const counts = (f: (d: Declaration) => number) => Object.fromEntries((["all", "ecommerce"] as const).map((p) =>
    [p, {train: pops[p].train.reduce((a, d) => a + f(d), 0), valid: pops[p].valid.reduce((a, d) => a + f(d), 0), test: pops[p].test.reduce((a, d) => a + f(d), 0)}])) as Record<Population, Record<Split, number>>;
  return {
    protocol: {
      train: "2020 (df_syn_train_eng.csv)", valid: "2021 Q1 (df_syn_valid_eng.csv)", test: "2021 Q2 (df_syn_test_eng.csv)",
      rows: counts(() => 1), frauds: counts((d) => d.fraud),
      inspectionRates: INSPECTION_RATES, seeds: SEEDS.length,
      fitting: "encodings, scalers and models fitted on the training months; early stopping and the macro-F1 threshold on the validation months; metrics on the test months"
    },
    rankings,
    curveRates: CURVE_RATES,
    totalMs: Math.round(performance.now() - t0),
    cacheKey: cacheKey(dataset)
  };
}

/**
 * The validation result, from the cache when its key matches, else computed and cached.
 * @param dataset optional, loaded if absent
 */
export async function loadValidation(dataset?: Dataset, log: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): Promise<ValidationResult> {
  const ds = dataset ?? (await loadDataset());
  const key = cacheKey(ds);
  const file = join(CACHE_DIR, `validation-${key}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as ValidationResult;
  const result = await computeValidation(ds, log);
  mkdirSync(CACHE_DIR, {recursive: true});
  // write then rename: a loader running at the same time never reads a half-written file
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(result));
  renameSync(tmp, file);
  return result;
}

/** The `reproduce --json` shape: protocol plus per-model means. */
export function validationJson(v: ValidationResult) {
  const means = (b: ByRate) => Object.fromEntries(Object.entries(b).map(([k, s]) => [k, s.mean]));
  return {
    protocol: v.protocol,
    models: Object.fromEntries(v.rankings.map((r) => [`${r.population}/${r.name}`, {
      auc: r.auc.mean, precisionAt: means(r.precisionAt), recallAt: means(r.recallAt), dutyCaughtAt: means(r.dutyCaughtAt),
      macroF1: r.macroF1.mean, criticalRecallAt: means(r.criticalRecallAt), seeds: r.seeds
    }]))
  };
}

/**
 * The 954 e-commerce declarations as the paper's 17 indicators with data-driven scores (fitted on the
 * training months of all declarations), for retraining the BP network in the browser. Columns, rounded.
 */
export function ecommerceIndicatorColumns(dataset: Dataset) {
  const train = dataset.declarations.filter((d) => d.split === "train");
  const rows = ecommerceOnly(dataset.declarations);
  const x = fitDataDrivenScores(train)(rows);
  return {
    split: rows.map((d) => d.split),
    fraud: rows.map((d) => d.fraud),
    critical: rows.map((d) => (d.criticalFraud === 2 ? 1 : 0)),
    duty: rows.map((d) => Math.round(duty(d))),
    x: INDICATOR_IDS.map((_, j) => x.map((r) => (j === 4 || j === 9 || j === 11 ? r[j] : round(r[j], 2))))
  };
}
