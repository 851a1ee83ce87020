/**
 * The /health-check page's computations: the 17-value check's start points, its three exercises (every
 * number computed with the form's own functions), and the line saying what the dataset recorded for a
 * declaration loaded unedited. The page only loads its data and displays these.
 */
import type {Declaration} from "../data/declarations.js";
import {INDICATORS, INDICATOR_IDS} from "../method/indicators.js";
import {normaliseValue} from "../method/radar.js";
import {scoreSample} from "../method/scoring.js";
import {PAPER_THRESHOLDS, ZONE_LABELS} from "../method/zones.js";
import {argMax} from "../stats/argMax.js";
import {validateField} from "./healthCheck.js";

/** A start point of the 17-value check. */
export interface Start {
  key: string;
  label: string;
  values: readonly number[];
}

/**
 * The start points: every e-commerce declaration (the early-warning rows) and the standard samples.
 * @param rows the early-warning rows (declaration ID, sample number, score source, 17 values)
 * @param sample17 the paper's 17-sample table (risk.json), of which the standard samples ("Standard 85", …)
 */
export function checkStarts(
  rows: readonly {declarationId: string; sample: number; source: string; values: readonly number[]}[],
  sample17: readonly {kind: string; label: string; values: readonly number[]}[]
): Start[] {
  return [
    ...rows.map((d) => ({
      key: `declaration-${d.declarationId}`,
      label: `Declaration ${d.declarationId} (#${d.sample}, ${d.source} scores)`,
      values: d.values
    })),
    ...sample17
      .filter((r) => r.kind === "standard")
      .map((r) => ({key: `standard-${r.label.split(" ")[1]}`, label: `Standard sample ${r.label.split(" ")[1]}`, values: r.values}))
  ];
}

/** An exercise's texts. */
export interface ExerciseText {
  question: string;
  hint?: string;
  answer: string;
}

/**
 * The three exercises: raising C5 to 24 kg (the first 3 kg declaration whose zone that changes, else the 85
 * standard sample); the score that, set to 0, lowers the 85 standard sample's risk value most; a negative C10.
 * @param starts the start points ({@link checkStarts}; must include "standard-85")
 * @param w the published weights
 * @throws if the 85 standard sample is missing
 */
export function checkExercises(starts: readonly Start[], w: readonly number[]): ExerciseText[] {
  const std85 = starts.find((s) => s.key === "standard-85");
  if (!std85) throw new Error("checkExercises: no 85 standard sample among the starts");
  const c5 = INDICATOR_IDS.indexOf("C5");
  const with24 = (values: readonly number[]) => values.map((v, j) => (j === c5 ? 24 : v));
  const check = (values: readonly number[]) => {
    const s = scoreSample(values, {weights: w});
    return {f: s.risk, zone: ZONE_LABELS[s.zone].name.toLowerCase()};
  };
  const start3 =
    starts.find((s) => s.key.startsWith("declaration-") && s.values[c5] === 3 && check(s.values).zone !== check(with24(s.values)).zone) ??
    std85;
  const before = check(start3.values),
    after = check(with24(start3.values));
  const base = check(std85.values).f;
  const drops = INDICATORS.map((d, j) => (d.kind === "score" ? base - check(std85.values.map((v, k) => (k === j ? 0 : v))).f : -Infinity));
  const biggest = argMax(drops);
  const heaviest = argMax(INDICATORS.map((d, j) => (d.kind === "score" ? w[j] : -Infinity)));
  const negative = validateField("C10", "-5");
  return [
    {
      question: `Start from “${start3.label}” (C5, net mass, is ${start3.values[c5]} kg) and raise C5 to 24 kg. What happens to x*₅, the risk value and the zone?`,
      hint: "C5 is the only cost indicator: the paper treats a lighter parcel as riskier.",
      answer: `x*₅ falls from ${normaliseValue("C5", start3.values[c5]).toFixed(2)} to ${normaliseValue("C5", 24).toFixed(2)} (24 kg is the 65 standard sample's net mass). The risk value falls from ${before.f.toFixed(4)} (${before.zone}) to ${after.f.toFixed(4)} (${after.zone})${before.zone === after.zone ? ": the zone stays the same." : `: the heavier parcel alone moves the declaration across the threshold ${PAPER_THRESHOLDS[0]}.`}`
    },
    {
      question:
        "From “Standard sample 85”, set one of the 14 scores to 0 at a time. Which score, set to 0, lowers the risk value the most, and why that one?",
      answer: `${INDICATORS[biggest].id} (${INDICATORS[biggest].name}): the risk value drops by ${drops[biggest].toFixed(4)}, from ${base.toFixed(4)} to ${(base - drops[biggest]).toFixed(4)}. All 14 scores start at 85, so only the weights differ: ${biggest === heaviest ? `${INDICATORS[biggest].id} has the largest published weight among the scores (${w[biggest].toFixed(4)}), so its sector of the radar chart is the widest.` : `the largest score weight is ${INDICATORS[heaviest].id}'s (${w[heaviest].toFixed(4)}), yet ${INDICATORS[biggest].id} matters more: the risk value is not linear in the weights.`}`
    },
    {
      question: "Type −5 into C10 (tax rate). What does the page do, and what happens to the risk value?",
      answer: `The field is flagged: “${negative.ok ? "" : negative.message}” The risk value, zone and chart stay at the last valid values until the field is corrected: the check never shows a number computed from invalid input.`
    }
  ];
}

/**
 * What the dataset recorded for a declaration: its inspection outcome and date.
 * @example datasetOutcome({fraud: 1, criticalFraud: 2, date: "2020-01-02"}) // "inspected and found fraudulent (critical) (2020-01-02)"
 */
export function datasetOutcome(d: Pick<Declaration, "fraud" | "criticalFraud" | "date">): string {
  return `${d.fraud ? `inspected and found fraudulent${d.criticalFraud === 2 ? " (critical)" : ""}` : "inspected and found clean"} (${d.date})`;
}
