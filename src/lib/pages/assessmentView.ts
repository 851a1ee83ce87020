/**
 * What the health check and the declaration page say about one assessed declaration
 * (src/lib/instrument/assess.ts), in words: the zone with what the report measured in it (a safety zone is
 * not an all-clear), the model's probability and percentile, the top reasons and what the models never saw.
 * Every text comes from the catalogue (src/lib/i18n/texts/instrument.ts, "assess.*") in the page's language.
 */
import type {Assessment, Unknown} from "../instrument/assess.js";
import {reasonText} from "../instrument/assess.js";
import {INDICATORS} from "../method/indicators.js";
import type {Zone} from "../method/zones.js";
import {t} from "../i18n/catalogue.js";
import {formatNumber, formatPercent, type Lang} from "../i18n/lang.js";
import {indicatorName, zoneNamed} from "../i18n/terms.js";

/** The lines a page shows. */
export interface AssessmentTexts {
  zone: string;
  /** What /early-warning measured in this zone, against all 954. */
  zoneFinding: string;
  index: string;
  probability: string;
  route: string;
  /** The five largest contributions to the model's log-odds, in words. */
  reasons: string[];
  /** The indicators by their share of the risk value, largest first. */
  indicators: {id: string; name: string; share: number; text: string}[];
  unknowns: string[];
}

/** What a model never saw, in words: worded from its kind where known, else its own (English) words. */
function unknownText(u: Unknown, lang: Lang): string {
  const input =
    u.kind === "indicator" && u.id
      ? t(lang, "assess.unknownIndicator", {id: u.id})
      : u.kind === "price"
        ? t(lang, "assess.priceInput")
        : u.input;
  const treatment =
    u.kind === "indicator"
      ? t(lang, "assess.unknownRidge")
      : u.kind === "category" && u.prior !== undefined
        ? t(lang, "assess.unknownCategory", {prior: u.prior.toFixed(3)})
        : u.kind === "price"
          ? t(lang, "assess.unknownPrice")
          : u.treatment;
  return t(lang, "assess.unknown", {input, value: u.value, treatment});
}

/**
 * What the report measured in a zone, in words: its fraud rate among the e-commerce declarations against the
 * rate over all, and whether that makes the zone an all-clear (a safety zone is not one when it holds
 * frauds at about the overall rate). Both checks of /health-check and /declaration say it with this.
 * @param zone the declaration's zone
 * @param measured the zone's fraud rate (instrument.zoneFraud[zone], from /early-warning)
 * @param overall the rate over all 954 e-commerce declarations (instrument.zoneFraud.all)
 * @param lang the page's language
 * @example zoneFindingText("safety", {n: 252, fraud: 77, rate: 0.306}, {n: 954, rate: 0.256}) // "Among the 954 … 77 of the 252 in this zone were frauds (30.6%) … no all-clear."
 */
export function zoneFindingText(
  zone: Zone,
  measured: {n: number; fraud: number; rate: number | null},
  overall: {rate: number | null; n: number},
  lang: Lang = "en"
): string {
  return measured.rate === null || overall.rate === null
    ? t(lang, "assess.noZone", {zone: zoneNamed(lang, zone, {lower: true})})
    : t(lang, "assess.zoneFinding", {
        n: String(overall.n),
        fraud: String(measured.fraud),
        zn: String(measured.n),
        rate: formatPercent(lang, measured.rate, 1),
        overall: formatPercent(lang, overall.rate, 1),
        verdict: t(lang, measured.rate >= overall.rate * 0.8 ? "assess.verdictSame" : "assess.verdictFewer")
      });
}

/**
 * The texts of an assessment.
 * @param a the assessment
 * @param overall the fraud rate over all 954 e-commerce declarations (the zone finding's comparison)
 * @param lang the page's language
 */
export function assessmentTexts(a: Assessment, overall: {rate: number | null; n: number}, lang: Lang = "en"): AssessmentTexts {
  const pct = (x: number, digits = 1) => formatPercent(lang, x, digits);
  const finding = zoneFindingText(a.zone, a.zoneFraud, overall, lang);
  return {
    zone: t(lang, "assess.zone", {zone: zoneNamed(lang, a.zone), risk: a.risk.toFixed(4)}),
    zoneFinding: finding,
    index: t(lang, "assess.index", {risk: a.index.risk.toFixed(4), zone: zoneNamed(lang, a.index.zone, {lower: true})}),
    probability: t(lang, "assess.probability", {p: pct(a.fraud.probability), pct: pct(a.fraud.percentile, 0)}),
    route: t(lang, a.fraud.route === "seen" ? "assess.routeSeen" : "assess.routeNew"),
    reasons: a.fraud.reasons.slice(0, 5).map((r) => (lang === "en" ? r.text : reasonText(r, lang))),
    indicators: INDICATORS.map((ind, j) => ({
      id: ind.id,
      name: indicatorName(lang, ind),
      share: a.contributions[j],
      text: t(lang, "assess.indicator", {
        id: ind.id,
        name: indicatorName(lang, ind),
        value: formatNumber(lang, a.values[j], undefined, 2),
        x: a.x[j].toFixed(2),
        c: a.contributions[j].toFixed(4)
      })
    })).sort((p, q) => q.share - p.share),
    unknowns: a.unknowns.map((u) => unknownText(u, lang))
  };
}
