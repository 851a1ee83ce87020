/**
 * The "Change the method" controls of the weights page (src/weights.md): weighting rule, sample set and,
 * in an "advanced" block hidden in classroom mode, normalisation and C5's direction, in one card.
 */
import * as Inputs from "@observablehq/inputs";
import {t, type Lang} from "../lib/i18n/index.js";
import type {WeightChoice} from "../lib/pages/weightsView.js";

/**
 * @param initial the starting choice (read from the URL by the page, src/lib/report/urlChoices.ts)
 * @param lang the page's language (labels and options; the values stay the URL's)
 * @returns a <div class="card controls"> whose value is the current {@link WeightChoice}: use it as
 * `view(methodControls(initial))`
 */
export function methodControls(initial: WeightChoice, lang: Lang = "en"): HTMLElement & {value: WeightChoice} {
  const inputs = {
    rule: Inputs.radio(
      new Map([
        [t(lang, "weights.ctlRulePaper"), "paper"],
        [t(lang, "weights.ctlRuleTextbook"), "textbook"]
      ]),
      {label: t(lang, "weights.ctlRule"), value: initial.rule}
    ),
    set: Inputs.radio(
      new Map([
        [t(lang, "weights.ctlSetPaper"), "paper100"],
        [t(lang, "weights.ctlSetAll"), "all954"]
      ]),
      {label: t(lang, "weights.ctlSet"), value: initial.set}
    ),
    norm: Inputs.select(
      new Map([
        [t(lang, "weights.ctlNormMinMax"), "minMax"],
        [t(lang, "weights.ctlNormProportion"), "proportion"],
        [t(lang, "weights.ctlNormShifted"), "shiftedMinMax"]
      ]),
      {label: t(lang, "weights.ctlNorm"), value: initial.norm}
    ),
    c5: Inputs.radio(
      new Map([
        [t(lang, "weights.ctlC5Cost"), "cost"],
        [t(lang, "weights.ctlC5Benefit"), "benefit"]
      ]),
      {label: t(lang, "weights.ctlC5"), value: initial.c5}
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
