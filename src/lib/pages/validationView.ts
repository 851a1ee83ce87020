/**
 * Page models of "Does it catch fraud?" (src/validation.md): the tables and chart data the page shows,
 * computed from data/validation.json (src/lib/fraud/validationResult.ts) in typed, tested functions so the
 * page only imports, loads and displays.
 */
import type {PublishedBaseline} from "../fraud/publishedBaselines.js";
import type {DriftMonth, Population, RankingResult, ValidationResult} from "../fraud/validationResult.js";
import type {Interval} from "../fraud/bootstrap.js";
import {mostTrusted} from "./benchmarkReading.js";

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

/** A row of the all-versus-novel table: each metric with its 95% interval, on both populations. */
export interface AllNovelRow {
  ranking: string;
  kind: string;
  "AUC, all": string;
  "AUC, novel": string;
  "precision@5%, all": string;
  "precision@5%, novel": string;
  "precision@10%, all": string;
  "precision@10%, novel": string;
}

/**
 * Every ranking trained on all declarations, on all test rows and on novel rows, sorted by novel AUC.
 * @param v the validation result
 */
export function allVsNovelRows(v: Pick<ValidationResult, "rankings">): AllNovelRow[] {
  const novel = v.rankings.filter((r) => r.population === "novel");
  return novel
    .map((n) => ({n, a: findRanking(v, "all", n.name)}))
    .sort((x, y) => y.n.auc.mean - x.n.auc.mean)
    .map(({n, a}) => ({
      ranking: a.label,
      kind: a.family,
      "AUC, all": withInterval(a.auc.mean, a.intervals.auc),
      "AUC, novel": withInterval(n.auc.mean, n.intervals.auc),
      "precision@5%, all": withInterval(a.precisionAt["5"].mean, a.intervals.precisionAt["5"]),
      "precision@5%, novel": withInterval(n.precisionAt["5"].mean, n.intervals.precisionAt["5"]),
      "precision@10%, all": withInterval(a.precisionAt["10"].mean, a.intervals.precisionAt["10"]),
      "precision@10%, novel": withInterval(n.precisionAt["10"].mean, n.intervals.precisionAt["10"])
    }));
}

/** A point of the all-versus-novel chart: a ranking's AUC on one population with its interval. */
export interface AucPoint {
  ranking: string;
  population: "all test rows" | "novel rows";
  auc: number;
  lo: number | null;
  hi: number | null;
}

/** AUC with intervals of every ranking on all and on novel rows (for a dot-and-interval chart). */
export function aucPoints(v: Pick<ValidationResult, "rankings">): AucPoint[] {
  return v.rankings
    .filter((r) => r.population === "all" || r.population === "novel")
    .map((r) => ({
      ranking: r.label,
      population: r.population === "all" ? "all test rows" : "novel rows",
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
 * @throws if the rate has no curve point
 */
export function rateRows(rankings: readonly RankingResult[], curveRates: readonly number[], rate: number) {
  const k = curveRates.indexOf(rate);
  if (k < 0) throw new Error(`validation: no curve point at ${rate}%`);
  return rankings
    .map((r) => ({ranking: r.label, precision: r.curve.precision[k], recall: r.curve.recall[k], "duty caught": r.curve.dutyCaught[k]}))
    .sort((a, b) => b.precision - a.precision);
}

/**
 * The table at the standard inspection rates: mean ± sd over seeds with the bootstrap interval of the mean.
 * @param rankings one population's rankings
 * @param rates the standard rates
 */
export function standardRateRows(rankings: readonly RankingResult[], rates: readonly number[]) {
  const pm = formatStat;
  return rankings.map((r) => ({
    ranking: r.label,
    seeds: r.seeds,
    AUC: pm(r.auc, r.intervals.auc),
    ...Object.fromEntries(rates.map((x) => [`precision@${x}%`, pm(r.precisionAt[x], r.intervals.precisionAt[x])])),
    ...Object.fromEntries(rates.map((x) => [`recall@${x}%`, pm(r.recallAt[x], r.intervals.recallAt[x])])),
    ...Object.fromEntries(rates.map((x) => [`duty@${x}%`, pm(r.dutyCaughtAt[x], r.intervals.dutyCaughtAt[x])])),
    ...Object.fromEntries(rates.map((x) => [`critical recall@${x}%`, pm(r.criticalRecallAt[x])])),
    "macro-F1": pm(r.macroF1),
    ...(r.rounds ? {"rounds per seed": r.rounds.join(", ")} : {})
  }));
}

/** A point of the month-by-month chart. */
export interface DriftPoint {
  month: string;
  model: string;
  training: "trained once on 2020" | "retrained every month";
  rows: "all rows" | "novel rows";
  metric: "precision@5%" | "AUC";
  value: number;
}

/**
 * Month by month, flattened for a faceted chart; months where a metric is undefined (one class only) are left out.
 * @param drift the monthly results
 * @param labels display names per model name
 */
export function driftPoints(drift: readonly DriftMonth[], labels: Readonly<Record<string, string>>): DriftPoint[] {
  return drift.flatMap((m) =>
    Object.entries(m.models).flatMap(([name, x]) =>
      (["static", "retrained"] as const).flatMap((t) => {
        const s = x[t];
        const training = t === "static" ? "trained once on 2020" : "retrained every month";
        const model = labels[name] ?? name;
        const cells: [DriftPoint["rows"], DriftPoint["metric"], number | null][] = [
          ["all rows", "precision@5%", s.precisionAt5],
          ["all rows", "AUC", s.auc],
          ["novel rows", "precision@5%", s.novel.precisionAt5],
          ["novel rows", "AUC", s.novel.auc]
        ];
        return cells
          .filter((c): c is [DriftPoint["rows"], DriftPoint["metric"], number] => c[2] !== null)
          .map(([rows, metric, value]) => ({month: m.month, model, training, rows, metric, value}));
      })
    )
  );
}

/** Each month's rows, fraud rate and novel share, for the table under the chart. */
export function driftMonthRows(drift: readonly DriftMonth[]) {
  return drift.map((m) => ({
    month: m.month,
    declarations: m.rows,
    "fraud rate": pct(m.fraudRate),
    "novel share": pct(m.novelShare),
    "novel rows (retrained)": m.models.gbdt?.retrained.novel.rows ?? null
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
 * @param v data/validation.json (a ValidationResult plus `published`)
 * @throws naming what is missing when the build's result lacks a ranking or a published row the page cites
 */
export function validationPage(
  v: Pick<ValidationResult, "rankings" | "protocol" | "overlap" | "duty"> & {published: readonly PublishedBaseline[]}
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
    split: name,
    rows: x.rows,
    "exact Item Price seen in 2020": x.seenRows,
    share: pct(x.seenShare)
  });
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
      split("validation months (2021 Q1)", o.valid),
      split("test months (2021 Q2)", o.test),
      split("test months, (HS6, Item Price)", o.testHs6Price)
    ],
    protocolRows: (["all", "ecommerce"] as const).map((p) => ({
      population: p === "all" ? "All declarations" : "E-commerce (Import Type 15)",
      ...Object.fromEntries(
        (["train", "valid", "test"] as const).flatMap((s) => [
          [`${s} rows`, v.protocol.rows[p][s]],
          [`${s} frauds`, v.protocol.frauds[p][s]]
        ])
      )
    })),
    rankingRows: v.rankings
      .filter((r) => r.population === "all")
      .map((r) => ({ranking: r.label, kind: r.family, seeds: r.seeds, what: r.description})),
    captions: {
      auc: `What to see: how far each ranking falls from all test rows (blue) to the novel declarations (orange). Lines are bootstrap 95% intervals (${v.protocol.replicates} resamples of the rows); the dashed rule is chance.`,
      concentration: "What to see: how few frauds hold most of the duty at risk (test months; dashed: 90%).",
      frontier: `What to see: at ${[...new Set(v.duty.frontier.map((d) => `${d.ratePercent}%`))].join(" and ")} inspection, how much precision a ranking gives up to recover more duty (our GBDT's probabilities, mean of ${v.protocol.seeds} seeds, all test rows).`,
      drift:
        "What to see: whether retraining (dashed) keeps precision and AUC up month after month, on all rows and on the rows new to each model. The validation months (January to March) chose the stopping round of the static models."
    }
  };
}

/**
 * The caption of a fraud-rate-by-zone chart: says so when every declaration falls in one zone (the
 * thresholds then divide nothing), else what a warning zone would show.
 * @param r an index ranking with zones
 * @param populationName e.g. "novel declarations"
 */
export function zoneCaption(r: Pick<RankingResult, "label" | "zones"> & {name?: string}, populationName: string): string {
  const filled = (r.zones ?? []).filter((z) => z.n > 0);
  // Data-driven scores are 100 × a category's training fraud rate (src/lib/method/dataDrivenScores.ts): near
  // the base rate, far under the expert scores the paper's thresholds were set on, so every x* is small.
  const why = r.name?.startsWith("indexDataDriven")
    ? " The data-driven scores are 100 × a category's fraud rate in the training months, so they sit near the base rate, far below the expert scores the paper's thresholds were set on: every risk value lands under the first threshold."
    : "";
  const what =
    filled.length === 1
      ? `All ${filled[0].n.toLocaleString("en-US")} fall in the ${filled[0].zone} zone: with these scores the paper's thresholds do not divide the declarations at all.${why}`
      : "If the zones warned of fraud, the rate would rise from safety to severe.";
  return `${r.label}: fraud rate of the test months' ${populationName} in each of the paper's warning zones. ${what} The dashed rule is the base rate.`;
}

/**
 * Why the random ranking's precision differs from "at random" (the base rate) on this page and the summary:
 * the ranking is the mean of a few seeded random draws, whose expected precision is the base rate.
 * @param v the validation result (its random ranking on `population`, the protocol's counts)
 * @param population which test rows
 * @param rate the inspection rate (%) the precision is read at
 * @returns "" when there is no random ranking
 */
export function randomNote(v: Pick<ValidationResult, "rankings" | "protocol" | "overlap">, population: Population, rate = 5): string {
  const r = v.rankings.find((x) => x.population === population && x.name === "random");
  const p = r?.precisionAt[String(rate)]?.mean;
  if (!r || p === undefined) return "";
  return `Random inspection's ${pct(p)} at ${rate}% is the mean of ${r.seeds} random draws; its expected value is the base rate, ${pct(baseRate(v, population))} (the “at random” of the text and cards here and on the summary): the gap is the luck of the draws.`;
}

/** "30.6% in the safety zone (252 declarations), …" for the zones that hold declarations. */
export function zoneText(r: Pick<RankingResult, "zones">): string {
  return (r.zones ?? [])
    .filter((z) => z.n > 0)
    .map((z) => `${pct(z.rate)} in the ${z.zone} zone (${z.n.toLocaleString("en-US")} declarations)`)
    .join(", ");
}

/** What each population is called in the page's captions. */
export const POPULATION_NAMES: Readonly<Record<Population, string>> = {
  all: "all declarations",
  novel: "novel declarations",
  ecommerce: "e-commerce declarations"
};

/** The models of the month-by-month chart, as its legend names them. */
export const DRIFT_LABELS: Readonly<Record<string, string>> = {
  lookupPrice: "exact-price lookup",
  gbdtLabelEncoded: "GBDT, authors' encoding",
  gbdt: "GBDT (ours)"
};

/** The population radio's choices, each label with its number of test declarations. */
export function populationChoices(v: Pick<ValidationResult, "protocol" | "overlap">): Map<string, Population> {
  const fmt = (x: number) => x.toLocaleString("en-US");
  return new Map<string, Population>([
    [`All ${fmt(v.protocol.rows.all.test)} test declarations`, "all"],
    [`The ${fmt(v.overlap.novelRows)} novel declarations (unseen price)`, "novel"],
    [`The ${fmt(v.protocol.rows.ecommerce.test)} e-commerce test declarations`, "ecommerce"]
  ]);
}

/**
 * The caption of the curves chart: what the chosen metric shows, and the published points when they are drawn.
 * @param metric the curve's metric
 * @param population the population shown (published points only on all rows)
 */
export function curveCaption(metric: "precision" | "recall" | "dutyCaught", population: Population): string {
  const what = {
    precision: "the share of inspections that find fraud",
    recall: "the share of frauds caught",
    dutyCaught: "the share of duty at risk recovered"
  }[metric];
  const published =
    population === "all" && metric === "precision"
      ? " Diamonds: the dataset authors' published precision at 5% and 10% (same test months)."
      : "";
  return `What to see: how ${what} changes as customs inspects more declarations; the dashed rule is the chosen rate.${published}`;
}
