/**
 * "Retrain the BP network here" on /validation: the fraud network (src/lib/fraud/network.ts) trained in the
 * browser on the e-commerce declarations' 17 indicators, then its test AUC, precision and recall at the
 * chosen inspection rate as cards. A generator of DOM: first "Training…", then the cards.
 */
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import {labelledRange as range} from "./controls.js";
import {indicatorInputs, type IndicatorColumns} from "../lib/pages/validationView.js";
import {rocAuc, selectAt} from "../lib/fraud/selection.js";
import {t, type Lang} from "../lib/i18n/index.js";

export interface RetrainSettings {
  epochs: number;
  hidden1: number;
  hidden2: number;
  seed: number;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * Train and report.
 * @param e the e-commerce indicator columns with labels and duty (data/validation.json `ecommerce`)
 * @param settings network size, epochs, seed
 * @param rate inspection rate (percent) of the cards
 * @param lang the page's language (the cards' titles and notes)
 */
export async function* retrainFraudNet(
  e: IndicatorColumns & {fraud: readonly number[]; duty: readonly number[]},
  settings: RetrainSettings,
  rate: number,
  lang: Lang = "en"
): AsyncGenerator<HTMLElement> {
  const {trainFraudNet} = await import("../lib/fraud/network.js"); // tfjs only once the button is pressed
  const idx = (s: string) => e.split.flatMap((x, i) => (x === s ? [i] : []));
  const [tr, te] = [idx("train"), idx("test")];
  yield html`<p>${t(lang, "val.retrain.training")}</p>` as HTMLElement;
  const r = await trainFraudNet(
    indicatorInputs(e, tr),
    tr.map((i) => e.fraud[i]),
    [indicatorInputs(e, te)],
    {hidden: [settings.hidden1, settings.hidden2], epochs: settings.epochs, batchSize: 32, learningRate: 0.01, seed: settings.seed}
  );
  const s = Array.from(r.predictions[0]),
    y = te.map((i) => e.fraud[i]);
  const at = selectAt(s, y, rate, {duty: te.map((i) => e.duty[i])});
  yield html`<div class="grid grid-cols-3">
    <div class="card">
      <h2>${t(lang, "val.retrain.auc")}</h2>
      <span class="big-number">${rocAuc(s, y).toFixed(3)}</span>
    </div>
    <div class="card">
      <h2>${t(lang, "val.retrain.precision", {rate: String(rate)})}</h2>
      <span class="big-number">${pct(at.precision)}</span><br />${t(lang, "val.retrain.inspections", {
        caught: String(at.caught),
        inspected: String(at.inspected)
      })}
    </div>
    <div class="card">
      <h2>${t(lang, "val.retrain.recall", {rate: String(rate)})}</h2>
      <span class="big-number">${pct(at.recall)}</span><br />${t(lang, "val.retrain.baseRate", {
        rate: pct(y.reduce((a, b) => a + b, 0) / y.length)
      })}
    </div>
  </div>` as HTMLElement;
}

/**
 * The network's settings as one form (epochs, the two hidden layers' sizes, the seed), marked advanced so
 * classroom mode hides it and the defaults train as shown.
 * @param options `lang`, the page's language (the controls' labels)
 */
export function retrainSettingsForm({lang = "en"}: {lang?: Lang} = {}): HTMLElement {
  const form = Inputs.form({
    epochs: range([1, 60], {step: 1, value: 20, label: t(lang, "val.retrain.epochs")}),
    hidden1: range([2, 32], {step: 1, value: 10, label: t(lang, "val.retrain.hidden1")}),
    hidden2: range([2, 16], {step: 1, value: 6, label: t(lang, "val.retrain.hidden2")}),
    seed: range([1, 99], {step: 1, value: 1, label: t(lang, "val.retrain.seed")})
  }) as HTMLElement;
  form.classList.add("advanced");
  return form;
}
