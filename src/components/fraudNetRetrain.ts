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
 */
export async function* retrainFraudNet(
  e: IndicatorColumns & {fraud: readonly number[]; duty: readonly number[]},
  settings: RetrainSettings,
  rate: number
): AsyncGenerator<HTMLElement> {
  const {trainFraudNet} = await import("../lib/fraud/network.js"); // tfjs only once the button is pressed
  const idx = (s: string) => e.split.flatMap((x, i) => (x === s ? [i] : []));
  const [tr, te] = [idx("train"), idx("test")];
  yield html`<p>Training…</p>` as HTMLElement;
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
      <h2>Test AUC</h2>
      <span class="big-number">${rocAuc(s, y).toFixed(3)}</span>
    </div>
    <div class="card">
      <h2>Precision, top ${rate}%</h2>
      <span class="big-number">${pct(at.precision)}</span><br />${at.caught} of ${at.inspected} inspections
    </div>
    <div class="card">
      <h2>Recall, top ${rate}%</h2>
      <span class="big-number">${pct(at.recall)}</span><br />base rate ${pct(y.reduce((a, b) => a + b, 0) / y.length)}
    </div>
  </div>` as HTMLElement;
}

/**
 * The network's settings as one form (epochs, the two hidden layers' sizes, the seed), marked advanced so
 * classroom mode hides it and the defaults train as shown.
 */
export function retrainSettingsForm(): HTMLElement {
  const form = Inputs.form({
    epochs: range([1, 60], {step: 1, value: 20, label: "Epochs"}),
    hidden1: range([2, 32], {step: 1, value: 10, label: "Sigmoid units"}),
    hidden2: range([2, 16], {step: 1, value: 6, label: "Tanh units"}),
    seed: range([1, 99], {step: 1, value: 1, label: "Seed"})
  }) as HTMLElement;
  form.classList.add("advanced");
  return form;
}
