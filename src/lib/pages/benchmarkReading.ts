/**
 * What the benchmark says, read from the reproduction report's validation figures (src/lib/pages/findings.ts):
 * the numbers behind the summary's fifth sentence, its chart and cards, and the Chinese summary, so every
 * page states the same conclusion from the same keys. A claim about catching fraud is made for the
 * "novel" declarations (exact Item Price unseen in the training months); on all test rows the
 * exact-value lookup shows how much of a score is recognition of copied values.
 */
import type {Findings} from "./findings.js";
import {CATALOGUE, t, type Lang, type TextKey} from "../i18n/index.js";

type Validation = Findings["validation"];

/** The AUC on novel declarations that the honest-benchmark work aimed at (issue 10). */
export const NOVEL_AUC_TARGET = 0.7;

/** One ranking's headline figures on one population. */
export interface Reading {
  key: string;
  label: string;
  precisionAt5: number;
  precisionAt5Interval: [number, number] | null;
  auc: number;
  aucInterval: [number, number] | null;
}

/** The benchmark's conclusion in numbers. */
export interface Headline {
  baseRate: number;
  novelBaseRate: number;
  testRows: number;
  novelRows: number;
  /** Share of test rows whose exact Item Price occurs in the training months. */
  seenShare: number;
  lookupAll: Reading;
  lookupNovel: Reading;
  /** The learned model with the highest precision@5% on all test rows, and the same model on novel rows. */
  bestAll: Reading;
  bestAllOnNovel: Reading;
  /** The learned model trusted most ({@link mostTrusted}): the highest AUC on novel rows. */
  bestNovel: Reading;
  labelEncoded: Reading;
  indexAll: Reading;
  indexNovel: Reading;
  /** Whether the best novel-row AUC reaches {@link NOVEL_AUC_TARGET}. */
  targetReached: boolean;
}

/**
 * A ranking's name in the page's language. English is the build's own label (data/validation.json), so an
 * English page reads exactly what the loader wrote; Chinese is the catalogue's `val.rank.<name>`, and a
 * ranking the catalogue does not know keeps its label rather than failing the page.
 * @param lang the page's language
 * @param r the ranking's name ("gbdt") and its English label
 * @example rankingLabel("zh", {name: "gbdt", label: "Gradient-boosted trees (ours)"}) // "梯度提升树（本报告）"
 */
export function rankingLabel(lang: Lang, r: {name: string; label: string}): string {
  if (lang === "en") return r.label;
  const key = `val.rank.${r.name}`;
  return key in CATALOGUE ? t(lang, key as TextKey) : r.label;
}

/**
 * A ranking's reading.
 * @param v the validation findings
 * @param key "population/name", e.g. "novel/gbdt"
 * @param lang the language of its label (English by default)
 * @throws if the report has no such ranking
 */
export function reading(v: Validation, key: string, lang: Lang = "en"): Reading {
  const p = v.precisionAt[key];
  if (!p) throw new Error(`benchmarkReading: the reproduction report has no ranking "${key}"`);
  return {
    key,
    label: rankingLabel(lang, {name: key.slice(key.indexOf("/") + 1), label: v.label[key] ?? key}),
    precisionAt5: p["5"],
    precisionAt5Interval: v.precisionInterval[key]?.["5"] ?? null,
    auc: v.auc[key],
    aucInterval: v.aucInterval[key] ?? null
  };
}

/** Learned models (family "model") of a population, by key. */
function learned(v: Validation, population: string): string[] {
  return Object.keys(v.precisionAt).filter((k) => k.startsWith(`${population}/`) && v.family[k] === "model");
}

function best(keys: readonly string[], score: (k: string) => number): string {
  if (keys.length === 0) throw new Error("benchmarkReading: no learned model in the report");
  return keys.reduce((a, k) => (score(k) > score(a) ? k : a));
}

/**
 * The learned model the report trusts most: the highest AUC on novel rows, a tie broken by the AUC on all
 * rows (the routed GBDT scores novel rows with the specialist, so the two tie there). The one rule that
 * the summary, /validation and /planner all use.
 * @param models candidates with their novel-row and all-row AUC
 * @throws if there is no candidate
 */
export function mostTrusted<T>(models: readonly T[], novelAuc: (m: T) => number, allAuc: (m: T) => number): T {
  if (models.length === 0) throw new Error("mostTrusted: no learned model");
  return models.reduce((a, m) => (novelAuc(m) > novelAuc(a) || (novelAuc(m) === novelAuc(a) && allAuc(m) > allAuc(a)) ? m : a));
}

/**
 * The headline: base rates, the exact-value lookup, the best learned model on all rows and on novel rows,
 * the authors' encoding fully trained, and the paper's index (data-driven scores).
 * @param v the validation findings of the reproduction report
 * @param lang the language of the rankings' labels (English by default; "zh" for the Chinese summary)
 */
export function benchmarkHeadline(v: Validation, lang: Lang = "en"): Headline {
  const bestAll = best(learned(v, "all"), (k) => v.precisionAt[k]["5"]);
  const bestNovel = mostTrusted(
    learned(v, "novel"),
    (k) => v.auc[k],
    (k) => v.auc[k.replace(/^novel\//, "all/")] ?? -Infinity
  );
  return {
    baseRate: v.baseRate,
    novelBaseRate: v.novel.fraudRate,
    testRows: v.overlap.testRows,
    novelRows: v.overlap.novelRows,
    seenShare: v.overlap.seenPriceRows / v.overlap.testRows,
    lookupAll: reading(v, "all/lookupPrice", lang),
    lookupNovel: reading(v, "novel/lookupPrice", lang),
    bestAll: reading(v, bestAll, lang),
    bestAllOnNovel: reading(v, bestAll.replace(/^all\//, "novel/"), lang),
    bestNovel: reading(v, bestNovel, lang),
    labelEncoded: reading(v, "all/gbdtLabelEncoded", lang),
    indexAll: reading(v, "all/indexDataDriven", lang),
    indexNovel: reading(v, "novel/indexDataDriven", lang),
    targetReached: v.auc[bestNovel] >= NOVEL_AUC_TARGET
  };
}

/** The summary chart's rankings, in display order (name, kind). */
export const SUMMARY_RANKINGS = [
  ["random", "baseline"],
  ["indexDataDriven", "paper"],
  ["logistic", "learned"],
  ["bpNetwork", "learned"],
  ["gbdtLabelEncoded", "learned"],
  ["gbdt", "learned"],
  ["gbdtNovel", "learned"],
  ["lookupPrice", "yardstick"]
] as const;

/** One bar of the summary chart: a ranking's precision@5% on one population, with its interval. */
export interface SummaryBar {
  ranking: string;
  kind: string;
  population: "all test declarations" | "novel declarations";
  precision: number;
  lo: number | null;
  hi: number | null;
}

/**
 * Precision@5% of the summary's rankings on all test rows and on novel rows.
 * @param v the validation findings
 * @param names display names per ranking name
 */
export function summaryBars(v: Validation, names: Readonly<Record<string, string>>): SummaryBar[] {
  return SUMMARY_RANKINGS.flatMap(([name, kind]) =>
    (["all", "novel"] as const).flatMap((p) => {
      const key = `${p}/${name}`;
      if (!v.precisionAt[key]) return [];
      const ci = v.precisionInterval[key]?.["5"] ?? null;
      return [
        {
          ranking: names[name] ?? name,
          kind,
          population: p === "all" ? "all test declarations" : "novel declarations",
          precision: v.precisionAt[key]["5"],
          lo: ci?.[0] ?? null,
          hi: ci?.[1] ?? null
        }
      ] as SummaryBar[];
    })
  );
}

/**
 * One label per ranking for the right margin of the summary chart: "all · novel" figures, or the
 * all-rows figure alone when the ranking has no novel-row result.
 * @param bars from {@link summaryBars}
 * @param format how a precision is written (e.g. as a percentage)
 */
export function barLabels(bars: readonly SummaryBar[], format: (x: number) => string): {ranking: string; text: string}[] {
  const rankings = [...new Set(bars.map((b) => b.ranking))];
  return rankings.map((ranking) => {
    const of = (p: SummaryBar["population"]) => bars.find((b) => b.ranking === ranking && b.population === p);
    const all = of("all test declarations"),
      novel = of("novel declarations");
    return {
      ranking,
      text: [all, novel]
        .filter((b): b is SummaryBar => b !== undefined)
        .map((b) => format(b.precision))
        .join(" · ")
    };
  });
}
