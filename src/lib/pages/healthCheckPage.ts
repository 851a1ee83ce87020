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
import {t} from "../i18n/catalogue.js";
import type {Lang} from "../i18n/lang.js";
import {indicatorName} from "../i18n/terms.js";
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
 * @param sample17 the paper's 17-sample table (risk.json), of which the standard samples (level 0, 65, 85, 100)
 * @param lang the page's language (the labels; the keys stay, as the page's address uses them)
 */
export function checkStarts(
  rows: readonly {declarationId: string; sample: number; source: string; values: readonly number[]}[],
  sample17: readonly {kind: string; level: number | null; values: readonly number[]}[],
  lang: Lang = "en"
): Start[] {
  const source = (s: string) => (s === "expert" ? t(lang, "hc.sourceExpert") : s === "ridge" ? t(lang, "hc.sourceRidge") : s);
  return [
    ...rows.map((d) => ({
      key: `declaration-${d.declarationId}`,
      label: t(lang, "hc.startDeclaration", {id: d.declarationId, sample: String(d.sample), source: source(d.source)}),
      values: d.values
    })),
    ...sample17
      .flatMap((r) => (r.kind === "standard" && r.level !== null ? [{...r, level: r.level}] : []))
      .map((r) => ({
        key: `standard-${r.level}`,
        label: t(lang, "hc.startStandard", {level: String(r.level)}),
        values: r.values
      }))
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
 * @param lang the page's language
 * @throws if the 85 standard sample is missing
 */
export function checkExercises(starts: readonly Start[], w: readonly number[], lang: Lang = "en"): ExerciseText[] {
  const std85 = starts.find((s) => s.key === "standard-85");
  if (!std85) throw new Error("checkExercises: no 85 standard sample among the starts");
  const c5 = INDICATOR_IDS.indexOf("C5");
  const target = 24; // kg: the 65 standard sample's net mass
  const withTarget = (values: readonly number[]) => values.map((v, j) => (j === c5 ? target : v));
  const check = (values: readonly number[]) => {
    const s = scoreSample(values, {weights: w});
    return {f: s.risk, zone: s.zone, name: lang === "en" ? ZONE_LABELS[s.zone].name.toLowerCase() : ZONE_LABELS[s.zone].nameZh};
  };
  const start3 =
    starts.find(
      (s) => s.key.startsWith("declaration-") && s.values[c5] === 3 && check(s.values).zone !== check(withTarget(s.values)).zone
    ) ?? std85;
  const before = check(start3.values),
    after = check(withTarget(start3.values));
  const base = check(std85.values).f;
  const drops = INDICATORS.map((d, j) => (d.kind === "score" ? base - check(std85.values.map((v, k) => (k === j ? 0 : v))).f : -Infinity));
  const biggest = argMax(drops);
  const heaviest = argMax(INDICATORS.map((d, j) => (d.kind === "score" ? w[j] : -Infinity)));
  const scores = String(INDICATORS.filter((d) => d.kind === "score").length);
  const typed = "−5"; // what the reader is asked to type; the form reads the ASCII minus
  const negative = validateField("C10", "-5", lang);
  const [b, h] = [INDICATORS[biggest], INDICATORS[heaviest]];
  return [
    {
      question: t(lang, "hc.ex1.question", {start: start3.label, kg: String(start3.values[c5]), target: String(target)}),
      hint: t(lang, "hc.ex1.hint"),
      answer: t(lang, "hc.ex1.answer", {
        x0: normaliseValue("C5", start3.values[c5]).toFixed(2),
        x1: normaliseValue("C5", target).toFixed(2),
        target: String(target),
        level: "65",
        f0: before.f.toFixed(4),
        z0: before.name,
        f1: after.f.toFixed(4),
        z1: after.name,
        tail: before.zone === after.zone ? t(lang, "hc.ex1.same") : t(lang, "hc.ex1.moves", {t: String(PAPER_THRESHOLDS[0])})
      })
    },
    {
      question: t(lang, "hc.ex2.question", {start: t(lang, "hc.startStandard", {level: "85"}), n: scores}),
      answer: t(lang, "hc.ex2.answer", {
        id: b.id,
        name: indicatorName(lang, b),
        drop: drops[biggest].toFixed(4),
        base: base.toFixed(4),
        after: (base - drops[biggest]).toFixed(4),
        n: scores,
        level: "85",
        why:
          biggest === heaviest
            ? t(lang, "hc.ex2.heaviest", {id: b.id, w: w[biggest].toFixed(4)})
            : t(lang, "hc.ex2.notHeaviest", {heavy: h.id, w: w[heaviest].toFixed(4), id: b.id})
      })
    },
    {
      question: t(lang, "hc.ex3.question", {value: typed}),
      answer: t(lang, "hc.ex3.answer", {message: negative.ok ? "" : negative.message})
    }
  ];
}

/**
 * What the dataset recorded for a declaration: its inspection outcome and date.
 * @param d the declaration's labels and date
 * @param lang the page's language
 * @example datasetOutcome({fraud: 1, criticalFraud: 2, date: "2020-01-02"}) // "inspected and found fraudulent (critical) (2020-01-02)"
 */
export function datasetOutcome(d: Pick<Declaration, "fraud" | "criticalFraud" | "date">, lang: Lang = "en"): string {
  const outcome = d.fraud
    ? t(lang, "hc.outcomeFraud") + (d.criticalFraud === 2 ? t(lang, "hc.outcomeCritical") : "")
    : t(lang, "hc.outcomeClean");
  return t(lang, "hc.outcome", {outcome, date: d.date});
}
