/**
 * "Does it catch fraud?": every ranking evaluated against the dataset's fraud labels under the dataset
 * authors' protocol (train 2020, validation 2021 Q1, test 2021 Q2 = the three files; every statistic
 * fitted on the training months), on all 54,000 declarations and on the 954 e-commerce ones.
 *
 * Training takes a minute or two, so the result is cached in data/cache/validation-<key>.json, where the
 * key hashes the dataset's checksums and the source of every module the result depends on: the build
 * (src/data/validation.json.ts) and `npm run reproduce` share it, and any code or data change retrains.
 */
import {join} from "node:path";
import {type Dataset} from "./dataset.js";
import {loadContext, type BuildContext} from "./context.js";
import type {Declaration, Split} from "../src/lib/data/declarations.js";
import {bySplit, ecommerceOnly, type SplitRows as Split3} from "../src/lib/data/declarations.js";
import {duty, fitFeatures, fitLabelEncoding} from "../src/lib/fraud/features.js";
import {fitDataDrivenScores} from "../src/lib/method/dataDrivenScores.js";
import {INDICATORS} from "../src/lib/method/indicators.js";
import type {FeatureColumns} from "../src/lib/fraud/gbdt.js";
import {fitLogistic, predictLogistic} from "../src/lib/fraud/logistic.js";
import {trainFraudNet, type FraudNetParams} from "../src/lib/fraud/network.js";
import {mulberry32} from "../src/lib/stats/random.js";
import {INSPECTION_RATES, bestMacroF1Threshold, confusionAt, macroF1, meanSd, rocAuc, selectAt} from "../src/lib/fraud/selection.js";
import {indexRankings} from "./validationIndex.js";
import {fitGbdtJobs, type GbdtJob, type GbdtJobResult} from "./workers.js";
import {buildCacheKey, cachedJson} from "./buildCache.js";
export type {Population, RankingResult, SeedScores, ValidationResult} from "../src/lib/fraud/validationResult.js";
import {fitValueLookup, hs6PriceKey, novelMask, overlap, priceKey, repeatedLabelAgreement} from "../src/lib/fraud/valueLookup.js";
import {bootstrapSelection} from "../src/lib/fraud/bootstrap.js";
import type {
  ByRate,
  DriftMonth,
  DriftScore,
  Population,
  RankingResult,
  SeedScores,
  Stat,
  ValidationResult
} from "../src/lib/fraud/validationResult.js";
import {GBDT_PARAMS, NOVEL_GBDT_PARAMS, specialistColumns, specialistRows} from "../src/lib/fraud/routing.js";
import {dutyConcentration, dutyFrontier, revenueScore, type DutyConcentration} from "../src/lib/fraud/duty.js";

export const SEEDS = [1, 2, 3, 4, 5] as const;
/** BP network settings per population (few epochs on 37,385 training rows, more on the 649 e-commerce ones). */
export const NET_PARAMS: Record<"all" | "ecommerce", Partial<FraudNetParams>> = {
  all: {hidden: [32, 16], epochs: 3, batchSize: 512, learningRate: 0.01},
  ecommerce: {hidden: [32, 16], epochs: 20, batchSize: 64, learningRate: 0.005}
};
/** Curve rates (percent) for the slider and the precision-at-n% chart. */
export const CURVE_RATES = Array.from({length: 50}, (_, i) => i + 1);
/** Rounds after which the first label-encoded model is also scored. */
const STAGES = [25, 50, 100, 200, 400];
/** Bootstrap replicates behind every 95% interval. */
export const REPLICATES = 400;

const round = (x: number, digits = 4) => Number(x.toFixed(digits));
const stat = (xs: number[]): Stat => {
  const {mean, sd} = meanSd(xs);
  return {mean: round(mean), sd: round(sd)};
};
const at = <T>(xs: readonly T[], idx: readonly number[]) => idx.map((i) => xs[i]);

/**
 * Evaluate a ranking's seeds on the test months (threshold for macro-F1 chosen on the validation months).
 */
export function evaluateRanking(
  meta: Pick<RankingResult, "name" | "label" | "family" | "description" | "population">,
  seeds: readonly SeedScores[],
  data: {valid: readonly Declaration[]; test: readonly Declaration[]},
  trainMs: number
): RankingResult {
  const yv = data.valid.map((d) => d.fraud),
    yt = data.test.map((d) => d.fraud);
  const dutyT = data.test.map(duty),
    critT = data.test.map((d) => (d.criticalFraud === 2 ? 1 : 0));
  const per = seeds.map((s) => {
    const sel = INSPECTION_RATES.map((r) => selectAt(s.test, yt, r, {duty: dutyT, critical: critT}));
    const {threshold} = bestMacroF1Threshold(s.valid, yv);
    const confusion = confusionAt(s.test, yt, threshold);
    const full = CURVE_RATES.map((r) => selectAt(s.test, yt, r, {duty: dutyT}));
    return {sel, threshold, confusion, auc: rocAuc(s.test, yt), f1: macroF1(confusion), full};
  });
  const byRate = (f: (x: ReturnType<typeof selectAt>) => number): ByRate =>
    Object.fromEntries(INSPECTION_RATES.map((r, k) => [String(r), stat(per.map((p) => f(p.sel[k])))]));
  const curveMean = (f: (x: ReturnType<typeof selectAt>) => number) =>
    CURVE_RATES.map((_, k) => round(per.reduce((a, p) => a + f(p.full[k]), 0) / per.length));
  return {
    ...meta,
    seeds: seeds.length,
    auc: stat(per.map((p) => p.auc)),
    precisionAt: byRate((x) => x.precision),
    recallAt: byRate((x) => x.recall),
    dutyCaughtAt: byRate((x) => x.dutyCaught),
    criticalRecallAt: byRate((x) => x.criticalRecall),
    intervals: bootstrapSelection(
      seeds.map((s) => s.test),
      yt,
      dutyT,
      INSPECTION_RATES,
      {replicates: REPLICATES}
    ),
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

/** A trained ranking before evaluation: its seeds' scores and what to report beside them. */
interface Trained {
  meta: Pick<RankingResult, "name" | "label" | "family" | "description">;
  seeds: SeedScores[];
  ms: number;
  extra?: Partial<Pick<RankingResult, "rounds" | "importance" | "zones" | "stages">>;
  /** Seed-1 model's rounds, for retraining month by month. */
  gbdtRounds?: number;
}

/** The GBDT jobs of one model: one per seed, early stopping on the validation rows, scoring validation and test. */
const seedJobs = (
  X: FeatureColumns,
  y: readonly number[],
  Xv: FeatureColumns,
  yv: readonly number[],
  Xt: FeatureColumns,
  stop: {X: FeatureColumns; y: readonly number[]} = {X: Xv, y: yv}
): GbdtJob[] => SEEDS.map((seed) => ({X, y, params: {...GBDT_PARAMS, seed}, valid: stop, predict: [Xv, Xt]}));

const asSeeds = (rs: readonly GbdtJobResult[]) =>
  rs.map((r) => ({valid: Array.from(r.predictions[0]), test: Array.from(r.predictions[1]), rounds: r.rounds, gain: r.gain}));
const meanMs = (rs: readonly GbdtJobResult[]) => rs.reduce((a, r) => a + r.ms, 0) / rs.length;

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

/** Train every ranking of one population (fitted on its training months). */
async function trainPopulation(
  population: "all" | "ecommerce",
  data: Split3,
  ctx: BuildContext,
  log: (s: string) => void
): Promise<Trained[]> {
  const out: Trained[] = [];
  const ytr = data.train.map((d) => d.fraud),
    yv = data.valid.map((d) => d.fraud);

  const random = SEEDS.map((seed) => {
    const rnd = mulberry32(seed * 7919);
    return {valid: data.valid.map(() => rnd()), test: data.test.map(() => rnd())};
  });
  out.push({
    meta: {name: "random", label: "Random", family: "baseline", description: "Inspect declarations at random (the base rate)."},
    seeds: random,
    ms: 0
  });

  for (const [name, key, what] of [
    ["lookupPrice", priceKey, "Item Price"],
    ["lookupHs6Price", hs6PriceKey, "(HS6 code, Item Price)"]
  ] as const) {
    const lk = await timed(() => {
      const f = fitValueLookup(data.train, key);
      return [{valid: f(data.valid), test: f(data.test)}];
    });
    out.push({
      meta: {
        name,
        label: `Exact-value lookup: ${what}`,
        family: "yardstick",
        description: `The training months' smoothed fraud rate of the declaration's exact ${what}; an unseen value gets the prior. Not a model: it reads the labels the synthetic data copy with their values, which is what this benchmark rewards.`
      },
      seeds: lk.value,
      ms: lk.ms
    });
  }

  const feats = await timed(() => fitFeatures(data.train));
  const Xtr = feats.value.train,
    Xv = feats.value.transform(data.valid),
    Xt = feats.value.transform(data.test);
  log(`${population}: ${feats.value.names.length} features in ${Math.round(feats.ms)} ms`);

  // every GBDT of the population in one batch of worker jobs (both cores)
  const jobs: GbdtJob[] = seedJobs(Xtr, ytr, Xv, yv, Xt);
  const le = population === "all" ? fitLabelEncoding(data.train) : null;
  const Lv = le?.transform(data.valid),
    Lt = le?.transform(data.test);
  if (le && Lv && Lt) {
    const leJobs = seedJobs(le.train, ytr, Lv, yv, Lt);
    leJobs[0].stages = STAGES; // how precision grows with the number of trees (the published model is under-trained)
    jobs.push(...leJobs);
  }
  // beyond copied values: a specialist for novel rows, fitted on the training rows with a price seen once
  const novelV = indices(novelMask(data.train, data.valid)),
    novelT = novelMask(data.train, data.test);
  const singles = population === "all" ? specialistRows(data.train) : [];
  const sf = population === "all" ? fitFeatures(singles) : null;
  const keep = sf ? specialistColumns(sf.names) : [];
  if (sf) {
    const pick = (X: FeatureColumns) => keep.map((j) => X[j]);
    const Sv = pick(sf.transform(data.valid)),
      St = pick(sf.transform(data.test));
    jobs.push(
      ...SEEDS.map((seed): GbdtJob => ({
        X: pick(sf.train),
        y: singles.map((d) => d.fraud),
        params: {...NOVEL_GBDT_PARAMS, seed},
        valid: {X: Sv.map((c) => Float64Array.from(novelV, (i) => c[i])), y: at(yv, novelV)},
        predict: [Sv, St]
      }))
    );
  }
  const fitted = await timed(() => fitGbdtJobs(jobs));
  const batch = (k: number) => fitted.value.slice(k * SEEDS.length, (k + 1) * SEEDS.length);
  log(`${population}: ${jobs.length} GBDT fits in ${Math.round(fitted.ms)} ms, rounds ${fitted.value.map((r) => r.rounds).join(", ")}`);

  const gbdt = asSeeds(batch(0));
  out.push({
    meta: {
      name: "gbdt",
      label: "Gradient-boosted trees (ours)",
      family: "model",
      description: "Histogram GBDT on target/frequency-encoded categories and derived quantities; early stopping on the validation months."
    },
    seeds: gbdt,
    ms: meanMs(batch(0)),
    gbdtRounds: gbdt[0].rounds,
    extra: {rounds: gbdt.map((s) => s.rounds), importance: importance(feats.value.names, gbdt)}
  });

  if (le) {
    const dutyV = data.valid.map(duty),
      dutyT = data.test.map(duty);
    out.push({
      meta: {
        name: "revenueAware",
        label: "Revenue-aware: GBDT probability × duty",
        family: "model",
        description:
          "Our GBDT's fraud probability times the duty at stake (Item Price × Tax Rate / 100): the expected duty an inspection recovers."
      },
      seeds: gbdt.map((s) => ({valid: revenueScore(s.valid, dutyV), test: revenueScore(s.test, dutyT)})),
      ms: meanMs(batch(0))
    });

    const labelled = asSeeds(batch(1));
    out.push({
      meta: {
        name: "gbdtLabelEncoded",
        label: "Gradient-boosted trees, authors' encoding",
        family: "model",
        description: "The same GBDT on the dataset authors' inputs: categories as integer codes, the three quantities; no target encoding."
      },
      seeds: labelled,
      ms: meanMs(batch(1)),
      gbdtRounds: labelled[0].rounds,
      extra: {
        rounds: labelled.map((s) => s.rounds),
        importance: importance(le.names, labelled),
        stages: (batch(1)[0].stagePredictions ?? []).map((st) => ({
          rounds: st.rounds,
          precisionAt5: round(
            selectAt(
              Array.from(st.predictions),
              data.test.map((d) => d.fraud),
              5
            ).precision
          )
        }))
      }
    });

    const specialist = asSeeds(batch(2));
    out.push({
      meta: {
        name: "gbdtNovel",
        label: "Gradient-boosted trees for new declarations",
        family: "model",
        description: `An attempt to rank novel declarations: trained on the ${fmt(singles.length)} training declarations whose exact price occurs once in 2020, on category-level rates of product, route and procedure, net mass, tax rate and unit value against the HS6 norm (no price, no party identifiers); early stopping on the validation months' novel rows.`
      },
      seeds: specialist,
      ms: meanMs(batch(2)),
      extra: {
        rounds: specialist.map((s) => s.rounds),
        importance: importance(
          keep.map((j) => sf!.names[j]),
          specialist
        )
      }
    });
    const novelVFlags = novelMask(data.train, data.valid);
    out.push({
      meta: {
        name: "gbdtRouted",
        label: "Gradient-boosted trees, routed by novelty",
        family: "model",
        description:
          "Our GBDT for declarations whose exact price occurs in the training months, the specialist for the others: what a service could run, knowing which declarations are new."
      },
      seeds: gbdt.map((g, k) => ({
        valid: g.valid.map((x, i) => (novelVFlags[i] ? specialist[k].valid[i] : x)),
        test: g.test.map((x, i) => (novelT[i] ? specialist[k].test[i] : x))
      })),
      ms: meanMs(batch(0)) + meanMs(batch(2))
    });
  }

  const net = await timed(async () => {
    const seeds: SeedScores[] = [];
    for (const seed of SEEDS) {
      const r = await trainFraudNet(Xtr, ytr, [Xv, Xt], {...NET_PARAMS[population], seed});
      seeds.push({valid: Array.from(r.predictions[0]), test: Array.from(r.predictions[1])});
    }
    return seeds;
  });
  log(`${population}: BP network ${Math.round(net.ms)} ms`);
  out.push({
    meta: {
      name: "bpNetwork",
      label: "BP network, fraud labels (tfjs)",
      family: "model",
      description: "The paper's network family (sigmoid then tanh hidden layers) trained on the fraud labels with cross-entropy."
    },
    seeds: net.value,
    ms: net.ms / SEEDS.length
  });

  const lr = await timed(() => {
    const m = fitLogistic(Xtr, ytr, {lambda: 1, tolerance: 1e-6});
    return [{valid: Array.from(predictLogistic(m, Xv)), test: Array.from(predictLogistic(m, Xt))}];
  });
  log(`${population}: logistic regression ${Math.round(lr.ms)} ms`);
  out.push({
    meta: {
      name: "logistic",
      label: "Logistic regression (ours)",
      family: "model",
      description: "L2-regularised logistic regression on the same features (deterministic: one fit)."
    },
    seeds: lr.value,
    ms: lr.ms
  });

  for (const r of indexRankings(population, data, ctx)) {
    out.push({
      meta: {name: r.name, label: r.label, family: "index", description: r.description},
      seeds: [r.scores],
      ms: r.ms,
      extra: {zones: r.zones}
    });
  }
  return out;
}

/** Restrict seed scores to the rows kept (indices into the validation and test months). */
function restrict(scores: readonly SeedScores[], keep: {valid: readonly number[]; test: readonly number[]}): SeedScores[] {
  return scores.map((s) => ({valid: at(s.valid, keep.valid), test: at(s.test, keep.test)}));
}

const indices = (flags: readonly boolean[]) => flags.flatMap((b, i) => (b ? [i] : []));

function driftScore(scores: readonly number[], rows: readonly Declaration[], novel: readonly boolean[]): DriftScore {
  const y = rows.map((d) => d.fraud);
  const auc = (s: readonly number[], l: readonly number[]) =>
    l.some((v) => v === 1) && l.some((v) => v === 0) ? round(rocAuc(s, l)) : null;
  const ni = indices(novel);
  const sn = at(scores, ni),
    yn = at(y, ni);
  return {
    precisionAt5: round(selectAt(scores, y, 5).precision),
    auc: auc(scores, y),
    novel: {
      rows: ni.length,
      precisionAt5: ni.length > 0 ? round(selectAt(sn, yn, 5).precision) : null,
      auc: ni.length > 0 ? auc(sn, yn) : null
    }
  };
}

/**
 * Month by month over 2021 Q1-Q2: the first seed of each model trained once on 2020 ("static") against
 * the same model refitted on every row before the month ("retrained", GBDTs with the static model's
 * rounds). Novel rows are judged against what each model learned from.
 */
async function drift(data: Split3, trained: readonly Trained[], log: (s: string) => void): Promise<DriftMonth[]> {
  const later = [...data.valid, ...data.test];
  const month = (d: Declaration) => d.date.slice(0, 7);
  const months = [...new Set(later.map(month))].sort();
  const model = (name: string) => trained.find((x) => x.meta.name === name)!;
  const DRIFT_MODELS = ["lookupPrice", "gbdtLabelEncoded", "gbdt"] as const;
  const statics = Object.fromEntries(DRIFT_MODELS.map((n) => [n, [...model(n).seeds[0].valid, ...model(n).seeds[0].test]]));
  const t0 = performance.now();
  const plan = months.map((m) => {
    const idx = later.flatMap((d, i) => (month(d) === m ? [i] : []));
    return {m, idx, rows: at(later, idx), learned: [...data.train, ...later.filter((d) => month(d) < m)]};
  });
  // refit the GBDTs with the static model's rounds (no early stopping: the next months are the ones judged)
  const jobs: GbdtJob[] = [];
  const jobOf = new Map<string, number>();
  plan.forEach(({m, rows, learned}, k) => {
    if (k === 0) return; // the first month's "retrained" model learned from the same rows as the static one
    const y = learned.map((d) => d.fraud);
    for (const [name, fit] of [
      ["gbdtLabelEncoded", fitLabelEncoding],
      ["gbdt", (r: readonly Declaration[]) => fitFeatures(r)]
    ] as const) {
      const f = fit(learned);
      jobOf.set(`${m}/${name}`, jobs.length);
      jobs.push({X: f.train, y, params: {...GBDT_PARAMS, seed: SEEDS[0], rounds: model(name).gbdtRounds!}, predict: [f.transform(rows)]});
    }
  });
  const refits = await fitGbdtJobs(jobs);
  log(`drift: ${jobs.length} GBDT refits in ${Math.round(performance.now() - t0)} ms`);
  return plan.map(({m, idx, rows, learned}, k) => {
    const novelStatic = novelMask(data.train, rows),
      novelRetrained = novelMask(learned, rows);
    const retrained = (name: (typeof DRIFT_MODELS)[number]): number[] =>
      k === 0
        ? at(statics[name], idx)
        : name === "lookupPrice"
          ? fitValueLookup(learned)(rows)
          : Array.from(refits[jobOf.get(`${m}/${name}`)!].predictions[0]);
    return {
      month: m,
      rows: rows.length,
      fraudRate: round(rows.reduce((a, d) => a + d.fraud, 0) / rows.length),
      novelShare: round(novelStatic.filter(Boolean).length / rows.length),
      models: Object.fromEntries(
        DRIFT_MODELS.map((name) => [
          name,
          {
            static: driftScore(at(statics[name], idx), rows, novelStatic),
            retrained: driftScore(retrained(name), rows, novelRetrained)
          }
        ])
      )
    };
  });
}

/**
 * Hash of the dataset checksums, of every source file this module imports (transitively: the result cannot
 * depend on any other code), of data/paper/ (the index rankings read it) and of the lock file.
 */
export function cacheKey(dataset: Dataset): string {
  return buildCacheKey(join("loaders", "validation.ts"), dataset);
}

/**
 * Train and evaluate everything (no cache).
 * @param dataset all 54,000 declarations
 * @param log progress messages (stderr in loaders)
 */
export async function computeValidation(ctx: BuildContext, log: (s: string) => void = () => {}): Promise<ValidationResult> {
  const {dataset} = ctx;
  const t0 = performance.now();
  const pops = {all: bySplit(dataset.declarations), ecommerce: bySplit(ecommerceOnly(dataset.declarations))};
  const all = await trainPopulation("all", pops.all, ctx, log);
  const ecommerce = await trainPopulation("ecommerce", pops.ecommerce, ctx, log);
  const rankings: RankingResult[] = [];
  const evaluate = (
    population: Population,
    t: Trained,
    seeds: SeedScores[],
    data: {valid: readonly Declaration[]; test: readonly Declaration[]}
  ) => rankings.push({...evaluateRanking({...t.meta, population}, seeds, data, t.ms), ...t.extra});

  for (const t of all) evaluate("all", t, t.seeds, pops.all);
  // novel: the same models on the rows whose exact price they never saw (validation rows likewise)
  const novel = {valid: indices(novelMask(pops.all.train, pops.all.valid)), test: indices(novelMask(pops.all.train, pops.all.test))};
  const novelRows = {valid: at(pops.all.valid, novel.valid), test: at(pops.all.test, novel.test)};
  for (const t of all) evaluate("novel", t, restrict(t.seeds, novel), novelRows);
  for (const t of ecommerce) evaluate("ecommerce", t, t.seeds, pops.ecommerce);
  // the models trained on all 54,000 declarations, judged on the e-commerce test months
  const ec = (rows: readonly Declaration[]) => indices(rows.map((d) => d.importType === "15"));
  const ecKeep = {valid: ec(pops.all.valid), test: ec(pops.all.test)};
  for (const [name, label] of [
    ["gbdt", "Gradient-boosted trees, trained on all"],
    ["bpNetwork", "BP network, trained on all"],
    ["lookupPrice", "Exact-value lookup: Item Price, all training months"]
  ] as const) {
    const t = all.find((x) => x.meta.name === name)!;
    evaluate(
      "ecommerce",
      {
        ...t,
        meta: {
          ...t.meta,
          name: `${name}All`,
          label,
          description: `${t.meta.description} Fitted on all ${fmt(pops.all.train.length)} training declarations, scoring the e-commerce ones.`
        },
        extra: undefined
      },
      restrict(t.seeds, ecKeep),
      pops.ecommerce
    );
  }

  const fraudDuties = pops.all.test.filter((d) => d.fraud === 1).map(duty);
  const gbdt = all.find((t) => t.meta.name === "gbdt")!;
  const driftMonths = await drift(pops.all, all, log);
  const counts = (f: (d: Declaration) => number) =>
    Object.fromEntries(
      (["all", "ecommerce"] as const).map((p) => [
        p,
        {
          train: pops[p].train.reduce((a, d) => a + f(d), 0),
          valid: pops[p].valid.reduce((a, d) => a + f(d), 0),
          test: pops[p].test.reduce((a, d) => a + f(d), 0)
        }
      ])
    ) as Record<"all" | "ecommerce", Record<Split, number>>;
  const testOverlap = overlap(pops.all.train, pops.all.test);
  const novelFrauds = novelRows.test.reduce((a, d) => a + d.fraud, 0);
  const novelEc = novelRows.test.filter((d) => d.importType === "15");
  return {
    protocol: {
      train: "2020 (df_syn_train_eng.csv)",
      valid: "2021 Q1 (df_syn_valid_eng.csv)",
      test: "2021 Q2 (df_syn_test_eng.csv)",
      rows: counts(() => 1),
      frauds: counts((d) => d.fraud),
      inspectionRates: INSPECTION_RATES,
      seeds: SEEDS.length,
      replicates: REPLICATES,
      gbdt: GBDT_PARAMS,
      fitting:
        "encodings, scalers and models fitted on the training months; early stopping and the macro-F1 threshold on the validation months; metrics on the test months"
    },
    overlap: {
      testRows: testOverlap.rows,
      seenPriceRows: testOverlap.seenRows,
      novelRows: testOverlap.novelRows,
      valid: overlap(pops.all.train, pops.all.valid),
      test: testOverlap,
      testHs6Price: overlap(pops.all.train, pops.all.test, hs6PriceKey),
      repeatedLabelAgreement: repeatedLabelAgreement(pops.all.train, pops.all.test),
      novel: {
        frauds: novelFrauds,
        fraudRate: round(novelFrauds / novelRows.test.length),
        ecommerceRows: novelEc.length,
        ecommerceFrauds: novelEc.reduce((a, d) => a + d.fraud, 0)
      }
    },
    rankings,
    duty: {
      concentration: roundConcentration(
        dutyConcentration(
          fraudDuties,
          fraudDuties.map((_, i) => i + 1)
        )
      ),
      frontier: dutyFrontier(
        gbdt.seeds.map((s) => s.test),
        pops.all.test.map((d) => d.fraud),
        pops.all.test.map(duty)
      ).map((p) => ({...p, precision: round(p.precision), dutyCaught: round(p.dutyCaught)}))
    },
    drift: driftMonths,
    testScores: {
      all: Object.fromEntries(all.map((t) => [t.meta.name, t.seeds.map((x) => Array.from(x.test))])),
      ecommerce: Object.fromEntries(ecommerce.map((t) => [t.meta.name, t.seeds.map((x) => Array.from(x.test))]))
    },
    novelTest: novelMask(pops.all.train, pops.all.test),
    curveRates: CURVE_RATES,
    totalMs: Math.round(performance.now() - t0),
    cacheKey: cacheKey(dataset)
  };
}

const fmt = (x: number) => x.toLocaleString("en-US");
const roundConcentration = (c: DutyConcentration): DutyConcentration => ({
  ...c,
  k90: {...c.k90, share: round(c.k90.share)},
  k50: {...c.k50, share: round(c.k50.share)},
  curve: c.curve.map((p) => ({k: p.k, share: round(p.share)}))
});

/**
 * The validation result, from the cache when its key matches, else computed and cached.
 * @param ctx the dataset and the paper's tables; loaded if absent (entry points only)
 */
export async function loadValidation(
  ctx?: BuildContext,
  log: (s: string) => void = (s) => process.stderr.write(`${s}\n`)
): Promise<ValidationResult> {
  const c = ctx ?? (await loadContext());
  return cachedJson("validation", cacheKey(c.dataset), () => computeValidation(c, log));
}

/** The `reproduce --json` shape: protocol plus per-model means. */
export function validationJson(v: ValidationResult) {
  const means = (b: ByRate) => Object.fromEntries(Object.entries(b).map(([k, s]) => [k, s.mean]));
  return {
    protocol: v.protocol,
    overlap: {testRows: v.overlap.testRows, seenPriceRows: v.overlap.seenPriceRows, novelRows: v.overlap.novelRows},
    novel: v.overlap.novel,
    models: Object.fromEntries(
      v.rankings.map((r) => [
        `${r.population}/${r.name}`,
        {
          auc: r.auc.mean,
          precisionAt: means(r.precisionAt),
          recallAt: means(r.recallAt),
          dutyCaughtAt: means(r.dutyCaughtAt),
          macroF1: r.macroF1.mean,
          criticalRecallAt: means(r.criticalRecallAt),
          seeds: r.seeds,
          aucInterval: r.intervals.auc,
          precisionInterval: r.intervals.precisionAt,
          family: r.family,
          label: r.label,
          ...(r.rounds ? {rounds: r.rounds} : {})
        }
      ])
    ),
    duty: {k90: v.duty.concentration.k90, frauds: v.duty.concentration.frauds, zeroDuty: v.duty.concentration.zeroDuty},
    drift: v.drift.map((m) => ({
      month: m.month,
      fraudRate: m.fraudRate,
      novelShare: m.novelShare,
      models: Object.fromEntries(
        Object.entries(m.models).map(([name, x]) => [
          name,
          {
            static: {precisionAt5: x.static.precisionAt5, auc: x.static.auc},
            retrained: {precisionAt5: x.retrained.precisionAt5, auc: x.retrained.auc}
          }
        ])
      )
    }))
  };
}

/**
 * The 954 e-commerce declarations as the paper's 17 indicators with data-driven scores (fitted on the
 * training months of all declarations), for retraining the BP network in the browser. FeatureColumns, rounded.
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
    quantity: INDICATORS.map((d) => d.kind !== "score"),
    x: INDICATORS.map((d, j) => x.map((r) => (d.kind === "score" ? round(r[j], 2) : r[j])))
  };
}
