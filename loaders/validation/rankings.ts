/**
 * The registry of rankings /validation judges: each entry says which populations it runs on, which GBDT fits
 * it needs (batched with every other entry's, so both cores train at once) and how its seeds' scores follow
 * from those fits, the shared inputs and the entries before it. A new ranking is one entry here; its label and
 * description are the catalogue's `val.rank.<name>` and `val.desc.<name>` (src/lib/i18n/texts/validation.ts),
 * so the build data and the pages name it alike.
 *
 * The inputs several entries share (the fraud features, the authors' label encoding, the novel-row
 * specialist's rows and features, the data-driven scores) are fitted once per population, on first use.
 */
import type {BuildContext} from "../context.js";
import type {Declaration, SplitRows} from "../../src/lib/data/declarations.js";
import {duty, fitFeatures, fitLabelEncoding} from "../../src/lib/fraud/features.js";
import type {FeatureColumns, GbdtParams} from "../../src/lib/fraud/gbdt.js";
import {fitLogistic, predictLogistic} from "../../src/lib/fraud/logistic.js";
import {trainFraudNet, type FraudNetParams} from "../../src/lib/fraud/network.js";
import {mulberry32} from "../../src/lib/stats/random.js";
import {selectAt} from "../../src/lib/fraud/selection.js";
import {fitValueLookup, hs6PriceKey, novelMask, priceKey} from "../../src/lib/fraud/valueLookup.js";
import {GBDT_PARAMS, NOVEL_GBDT_PARAMS, specialistColumns, specialistRows} from "../../src/lib/fraud/routing.js";
import {revenueScore} from "../../src/lib/fraud/duty.js";
import {fitDataDrivenScores} from "../../src/lib/method/dataDrivenScores.js";
import {INDICATOR_IDS} from "../../src/lib/method/indicators.js";
import type {RankingResult, SeedScores} from "../../src/lib/fraud/validationResult.js";
import {t, type TextKey} from "../../src/lib/i18n/index.js";
import {indicatorTable} from "../indicatorTable.js";
import type {GbdtJob, GbdtJobResult} from "../workers.js";
import {indexRanking, indexWeights} from "./indexRankings.js";

/** The seeds every seeded ranking is trained with. */
export const SEEDS = [1, 2, 3, 4, 5] as const;
/** BP network settings per population (few epochs on 37,385 training rows, more on the 649 e-commerce ones). */
export const NET_PARAMS: Record<TrainedPopulation, Partial<FraudNetParams>> = {
  all: {hidden: [32, 16], epochs: 3, batchSize: 512, learningRate: 0.01},
  ecommerce: {hidden: [32, 16], epochs: 20, batchSize: 64, learningRate: 0.005}
};
/** Rounds after which the first label-encoded model is also scored. */
const STAGES = [25, 50, 100, 200, 400];

/** The populations rankings are trained on (the novel rows are judged with the models of "all"). */
export type TrainedPopulation = "all" | "ecommerce";

/** A trained ranking before evaluation: its seeds' scores and what to report beside them. */
export interface Trained {
  meta: Pick<RankingResult, "name" | "label" | "family" | "description">;
  seeds: SeedScores[];
  ms: number;
  extra?: Partial<Pick<RankingResult, "rounds" | "importance" | "zones" | "stages">>;
}

/** What one entry's `train` returns: everything of {@link Trained} but the names the registry supplies. */
export type TrainedPart = Omit<Trained, "meta">;

/** A population's months and the inputs several rankings share, each fitted once on first use. */
export interface TrainingInputs {
  population: TrainedPopulation;
  data: SplitRows;
  ctx: BuildContext;
  log: (s: string) => void;
  /** The fraud features (target and frequency encodings, quantities) of the training, validation and test rows. */
  features(): {names: string[]; train: FeatureColumns; valid: FeatureColumns; test: FeatureColumns};
  /** The dataset authors' inputs: categories as integer codes, the three quantities. */
  labelEncoding(): {names: string[]; train: FeatureColumns; valid: FeatureColumns; test: FeatureColumns};
  /** The novel-row specialist: its training rows (price seen once), its kept features, the validation rows it stops on. */
  specialist(): {
    rows: Declaration[];
    names: string[];
    train: FeatureColumns;
    valid: FeatureColumns;
    test: FeatureColumns;
    novelValid: number[];
  };
  /** The data-driven indicator values (src/lib/method/dataDrivenScores.ts) of the validation and test rows, and their fit's time. */
  dataDriven(): {rows: {valid: number[][]; test: number[][]}; ms: number};
}

/** One ranking of the registry. */
export interface RankingSpec {
  /** Its identifier in the build data, the URL and the catalogue (`val.rank.<name>`, `val.desc.<name>`). */
  name: string;
  family: RankingResult["family"];
  populations: readonly TrainedPopulation[];
  /** Parameters of its description text. */
  describe?: (inputs: TrainingInputs) => Record<string, string | number>;
  /** The GBDT fits it needs; their results come back to `train` in the same order. */
  jobs?: (inputs: TrainingInputs) => GbdtJob[];
  /** Its seeds' scores, from its fits and the rankings trained before it (by name). */
  train: (inputs: TrainingInputs, fits: readonly GbdtJobResult[], before: (name: string) => Trained) => TrainedPart | Promise<TrainedPart>;
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));
const at = <T>(xs: readonly T[], idx: readonly number[]) => idx.map((i) => xs[i]);
const indices = (flags: readonly boolean[]) => flags.flatMap((b, i) => (b ? [i] : []));
const fmt = (x: number) => x.toLocaleString("en-US");

function timed<T>(fn: () => T): {value: T; ms: number} {
  const t0 = performance.now();
  const value = fn();
  return {value, ms: performance.now() - t0};
}

/** Memoise a fit: the first call computes, later calls return the same value. */
function once<T>(fn: () => T): () => T {
  let value: {v: T} | null = null;
  return () => (value ??= {v: fn()}).v;
}

/** The shared inputs of one population ({@link TrainingInputs}), each fitted on the training months only. */
export function trainingInputs(
  population: TrainedPopulation,
  data: SplitRows,
  ctx: BuildContext,
  log: (s: string) => void
): TrainingInputs {
  const features = once(() => {
    const f = timed(() => fitFeatures(data.train));
    log(`${population}: ${f.value.names.length} features in ${Math.round(f.ms)} ms`);
    return {names: f.value.names, train: f.value.train, valid: f.value.transform(data.valid), test: f.value.transform(data.test)};
  });
  const labelEncoding = once(() => {
    const le = fitLabelEncoding(data.train);
    return {names: le.names, train: le.train, valid: le.transform(data.valid), test: le.transform(data.test)};
  });
  const specialist = once(() => {
    const rows = specialistRows(data.train);
    const sf = fitFeatures(rows);
    const keep = specialistColumns(sf.names);
    const pick = (X: FeatureColumns) => keep.map((j) => X[j]);
    return {
      rows,
      names: keep.map((j) => sf.names[j]),
      train: pick(sf.train),
      valid: pick(sf.transform(data.valid)),
      test: pick(sf.transform(data.test)),
      novelValid: indices(novelMask(data.train, data.valid))
    };
  });
  const dataDriven = once(() => {
    const f = timed(() => {
      const dd = fitDataDrivenScores(data.train);
      return {valid: dd(data.valid), test: dd(data.test)};
    });
    return {rows: f.value, ms: f.ms};
  });
  return {population, data, ctx, log, features, labelEncoding, specialist, dataDriven};
}

/** The GBDT jobs of one model: one per seed, early stopping on `stop` (default: the validation rows), scoring validation and test. */
function seedJobs(
  X: FeatureColumns,
  y: readonly number[],
  Xv: FeatureColumns,
  yv: readonly number[],
  Xt: FeatureColumns,
  params: Partial<GbdtParams> = GBDT_PARAMS,
  stop: {X: FeatureColumns; y: readonly number[]} = {X: Xv, y: yv}
): GbdtJob[] {
  return SEEDS.map((seed) => ({X, y, params: {...params, seed}, valid: stop, predict: [Xv, Xt]}));
}

const asSeeds = (rs: readonly GbdtJobResult[]) =>
  rs.map((r) => ({valid: Array.from(r.predictions[0]), test: Array.from(r.predictions[1]), rounds: r.rounds, gain: r.gain}));
const meanMs = (rs: readonly GbdtJobResult[]) => rs.reduce((a, r) => a + r.ms, 0) / rs.length;

/** The ten features with the largest share of split gain, averaged over the seeds' models. */
function importance(names: readonly string[], seeds: readonly {gain: number[]}[]) {
  const share = names.map((feature, j) => ({
    feature,
    share: seeds.reduce((a, s) => a + s.gain[j] / s.gain.reduce((x, y) => x + y, 0), 0) / seeds.length
  }));
  return share
    .sort((a, b) => b.share - a.share)
    .slice(0, 10)
    .map((d) => ({feature: d.feature, share: round(d.share)}));
}

/** A GBDT ranking's seeds with their rounds and importance. */
function gbdtPart(fits: readonly GbdtJobResult[], names: readonly string[]): TrainedPart {
  const seeds = asSeeds(fits);
  return {seeds, ms: meanMs(fits), extra: {rounds: seeds.map((s) => s.rounds), importance: importance(names, seeds)}};
}

const labels = (rows: readonly Declaration[]) => rows.map((d) => d.fraud);

/** The rows of the paper's 954 × 17 indicator table for the validation and test months (e-commerce only). */
function paperIndicatorRows(i: TrainingInputs): {valid: number[][]; test: number[][]} {
  const table = new Map(indicatorTable(i.ctx).map((r) => [r.declarationId, INDICATOR_IDS.map((id) => r.values[id])]));
  const get = (d: Declaration) => {
    const v = table.get(d.id);
    if (!v) throw new Error(`validation: declaration ${d.id} is not in the paper's indicator table`);
    return v;
  };
  return {valid: i.data.valid.map(get), test: i.data.test.map(get)};
}
const paperRows = new WeakMap<TrainingInputs, {valid: number[][]; test: number[][]}>();
const paperRowsOf = (i: TrainingInputs) => paperRows.get(i) ?? paperRows.set(i, paperIndicatorRows(i)).get(i)!;

/** An index ranking entry: f with the given indicator values and weights. */
function indexEntry(
  name: string,
  populations: readonly TrainedPopulation[],
  source: "paper" | "dataDriven",
  weights: "published" | "textbook"
): RankingSpec {
  return {
    name,
    family: "index",
    populations,
    train: (i) => {
      const t0 = performance.now();
      const rows = source === "paper" ? paperRowsOf(i) : i.dataDriven().rows;
      const r = indexRanking(rows, indexWeights(i.ctx.paper)[weights], i.data.test);
      // the data-driven scores' fit counts for each ranking that uses it
      const fitMs = source === "dataDriven" ? i.dataDriven().ms : 0;
      return {seeds: [r.scores], ms: fitMs + performance.now() - t0, extra: {zones: r.zones}};
    }
  };
}

const BOTH: readonly TrainedPopulation[] = ["all", "ecommerce"];
const ALL: readonly TrainedPopulation[] = ["all"];

/** Every ranking, in the order the build data list them. */
export const RANKINGS: readonly RankingSpec[] = [
  {
    name: "random",
    family: "baseline",
    populations: BOTH,
    train: (i) => ({
      seeds: SEEDS.map((seed) => {
        const rnd = mulberry32(seed * 7919);
        return {valid: i.data.valid.map(() => rnd()), test: i.data.test.map(() => rnd())};
      }),
      ms: 0
    })
  },
  ...(
    [
      ["lookupPrice", priceKey],
      ["lookupHs6Price", hs6PriceKey]
    ] as const
  ).map(([name, key]): RankingSpec => ({
    name,
    family: "yardstick",
    populations: BOTH,
    train: (i) => {
      const lk = timed(() => {
        const f = fitValueLookup(i.data.train, key);
        return [{valid: f(i.data.valid), test: f(i.data.test)}];
      });
      return {seeds: lk.value, ms: lk.ms};
    }
  })),
  {
    name: "gbdt",
    family: "model",
    populations: BOTH,
    jobs: (i) => {
      const f = i.features();
      return seedJobs(f.train, labels(i.data.train), f.valid, labels(i.data.valid), f.test);
    },
    train: (i, fits) => gbdtPart(fits, i.features().names)
  },
  {
    name: "revenueAware",
    family: "model",
    populations: ALL,
    train: (i, _, before) => {
      const gbdt = before("gbdt");
      const dutyV = i.data.valid.map(duty),
        dutyT = i.data.test.map(duty);
      return {seeds: gbdt.seeds.map((s) => ({valid: revenueScore(s.valid, dutyV), test: revenueScore(s.test, dutyT)})), ms: gbdt.ms};
    }
  },
  {
    name: "gbdtLabelEncoded",
    family: "model",
    populations: ALL,
    jobs: (i) => {
      const le = i.labelEncoding();
      const jobs = seedJobs(le.train, labels(i.data.train), le.valid, labels(i.data.valid), le.test);
      jobs[0].stages = STAGES; // how precision grows with the number of trees (the published model is under-trained)
      return jobs;
    },
    train: (i, fits) => {
      const part = gbdtPart(fits, i.labelEncoding().names);
      const yt = labels(i.data.test);
      const stages = (fits[0].stagePredictions ?? []).map((st) => ({
        rounds: st.rounds,
        precisionAt5: round(selectAt(Array.from(st.predictions), yt, 5).precision)
      }));
      return {...part, extra: {...part.extra, stages}};
    }
  },
  {
    name: "gbdtNovel",
    family: "model",
    populations: ALL,
    describe: (i) => ({n: fmt(i.specialist().rows.length)}),
    // beyond copied values: a specialist for novel rows, fitted on the training rows with a price seen once
    jobs: (i) => {
      const s = i.specialist();
      const stop = {X: s.valid.map((c) => Float64Array.from(s.novelValid, (k) => c[k])), y: at(labels(i.data.valid), s.novelValid)};
      return seedJobs(s.train, labels(s.rows), s.valid, labels(i.data.valid), s.test, NOVEL_GBDT_PARAMS, stop);
    },
    train: (i, fits) => gbdtPart(fits, i.specialist().names)
  },
  {
    name: "gbdtRouted",
    family: "model",
    populations: ALL,
    train: (i, _, before) => {
      const gbdt = before("gbdt"),
        specialist = before("gbdtNovel");
      const novelV = novelMask(i.data.train, i.data.valid),
        novelT = novelMask(i.data.train, i.data.test);
      return {
        seeds: gbdt.seeds.map((g, k) => ({
          valid: g.valid.map((x, r) => (novelV[r] ? specialist.seeds[k].valid[r] : x)),
          test: g.test.map((x, r) => (novelT[r] ? specialist.seeds[k].test[r] : x))
        })),
        ms: gbdt.ms + specialist.ms
      };
    }
  },
  {
    name: "bpNetwork",
    family: "model",
    populations: BOTH,
    train: async (i) => {
      const f = i.features();
      const t0 = performance.now();
      const seeds: SeedScores[] = [];
      for (const seed of SEEDS) {
        const r = await trainFraudNet(f.train, labels(i.data.train), [f.valid, f.test], {...NET_PARAMS[i.population], seed});
        seeds.push({valid: Array.from(r.predictions[0]), test: Array.from(r.predictions[1])});
      }
      const ms = performance.now() - t0;
      i.log(`${i.population}: BP network ${Math.round(ms)} ms`);
      return {seeds, ms: ms / SEEDS.length};
    }
  },
  {
    name: "logistic",
    family: "model",
    populations: BOTH,
    train: (i) => {
      const f = i.features();
      const lr = timed(() => {
        const m = fitLogistic(f.train, labels(i.data.train), {lambda: 1, tolerance: 1e-6});
        return [{valid: Array.from(predictLogistic(m, f.valid)), test: Array.from(predictLogistic(m, f.test))}];
      });
      i.log(`${i.population}: logistic regression ${Math.round(lr.ms)} ms`);
      return {seeds: lr.value, ms: lr.ms};
    }
  },
  indexEntry("indexPaper", ["ecommerce"], "paper", "published"),
  indexEntry("indexPaperTextbook", ["ecommerce"], "paper", "textbook"),
  indexEntry("indexDataDriven", BOTH, "dataDriven", "published"),
  indexEntry("indexDataDrivenTextbook", BOTH, "dataDriven", "textbook")
];

/** A ranking's English label and description, from the catalogue (what the build data carry). */
export function rankingMeta(spec: RankingSpec, inputs: TrainingInputs): Trained["meta"] {
  return {
    name: spec.name,
    label: t("en", `val.rank.${spec.name}` as TextKey),
    family: spec.family,
    description: t("en", `val.desc.${spec.name}` as TextKey, spec.describe?.(inputs))
  };
}

/**
 * Train every ranking of one population: the registry's GBDT fits in one batch of worker jobs (both cores),
 * each entry's results handed back in its jobs' order, then each entry in the registry's order.
 * @param fitJobs runs GBDT jobs (loaders/workers.ts `fitGbdtJobs`)
 * @param registry the rankings (default {@link RANKINGS})
 * @throws if an entry asks for a ranking not trained before it
 */
export async function trainPopulation(
  inputs: TrainingInputs,
  fitJobs: (jobs: GbdtJob[]) => Promise<GbdtJobResult[]>,
  registry: readonly RankingSpec[] = RANKINGS
): Promise<Trained[]> {
  const specs = registry.filter((r) => r.populations.includes(inputs.population));
  const jobs = specs.map((s) => s.jobs?.(inputs) ?? []);
  const t0 = performance.now();
  const fitted = await fitJobs(jobs.flat());
  inputs.log(
    `${inputs.population}: ${fitted.length} GBDT fits in ${Math.round(performance.now() - t0)} ms, rounds ${fitted.map((r) => r.rounds).join(", ")}`
  );
  let k = 0;
  const fits = jobs.map((j) => fitted.slice(k, (k += j.length)));
  const done = new Map<string, Trained>();
  const before = (name: string) => {
    const r = done.get(name);
    if (!r) throw new Error(`validation: ranking "${name}" is needed before it is trained (see RANKINGS' order)`);
    return r;
  };
  for (const [i, spec] of specs.entries()) {
    const part = await spec.train(inputs, fits[i], before);
    done.set(spec.name, {meta: rankingMeta(spec, inputs), ...part});
  }
  return [...done.values()];
}
