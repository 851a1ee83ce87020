/**
 * The page model of /planner: the build data decoded once, a state (src/lib/pages/plannerState.ts) turned
 * into plans (src/lib/fraud/planner.ts) for the chosen population and for its counterpart (all rows beside
 * novel rows), the chart's rows and optima, the table at the standard rates, and the sentence that says what
 * the choice buys. Pure: the page and the bench call the same functions.
 */
import type {Population} from "../fraud/validationResult.js";
import {
  DEFAULT_COST_KRW,
  OPTIMUM_GRID,
  bestRate,
  planAt,
  type Budget,
  type Economics,
  type Plan,
  type PlanCurve,
  type PlanIntervals
} from "../fraud/planner.js";
import {decodeCurve, decodeIntervals, type PlannerData, type PlannerRanking} from "../fraud/plannerData.js";
import type {PlannerOptions, PlannerState} from "./plannerState.js";
import {INSPECTION_RATES} from "../fraud/selection.js";
import type {ExerciseText} from "./pageText.js";

/** The decoded build data. */
export interface PlannerModel {
  data: PlannerData;
  curves: Map<string, {curve: PlanCurve; intervals: PlanIntervals}>;
}

/** Decode every curve and interval grid (once, when the page loads). */
export function plannerModel(data: PlannerData): PlannerModel {
  const curves = new Map<string, {curve: PlanCurve; intervals: PlanIntervals}>();
  for (const [key, enc] of Object.entries(data.curves)) {
    const population = data.populations[key.split("/")[0] as Population];
    if (!population) throw new Error(`plannerModel: curve ${key} names no population of the data`);
    const iv = data.intervals[key];
    if (!iv) throw new Error(`plannerModel: curve ${key} has no intervals`);
    curves.set(key, {curve: decodeCurve(enc, population), intervals: decodeIntervals(iv, population.n, data.rates)});
  }
  return {data, curves};
}

function entry(m: PlannerModel, population: Population, ranking: string) {
  const e = m.curves.get(`${population}/${ranking}`);
  if (!e) throw new Error(`plannerView: no ranking ${ranking} on the ${population} population`);
  return e;
}

/** The ranking's label (its name if the population does not list it). */
export function rankingLabel(m: PlannerModel, name: string): string {
  for (const p of Object.values(m.data.populations)) {
    const r = p.rankings.find((x) => x.name === name);
    if (r) return r.label;
  }
  return name;
}

/** The budget of a state on a population: its rate, or its count capped at the population's size. */
export function budgetOf(state: Pick<PlannerState, "mode" | "rate" | "count">, n: number): Budget {
  return state.mode === "rate" ? {rate: state.rate} : {count: Math.min(state.count, n)};
}

const economicsOf = (s: Pick<PlannerState, "cost" | "share">): Economics => ({cost: s.cost, recoveryShare: s.share});

/**
 * Plan a ranking on a population.
 * @param m the decoded data
 * @param population which rows
 * @param ranking the ranking's name
 * @param state budget and economics
 */
export function planFor(m: PlannerModel, population: Population, ranking: string, state: PlannerState): Plan {
  const {curve, intervals} = entry(m, population, ranking);
  return planAt(curve, budgetOf(state, curve.n), economicsOf(state), intervals);
}

/** The population shown beside the chosen one: novel beside all rows and all beside novel; none for e-commerce. */
export function counterpart(population: Population): Population | null {
  return population === "all" ? "novel" : population === "novel" ? "all" : null;
}

/** What the page shows for a state: the plan, its optimum, and the same rate on the counterpart population. */
export interface PlannerView {
  plan: Plan;
  optimum: {rate: number; inspected: number; net: number};
  other: {population: Population; plan: Plan; optimum: {rate: number; inspected: number; net: number}} | null;
}

/**
 * The view of a state. The counterpart is planned at the same rate (for a count, 100 · k / n of the chosen
 * population), so both halves inspect the same share of their declarations.
 */
export function plannerView(m: PlannerModel, state: PlannerState): PlannerView {
  const plan = planFor(m, state.population, state.ranking, state);
  const optimum = bestRate(entry(m, state.population, state.ranking).curve, economicsOf(state));
  const cp = counterpart(state.population);
  const other =
    cp && m.curves.has(`${cp}/${state.ranking}`)
      ? {
          population: cp,
          plan: planFor(m, cp, state.ranking, {...state, mode: "rate", rate: plan.rate}),
          optimum: bestRate(entry(m, cp, state.ranking).curve, economicsOf(state))
        }
      : null;
  return {plan, optimum, other};
}

/** One point of the chart: a ranking on a population at a rate of the optimum grid. */
export interface ChartRow {
  ranking: string;
  population: Population;
  /** "<ranking label> · <population>" for the legend. */
  series: string;
  rate: number;
  inspected: number;
  frauds: number;
  fraudShare: number;
  duty: number;
  net: number;
}

export const POPULATION_NAMES: Record<Population, string> = {
  all: "all test declarations",
  novel: "novel declarations",
  ecommerce: "e-commerce declarations"
};
/** The same after a number ("the 1,301 novel declarations"). */
export const POPULATION_NOUNS: Record<Population, string> = {
  all: "test declarations",
  novel: "novel declarations",
  ecommerce: "e-commerce test declarations"
};

/**
 * The chart's rows: for each chosen ranking (the ranking and the comparison, if any) on the chosen population
 * and its counterpart, the plan at every rate of the grid; and each line's optimum.
 * @param grid rates in percent (default {@link OPTIMUM_GRID}, the optimum's own grid)
 */
export function chartRows(
  m: PlannerModel,
  state: PlannerState,
  grid: readonly number[] = OPTIMUM_GRID
): {rows: ChartRow[]; optima: ChartRow[]} {
  const rankings = [state.ranking, ...(state.compare !== "none" && state.compare !== state.ranking ? [state.compare] : [])];
  const cp = counterpart(state.population);
  const populations = [state.population, ...(cp ? [cp] : [])];
  const rows: ChartRow[] = [],
    optima: ChartRow[] = [];
  const e = economicsOf(state);
  for (const ranking of rankings)
    for (const population of populations) {
      const key = `${population}/${ranking}`;
      if (!m.curves.has(key)) continue;
      const {curve} = entry(m, population, ranking);
      const series = `${rankingLabel(m, ranking)} · ${POPULATION_NAMES[population]}`;
      const line = grid.map((rate) => {
        const p = planAt(curve, {rate}, e);
        return {
          ranking,
          population,
          series,
          rate,
          inspected: p.inspected,
          frauds: p.frauds,
          fraudShare: p.fraudShare,
          duty: p.duty,
          net: p.net
        };
      });
      rows.push(...line);
      const best = bestRate(curve, e, grid);
      optima.push(line.find((r) => r.rate === best.rate)!);
    }
  return {rows, optima};
}

/** The table at /validation's standard rates: the ranking on the chosen population and its counterpart. */
export function standardRows(m: PlannerModel, state: PlannerState) {
  const cp = counterpart(state.population);
  return [state.population, ...(cp ? [cp] : [])]
    .filter((p) => m.curves.has(`${p}/${state.ranking}`))
    .flatMap((population) =>
      INSPECTION_RATES.map((rate) => {
        const p = planFor(m, population, state.ranking, {...state, mode: "rate", rate});
        return {
          population: POPULATION_NAMES[population],
          rate,
          inspected: p.inspected,
          frauds: round(p.frauds, 1),
          "frauds 95% low": round(p.fraudsInterval![0], 1),
          "frauds 95% high": round(p.fraudsInterval![1], 1),
          "share of frauds": round(p.fraudShare, 4),
          "duty recovered (KRW)": Math.round(p.duty),
          "share of duty": round(p.dutyShare, 4),
          "cost (KRW)": Math.round(p.cost),
          "net (KRW)": Math.round(p.net)
        };
      })
    );
}

const round = (x: number, d: number) => Number(x.toFixed(d));

/**
 * KRW for prose: billions and millions with three significant digits, smaller amounts whole; a minus sign
 * for losses.
 * @example formatKrw(-22_140_000) // "−22.1 million KRW"
 */
export function formatKrw(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`formatKrw: ${x} is not a finite amount`);
  const sign = x < 0 ? "−" : "";
  const a = Math.abs(x);
  const body =
    a >= 1e9
      ? `${(a / 1e9).toPrecision(3)} billion`
      : a >= 1e6
        ? `${(a / 1e6).toPrecision(3)} million`
        : Math.round(a).toLocaleString("en-US");
  return `${sign}${body} KRW`;
}

/** A count of frauds (a mean over seeds: one decimal unless whole). */
export function formatFrauds(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`formatFrauds: ${x} is not a finite count`);
  return Number.isInteger(x) ? x.toLocaleString("en-US") : x.toLocaleString("en-US", {minimumFractionDigits: 1, maximumFractionDigits: 1});
}

/** A rate in percent, without needless decimals. */
export function formatRate(x: number): string {
  return `${Number(x.toFixed(2)).toLocaleString("en-US")}%`;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const fmt = (x: number) => x.toLocaleString("en-US");

function buys(p: Plan, population: Population, n: number): string {
  const iv = p.fraudsInterval ? ` (95% interval ${formatFrauds(p.fraudsInterval[0])}–${formatFrauds(p.fraudsInterval[1])})` : "";
  return `inspecting ${formatRate(p.rate)} of the ${fmt(n)} ${POPULATION_NOUNS[population]} (${fmt(p.inspected)} inspections) finds ${formatFrauds(p.frauds)} of their ${fmt(p.fraudsTotal)} frauds${iv} and recovers ${formatKrw(p.duty)} of duty (${pct(p.dutyShare)} of the duty at stake in their frauds), a net return of ${formatKrw(p.net)}`;
}

/**
 * The sentence that says what the choice buys, on the chosen population and on its counterpart (novel rows
 * beside all rows), every figure read from the plans.
 * @param m the decoded data (population sizes, labels)
 * @param state the state
 * @param view its view
 */
export function planSentence(m: PlannerModel, state: PlannerState, view: PlannerView): string {
  const n = (p: Population) => m.data.populations[p].n;
  const head = `With ${rankingLabel(m, state.ranking)} at ${formatKrw(state.cost)} an inspection${state.share < 1 ? ` and ${pct(state.share)} of detected duty collected` : ""}, ${buys(view.plan, state.population, n(state.population))}`;
  const tail = view.other
    ? `; on the ${fmt(n(view.other.population))} ${POPULATION_NOUNS[view.other.population]}${view.other.population === "novel" ? " (an exact Item Price never seen in the training months)" : ""} the same rate buys ${fmt(view.other.plan.inspected)} inspections, ${formatFrauds(view.other.plan.frauds)} of ${fmt(view.other.plan.fraudsTotal)} frauds and a net return of ${formatKrw(view.other.plan.net)}`
    : "; the e-commerce declarations with an unseen price are too few to plan apart";
  return `${head}${tail}.`;
}

/** The rankings of a population for the control, the floor first, the yardsticks labelled as such. */
export function rankingOptions(m: PlannerModel, population: Population): {name: string; text: string}[] {
  const note = (r: PlannerRanking) =>
    r.family === "baseline"
      ? " — the floor: inspect at random"
      : r.family === "yardstick"
        ? " — what the synthetic data reward (copied labels), not a usable method"
        : "";
  return m.data.populations[population].rankings.map((r) => ({name: r.name, text: `${r.label}${note(r)}`}));
}

/**
 * The controls' options from the data: each population's rankings, and its default, the model /validation
 * trusts most on novel rows where the population has it, else the population's first learned model (the
 * e-commerce rows have their own models), else its first ranking.
 */
export function plannerOptions(m: PlannerModel): PlannerOptions {
  const pops = m.data.populations;
  const keys = Object.keys(pops) as Population[];
  const fallback = (p: Population) => {
    const r = pops[p].rankings;
    return r.some((x) => x.name === m.data.trustedOnNovel) ? m.data.trustedOnNovel : (r.find((x) => x.family === "model") ?? r[0]).name;
  };
  return {
    rankings: Object.fromEntries(keys.map((p) => [p, pops[p].rankings.map((r) => r.name)])) as unknown as PlannerOptions["rankings"],
    labels: Object.fromEntries(keys.flatMap((p) => pops[p].rankings.map((r) => [r.name, r.label]))),
    defaults: Object.fromEntries(keys.map((p) => [p, fallback(p)])) as PlannerOptions["defaults"]
  };
}

/** What the page's controls show besides the state: ranking texts, population labels and sizes, the cost note. */
export interface ControlTexts {
  rankingTexts: Record<Population, {name: string; text: string}[]>;
  populationLabels: Record<Population, string>;
  sizes: Record<Population, number>;
  costNote: string;
}

/**
 * The texts of /planner's controls, from the build data.
 * @param m the planner model
 * @param data the page's build data (its populations' sizes)
 */
export function controlTexts(m: PlannerModel, data: Pick<PlannerData, "populations">): ControlTexts {
  const pops = Object.keys(data.populations) as Population[];
  const each = <T>(f: (p: Population) => T) => Object.fromEntries(pops.map((p) => [p, f(p)])) as Record<Population, T>;
  return {
    rankingTexts: each((p) => rankingOptions(m, p)),
    populationLabels: each((p) => `${data.populations[p].n.toLocaleString("en-US")} ${POPULATION_NAMES[p]}`),
    sizes: each((p) => data.populations[p].n),
    costNote: `An assumption, not data: ${formatKrw(DEFAULT_COST_KRW)} unless you enter your own.`
  };
}

/**
 * The page's three exercises, every number computed with the functions the controls use, at the default
 * economics (the assumed cost, all detected duty collected) and a 5% inspection rate.
 * @param m the planner model
 * @param data the build data (the trusted ranking, the populations' duty and size)
 * @param start the state the page opened with (its other fields are kept)
 */
export function plannerExercises(
  m: PlannerModel,
  data: Pick<PlannerData, "populations" | "trustedOnNovel">,
  start: PlannerState
): ExerciseText[] {
  const fmt = (x: number) => x.toLocaleString("en-US");
  const base: PlannerState = {...start, population: "all", mode: "rate", rate: 5, cost: DEFAULT_COST_KRW, share: 1, compare: "none"};
  const randomBest = bestRate(entry(m, "all", "random").curve, {cost: DEFAULT_COST_KRW, recoveryShare: 1});
  const at = (population: Population, ranking: string) => planFor(m, population, ranking, {...base, population});
  const trustedAll = at("all", data.trustedOnNovel),
    trustedNovel = at("novel", data.trustedOnNovel),
    randomNovel = at("novel", "random");
  const trusted = rankingLabel(m, data.trustedOnNovel).toLowerCase();
  const perDeclaration = data.populations.all.duty / data.populations.all.n;
  return [
    {
      n: 1,
      question: `Choose random inspection at ${formatKrw(DEFAULT_COST_KRW)} an inspection. Which rate gives the best net return, and why?`,
      hint: "Look at the net-return panel: where does the random line peak?",
      answer: `${randomBest.net > 0 ? `${formatRate(randomBest.rate)}, netting ${formatKrw(randomBest.net)}` : `None pays: every rate loses money, the least at ${formatRate(randomBest.rate)} (${formatKrw(randomBest.net)})`}. Inspecting at random finds frauds at the base rate, so an inspection recovers on average the duty at stake in frauds per declaration, ${formatKrw(perDeclaration)}, ${perDeclaration > DEFAULT_COST_KRW ? "more" : "less"} than it costs.`
    },
    {
      n: 2,
      question: `With ${trusted} at ${formatRate(base.rate)}, how many frauds are found on the novel declarations, and how many does random inspection find there?`,
      answer: `${formatFrauds(trustedNovel.frauds)} of ${fmt(trustedNovel.fraudsTotal)}${trustedNovel.fraudsInterval ? ` (95% interval ${formatFrauds(trustedNovel.fraudsInterval[0])}–${formatFrauds(trustedNovel.fraudsInterval[1])})` : ""} against ${formatFrauds(randomNovel.frauds)} at random, with ${fmt(trustedNovel.inspected)} inspections.`
    },
    {
      n: 3,
      question: `Still at ${formatRate(base.rate)} on all declarations with ${trusted}: above what cost per inspection does the plan lose money?`,
      answer: `${formatKrw(trustedAll.breakEvenCost)}: the duty recovered (${formatKrw(trustedAll.duty)}) divided by the ${fmt(trustedAll.inspected)} inspections.`
    }
  ];
}
