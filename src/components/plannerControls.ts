/**
 * The inspection planner's controls: population, ranking (and one to compare), the budget as a rate or a
 * count, the cost per inspection and the recovery share. A field that is not valid shows its message beside it
 * and the form's value stays at the last good state (src/lib/pages/plannerState.ts), so the page never
 * computes from bad input. The form is a Framework view: its `value` is the state, updated on every input.
 */
import type {Population} from "../lib/fraud/validationResult.js";
import {formatNumber, t, type Lang} from "../lib/i18n/index.js";
import {applyField, resolveRanking, type NumericField, type PlannerOptions, type PlannerState} from "../lib/pages/plannerState.js";

export interface PlannerControlsOptions {
  options: PlannerOptions;
  /** The text of each ranking's option, per population. */
  rankingTexts: Record<Population, {name: string; text: string}[]>;
  /** Each population's label (with its size). */
  populationLabels: Record<Population, string>;
  /** Each population's number of declarations (a count beyond it inspects all). */
  sizes: Record<Population, number>;
  /** From readState: the state, the texts the fields start with and the messages the address gave. */
  initial: {state: PlannerState; texts: Record<NumericField, string>; messages: Partial<Record<string, string>>};
  /** The assumed cost, said beside the cost field. */
  costNote: string;
  /** The page's language (labels and messages); English by default. The texts above come in it already. */
  lang?: Lang;
}

let uid = 0;

function message(id: string): HTMLSpanElement {
  const m = document.createElement("span");
  m.className = "planner-message";
  m.id = id;
  m.setAttribute("role", "status");
  m.setAttribute("aria-live", "polite");
  return m;
}

function field(labelText: string, input: HTMLElement, msg: HTMLElement, ...extra: (Node | string)[]): HTMLDivElement {
  const row = document.createElement("div");
  row.className = "planner-field";
  const label = document.createElement("label");
  label.textContent = labelText;
  label.htmlFor = input.id;
  input.setAttribute("aria-describedby", msg.id);
  row.append(label, input, ...extra, msg);
  return row;
}

function textInput(id: string, value: string, mode: "decimal" | "numeric" = "decimal"): HTMLInputElement {
  const i = document.createElement("input");
  i.type = "text";
  i.id = id;
  i.value = value;
  i.inputMode = mode;
  i.autocomplete = "off";
  i.size = 10;
  return i;
}

function radios(name: string, legend: string, items: [string, string][], value: string): HTMLFieldSetElement {
  const fs = document.createElement("fieldset");
  fs.className = "planner-radios";
  const lg = document.createElement("legend");
  lg.textContent = legend;
  fs.append(lg);
  for (const [v, text] of items) {
    const label = document.createElement("label");
    const r = document.createElement("input");
    r.type = "radio";
    r.name = name;
    r.value = v;
    r.checked = v === value;
    label.append(r, ` ${text}`);
    fs.append(label);
  }
  return fs;
}

/**
 * @returns a <form class="planner-controls"> whose `value` is the current good state
 */
export function plannerControls({
  options,
  rankingTexts,
  populationLabels,
  sizes,
  initial,
  costNote,
  lang = "en"
}: PlannerControlsOptions): HTMLFormElement & {value: PlannerState} {
  const id = `planner-${++uid}`;
  const root = document.createElement("form") as HTMLFormElement & {value: PlannerState};
  root.className = "planner-controls";
  root.addEventListener("submit", (e) => e.preventDefault());
  let good: PlannerState = {...initial.state};

  const population = radios(
    `${id}-population`,
    t(lang, "plan.ctl.population"),
    (Object.keys(populationLabels) as Population[]).map((p) => [p, populationLabels[p]]),
    good.population
  );
  const populationMsg = message(`${id}-population-msg`);
  population.append(populationMsg);

  const ranking = document.createElement("select");
  ranking.id = `${id}-ranking`;
  const rankingMsg = message(`${id}-ranking-msg`);
  const compare = document.createElement("select");
  compare.id = `${id}-compare`;
  const compareMsg = message(`${id}-compare-msg`);
  const fillRankings = () => {
    const items = rankingTexts[good.population];
    ranking.replaceChildren(...items.map((r) => new Option(r.text, r.name, false, r.name === good.ranking)));
    compare.replaceChildren(
      new Option(t(lang, "plan.ctl.none"), "none", false, good.compare === "none"),
      ...items.map((r) => new Option(r.text, r.name, false, r.name === good.compare))
    );
  };
  fillRankings();

  const mode = radios(
    `${id}-mode`,
    t(lang, "plan.ctl.mode"),
    [
      ["rate", t(lang, "plan.ctl.modeRate")],
      ["count", t(lang, "plan.ctl.modeCount")]
    ],
    good.mode
  );
  const rate = textInput(`${id}-rate`, initial.texts.rate);
  const slider = document.createElement("input");
  slider.type = "range";
  slider.min = "0.5";
  slider.max = "50";
  slider.step = "0.5";
  slider.value = String(Math.min(50, good.rate));
  slider.setAttribute("aria-label", t(lang, "plan.ctl.slider"));
  const rateMsg = message(`${id}-rate-msg`);
  const count = textInput(`${id}-count`, initial.texts.count, "numeric");
  const countMsg = message(`${id}-count-msg`);
  const cost = textInput(`${id}-cost`, initial.texts.cost);
  const costMsg = message(`${id}-cost-msg`);
  const note = document.createElement("small");
  note.className = "planner-note";
  note.textContent = costNote;
  const share = textInput(`${id}-share`, initial.texts.share);
  const shareMsg = message(`${id}-share-msg`);

  const msgs: Record<NumericField, HTMLSpanElement> = {rate: rateMsg, count: countMsg, cost: costMsg, share: shareMsg};
  const inputs: Record<NumericField, HTMLInputElement> = {rate, count, cost, share};
  const show = (el: HTMLSpanElement, text: string | null | undefined, input?: HTMLElement) => {
    el.textContent = text ?? "";
    input?.setAttribute("aria-invalid", String(!!text));
  };
  for (const f of Object.keys(msgs) as NumericField[]) show(msgs[f], initial.messages[f], inputs[f]);
  show(rankingMsg, initial.messages.ranking);
  show(populationMsg, initial.messages.population ?? initial.messages.mode);
  show(compareMsg, initial.messages.compare);

  const errors: Partial<Record<NumericField, string>> = {...initial.messages};
  const countNote = () => {
    // a count beyond the population inspects all of it: say so (a note, not an error: the state stays as typed)
    if (errors.count) return;
    countMsg.textContent =
      good.mode === "count" && good.count > sizes[good.population]
        ? t(lang, "plan.ctl.countNote", {n: formatNumber(lang, sizes[good.population])})
        : "";
  };

  const edit = (f: NumericField, text: string) => {
    const r = applyField(good, f, text, lang);
    good = r.state;
    if (r.message) errors[f] = r.message;
    else delete errors[f];
    show(msgs[f], r.message, inputs[f]);
  };

  root.addEventListener("input", (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === `${id}-population`) {
      good = {...good, population: target.value as Population};
      const r = resolveRanking(good.ranking, good.population, options, lang);
      good.ranking = r.name;
      show(rankingMsg, r.message);
      if (good.compare !== "none" && !options.rankings[good.population].includes(good.compare)) good.compare = "random";
      fillRankings();
      show(populationMsg, null);
    } else if (target.name === `${id}-mode`) {
      good = {...good, mode: target.value as PlannerState["mode"]};
      show(populationMsg, null);
    } else if (target === ranking) {
      good = {...good, ranking: ranking.value};
      show(rankingMsg, null);
    } else if (target === compare) {
      good = {...good, compare: compare.value};
      show(compareMsg, null);
    } else if (target === slider) {
      rate.value = slider.value;
      edit("rate", slider.value);
      good = {...good, mode: "rate"};
    } else if (target === rate) {
      edit("rate", rate.value);
      if (!rateMsg.textContent) slider.value = String(Math.min(50, good.rate));
      good = {...good, mode: "rate"};
    } else if (target === count) {
      edit("count", count.value);
      good = {...good, mode: "count"};
    } else if (target === cost) edit("cost", cost.value);
    else if (target === share) edit("share", share.value);
    // typing a rate or a count chooses that budget
    for (const r of mode.querySelectorAll("input")) r.checked = r.value === good.mode;
    countNote();
    root.value = good;
  });

  const rateRow = field(t(lang, "plan.ctl.rate"), rate, rateMsg);
  rateRow.insertBefore(slider, rate);
  const compareRow = field(t(lang, "plan.ctl.compare"), compare, compareMsg);
  const shareRow = field(t(lang, "plan.ctl.share"), share, shareMsg);
  // the comparison and the recovery share are for readers who dig; a classroom keeps the plain view
  compareRow.classList.add("advanced");
  shareRow.classList.add("advanced");
  root.append(
    population,
    field(t(lang, "plan.ctl.ranking"), ranking, rankingMsg),
    compareRow,
    mode,
    rateRow,
    field(t(lang, "plan.ctl.count"), count, countMsg),
    field(t(lang, "plan.ctl.cost"), cost, costMsg, note),
    shareRow
  );
  countNote();
  root.value = good;
  return root;
}
