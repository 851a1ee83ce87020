/**
 * Page model of "Indicators and weights" (src/weights.md): the indicator system, the weight tables, the
 * live weights of the "Change the method" controls, the chart data, the figures the prose quotes and the
 * exercise answers, computed from data/weights.json (loaders/weights.ts) and data/indicators954.json, so
 * the page only imports, loads and displays.
 */
import {CATALOGUE, formatNumber, indicatorName, t, type Lang, type TextKey} from "../i18n/index.js";
import {entropyWeights, type EntropyResult, type Normalisation, type WeightRule} from "../method/entropy.js";
import {CRITERIA, INDICATOR_IDS, INDICATORS, type Direction, type IndicatorId} from "../method/indicators.js";
import {argMax} from "../stats/argMax.js";
import type {Merge} from "../stats/clustering.js";
import {localTable, type DownloadableTable, type LocalTableSpec} from "../i18n/relabel.js";
import type {ExerciseText} from "./pageText.js";

/** data/weights.json (loaders/weights.ts `weightsAnalysis` without matrix954), the parts the page reads. */
export interface WeightsAnalysis {
  weights: {
    published: readonly number[];
    recomputedPaperRule: readonly number[];
    textbookRule: readonly number[];
    unroundedPaperRule: readonly number[];
    maxAbsDiffExcludingTypos: number;
    maxAbsDiffUnroundedWithCodeC10: number;
    c10InCode: number;
    sumPublished: number;
    sumCorrected: number;
    sumCorrectedWithCodeC10: number;
    typos: readonly {indicator: string; published: number; corrected: number}[];
  };
  mlScoring: {
    scoreIds: readonly string[];
    trainRows: readonly number[];
    testRows: readonly number[];
    samples: readonly number[];
    maeRounded: Readonly<Record<string, number>>;
    maeUnrounded: Readonly<Record<string, number>>;
    maeAll13: Readonly<Record<string, number>>;
    maeAll13Rounded: Readonly<Record<string, number>>;
    maxAbsRounded: number;
  };
  clustering: {
    method: string;
    correlation: readonly (readonly number[])[];
    merges: readonly Merge[];
    /** Indicator ids in dendrogram order. */
    order: readonly string[];
    /** Cluster (0..4) of each indicator, C1..C17 order. */
    clusters5: readonly number[];
    adjustedRandIndexVsCriteria: number;
    scoreRank: number;
  };
  /** The paper's printed 100-sample table, samples × 17. */
  printed100: readonly (readonly number[])[];
}

/** The "Change the method" choices kept in the URL (src/lib/report/urlChoices.ts); defaults first. */
export const WEIGHT_CHOICES = {
  rule: ["paper", "textbook"],
  norm: ["minMax", "proportion", "shiftedMinMax"],
  set: ["paper100", "all954"],
  c5: ["cost", "benefit"]
} as const satisfies Record<string, readonly [string, ...string[]]>;

/** One setting of the "Change the method" controls. */
export interface WeightChoice {
  rule: WeightRule;
  norm: Normalisation;
  set: "paper100" | "all954";
  c5: Direction;
}

/** 8 decimals, as the page prints weights and entropies. */
export const f8 = (x: number): string => x.toFixed(8);
/** One significant decimal in exponent form ("1.2e-5"), for small differences. */
export const sci = (x: number): string => x.toExponential(1);
const criterionName = (id: string, lang: Lang = "en") => {
  const c = CRITERIA.find((c) => c.id === id)!;
  return lang === "zh" ? c.nameZh : c.name;
};
const j = (id: IndicatorId) => INDICATOR_IDS.indexOf(id);
const DIRECTIONS = INDICATORS.map((d) => d.direction);
/** 4 decimals, as the captions and exercises print weights (toFixed's rounding, formatNumber). */
const f4 = (lang: Lang, x: number) => formatNumber(lang, x, 4);

/** The 954 × 17 indicator matrix from the shipped rows (C1..C17 per row). */
export function indicatorMatrix(table954: readonly Readonly<Record<string, unknown>>[]): number[][] {
  return table954.map((r) => INDICATOR_IDS.map((id) => r[id] as number));
}

/**
 * The indicator system: criterion, id, names, dataset column, kind, direction, unit, one row per indicator.
 * The keys stay English (the download's column names; {@link weightsHeader} heads the table shown); the
 * paper's wording and the dataset column are quoted as they are.
 * @param lang the page's language: criterion, name, kind and direction
 */
export function indicatorSystem(lang: Lang = "en"): Record<string, string>[] {
  return INDICATORS.map((d) => ({
    criterion: criterionName(d.criterion, lang),
    indicator: d.id,
    name: indicatorName(lang, d),
    "paper's wording": d.paperName,
    "dataset column": d.column,
    kind: t(lang, `weights.kind.${d.kind}`),
    direction: t(lang, `weights.dir.${d.direction}`),
    unit: d.unit ?? ""
  }));
}

/**
 * Inputs.table `header` for a table of this page on a Chinese page: each column key's head from the
 * catalogue (weights.col.*); keys without one (the indicator ids C1..C17) keep their name.
 * @param lang the page's language
 * @param keys the table's column keys, e.g. Object.keys(rows[0])
 * @example weightsHeader("zh", ["indicator", "C5"]) // {indicator: "指标", C5: "C5"}
 */
export function weightsHeader(lang: Lang, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    keys.map((k) => {
      const key = `weights.col.${k}` as TextKey;
      return [k, key in CATALOGUE ? t(lang, key) : k];
    })
  );
}

/**
 * The paper's weight table recomputed: published, ours with the paper's rule w = e / Σe on the printed
 * table, the difference, the textbook rule, the paper's rule on the authors' unrounded inputs, and a note
 * on the two published typos (D10, D11).
 */
export function weightTableRows(a: Pick<WeightsAnalysis, "weights">, lang: Lang = "en"): Record<string, string | number>[] {
  const W = a.weights;
  return INDICATORS.map((d, k) => ({
    indicator: d.id,
    published: W.published[k],
    recomputed: W.recomputedPaperRule[k],
    difference: W.recomputedPaperRule[k] - W.published[k],
    textbook: W.textbookRule[k],
    "authors' inputs": W.unroundedPaperRule[k],
    note: W.typos.some((x) => x.indicator === d.id) ? t(lang, "weights.noteTypo") : d.id === "C10" ? t(lang, "weights.noteDigit") : ""
  }));
}

/**
 * The paper's setting on its printed table (min-max, C5 a cost), for the prose, the scatter and the
 * exercises: its entropies e_j and weights e_j / Σe.
 */
export function paperBase(a: Pick<WeightsAnalysis, "printed100">): EntropyResult {
  return entropyWeights(a.printed100, {directions: DIRECTIONS});
}

/** The figures the page's prose quotes, from the analysis and the paper's setting. */
export interface WeightsFacts {
  /** C12 and C10: published, recomputed (paper's rule), textbook rule, entropy on the printed table. */
  c12: {published: number; recomputed: number; textbook: number; e: number};
  c10: {published: number};
  /** [min, max] entropy of the 14 scores on the printed table. */
  scoreEntropy: [number, number];
  /** The ridge's training and held-out rows, ascending, comma-separated. */
  trainRows: string;
  testRows: string;
  /** Mean unrounded MAE over the 14 scores; the largest MAE when all 13 expert rows train. */
  meanMaeUnrounded: number;
  maxMaeAll13: number;
  /** The 5 clusters as "{C1, C2}, {…}". */
  groups: string;
}

/** Compute {@link WeightsFacts}. */
export function weightsFacts(a: WeightsAnalysis, base: Pick<EntropyResult, "e"> = paperBase(a)): WeightsFacts {
  const W = a.weights,
    ML = a.mlScoring,
    CL = a.clustering;
  const scoreE = INDICATORS.flatMap((d, k) => (d.kind === "score" ? [base.e[k]] : []));
  const sorted = (rows: readonly number[]) => [...rows].sort((x, y) => x - y).join(", ");
  const mean = (r: Readonly<Record<string, number>>) => Object.values(r).reduce((x, y) => x + y, 0) / Object.values(r).length;
  const groups = Array.from({length: CRITERIA.length}, (_, k) => INDICATOR_IDS.filter((_, i) => CL.clusters5[i] === k));
  return {
    c12: {
      published: W.published[j("C12")],
      recomputed: W.recomputedPaperRule[j("C12")],
      textbook: W.textbookRule[j("C12")],
      e: base.e[j("C12")]
    },
    c10: {published: W.published[j("C10")]},
    scoreEntropy: [Math.min(...scoreE), Math.max(...scoreE)],
    trainRows: sorted(ML.trainRows),
    testRows: sorted(ML.testRows),
    meanMaeUnrounded: mean(ML.maeUnrounded),
    maxMaeAll13: Math.max(...Object.values(ML.maeAll13)),
    groups: groups.map((g) => `{${g.join(", ")}}`).join(", ")
  };
}

/** A row of the live weights table. */
export interface LiveRow {
  indicator: string;
  criterion: string;
  e: number;
  d: number;
  weight: number;
  published: number;
}

/**
 * The live weights of one setting: entropy weights of the printed 100 samples or all 954 declarations,
 * with the chosen rule and normalisation, C5 as chosen and every other indicator in its catalogue direction.
 * @param lang the page's language: the caption and the rows' criteria (the download's name stays the URL's words)
 * @returns the weights, the table rows, the chart's caption and the download's name
 */
export function liveWeights(
  a: WeightsAnalysis,
  matrix954: readonly (readonly number[])[],
  choice: WeightChoice,
  lang: Lang = "en"
): {w: number[]; rows: LiveRow[]; caption: string; name: string} {
  const live = entropyWeights(choice.set === "paper100" ? a.printed100 : matrix954, {
    rule: choice.rule,
    normalisation: choice.norm,
    labels: INDICATOR_IDS,
    directions: INDICATORS.map((d) => (d.id === "C5" ? choice.c5 : d.direction))
  });
  const rows = INDICATORS.map((d, k) => ({
    indicator: d.id,
    criterion: criterionName(d.criterion, lang),
    e: live.e[k],
    d: live.d[k],
    weight: live.w[k],
    published: a.weights.published[k]
  }));
  // The first of equal weights wins, as reduce with a strict comparison does.
  const max = rows.reduce((x, y) => (y.weight > x.weight ? y : x)),
    min = rows.reduce((x, y) => (y.weight < x.weight ? y : x));
  return {
    w: live.w,
    rows,
    caption: t(lang, "weights.liveCaption", {
      rule: t(lang, `weights.rule.${choice.rule}`),
      norm: t(lang, `weights.norm.${choice.norm}`),
      c5: t(lang, `weights.dir.${choice.c5}`),
      set: t(lang, `weights.set.${choice.set}`),
      max: max.indicator,
      maxW: f4(lang, max.weight),
      min: min.indicator,
      minW: f4(lang, min.weight)
    }),
    name: `weights-${choice.rule}-${choice.norm}-${choice.set}-C5${choice.c5}`
  };
}

/** The scatter's points: each indicator's entropy on the printed table against its weight under each rule. */
export function entropyVsWeight(
  a: Pick<WeightsAnalysis, "weights">,
  base: Pick<EntropyResult, "e">
): {rule: WeightRule; indicator: string; e: number; weight: number}[] {
  return (
    [
      ["paper", a.weights.recomputedPaperRule],
      ["textbook", a.weights.textbookRule]
    ] as const
  ).flatMap(([rule, w]) => INDICATORS.map((d, k) => ({rule, indicator: d.id, e: base.e[k], weight: w[k]})));
}

/** The ridge scoring's MAE per score: ours rounded and unrounded, and with all 13 expert rows as training rows. */
export function mlRows(a: Pick<WeightsAnalysis, "mlScoring">): Record<string, string | number>[] {
  const ML = a.mlScoring;
  return ML.scoreIds.map((id) => ({
    indicator: id,
    "ours rounded vs printed": ML.maeRounded[id],
    "ours unrounded vs printed": ML.maeUnrounded[id],
    "all 13 rows train, rounded": ML.maeAll13Rounded[id],
    "all 13 rows train, unrounded": ML.maeAll13[id]
  }));
}

/** The Spearman correlation matrix in dendrogram order, one row per indicator (the download). */
export function correlationRows(a: Pick<WeightsAnalysis, "clustering">): Record<string, string | number>[] {
  const CL = a.clustering;
  const at = (id: string) => INDICATOR_IDS.indexOf(id as IndicatorId);
  return CL.order.map((x) => ({indicator: x, ...Object.fromEntries(CL.order.map((y) => [y, CL.correlation[at(x)][at(y)]]))}));
}

/**
 * The page's three exercises, from the printed table and all 954 declarations: (1) the heaviest indicator
 * under the textbook rule w = (1 − e) / Σ(1 − e) and its rank under the paper's rule; (2) the spread of the
 * paper's weights of the 14 scores around 1/17; (3) whether the same indicator dominates on all 954.
 * @param lang the page's language (questions, hints, answers)
 */
export function weightsExercises(
  a: WeightsAnalysis,
  matrix954: readonly (readonly number[])[],
  base: Pick<EntropyResult, "w"> = paperBase(a),
  lang: Lang = "en"
): ExerciseText[] {
  const tb100 = entropyWeights(a.printed100, {rule: "textbook", directions: DIRECTIONS});
  const tb954 = entropyWeights(matrix954, {rule: "textbook", directions: DIRECTIONS});
  const top100 = argMax(tb100.w),
    top954 = argMax(tb954.w);
  const paperRank = 1 + [...base.w].sort((x, y) => x - y).indexOf(base.w[top100]); // 1 = least weighted
  const scoreW = INDICATORS.flatMap((d, k) => (d.kind === "score" ? [base.w[k]] : []));
  const idOf = (k: number) => t(lang, "weights.idName", {id: INDICATOR_IDS[k], name: indicatorName(lang, INDICATORS[k])});
  const w4 = (x: number) => f4(lang, x);
  return [
    {
      n: 1,
      question: t(lang, "weights.ex1.question"),
      hint: t(lang, "weights.ex1.hint"),
      answer: t(lang, "weights.ex1.answer", {
        indicator: idOf(top100),
        w: w4(tb100.w[top100]),
        e: w4(tb100.e[top100]),
        rank: paperRank === 1 ? t(lang, "weights.rankLeast") : t(lang, "weights.rankNth", {n: String(paperRank)}),
        pw: w4(base.w[top100])
      })
    },
    {
      n: 2,
      question: t(lang, "weights.ex2.question"),
      answer: t(lang, "weights.ex2.answer", {min: w4(Math.min(...scoreW)), max: w4(Math.max(...scoreW)), even: w4(1 / 17)})
    },
    {
      n: 3,
      question: t(lang, "weights.ex3.question"),
      answer:
        top954 === top100
          ? t(lang, "weights.ex3.yes", {indicator: idOf(top954), w: w4(tb954.w[top954]), e: w4(tb954.e[top954])})
          : t(lang, "weights.ex3.no", {
              indicator: idOf(top954),
              w: w4(tb954.w[top954]),
              e: w4(tb954.e[top954]),
              previous: INDICATOR_IDS[top100],
              pw: w4(tb954.w[top100])
            })
    }
  ];
}

/** One of the page's tables: as Inputs.table takes it in the page's language, with the English-keyed rows its download writes. */
export type WeightsTable = DownloadableTable;

/** Height (px) of a table showing all 17 indicators without a scroll bar: 22.5 px a row and the head. */
const TABLE17 = 17 * 22.5 + 30;
const int2 = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));

function weightsTable(rows: readonly object[], name: string, lang: Lang, spec: LocalTableSpec = {}): WeightsTable {
  return {table: localTable(rows, lang, weightsHeader(lang, Object.keys(rows[0] ?? {})), spec), download: rows, name};
}

/**
 * The page's fixed tables: the indicator system, the paper's weights recomputed, the ridge scoring's MAE and
 * the 954 × 17 indicator table, each with its format and download.
 * @param a data/weights.json
 * @param table954 data/indicators954.json as rows (declarationId, source, C1..C17)
 * @param lang the page's language
 */
export function weightsTables(
  a: WeightsAnalysis,
  table954: readonly Readonly<Record<string, unknown>>[],
  lang: Lang = "en"
): {system: WeightsTable; weights: WeightsTable; mae: WeightsTable; indicators954: WeightsTable} {
  const mae = mlRows(a);
  return {
    system: weightsTable(indicatorSystem(lang), "indicator-system", lang, {rows: 17, height: TABLE17}),
    weights: weightsTable(weightTableRows(a, lang), "weights-paper-vs-recomputed", lang, {
      rows: 17,
      height: TABLE17,
      format: {published: String, recomputed: f8, difference: (x: number) => x.toExponential(2), textbook: f8, "authors' inputs": f8}
    }),
    mae: weightsTable(mae, "ml-scoring-mae", lang, {
      rows: mae.length,
      height: mae.length * 22.5 + 30,
      format: Object.fromEntries(
        Object.keys(mae[0] ?? {})
          .slice(1)
          .map((k) => [k, (x: number) => x.toFixed(3)])
      )
    }),
    indicators954: weightsTable(table954, "indicators954", lang, {
      rows: 12,
      format: {
        source: (s: string) => t(lang, s === "expert" ? "weights.source.expert" : "weights.source.ridge"),
        ...Object.fromEntries(INDICATOR_IDS.map((id) => [id, int2]))
      }
    })
  };
}

/**
 * The live weights table of one setting ({@link liveWeights}): e, d and the weight to 8 decimals, the published weight as printed.
 * @param live the setting's weights, rows and download name
 * @param lang the page's language
 */
export function liveTable(live: {rows: readonly LiveRow[]; name: string}, lang: Lang = "en"): WeightsTable {
  return weightsTable(live.rows, live.name, lang, {rows: 17, height: TABLE17, format: {e: f8, d: f8, weight: f8, published: String}});
}
