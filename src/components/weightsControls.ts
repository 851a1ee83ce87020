/**
 * The "Change the method" controls of the weights page (src/weights.md): weighting rule, sample set and,
 * in an "advanced" block hidden in classroom mode, normalisation and C5's direction, in one card.
 */
import * as Inputs from "@observablehq/inputs";
import type {WeightChoice} from "../lib/pages/weightsView.js";

/**
 * @param initial the starting choice (read from the URL by the page, src/lib/report/urlChoices.ts)
 * @returns a <div class="card controls"> whose value is the current {@link WeightChoice}: use it as
 * `view(methodControls(initial))`
 */
export function methodControls(initial: WeightChoice): HTMLElement & {value: WeightChoice} {
  const inputs = {
    rule: Inputs.radio(
      new Map([
        ["paper: w = e / Σe", "paper"],
        ["textbook: w = (1 − e) / Σ(1 − e)", "textbook"]
      ]),
      {label: "Weighting rule", value: initial.rule}
    ),
    set: Inputs.radio(
      new Map([
        ["the paper's 100 (printed table)", "paper100"],
        ["all 954 declarations", "all954"]
      ]),
      {label: "Samples", value: initial.set}
    ),
    norm: Inputs.select(
      new Map([
        ["min-max (the paper)", "minMax"],
        ["proportion of the column sum", "proportion"],
        ["min-max shifted by 0.01", "shiftedMinMax"]
      ]),
      {label: "Normalisation", value: initial.norm}
    ),
    c5: Inputs.radio(
      new Map([
        ["cost (the paper)", "cost"],
        ["benefit", "benefit"]
      ]),
      {label: "C5 net mass", value: initial.c5}
    )
  };
  const template = (i: typeof inputs) => {
    const card = document.createElement("div");
    card.className = "card controls";
    const advanced = document.createElement("div");
    advanced.className = "advanced";
    advanced.append(i.norm, i.c5);
    card.append(i.rule, i.set, advanced);
    return card;
  };
  return Inputs.form(inputs, {template});
}
