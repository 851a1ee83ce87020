/**
 * One declaration assessed from its own fields, with the build's tables (./model.ts) and the library's
 * one pipeline: the paper's 17 indicators (the authors' ridge for the scores, the fields for the
 * quantities), the risk value and zone (method/scoring.ts), each indicator's share of the risk value, the
 * data-driven index, the routed GBDT's fraud probability with its percentile among the test months and
 * its exact per-feature reasons (TreeSHAP), and what the models never saw.
 */
import {COLUMNS, type Declaration} from "../data/declarations.js";
import {applyFeatures, CATEGORICALS, featureNames} from "../fraud/features.js";
import {predictGbdt} from "../fraud/gbdt.js";
import {treeShap} from "../fraud/treeShap.js";
import {applyDataDriven} from "../method/dataDrivenScores.js";
import {fieldOf, indicatorValuesOf} from "../method/indicatorScoring.js";
import {INDICATORS, type IndicatorId} from "../method/indicators.js";
import {scoreSample} from "../method/scoring.js";
import type {Zone} from "../method/zones.js";
import type {ZoneRate} from "../method/earlyWarning.js";
import type {Branch, Instrument} from "./model.js";
import {t, type TextKey} from "../i18n/catalogue.js";
import type {Lang} from "../i18n/lang.js";

/** One feature's contribution to the model's log-odds. */
export interface Reason {
  feature: string;
  /** The feature's value for this declaration. */
  value: number;
  /** φ: its TreeSHAP contribution to the log-odds (positive raises the fraud probability). */
  phi: number;
  /** In words. */
  text: string;
}

/** Something a model never saw, and what it did instead. */
export interface Unknown {
  /** In English (`input` and `treatment`); a page in another language words it from `kind` and its data. */
  input: string;
  value: string;
  treatment: string;
  /** What it is: an indicator category outside the ridge's training, a category, an Item Price. */
  kind?: "indicator" | "category" | "price";
  /** The indicator (kind "indicator"). */
  id?: IndicatorId;
  /** The prior fraud rate it was encoded with (kind "category"). */
  prior?: number;
}

/** The assessment of one declaration. */
export interface Assessment {
  /** C1..C17. */
  values: number[];
  /** Where the 14 scores come from: the paper's expert scoring, or the authors' ridge. */
  source: "expert" | "ridge";
  /** x*_j, C1..C17. */
  x: number[];
  risk: number;
  zone: Zone;
  /** Indicator j's share of the risk value: f · x*_j sin(π w_j) / S (they sum to f). */
  contributions: number[];
  /** The fraud rate the report measured in this zone. */
  zoneFraud: ZoneRate;
  /** The paper's risk value with data-driven indicator scores, and its zone. */
  index: {risk: number; zone: Zone};
  fraud: {
    probability: number;
    /** Share of test-month declarations the model scores lower (0..1). */
    percentile: number;
    /** "seen": the exact Item Price occurs in the training months (main GBDT); "new": the specialist. */
    route: "seen" | "new";
    /** Log-odds with no feature known, and the model's log-odds; expected + Σ φ = margin. */
    expected: number;
    margin: number;
    /** Every feature's contribution, largest |φ| first. */
    reasons: Reason[];
  };
  unknowns: Unknown[];
}

const LABEL = new Map<string, string>(COLUMNS.map((c) => [c.key, c.name]));
LABEL.set("hs4", "HS4 heading").set("hs2", "HS2 chapter").set("departure=origin", "Departure = origin");

/** Derived inputs named in the page's language; the dataset's own columns keep their (Latin) names. */
const DERIVED: Record<string, TextKey> = {
  hs4: "assess.feat.hs4",
  hs2: "assess.feat.hs2",
  "departure=origin": "assess.feat.departureOrigin"
};
const NUMERIC: Record<string, TextKey> = {
  taxRate: "assess.feat.taxRate",
  logNetMass: "assess.feat.logNetMass",
  logItemPrice: "assess.feat.logItemPrice",
  logUnitValue: "assess.feat.logUnitValue",
  logDuty: "assess.feat.logDuty",
  "logUnitValue − HS6 mean": "assess.feat.unitVsHs6"
};
const WHAT: Record<string, TextKey> = {
  "fraud rate": "assess.feat.fraudRate",
  "log frequency": "assess.feat.logFrequency",
  code: "assess.feat.code"
};

/**
 * A feature name in words: "importer×hs6: fraud rate" → "Importer ID with HS6 Code: fraud rate in the
 * training months".
 * @param name a feature name (fraud/features.ts featureNames)
 * @param lang the page's language (dataset column names stay as the dataset writes them)
 */
export function featureLabel(name: string, lang: Lang = "en"): string {
  const m = /^(.*): (fraud rate|log frequency|code)$/.exec(name);
  if (!m) return Object.hasOwn(NUMERIC, name) ? t(lang, NUMERIC[name]) : name;
  const input = m[1]
    .split("×")
    .map((k) => (Object.hasOwn(DERIVED, k) ? t(lang, DERIVED[k]) : (LABEL.get(k) ?? k)))
    .join(t(lang, "assess.feat.with"));
  return t(lang, "assess.feat.label", {input, what: t(lang, WHAT[m[2]])});
}

/**
 * One reason in words: "Tax Rate = 8 raises the log-odds by 0.120".
 * @param r the feature, its value and φ
 * @param lang the page's language
 */
export function reasonText(r: Pick<Reason, "feature" | "value" | "phi">, lang: Lang = "en"): string {
  return t(lang, "assess.reason", {
    feature: featureLabel(r.feature, lang),
    value: String(Number(r.value.toPrecision(4))),
    direction: t(lang, r.phi >= 0 ? "assess.raises" : "assess.lowers"),
    phi: Math.abs(r.phi).toFixed(3)
  });
}

function reasons(branch: Branch, x: number[]): {expected: number; margin: number; reasons: Reason[]} {
  const names = featureNames(branch.tables);
  const cols = branch.columns ?? names.map((_, j) => j);
  const row = cols.map((j) => x[j]);
  const e = treeShap(branch.gbdt, branch.covers, row);
  const list = cols.map((j, k) => {
    const phi = e.phi[k];
    return {feature: names[j], value: x[j], phi, text: reasonText({feature: names[j], value: x[j], phi})};
  });
  list.sort((a, b) => Math.abs(b.phi) - Math.abs(a.phi));
  return {expected: e.expected, margin: e.margin, reasons: list};
}

/**
 * The share of sorted values below v, ties counting one half: (#{< v} + #{= v}/2) / n.
 * @param sorted ascending values
 * @param v the value placed
 */
export function percentileOf(sorted: readonly number[], v: number): number {
  if (sorted.length === 0) return 0;
  const bound = (strict: boolean) => {
    let lo = 0,
      hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? sorted[mid] < v : sorted[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const below = bound(true);
  return (below + (bound(false) - below) / 2) / sorted.length;
}

const RAW_INPUTS = CATEGORICALS.filter(([name]) => LABEL.has(name) && !name.includes("×") && name !== "departure=origin");

/**
 * Assess one declaration (its Fraud fields are never read).
 * @param inst the revived instrument (./model.ts reviveInstrument)
 * @param d the declaration, validated (data/declarations.ts)
 * @param options.expert use the paper's expert scores when d is one of its 13 expert-scored declarations
 *   (as the indicator table does; for a declaration shown as the dataset holds it, not an edited one)
 * @throws as the scoring pipeline does on an invalid indicator value
 */
export function assessDeclaration(inst: Instrument, d: Declaration, {expert = false}: {expert?: boolean} = {}): Assessment {
  const {json} = inst;
  const ind = indicatorValuesOf(json.indicators, d);
  const scoredByExpert = expert && Object.hasOwn(json.expert, d.id);
  // quantities always from the fields (the paper prints them rounded), as the indicator table takes them
  const values = INDICATORS.map((x, j) => (scoredByExpert && x.kind === "score" ? json.expert[d.id][j] : ind.values[x.id]));
  if (scoredByExpert) ind.unseen = [];
  const scored = scoreSample(values, {weights: json.weights, thresholds: json.thresholds});
  const s = json.weights.map((w) => Math.sin(Math.PI * w));
  const S = scored.x.reduce((a, x, j) => a + x * s[j], 0);
  const contributions = scored.x.map((x, j) => (S > 0 ? (scored.risk * x * s[j]) / S : 0));
  const dd = scoreSample(applyDataDriven(inst.dataDriven, [d])[0], {weights: json.weights, thresholds: json.thresholds});

  const route = inst.seenPrices.has(d.itemPrice) ? "seen" : "new";
  const branch = route === "seen" ? inst.main : inst.specialist;
  const X = applyFeatures(branch.tables, [d]);
  const cols = branch.columns ?? X.map((_, j) => j);
  const probability = predictGbdt(
    branch.gbdt,
    cols.map((j) => X[j])
  )[0];
  const why = reasons(
    branch,
    X.map((c) => c[0])
  );

  const unknowns: Unknown[] = ind.unseen.map((id: IndicatorId) => ({
    input: `${id} (indicator)`,
    value: String(d[fieldOf(id)]),
    kind: "indicator",
    id,
    treatment: "not among the authors' 10 training declarations: the ridge scores it with its intercept (no category effect)"
  }));
  for (const [name, get] of RAW_INPUTS) {
    const enc = inst.main.tables.categorical.find((c) => c.name === name);
    if (enc && !enc.counts.has(get(d)))
      unknowns.push({
        input: LABEL.get(name)!,
        value: get(d),
        kind: "category",
        prior: enc.prior,
        treatment: `never seen in the training months: encoded with the prior fraud rate ${enc.prior.toFixed(3)} and frequency 0`
      });
  }
  if (route === "new")
    unknowns.push({
      input: "Item Price",
      value: String(d.itemPrice),
      kind: "price",
      treatment: "this exact price never occurs in the training months: scored by the specialist for new declarations"
    });
  return {
    values,
    source: scoredByExpert ? "expert" : "ridge",
    x: scored.x,
    risk: scored.risk,
    zone: scored.zone,
    contributions,
    zoneFraud: json.zoneFraud[scored.zone],
    index: {risk: dd.risk, zone: dd.zone},
    fraud: {probability, percentile: percentileOf(json.testProbabilities, probability), route, ...why},
    unknowns
  };
}
