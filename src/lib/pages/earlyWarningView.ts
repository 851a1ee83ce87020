/**
 * Page model of "Early warning for all 954 declarations" (src/early-warning.md): the 954 declarations
 * scored with the chosen weights, the zone cards, the fraud rate per zone and its reading, the filtered
 * table and the exercise answers, computed from data/earlyWarning.json (loaders/earlyWarning.ts), so the
 * page only imports, loads and displays.
 *
 * Every text takes the page's language (`lang`, English by default; texts in src/lib/i18n/texts/risk.ts,
 * keys "ew."): the Chinese twin (src/zh/early-warning.md) shows the same numbers. Choice values, table
 * keys and download names stay English identifiers in both languages; zone names follow the language.
 */
import {entropyWeights} from "../method/entropy.js";
import {t, zoneName, type Lang, type Param, type TextKey} from "../i18n/index.js";
import {filterWarnings, fraudRateByZone, type WarningFilter, type WarningRow, type ZoneRate} from "../method/earlyWarning.js";
import {INDICATORS} from "../method/indicators.js";
import {scoreSamples} from "../method/scoring.js";
import {PAPER_THRESHOLDS, standardThresholds, zoneCounts, zoneOf, zoneTable, ZONE_HEX, ZONES, type Zone} from "../method/zones.js";
import {rocAuc} from "../fraud/selection.js";
import type {ExerciseText, Rich, ZoneCard} from "./pageText.js";

/** The weights switch's options (the radio's labels are its values); the first is the default. */
export const WARNING_WEIGHTS = ["published (paper)", "textbook entropy, 954 declarations"] as const;
export type WarningWeights = (typeof WARNING_WEIGHTS)[number];

/**
 * The label of a weights option in a language (the options' values are their English labels).
 * @example weightsLabel("zh", "published (paper)") // "论文发表的权重"
 */
export function weightsLabel(lang: Lang, choice: string): string {
  if (choice === WARNING_WEIGHTS[0]) return t(lang, "ew.weights.published");
  if (choice === WARNING_WEIGHTS[1]) return t(lang, "ew.weights.textbook");
  return choice;
}

/**
 * The label of a filter option in a language: "all", a zone ("safety" → 安全区), or a code as it is.
 * @example filterLabel("zh", "all") // "全部"
 */
export function filterLabel(lang: Lang, value: string): string {
  if (value === "all") return t(lang, "ew.filter.all");
  return (ZONES as readonly string[]).includes(value) ? zoneName(lang, value as Zone) : value;
}

/** How a declaration's 17 values were scored, in a language: "expert" → 专家评分, "ridge" → 岭回归. */
export function sourceLabel(lang: Lang, source: string): string {
  if (source === "expert") return t(lang, "ew.source.expert");
  if (source === "ridge") return t(lang, "ew.source.ridge");
  return source;
}

/** The colour of a zone named in either language ("Safety", 安全区); grey for anything else. */
export function zoneHexOf(name: string): string {
  const z = ZONES.find((k) => zoneName("en", k) === name || zoneName("zh", k) === name);
  return z ? ZONE_HEX[z] : "#999";
}

const COLUMN_KEYS: Readonly<Record<string, TextKey>> = {
  zone: "ew.col.zone",
  declarations: "ew.col.declarations",
  frauds: "ew.col.frauds",
  "fraud rate": "ew.col.fraudRate",
  "95% CI low": "ew.col.ciLow",
  "95% CI high": "ew.col.ciHigh",
  sample: "ew.col.sample",
  declaration: "ew.col.declaration",
  date: "ew.col.date",
  office: "ew.col.office",
  departure: "ew.col.departure",
  hs6: "ew.col.hs6",
  risk: "ew.col.risk",
  fraud: "ew.col.fraud",
  scores: "ew.col.scores"
};

/**
 * Column names of the page's two tables (the fraud rates, the declarations) in a language, for
 * Inputs.table's `header` option; the rows keep their English keys, which the downloads use. In English
 * each name is its key.
 * @example warningHeader("zh")["fraud rate"] // "瞒骗率"
 */
export function warningHeader(lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(COLUMN_KEYS).map(([col, key]) => [col, t(lang, key)]));
}

/**
 * A text with bold parts: the catalogue text `key` with `plain` parameters filled in as text and `bold`
 * ones as {bold} parts, so that each language puts the bold words where its sentence needs them.
 */
function richT(lang: Lang, key: TextKey, plain: Readonly<Record<string, Param>>, bold: Readonly<Record<string, string>>): Rich {
  // Private-use characters around each bold value mark where it lands in the filled text.
  const marked = Object.fromEntries(Object.entries(bold).map(([k, v]) => [k, `\uE000${v}\uE001`]));
  const parts = t(lang, key, {...plain, ...marked}).split(/\uE000(.*?)\uE001/);
  return parts.flatMap((p, i): (string | {bold: string})[] => (i % 2 ? [{bold: p}] : p === "" ? [] : [p]));
}

/** "12.3%", or "–" for an empty zone's rate. */
export const pct = (x: number | null): string => (x === null ? "–" : `${(100 * x).toFixed(1)}%`);
/** 4 decimals, as the page prints risk values and thresholds. */
export const f4 = (x: number): string => x.toFixed(4);

/** A row of the fraud-rate table (and the chart's data). */
export interface RateRow {
  zone: string;
  declarations: number;
  frauds: number;
  "fraud rate": number | null;
  "95% CI low": number | null;
  "95% CI high": number | null;
}

/** The declarations scored with one choice of weights, and what the page shows of them. */
export interface Warnings {
  weights: readonly number[];
  thresholds: readonly [number, number];
  /** Each declaration with its risk value and zone under these weights. */
  rows: WarningRow[];
  counts: Record<Zone, number>;
  rates: Record<Zone | "all", ZoneRate>;
  /** ROC AUC of the risk value against the fraud labels. */
  auc: number;
  /** Zone cards: interval in the title, the count big, the fraud rate below. */
  cards: ZoneCard[];
  histogramCaption: string;
  rateRows: RateRow[];
  rateCaption: string;
  /** The reading of the rates: does the "safer" zone hold less fraud? */
  verdict: Rich;
}

/**
 * Textbook entropy weights of the 954 value vectors, w_j = (1 − e_j) / Σ_k (1 − e_k), each indicator in
 * its catalogue direction.
 */
export function textbook954(base: readonly Pick<WarningRow, "values">[]): number[] {
  return entropyWeights(
    base.map((d) => d.values),
    {rule: "textbook", directions: INDICATORS.map((d) => d.direction)}
  ).w;
}

/**
 * Score every declaration (src/lib/method/scoring.ts): the published weights with the paper's thresholds,
 * or textbook weights of the 954 with their standard thresholds t_k = f(0.65 | 0.85, …); then the fraud
 * rate per zone with 95% Wilson intervals and the ROC AUC of f.
 * @param published the published (corrected) weights the data ships
 * @param base the 954 declarations
 * @param choice the weights switch
 * @param lang the page's language (zone names, cards, captions, verdict); English by default
 * @throws (rocAuc) if the labels hold one class only
 */
export function scoreWarnings(
  published: readonly number[],
  base: readonly WarningRow[],
  choice: WarningWeights,
  lang: Lang = "en"
): Warnings {
  const isPublished = choice === "published (paper)";
  const weights = isPublished ? published : textbook954(base);
  const thresholds = isPublished ? PAPER_THRESHOLDS : standardThresholds(weights);
  const scored = scoreSamples(
    base.map((d) => d.values),
    {weights, thresholds}
  );
  const rows = base.map((d, i) => ({...d, risk: scored[i].risk, zone: scored[i].zone}));
  const counts = zoneCounts(
    rows.map((d) => d.risk),
    thresholds
  );
  const rates = fraudRateByZone(rows);
  const auc = rocAuc(
    rows.map((d) => d.risk),
    rows.map((d) => d.fraud)
  );
  const table = zoneTable(thresholds);
  const rateRows = [...ZONES, "all" as const].map((z) => ({
    zone: z === "all" ? t(lang, "ew.all") : zoneName(lang, z),
    declarations: rates[z].n,
    frauds: rates[z].fraud,
    "fraud rate": rates[z].rate,
    "95% CI low": rates[z].ci95?.[0] ?? null,
    "95% CI high": rates[z].ci95?.[1] ?? null
  }));
  return {
    weights,
    thresholds,
    rows,
    counts,
    rates,
    auc,
    rateRows,
    cards: ZONES.map((z, k) => {
      const ci = rates[z].ci95;
      return {
        zone: z,
        title: `${zoneName(lang, z)} ${table[k].interval}`,
        big: String(counts[z]),
        unit: t(lang, "ew.card.unit"),
        detail: t(lang, "ew.card.detail", {rate: pct(rates[z].rate), ci: ci ? t(lang, "ew.card.ci", {lo: pct(ci[0]), hi: pct(ci[1])}) : ""})
      };
    }),
    histogramCaption: t(lang, "ew.hist.caption", {
      n: String(rows.length),
      weights: weightsLabel(lang, choice),
      t1: f4(thresholds[0]),
      t2: f4(thresholds[1]),
      severe: counts.severe === 0 ? t(lang, "ew.hist.noSevere") : t(lang, "ew.hist.severe", {n: String(counts.severe)})
    }),
    rateCaption: t(lang, "ew.rate.caption", {n: String(rows.length), rate: pct(rates.all.rate)}),
    verdict: verdict(rates, counts, auc, lang)
  };
}

/**
 * Whether two 95% intervals overlap: [a0, a1] ∩ [b0, b1] ≠ ∅ ⇔ a0 ≤ b1 and b0 ≤ a1; false if either is missing.
 */
export function intervalsOverlap(a: readonly [number, number] | null, b: readonly [number, number] | null): boolean {
  return a !== null && b !== null && a[0] <= b[1] && b[0] <= a[1];
}

/**
 * The reading under the fraud-rate chart: the safety and general zones' rates, whether the "safer" zone
 * holds less fraud and whether their intervals overlap, and the AUC; a first look calls the zones useful
 * only when the general zone's rate is higher and the intervals do not overlap.
 * @param lang the page's language; English by default
 */
export function verdict(rates: Record<Zone | "all", ZoneRate>, counts: Record<Zone, number>, auc: number, lang: Lang = "en"): Rich {
  const safe = rates.safety.rate,
    general = rates.general.rate;
  if (safe === null || general === null) return [t(lang, "ew.verdict.empty", {auc: auc.toFixed(3)})];
  const overlap = intervalsOverlap(rates.safety.ci95, rates.general.ci95);
  return richT(
    lang,
    "ew.verdict",
    {
      moreLess: t(lang, safe > general ? "ew.verdict.more" : "ew.verdict.less"),
      overlap: t(lang, overlap ? "ew.verdict.overlap" : "ew.verdict.apart"),
      noSevere: counts.severe === 0 ? t(lang, "ew.verdict.noSevere") : "",
      reading: t(lang, general > safe && !overlap ? "ew.verdict.works" : "ew.verdict.fails")
    },
    {
      safety: t(lang, "ew.verdict.safety"),
      safeRate: pct(safe),
      general: t(lang, "ew.verdict.general"),
      generalRate: pct(general),
      auc: auc.toFixed(3)
    }
  );
}

/** The distinct values of a field over the declarations, sorted (a filter's options after "all"). */
export function filterOptions(base: readonly WarningRow[], key: "office" | "departure"): string[] {
  return [...new Set(base.map((d) => d[key]))].sort();
}

/** A row of the "Find declarations" table. */
export interface ShownRow {
  sample: number;
  declaration: string;
  date: string;
  office: string;
  departure: string;
  hs6: string;
  risk: number;
  zone: string;
  fraud: 0 | 1;
  scores: "expert" | "ridge";
}

/**
 * The declarations matching every filter (src/lib/method/earlyWarning.ts `filterWarnings`), as the table's rows.
 * @param rows the scored declarations
 * @param filters the page's filters
 * @param lang the page's language (the zones' names); English by default
 * @returns the rows and how many of them were found fraudulent
 */
export function findDeclarations(
  rows: readonly WarningRow[],
  filters: WarningFilter,
  lang: Lang = "en"
): {rows: ShownRow[]; frauds: number} {
  const shown = filterWarnings(rows, filters).map((d) => ({
    sample: d.sample,
    declaration: d.declarationId,
    date: d.date,
    office: d.office,
    departure: d.departure,
    hs6: d.hs6,
    risk: d.risk,
    zone: zoneName(lang, d.zone),
    fraud: d.fraud,
    scores: d.source
  }));
  return {rows: shown, frauds: shown.filter((d) => d.fraud).length};
}

/**
 * The page's three exercises, from the 954 declarations: (1) the fraud rate per zone with the published
 * weights; (2) the zone moves and the AUC under textbook weights; (3) the general zone at the office with
 * the most declarations (ties broken by name).
 * @param published the published (corrected) weights
 * @param base the 954 declarations
 * @param lang the page's language (questions, hints, answers); English by default
 */
export function earlyWarningExercises(published: readonly number[], base: readonly WarningRow[], lang: Lang = "en"): ExerciseText[] {
  const pub = scoreWarnings(published, base, "published (paper)", lang);
  const rates = pub.rates;
  const tbWeights = textbook954(base);
  const tbThresholds = standardThresholds(tbWeights);
  const tbRisk = scoreSamples(
    base.map((d) => d.values),
    {weights: tbWeights, thresholds: tbThresholds}
  ).map((d) => d.risk);
  const zoneMoves = pub.rows.filter((d, i) => d.zone !== zoneOf(tbRisk[i], tbThresholds)).length;
  const aucPub = pub.auc,
    aucTb = rocAuc(
      tbRisk,
      base.map((d) => d.fraud)
    );
  const officeCounts = base.reduce((m, d) => m.set(d.office, (m.get(d.office) ?? 0) + 1), new Map<string, number>());
  const topOffice = [...officeCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  const general = filterWarnings(pub.rows, {zone: "general"});
  const generalAtOffice = filterWarnings(pub.rows, {zone: "general", office: topOffice});
  const fraudShare = (rows: readonly {fraud: number}[]) => {
    const k = rows.filter((d) => d.fraud).length;
    return t(lang, "ew.ex3.share", {k: String(k), n: String(rows.length), rate: pct(rows.length ? k / rows.length : null)});
  };
  const rateText = (z: Zone) =>
    rates[z].rate === null
      ? t(lang, "ew.ex1.none")
      : t(lang, "ew.ex1.rate", {rate: pct(rates[z].rate), k: String(rates[z].fraud), n: String(rates[z].n)});
  const safer = rates.safety.rate !== null && rates.general.rate !== null && rates.safety.rate < rates.general.rate;
  return [
    {
      n: 1,
      question: t(lang, "ew.ex1.question"),
      hint: t(lang, "ew.ex1.hint"),
      answer: t(lang, "ew.ex1.answer", {
        safe: rateText("safety"),
        general: rateText("general"),
        safer: t(lang, safer ? "ew.ex1.safer" : "ew.ex1.notSafer"),
        all: pct(rates.all.rate),
        auc: aucPub.toFixed(3)
      })
    },
    {
      n: 2,
      question: t(lang, "ew.ex2.question"),
      answer: t(lang, "ew.ex2.answer", {
        moves: String(zoneMoves),
        n: String(base.length),
        t1: f4(tbThresholds[0]),
        t2: f4(tbThresholds[1]),
        a: aucPub.toFixed(3),
        b: aucTb.toFixed(3),
        better: t(lang, aucTb > aucPub ? "ew.ex2.better" : "ew.ex2.notBetter"),
        tail: t(lang, Math.abs(aucTb - 0.5) < 0.1 ? "ew.ex2.chance" : "ew.ex2.notFitted")
      })
    },
    {
      n: 3,
      question: t(lang, "ew.ex3.question", {office: topOffice}),
      answer: t(lang, "ew.ex3.answer", {k: String(generalAtOffice.length), share: fraudShare(generalAtOffice), all: fraudShare(general)})
    }
  ];
}
