/**
 * What the health check and the declaration page say about one assessed declaration
 * (src/lib/instrument/assess.ts), in words: the zone with what the report measured in it (a safety zone is
 * not an all-clear), the model's probability and percentile, the top reasons and what the models never saw.
 */
import type {Assessment} from "../instrument/assess.js";
import {INDICATORS} from "../method/indicators.js";
import {ZONE_LABELS} from "../method/zones.js";

const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)}%`;

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

/**
 * The texts of an assessment.
 * @param a the assessment
 * @param overall the fraud rate over all 954 e-commerce declarations (the zone finding's comparison)
 */
export function assessmentTexts(a: Assessment, overall: {rate: number | null; n: number}): AssessmentTexts {
  const z = a.zoneFraud;
  const zoneName = ZONE_LABELS[a.zone].name;
  const finding =
    z.rate === null || overall.rate === null
      ? `The report has no declaration in the ${zoneName.toLowerCase()} zone to compare with.`
      : `Among the ${overall.n} e-commerce declarations, ${z.fraud} of the ${z.n} in this zone were frauds (${pct(z.rate)}), against ${pct(overall.rate)} over all: ${
          z.rate >= overall.rate * 0.8
            ? "the zone does not separate fraud from clean declarations, so it is no all-clear."
            : "fewer than over all, though not none."
        }`;
  return {
    zone: `${zoneName} zone: risk value ${a.risk.toFixed(4)}`,
    zoneFinding: finding,
    index: `Data-driven index (the same formula, each category scored by its training-month fraud rate): ${a.index.risk.toFixed(4)}, ${ZONE_LABELS[a.index.zone].name.toLowerCase()} zone.`,
    probability: `Fraud probability ${pct(a.fraud.probability)}: higher than ${pct(a.fraud.percentile, 0)} of the test months' declarations.`,
    route:
      a.fraud.route === "seen"
        ? "Its exact Item Price occurs in the training months: scored by the main gradient-boosted trees (which also recognise copied values)."
        : "Its exact Item Price never occurs in the training months: scored by the specialist for new declarations.",
    reasons: a.fraud.reasons.slice(0, 5).map((r) => r.text),
    indicators: INDICATORS.map((ind, j) => ({
      id: ind.id,
      name: ind.name,
      share: a.contributions[j],
      text: `${ind.id} ${ind.name}: ${a.values[j].toLocaleString("en-US", {maximumFractionDigits: 2})} (x* ${a.x[j].toFixed(2)}) adds ${a.contributions[j].toFixed(4)}`
    })).sort((p, q) => q.share - p.share),
    unknowns: a.unknowns.map((u) => `${u.input} “${u.value}”: ${u.treatment}.`)
  };
}
