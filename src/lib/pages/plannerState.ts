/**
 * The inspection planner's controls as a state: what a reader types into each field, checked, and the state
 * kept in the page's address (src/lib/report/urlChoices.ts). A field that is not valid gives a message that
 * names what is wrong and leaves the state at its last good value, so the page never computes from bad input.
 */
import type {Population} from "../fraud/validationResult.js";
import {DEFAULT_ECONOMICS} from "../fraud/planner.js";
import {readChoices, rejectedChoices, writeChoices, writeValues, type ChoiceSpec} from "../report/urlChoices.js";
import {t, type Lang, type TextKey} from "../i18n/index.js";

export type Mode = "rate" | "count";
export type NumericField = "rate" | "count" | "cost" | "share";

/** Everything the planner computes from. */
export interface PlannerState {
  population: Population;
  ranking: string;
  /** A second ranking drawn in the chart, or "none". */
  compare: string;
  mode: Mode;
  /** Inspection rate in percent, in (0, 100]. */
  rate: number;
  /** Number of inspections, a whole number >= 1. */
  count: number;
  /** Cost per inspection (KRW), >= 0. */
  cost: number;
  /** Share of detected duty collected, in [0, 1]. */
  share: number;
}

export type FieldResult = {ok: true; value: number} | {ok: false; message: string};

// plain decimals, or thousands grouped by commas ("100,000"); nothing else is read as a number
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

function readNumber(field: NumericField, text: string, lang: Lang): FieldResult {
  const what = t(lang, `plan.field.${field}`);
  const typed = text.trim();
  if (typed === "") return {ok: false, message: t(lang, "plan.err.empty", {what})};
  const plain = GROUPED.test(typed) ? typed.replace(/,/g, "") : typed;
  if (!NUMBER.test(plain)) return {ok: false, message: t(lang, "plan.err.nan", {what, text: typed})};
  const value = Number(plain);
  if (!Number.isFinite(value)) return {ok: false, message: t(lang, "plan.err.large", {what})};
  return {ok: true, value};
}

/**
 * Check one field's text. Rate: a percent in (0, 100] ("5" or "5%"). Count: a whole number >= 1. Cost: KRW
 * >= 0 ("100000" or "100,000"). Share: in [0, 1] ("0.8" or "80%").
 * @param field which control
 * @param text what the reader typed (or the address holds)
 * @param lang the language of the message (English by default)
 * @returns the number, or a message naming the field and what is wrong (never NaN)
 * @example parseField("cost", "-5") // {ok: false, message: "Cost per inspection: −5 is negative; enter 0 KRW or more."}
 */
export function parseField(field: NumericField, text: string, lang: Lang = "en"): FieldResult {
  const typed = text.trim();
  // numbers in messages are written as the reader typed them (String, not the locale's grouping)
  switch (field) {
    case "rate": {
      const r = readNumber(field, typed.replace(/%$/, ""), lang);
      if (!r.ok) return r;
      if (!(r.value > 0 && r.value <= 100)) return {ok: false, message: t(lang, "plan.err.rate", {value: String(r.value)})};
      return r;
    }
    case "count": {
      const r = readNumber(field, typed, lang);
      if (!r.ok) return r;
      if (!Number.isInteger(r.value) || r.value < 1) return {ok: false, message: t(lang, "plan.err.count", {value: String(r.value)})};
      return r;
    }
    case "cost": {
      const r = readNumber(field, typed, lang);
      if (!r.ok) return r;
      if (r.value < 0) return {ok: false, message: t(lang, "plan.err.cost", {value: String(r.value).replace("-", "−")})};
      return r;
    }
    case "share": {
      const pct = typed.endsWith("%");
      const r = readNumber(field, pct ? typed.slice(0, -1) : typed, lang);
      if (!r.ok) return r;
      const value = pct ? r.value / 100 : r.value;
      if (!(value >= 0 && value <= 1)) return {ok: false, message: t(lang, "plan.err.share", {text: typed})};
      return {ok: true, value};
    }
  }
}

/** The rankings each population offers, and the default ranking. */
export interface PlannerOptions {
  rankings: Record<Population, readonly string[]>;
  /** Labels for messages. */
  labels: Readonly<Record<string, string>>;
  /** Each population's default ranking (the model /validation trusts most on novel rows where it is evaluated). */
  defaults: Record<Population, string>;
}

/** The default state: all test declarations, the default ranking against random, 5%, the assumed cost, all collected. */
export function defaultState(o: PlannerOptions): PlannerState {
  return {
    population: "all",
    ranking: o.defaults.all,
    compare: "random",
    mode: "rate",
    rate: 5,
    count: 100,
    cost: DEFAULT_ECONOMICS.cost,
    share: DEFAULT_ECONOMICS.recoveryShare
  };
}

/**
 * The ranking shown for a population: the one asked for if the population has it, else the population's default.
 * @param o the rankings on offer (their labels in the page's language)
 * @param lang the language of the message
 * @returns the name and, when it differs from the one asked for, a message saying why
 */
export function resolveRanking(
  name: string,
  population: Population,
  o: PlannerOptions,
  lang: Lang = "en"
): {name: string; message: string | null} {
  const available = o.rankings[population];
  if (available.includes(name)) return {name, message: null};
  const fallback = o.defaults[population];
  const label = o.labels[name];
  return {
    name: fallback,
    message: label
      ? t(lang, "plan.err.notEvaluated", {label, fallback: o.labels[fallback] ?? fallback})
      : t(lang, "plan.err.unknownRanking", {name, fallback: o.labels[fallback] ?? fallback})
  };
}

function spec(o: PlannerOptions) {
  const names = [...new Set(Object.values(o.rankings).flat())];
  return {
    population: ["all", "novel", "ecommerce"],
    mode: ["rate", "count"],
    ranking: [o.defaults.all, ...names.filter((n) => n !== o.defaults.all)],
    compare: ["random", "none", ...names.filter((n) => n !== "random")]
  } as const satisfies ChoiceSpec;
}

const NUMERIC: readonly NumericField[] = ["rate", "count", "cost", "share"];
const CHOICE_LABELS = {
  population: "plan.ctl.population",
  mode: "plan.ctl.mode",
  ranking: "plan.ctl.ranking",
  compare: "plan.ctl.compare"
} as const satisfies Record<keyof ReturnType<typeof spec>, TextKey>;
const text = (x: number) => String(x);

/**
 * Read the state from the address. Each valid parameter is used; an invalid one gives a message for its control
 * and the default stays (an unknown ranking, a negative cost, a rate outside (0, 100], a share outside [0, 1]).
 * @param search the query string
 * @param o the rankings on offer
 * @param lang the language of the messages
 * @returns the state, the texts to show in the fields (what the address held, even if invalid) and the messages
 */
export function readState(
  search: string,
  o: PlannerOptions,
  lang: Lang = "en"
): {
  state: PlannerState;
  texts: Record<NumericField, string>;
  messages: Partial<Record<NumericField | "ranking" | "compare" | "population" | "mode", string>>;
} {
  const s = spec(o);
  const d = defaultState(o);
  const choices = readChoices(search, s);
  const messages: Partial<Record<NumericField | "ranking" | "compare" | "population" | "mode", string>> = {};
  for (const {key, value} of rejectedChoices(search, s)) {
    if (key === "ranking") continue; // resolveRanking says it below
    // the address's own key and values, literal; beyond English the key also gets its control's name
    const named = lang === "en" ? key : `${key}（${t(lang, CHOICE_LABELS[key])}）`;
    messages[key] = t(lang, "plan.err.choice", {key: named, value, options: s[key].join(", "), shown: choices[key]});
  }
  const params = new URLSearchParams(search);
  const state: PlannerState = {...d, population: choices.population, mode: choices.mode, compare: choices.compare};
  const asked = params.get("ranking") ?? choices.ranking;
  const r = resolveRanking(asked, state.population, o, lang);
  state.ranking = r.name;
  if (r.message) messages.ranking = r.message;
  if (state.compare !== "none" && !o.rankings[state.population].includes(state.compare)) state.compare = "random";
  const texts = {} as Record<NumericField, string>;
  for (const f of NUMERIC) {
    const v = params.get(f);
    texts[f] = v ?? text(d[f]);
    if (v === null) continue;
    const p = parseField(f, v, lang);
    if (p.ok) state[f] = p.value;
    else messages[f] = p.message;
  }
  return {state, texts, messages};
}

/**
 * Write the state into the address, keeping other parameters (e.g. classroom) and leaving defaults out.
 * @returns the new query string, with its "?" (or "")
 */
export function writeState(search: string, state: PlannerState, o: PlannerOptions): string {
  const d = defaultState(o);
  const withChoices = writeChoices(search, spec(o), {
    population: state.population,
    mode: state.mode,
    ranking: state.ranking,
    compare: state.compare
  });
  return writeValues(
    withChoices,
    Object.fromEntries(NUMERIC.map((f) => [f, text(state[f])])),
    Object.fromEntries(NUMERIC.map((f) => [f, text(d[f])]))
  );
}

/**
 * A field edited: the new state if its text is valid, else the last good state and the field's message.
 * @param good the last good state
 * @param field the field edited
 * @param value its text
 * @param lang the language of the message
 */
export function applyField(
  good: PlannerState,
  field: NumericField,
  value: string,
  lang: Lang = "en"
): {state: PlannerState; message: string | null} {
  const p = parseField(field, value, lang);
  return p.ok ? {state: {...good, [field]: p.value}, message: null} : {state: good, message: p.message};
}
