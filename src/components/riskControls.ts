/**
 * Controls of the risk page (src/risk.md, src/zh/risk.md), built with Observable Inputs: the
 * weights-and-inputs switch each scoring section owns, and the two standard-level sliders.
 */
import * as Inputs from "@observablehq/inputs";
import {t, type Lang} from "../lib/i18n/index.js";
import {choiceLabel, RISK_INPUTS, RISK_WEIGHTS, type HundredChoice} from "../lib/pages/riskView.js";

/**
 * The weights and inputs radios of one section, as one control whose value is {weights, inputs}
 * ({@link HundredChoice}); defaults: the published weights on the printed table. The inputs radio is
 * "advanced" (hidden in classroom mode, ?classroom=1). The values stay the English identifiers whatever
 * the language (the page model reads them); only the labels shown are the page's language.
 * @param lang the page's language (labels and option names); English by default
 * @returns an Inputs.form: use it as `view(scoringChoice())`
 */
export function scoringChoice(lang: Lang = "en"): HTMLElement & {value: HundredChoice} {
  const format = (x: string) => choiceLabel(lang, x);
  const inputs = Inputs.radio(RISK_INPUTS, {label: t(lang, "risk.control.inputs"), value: RISK_INPUTS[0], format});
  inputs.classList.add("advanced");
  return Inputs.form({
    weights: Inputs.radio(RISK_WEIGHTS, {label: t(lang, "risk.control.weights"), value: RISK_WEIGHTS[0], format}),
    inputs
  });
}

/** A range slider whose slider is named too: Inputs.range labels only its number box (axe: every control has a label). */
function slider(range: [number, number], label: string, value: number): HTMLElement {
  const input = Inputs.range(range, {label, step: 1, value});
  input.querySelector("input[type=range]").setAttribute("aria-label", label);
  return input;
}

/**
 * The two standard levels in points, as one control whose value is {a, b}: lower 5–95 (default 65),
 * upper 10–99 (default 85), the paper's 65 and 85 standard samples.
 * @param lang the page's language (the sliders' labels); English by default
 */
export function standardLevels(lang: Lang = "en"): HTMLElement & {value: {a: number; b: number}} {
  return Inputs.form({
    a: slider([5, 95], t(lang, "risk.control.lower"), 65),
    b: slider([10, 99], t(lang, "risk.control.upper"), 85)
  });
}
