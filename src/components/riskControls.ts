/**
 * Controls of the risk page (src/risk.md), built with Observable Inputs: the weights-and-inputs switch
 * each scoring section owns, and the two standard-level sliders.
 */
import * as Inputs from "@observablehq/inputs";
import {RISK_INPUTS, RISK_WEIGHTS, type HundredChoice} from "../lib/pages/riskView.js";

/**
 * The weights and inputs radios of one section, as one control whose value is {weights, inputs}
 * ({@link HundredChoice}); defaults: the published weights on the printed table. The inputs radio is
 * "advanced" (hidden in classroom mode, ?classroom=1).
 * @returns an Inputs.form: use it as `view(scoringChoice())`
 */
export function scoringChoice(): HTMLElement & {value: HundredChoice} {
  const inputs = Inputs.radio(RISK_INPUTS, {label: "Inputs", value: RISK_INPUTS[0]});
  inputs.classList.add("advanced");
  return Inputs.form({weights: Inputs.radio(RISK_WEIGHTS, {label: "Weights", value: RISK_WEIGHTS[0]}), inputs});
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
 */
export function standardLevels(): HTMLElement & {value: {a: number; b: number}} {
  return Inputs.form({a: slider([5, 95], "Lower standard level", 65), b: slider([10, 99], "Upper standard level", 85)});
}
