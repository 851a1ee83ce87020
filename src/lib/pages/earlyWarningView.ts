/**
 * Page model of "Early warning for all 954 declarations" (src/early-warning.md): the 954 declarations
 * scored with the chosen weights, the zone cards, the fraud rate per zone and its reading, the filtered
 * table and the exercise answers, computed from data/earlyWarning.json (loaders/earlyWarning.ts), so the
 * page only imports, loads and displays.
 */
import {entropyWeights} from "../method/entropy.js";
import {filterWarnings, fraudRateByZone, type WarningFilter, type WarningRow, type ZoneRate} from "../method/earlyWarning.js";
import {INDICATORS} from "../method/indicators.js";
import {scoreSamples} from "../method/scoring.js";
import {PAPER_THRESHOLDS, standardThresholds, zoneCounts, zoneOf, zoneTable, ZONE_LABELS, ZONES, type Zone} from "../method/zones.js";
import {rocAuc} from "../fraud/selection.js";
import type {ExerciseText, Rich, ZoneCard} from "./pageText.js";

/** The weights switch's options (the radio's labels are its values); the first is the default. */
export const WARNING_WEIGHTS = ["published (paper)", "textbook entropy, 954 declarations"] as const;
export type WarningWeights = (typeof WARNING_WEIGHTS)[number];

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
 * @throws (rocAuc) if the labels hold one class only
 */
export function scoreWarnings(published: readonly number[], base: readonly WarningRow[], choice: WarningWeights): Warnings {
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
    zone: z === "all" ? "All" : ZONE_LABELS[z].name,
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
        title: `${ZONE_LABELS[z].name} ${table[k].interval}`,
        big: String(counts[z]),
        unit: " declarations",
        detail: `fraud rate ${pct(rates[z].rate)}${ci ? ` (95% CI ${pct(ci[0])}–${pct(ci[1])})` : ""}`
      };
    }),
    histogramCaption: `Risk values of the ${rows.length} e-commerce declarations (${choice} weights). Dashed lines: the zone thresholds ${f4(thresholds[0])} and ${f4(thresholds[1])}; ${counts.severe === 0 ? "no declaration reaches the severe zone" : `${counts.severe} declarations are severe`}.`,
    rateCaption: `Observed fraud rate per zone; the dashed line is the rate over all ${rows.length} declarations (${pct(rates.all.rate)}). A useful warning would put more fraud in the higher zone.`,
    verdict: verdict(rates, counts, auc)
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
 */
export function verdict(rates: Record<Zone | "all", ZoneRate>, counts: Record<Zone, number>, auc: number): Rich {
  const safe = rates.safety.rate,
    general = rates.general.rate;
  if (safe === null || general === null)
    return [`One zone is empty with these weights, so the zones cannot be compared; ROC AUC of the risk value: ${auc.toFixed(3)}.`];
  const overlap = intervalsOverlap(rates.safety.ci95, rates.general.ci95);
  return [
    "With these weights the ",
    {bold: "safety"},
    " zone's fraud rate is ",
    {bold: pct(safe)},
    " and the ",
    {bold: "general"},
    " zone's is ",
    {bold: pct(general)},
    `: the “safer” zone holds ${safe > general ? "more" : "less"} fraud${overlap ? " (the 95% intervals overlap)" : ", and the 95% intervals do not overlap"}. ` +
      `${counts.severe === 0 ? "No declaration is severe. " : ""}Over all declarations the risk value ranks a fraudulent declaration above a clean one with probability `,
    {bold: auc.toFixed(3)},
    ` (ROC AUC; 0.5 is chance). ${
      general > safe && !overlap
        ? "As a first look, the general zone does hold more fraud than the safety zone."
        : "As a first look, the zones do not separate fraud from clean declarations in this dataset: the risk value measures how the 17 indicators score, and neither the scores nor the weights were fitted to inspection outcomes."
    }`
  ];
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
 * @returns the rows and how many of them were found fraudulent
 */
export function findDeclarations(rows: readonly WarningRow[], filters: WarningFilter): {rows: ShownRow[]; frauds: number} {
  const shown = filterWarnings(rows, filters).map((d) => ({
    sample: d.sample,
    declaration: d.declarationId,
    date: d.date,
    office: d.office,
    departure: d.departure,
    hs6: d.hs6,
    risk: d.risk,
    zone: ZONE_LABELS[d.zone].name,
    fraud: d.fraud,
    scores: d.source
  }));
  return {rows: shown, frauds: shown.filter((d) => d.fraud).length};
}

/**
 * The page's three exercises, from the 954 declarations: (1) the fraud rate per zone with the published
 * weights; (2) the zone moves and the AUC under textbook weights; (3) the general zone at the office with
 * the most declarations (ties broken by name).
 */
export function earlyWarningExercises(published: readonly number[], base: readonly WarningRow[]): ExerciseText[] {
  const pub = scoreWarnings(published, base, "published (paper)");
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
    return `${k} of ${rows.length}, ${pct(rows.length ? k / rows.length : null)}`;
  };
  const rateText = (z: Zone) => (rates[z].rate === null ? "no declarations" : `${pct(rates[z].rate)} (${rates[z].fraud} of ${rates[z].n})`);
  const safer = rates.safety.rate !== null && rates.general.rate !== null && rates.safety.rate < rates.general.rate;
  return [
    {
      n: 1,
      question: "With the published weights, what is the fraud rate in the safety zone and in the general zone? Is the “safer” zone safer?",
      hint: "Read the table under “Do the zones catch fraud?”, and compare the 95% intervals, not only the rates.",
      answer: `Safety: ${rateText("safety")}; general: ${rateText("general")}. ${safer ? "The safety zone does hold less fraud" : "The “safer” zone holds more fraud, not less"}. Over all declarations the rate is ${pct(rates.all.rate)}; the ROC AUC of the risk value is ${aucPub.toFixed(3)} (0.5 is chance).`
    },
    {
      n: 2,
      question: "Switch the weights to textbook entropy. How many of the declarations change zone, and does the ROC AUC get better?",
      answer: `${zoneMoves} of ${base.length} declarations change zone (the thresholds move to ${f4(tbThresholds[0])} and ${f4(tbThresholds[1])}). The ROC AUC goes from ${aucPub.toFixed(3)} to ${aucTb.toFixed(3)}: ${aucTb > aucPub ? "better" : "not better"}, ${Math.abs(aucTb - 0.5) < 0.1 ? "and still close to chance" : "but neither set of weights was fitted to fraud"}.`
    },
    {
      n: 3,
      question: `Back on the published weights, under “Find declarations” set Zone to general and Customs office to ${topOffice}, the office with the most e-commerce declarations. How many declarations match, and how many were found fraudulent? Compare with the whole general zone.`,
      answer: `${generalAtOffice.length} declarations match; fraudulent: ${fraudShare(generalAtOffice)}. In the whole general zone: ${fraudShare(general)}.`
    }
  ];
}
