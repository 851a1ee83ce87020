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
import {INSPECTION_RATES, bestMacroF1Threshold, confusionAt, macroF1, meanSd, rocAuc, selectAt} from "../src/lib/fraud/selection.js";
import {SEEDS, trainingInputs, trainPopulation, type Trained} from "./validation/rankings.js";
import {fitGbdtJobs, type GbdtJob} from "./workers.js";
import {buildCacheKey, cachedJson} from "./buildCache.js";
export type {Population, RankingResult, SeedScores, ValidationResult} from "../src/lib/fraud/validationResult.js";
export {NET_PARAMS, RANKINGS, SEEDS} from "./validation/rankings.js";
import {fitValueLookup, hs6PriceKey, novelMask, overlap, repeatedLabelAgreement} from "../src/lib/fraud/valueLookup.js";
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
import {GBDT_PARAMS} from "../src/lib/fraud/routing.js";
import {t} from "../src/lib/i18n/index.js";
import {dutyConcentration, dutyFrontier, type DutyConcentration} from "../src/lib/fraud/duty.js";

/** Curve rates (percent) for the slider and the precision-at-n% chart. */
export const CURVE_RATES = Array.from({length: 50}, (_, i) => i + 1);
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
      jobs.push({
        X: f.train,
        y,
        params: {...GBDT_PARAMS, seed: SEEDS[0], rounds: model(name).extra!.rounds![0]},
        predict: [f.transform(rows)]
      });
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
  const all = await trainPopulation(trainingInputs("all", pops.all, ctx, log), fitGbdtJobs);
  const ecommerce = await trainPopulation(trainingInputs("ecommerce", pops.ecommerce, ctx, log), fitGbdtJobs);
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
  for (const name of ["gbdt", "bpNetwork", "lookupPrice"] as const) {
    const m = all.find((x) => x.meta.name === name)!;
    evaluate(
      "ecommerce",
      {
        ...m,
        meta: {
          ...m.meta,
          name: `${name}All`,
          label: t("en", `val.rank.${name}All`),
          description: m.meta.description + t("en", "val.desc.fittedOnAll", {n: fmt(pops.all.train.length)})
        },
        extra: undefined
      },
      restrict(m.seeds, ecKeep),
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
