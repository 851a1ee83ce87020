/**
 * Page models of "Does it catch fraud?" (src/validation.md): the tables and chart data the page shows,
 * computed from data/validation.json (src/lib/fraud/validationResult.ts) in typed, tested functions so the
 * page only imports, loads and displays.
 */
import type {PublishedBaseline} from "../fraud/publishedBaselines.js";
import type {DriftMonth, Population, RankingResult, ValidationResult} from "../fraud/validationResult.js";
import type {Interval} from "../fraud/bootstrap.js";
import {mostTrusted, rankingLabel} from "./benchmarkReading.js";
import {CATALOGUE, formatPercent, t, type Lang, type TextKey} from "../i18n/index.js";
import {localTable, type DownloadableTable} from "../i18n/relabel.js";
import {zoneName} from "../i18n/terms.js";
import {ZONES, type Zone} from "../method/zones.js";

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const num = (x: number, d = 3) => x.toFixed(d);
/** "0.912 [0.89, 0.93]": a value and its 95% interval (the value alone without one). */
export const withInterval = (x: number, ci: Interval | null | undefined, d = 3): string =>
  ci ? `${num(x, d)} [${num(ci[0], 2)}, ${num(ci[1], 2)}]` : num(x, d);

/**
 * "0.912 ± 0.010 [0.89, 0.93]": a mean over seeds, its spread (left out when 0) and its 95% interval (when given).
 * @param s mean and sample standard deviation over seeds
 * @param ci the bootstrap interval of the mean, if any
 */
export const formatStat = (s: {mean: number; sd: number}, ci?: Interval | null): string =>
  `${num(s.mean)}${s.sd > 0 ? ` ± ${num(s.sd)}` : ""}${ci ? ` [${num(ci[0], 2)}, ${num(ci[1], 2)}]` : ""}`;

/** A catalogue text looked up by a key built from data (a ranking or model name); `null` when absent. */
function textOf(lang: Lang, key: string, params: Readonly<Record<string, string | number>> = {}): string | null {
  try {
    return t(lang, key as TextKey, params);
  } catch {
    return null;
  }
}

/**
 * A ranking's description in the page's language: English is the build's own text; Chinese the catalogue's
 * `val.desc.<name>` (a ranking "xAll", trained on all declarations and judged on the e-commerce ones, is
 * x's description plus where it was fitted). The one number inside the specialist's description (its
 * training rows) is read from the English text, which is the only place the build records it.
 * @param lang the page's language
 * @param r the ranking's name and English description
 * @param allTrainRows the training declarations of all declarations (the "xAll" rankings' sentence)
 * @returns the Chinese text, or the English one when the catalogue does not know the ranking
 */
export function rankingDescription(lang: Lang, r: Pick<RankingResult, "name" | "description">, allTrainRows: number): string {
  if (lang === "en") return r.description;
  const base = r.name.endsWith("All") ? r.name.slice(0, -3) : r.name;
  const n = /trained on the ([\d,]+) training declarations/.exec(r.description)?.[1] ?? "—";
  const text = textOf(lang, `val.desc.${base}`, {n});
  if (text === null) return r.description;
  return base === r.name ? text : text + t(lang, "val.desc.fittedOnAll", {n: allTrainRows});
}

/**
 * The result with every ranking named and described in the page's language, so every table, chart, choice
 * and caption built from it (and the page's prose) shows the same names. English: the result itself.
 * @param v the validation result
 * @param lang the page's language
 */
export function localised<V extends Pick<ValidationResult, "rankings" | "protocol">>(v: V, lang: Lang): V {
  if (lang === "en") return v;
  return {
    ...v,
    rankings: v.rankings.map((r) => ({
      ...r,
      label: rankingLabel(lang, r),
      description: rankingDescription(lang, r, v.protocol.rows.all.train),
      importance: r.importance?.map((d) => ({...d, feature: featureLabel(lang, d.feature)}))
    }))
  };
}

/**
 * A model input's name for the reader: the column identifier stays (it is the dataset's and the code's
 * name), what is computed from it ("fraud rate", "log frequency", "code") is translated.
 * @example featureLabel("zh", "hs6: fraud rate") // "hs6：瞒骗率"
 */
export function featureLabel(lang: Lang, feature: string): string {
  const m = /^(.*): (fraud rate|log frequency|code)$/.exec(feature);
  if (lang === "en" || !m) return feature;
  const kind = {"fraud rate": "val.feature.fraudRate", "log frequency": "val.feature.logFrequency", code: "val.feature.code"} as const;
  return t(lang, kind[m[2] as keyof typeof kind], {name: m[1]});
}

/** A ranking family ("model", "index", …) as a table shows it; English: the family itself. */
export function familyName(lang: Lang, family: string): string {
  return lang === "en" ? family : (textOf(lang, `val.family.${family}`) ?? family);
}

/**
 * One ranking of a population.
 * @throws if the result has no such ranking (a page must not guess)
 */
export function findRanking(v: Pick<ValidationResult, "rankings">, population: Population, name: string): RankingResult {
  const r = v.rankings.find((x) => x.population === population && x.name === name);
  if (!r) throw new Error(`validation: no ranking "${name}" for the population "${population}"`);
  return r;
}

/** Fraud rate of a population's test months. */
export function baseRate(v: Pick<ValidationResult, "protocol" | "overlap">, population: Population): number {
  if (population === "novel") return v.overlap.novel.fraudRate;
  return v.protocol.frauds[population].test / v.protocol.rows[population].test;
}

/**
 * A row of the all-versus-novel table: each metric with its 95% interval, on both populations. Keyed by
 * the columns' names in the page's language (English: "ranking", "kind", "AUC, all", "AUC, novel",
 * "precision@5%, all", …).
 */
export type AllNovelRow = Record<string, string>;

/**
 * Every ranking trained on all declarations, on all test rows and on novel rows, sorted by novel AUC.
 * @param v the validation result (its labels as the page shows them: see {@link localised})
 * @param lang the language of the column names and kinds
 */
export function allVsNovelRows(v: Pick<ValidationResult, "rankings">, lang: Lang = "en"): AllNovelRow[] {
  const novel = v.rankings.filter((r) => r.population === "novel");
  const at = (x: number, p: "All" | "Novel") => t(lang, `val.col.precisionAt${p}`, {x: String(x)});
  return novel
    .map((n) => ({n, a: findRanking(v, "all", n.name)}))
    .sort((x, y) => y.n.auc.mean - x.n.auc.mean)
    .map(({n, a}) => ({
      [t(lang, "val.col.ranking")]: a.label,
      [t(lang, "val.col.kind")]: familyName(lang, a.family),
      [t(lang, "val.col.aucAll")]: withInterval(a.auc.mean, a.intervals.auc),
      [t(lang, "val.col.aucNovel")]: withInterval(n.auc.mean, n.intervals.auc),
      [at(5, "All")]: withInterval(a.precisionAt["5"].mean, a.intervals.precisionAt["5"]),
      [at(5, "Novel")]: withInterval(n.precisionAt["5"].mean, n.intervals.precisionAt["5"]),
      [at(10, "All")]: withInterval(a.precisionAt["10"].mean, a.intervals.precisionAt["10"]),
      [at(10, "Novel")]: withInterval(n.precisionAt["10"].mean, n.intervals.precisionAt["10"])
    }));
}

/**
 * A point of the all-versus-novel chart: a ranking's AUC on one population with its interval. The
 * population is named in the page's language ("all test rows" | "novel rows" in English).
 */
export interface AucPoint {
  ranking: string;
  population: string;
  auc: number;
  lo: number | null;
  hi: number | null;
}

/**
 * AUC with intervals of every ranking on all and on novel rows (for a dot-and-interval chart).
 * @param v the validation result
 * @param lang the language of the populations' names
 */
export function aucPoints(v: Pick<ValidationResult, "rankings">, lang: Lang = "en"): AucPoint[] {
  return v.rankings
    .filter((r) => r.population === "all" || r.population === "novel")
    .map((r) => ({
      ranking: r.label,
      population: t(lang, r.population === "all" ? "val.points.all" : "val.points.novel"),
      auc: r.auc.mean,
      lo: r.intervals.auc?.[0] ?? null,
      hi: r.intervals.auc?.[1] ?? null
    }));
}

/**
 * The selection table at one inspection rate (from the curves at 1..50%).
 * @param rankings one population's rankings
 * @param curveRates the rates of the curves
 * @param rate the chosen rate (percent), one of curveRates
 * @returns rows keyed ranking, precision, recall, duty caught (shown in a language by {@link rateTable})
 * @throws if the rate has no curve point
 */
export function rateRows(
  rankings: readonly RankingResult[],
  curveRates: readonly number[],
  rate: number
): Record<string, string | number>[] {
  const k = curveRates.indexOf(rate);
  if (k < 0) throw new Error(`validation: no curve point at ${rate}%`);
  return [...rankings]
    .sort((a, b) => b.curve.precision[k] - a.curve.precision[k])
    .map((r) => ({
      [t("en", "val.col.ranking")]: r.label,
      [t("en", "val.col.precision")]: r.curve.precision[k],
      [t("en", "val.col.recall")]: r.curve.recall[k],
      [t("en", "val.col.dutyCaught")]: r.curve.dutyCaught[k]
    }));
}

/**
 * The selection table at one rate in `lang` ({@link rateRows}), shares as percentages; its download keeps the
 * English keys and is named for the rate and the population.
 * @param population the population shown (the download's name)
 */
export function rateTable(
  rankings: readonly RankingResult[],
  curveRates: readonly number[],
  rate: number,
  population: Population,
  lang: Lang = "en"
): DownloadableTable {
  const rows = rateRows(rankings, curveRates, rate);
  const keys = ["val.col.ranking", "val.col.precision", "val.col.recall", "val.col.dutyCaught"] as const;
  const head = Object.fromEntries(keys.map((k) => [t("en", k), t(lang, k)]));
  const pct = (x: number) => formatPercent(lang, x);
  return {
    table: localTable(rows, lang, head, {format: Object.fromEntries(keys.slice(1).map((k) => [t("en", k), pct]))}),
    download: rows,
    name: `selection-at-${rate}pct-${population}`
  };
}

/** The curve chart's metric choices, label → metric. */
export function curveMetricChoices(lang: Lang = "en"): Map<string, "precision" | "recall" | "dutyCaught"> {
  return new Map(
    (
      [
        ["val.metric.precision", "precision"],
        ["val.metric.recall", "recall"],
        ["val.metric.dutyCaught", "dutyCaught"]
      ] as const
    ).map(([k, m]) => [t(lang, k), m])
  );
}

/**
 * The table at the standard inspection rates: mean ± sd over seeds with the bootstrap interval of the mean.
 * @param rankings one population's rankings
 * @param rates the standard rates
 * @param lang the language of the column names
 */
export function standardRateRows(
  rankings: readonly RankingResult[],
  rates: readonly number[],
  lang: Lang = "en"
): Record<string, string | number>[] {
  const pm = formatStat;
  const col = (key: "val.col.precisionAt" | "val.col.recallAt" | "val.col.dutyAt" | "val.col.criticalRecallAt", x: number) =>
    t(lang, key, {x: String(x)});
  return rankings.map((r) => ({
    [t(lang, "val.col.ranking")]: r.label,
    [t(lang, "val.col.seeds")]: r.seeds,
    AUC: pm(r.auc, r.intervals.auc),
    ...Object.fromEntries(rates.map((x) => [col("val.col.precisionAt", x), pm(r.precisionAt[x], r.intervals.precisionAt[x])])),
    ...Object.fromEntries(rates.map((x) => [col("val.col.recallAt", x), pm(r.recallAt[x], r.intervals.recallAt[x])])),
    ...Object.fromEntries(rates.map((x) => [col("val.col.dutyAt", x), pm(r.dutyCaughtAt[x], r.intervals.dutyCaughtAt[x])])),
    ...Object.fromEntries(rates.map((x) => [col("val.col.criticalRecallAt", x), pm(r.criticalRecallAt[x])])),
    [t(lang, "val.col.macroF1")]: pm(r.macroF1),
    ...(r.rounds ? {[t(lang, "val.col.rounds")]: r.rounds.join(", ")} : {})
  }));
}

/**
 * A point of the month-by-month chart. Training regime, rows and metric are named in the page's language
 * (English: "trained once on 2020" | "retrained every month", "all rows" | "novel rows", "precision@5%" | "AUC").
 */
export interface DriftPoint {
  month: string;
  model: string;
  training: string;
  rows: string;
  metric: string;
  value: number;
}

/** The two training regimes of the month-by-month chart as it names them, trained once first. */
export function driftTrainings(lang: Lang = "en"): [string, string] {
  return [t(lang, "val.drift.static"), t(lang, "val.drift.retrained")];
}

/**
 * Month by month, flattened for a faceted chart; months where a metric is undefined (one class only) are left out.
 * @param drift the monthly results
 * @param labels display names per model name
 * @param lang the language of the regimes, rows and metrics
 */
export function driftPoints(drift: readonly DriftMonth[], labels: Readonly<Record<string, string>>, lang: Lang = "en"): DriftPoint[] {
  const [once, every] = driftTrainings(lang);
  const all = t(lang, "val.drift.allRows"),
    novel = t(lang, "val.drift.novelRows");
  const p5 = t(lang, "val.col.precisionAt", {x: "5"}),
    auc = "AUC"; // the same in both languages
  return drift.flatMap((m) =>
    Object.entries(m.models).flatMap(([name, x]) =>
      (["static", "retrained"] as const).flatMap((regime) => {
        const s = x[regime];
        const training = regime === "static" ? once : every;
        const model = labels[name] ?? name;
        const cells: [string, string, number | null][] = [
          [all, p5, s.precisionAt5],
          [all, auc, s.auc],
          [novel, p5, s.novel.precisionAt5],
          [novel, auc, s.novel.auc]
        ];
        return cells
          .filter((c): c is [string, string, number] => c[2] !== null)
          .map(([rows, metric, value]) => ({month: m.month, model, training, rows, metric, value}));
      })
    )
  );
}

/**
 * Each month's rows, fraud rate and novel share, for the table under the chart.
 * @param drift the monthly results
 * @param lang the language of the column names
 */
export function driftMonthRows(drift: readonly DriftMonth[], lang: Lang = "en"): Record<string, string | number | null>[] {
  return drift.map((m) => ({
    [t(lang, "val.col.month")]: m.month,
    [t(lang, "val.col.declarations")]: m.rows,
    [t(lang, "val.col.fraudRate")]: pct(m.fraudRate),
    [t(lang, "val.col.novelShare")]: pct(m.novelShare),
    [t(lang, "val.col.novelRetrained")]: m.models.gbdt?.retrained.novel.rows ?? null
  }));
}

/** The e-commerce declarations as the paper's 17 indicators (data/validation.json, `ecommerce`). */
export interface IndicatorColumns {
  split: readonly string[];
  /** x[j][i]: indicator j of declaration i. */
  x: readonly (readonly number[])[];
  /** Whether indicator j is a quantity (net mass, tax rate, item price) rather than a 0-100 score. */
  quantity: readonly boolean[];
}

/**
 * Inputs of the in-browser fraud network: the chosen declarations' indicators, quantities as log(1 + x)
 * (they span six orders of magnitude; the scores stay on 0-100). Every quantity is transformed, whatever its size.
 * @param e the indicator columns
 * @param rows indices of the declarations
 * @throws if a column has no quantity flag
 */
export function indicatorInputs(e: IndicatorColumns, rows: readonly number[]): number[][] {
  if (e.quantity.length !== e.x.length)
    throw new Error(`validation: ${e.x.length} indicator columns but ${e.quantity.length} quantity flags`);
  return e.x.map((c, j) => rows.map((i) => (e.quantity[j] ? Math.log1p(c[i]) : c[i])));
}

/**
 * Everything /validation reads besides its controls: the rankings its prose names, the published
 * references, and its fixed tables.
 * @param v data/validation.json (a ValidationResult plus `published`), its rankings named as the page
 *   shows them ({@link localised})
 * @param lang the language of the fixed tables' columns and rows and of the captions
 * @throws naming what is missing when the build's result lacks a ranking or a published row the page cites
 */
export function validationPage(
  v: Pick<ValidationResult, "rankings" | "protocol" | "overlap" | "duty"> & {published: readonly PublishedBaseline[]},
  lang: Lang = "en"
) {
  const find = (population: Population, name: string) => findRanking(v, population, name);
  const published = (model: string) => {
    const p = v.published.find((x) => x.model === model);
    if (!p) throw new Error(`validation: data/published-baselines.csv has no row "${model}"`);
    return p;
  };
  const best = (population: Population, by: (r: RankingResult) => number) =>
    v.rankings.filter((r) => r.population === population && r.family === "model").reduce((a, r) => (by(r) > by(a) ? r : a));
  const o = v.overlap;
  const split = (name: string, x: {rows: number; seenRows: number; seenShare: number}) => ({
    [t(lang, "val.col.split")]: name,
    [t(lang, "val.col.rows")]: x.rows,
    [t(lang, "val.col.seenPrice")]: x.seenRows,
    [t(lang, "val.col.share")]: pct(x.seenShare)
  });
  const rates = [...new Set(v.duty.frontier.map((d) => `${d.ratePercent}%`))].join(t(lang, "val.caption.frontierJoin"));
  return {
    gbdt: find("all", "gbdt"),
    labelled: find("all", "gbdtLabelEncoded"),
    lookup: find("all", "lookupPrice"),
    net: find("all", "bpNetwork"),
    logistic: find("all", "logistic"),
    routed: find("all", "gbdtRouted"),
    specialistAll: find("all", "gbdtNovel"),
    ddIndex: find("all", "indexDataDriven"),
    novel: {
      gbdt: find("novel", "gbdt"),
      labelled: find("novel", "gbdtLabelEncoded"),
      lookup: find("novel", "lookupPrice"),
      specialist: find("novel", "gbdtNovel"),
      routed: find("novel", "gbdtRouted"),
      net: find("novel", "bpNetwork"),
      logistic: find("novel", "logistic"),
      ddIndex: find("novel", "indexDataDriven")
    },
    ecommerce: {paperIndex: find("ecommerce", "indexPaper"), gbdt: find("ecommerce", "gbdt"), gbdtAll: find("ecommerce", "gbdtAll")},
    bestNovel: mostTrusted(
      v.rankings.filter((r) => r.population === "novel" && r.family === "model"),
      (r) => r.auc.mean,
      (r) => v.rankings.find((x) => x.population === "all" && x.name === r.name)?.auc.mean ?? -Infinity
    ),
    ecomBest: best("ecommerce", (r) => r.precisionAt["10"].mean),
    lightgbm: published("LightGBM"),
    lightgbmReal: published("LightGBM (real data)"),
    notebook: published("XGBoost (dataset notebook)"),
    synthetic: v.published.filter((p) => p.data === "synthetic"),
    /** Whether some GBDT seed used every round it was allowed (early stopping did not decide). */
    capBinds: v.rankings.some((r) => r.rounds?.some((x) => x >= v.protocol.gbdt.rounds)),
    overlapRows: [
      split(t(lang, "val.overlap.valid"), o.valid),
      split(t(lang, "val.overlap.test"), o.test),
      split(t(lang, "val.overlap.testHs6Price"), o.testHs6Price)
    ],
    protocolRows: (["all", "ecommerce"] as const).map((p) => ({
      [t(lang, "val.col.population")]: t(lang, p === "all" ? "val.protocol.all" : "val.protocol.ecommerce"),
      ...Object.fromEntries(
        (["train", "valid", "test"] as const).flatMap((s) => {
          const name = t(lang, `val.split.${s}`);
          return [
            [t(lang, "val.col.splitRows", {split: name}), v.protocol.rows[p][s]],
            [t(lang, "val.col.splitFrauds", {split: name}), v.protocol.frauds[p][s]]
          ];
        })
      )
    })),
    rankingRows: v.rankings
      .filter((r) => r.population === "all")
      .map((r) => ({
        [t(lang, "val.col.ranking")]: r.label,
        [t(lang, "val.col.kind")]: familyName(lang, r.family),
        [t(lang, "val.col.seeds")]: r.seeds,
        [t(lang, "val.col.what")]: r.description
      })),
    captions: {
      auc: t(lang, "val.caption.auc", {replicates: String(v.protocol.replicates)}),
      concentration: t(lang, "val.caption.concentration"),
      frontier: t(lang, "val.caption.frontier", {rates, seeds: String(v.protocol.seeds)}),
      drift: t(lang, "val.caption.drift")
    }
  };
}

/**
 * The caption of a fraud-rate-by-zone chart: says so when every declaration falls in one zone (the
 * thresholds then divide nothing), else what a warning zone would show.
 * @param r an index ranking with zones
 * @param populationName e.g. "novel declarations"
 * @param lang the page's language
 */
export function zoneCaption(
  r: Pick<RankingResult, "label" | "zones"> & {name?: string},
  populationName: string,
  lang: Lang = "en"
): string {
  const filled = (r.zones ?? []).filter((z) => z.n > 0);
  // Data-driven scores are 100 × a category's training fraud rate (src/lib/method/dataDrivenScores.ts): near
  // the base rate, far under the expert scores the paper's thresholds were set on, so every x* is small.
  const why = r.name?.startsWith("indexDataDriven") ? t(lang, "val.zone.whyDataDriven") : "";
  const what =
    filled.length === 1
      ? t(lang, "val.zone.oneZone", {n: filled[0].n, zone: zoneLabel(lang, filled[0].zone)}) + why
      : t(lang, "val.zone.ifWarned");
  return t(lang, "val.zone.caption", {label: r.label, population: populationName, what});
}

/** A zone as the data name it ("safety") in English sentences, its Chinese name ("安全区") in Chinese ones. */
function zoneLabel(lang: Lang, zone: string): string {
  return lang === "en" || !(ZONES as readonly string[]).includes(zone) ? zone : zoneName(lang, zone as Zone);
}

/**
 * Why the random ranking's precision differs from "at random" (the base rate) on this page and the summary:
 * the ranking is the mean of a few seeded random draws, whose expected precision is the base rate.
 * @param v the validation result (its random ranking on `population`, the protocol's counts)
 * @param population which test rows
 * @param rate the inspection rate (%) the precision is read at
 * @param lang the page's language
 * @returns "" when there is no random ranking
 */
export function randomNote(
  v: Pick<ValidationResult, "rankings" | "protocol" | "overlap">,
  population: Population,
  rate = 5,
  lang: Lang = "en"
): string {
  const r = v.rankings.find((x) => x.population === population && x.name === "random");
  const p = r?.precisionAt[String(rate)]?.mean;
  if (!r || p === undefined) return "";
  return t(lang, "val.random.note", {p: pct(p), rate: String(rate), seeds: String(r.seeds), base: pct(baseRate(v, population))});
}

/**
 * "30.6% in the safety zone (252 declarations), …" for the zones that hold declarations.
 * @param r a ranking with zones
 * @param lang the page's language (Chinese: "安全区 30.6%（252 条申报）")
 */
export function zoneText(r: Pick<RankingResult, "zones">, lang: Lang = "en"): string {
  return (r.zones ?? [])
    .filter((z) => z.n > 0)
    .map((z) => t(lang, "val.zone.text", {rate: pct(z.rate), zone: zoneLabel(lang, z.zone), n: z.n}))
    .join(t(lang, "val.zone.join"));
}

/**
 * What each population is called in the page's captions.
 * @param lang the page's language
 */
export function populationNames(lang: Lang = "en"): Readonly<Record<Population, string>> {
  return {all: t(lang, "val.population.all"), novel: t(lang, "val.population.novel"), ecommerce: t(lang, "val.population.ecommerce")};
}

/** What each population is called in the English page's captions. */
export const POPULATION_NAMES: Readonly<Record<Population, string>> = populationNames("en");

/**
 * The models of the month-by-month chart, as its legend names them.
 * @param lang the page's language
 */
export function driftLabels(lang: Lang = "en"): Readonly<Record<string, string>> {
  return {
    lookupPrice: t(lang, "val.drift.lookupPrice"),
    gbdtLabelEncoded: t(lang, "val.drift.gbdtLabelEncoded"),
    gbdt: t(lang, "val.drift.gbdt")
  };
}

/** The models of the month-by-month chart, as the English legend names them. */
export const DRIFT_LABELS: Readonly<Record<string, string>> = driftLabels("en");

/**
 * The population radio's choices, each label with its number of test declarations.
 * @param v the protocol's and the overlap's counts
 * @param lang the page's language
 */
export function populationChoices(v: Pick<ValidationResult, "protocol" | "overlap">, lang: Lang = "en"): Map<string, Population> {
  return new Map<string, Population>([
    [t(lang, "val.choice.all", {n: v.protocol.rows.all.test}), "all"],
    [t(lang, "val.choice.novel", {n: v.overlap.novelRows}), "novel"],
    [t(lang, "val.choice.ecommerce", {n: v.protocol.rows.ecommerce.test}), "ecommerce"]
  ]);
}

/**
 * The caption of the curves chart: what the chosen metric shows, and the published points when they are drawn.
 * @param metric the curve's metric
 * @param population the population shown (published points only on all rows)
 * @param lang the page's language
 */
export function curveCaption(metric: "precision" | "recall" | "dutyCaught", population: Population, lang: Lang = "en"): string {
  const what = t(lang, `val.curve.${metric}`);
  const published = population === "all" && metric === "precision" ? t(lang, "val.curve.published") : "";
  return t(lang, "val.curve.caption", {what, published});
}

/**
 * A published model's name in the page's language: "Random Forest (real data)" → "随机森林（真实数据）";
 * names that are names (LightGBM, XGBoost) stay. English: the name itself.
 */
export function publishedModelName(lang: Lang, model: string): string {
  if (lang === "en") return model;
  const m = /^(.*) \((real data|dataset notebook)\)$/.exec(model);
  const base = m ? m[1] : model;
  const bases = {
    "Random Forest": "val.model.randomForest",
    "Decision Tree": "val.model.decisionTree",
    "Logistic Regression": "val.model.logisticRegression"
  } as const;
  const name = base in bases ? t(lang, bases[base as keyof typeof bases]) : base;
  if (!m) return name;
  return t(lang, m[2] === "real data" ? "val.model.realData" : "val.model.notebook", {model: name});
}

/**
 * The published results as the page's table shows them. English: the rows as data/published-baselines.csv
 * has them. Chinese: columns, models, data and sources in Chinese; a source the catalogue does not carry
 * (its English text is matched exactly, `val.source.*`) is shown as written.
 * @param published the published rows
 * @param lang the page's language
 */
export function publishedRows(published: readonly PublishedBaseline[], lang: Lang = "en"): readonly object[] {
  if (lang === "en") return published;
  const sources = new Map<string, string>(
    Object.entries(CATALOGUE as Record<string, {en: string; zh: string}>)
      .filter(([key]) => key.startsWith("val.source."))
      .map(([, text]) => [text.en, text[lang]] as const)
  );
  const blank = (x: number | null) => x ?? "";
  return published.map((p) => ({
    [t(lang, "val.col.model")]: publishedModelName(lang, p.model),
    [t(lang, "val.col.data")]: t(lang, p.data === "synthetic" ? "val.data.synthetic" : "val.data.real"),
    [t(lang, "val.col.precisionAt", {x: "5"})]: blank(p.precisionAt5),
    [t(lang, "val.col.precisionAt", {x: "10"})]: blank(p.precisionAt10),
    [t(lang, "val.col.macroF1")]: blank(p.macroF1),
    [t(lang, "val.col.source")]: sources.get(p.source) ?? p.source
  }));
}
