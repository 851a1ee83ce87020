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
import {rankingLabel as labelOf} from "./benchmarkReading.js";
import {LOCALE, formatNumber, t, type Lang, type TextKey} from "../i18n/index.js";

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

/**
 * The ranking's label (its name if the population does not list it): in English the build data's own label,
 * in Chinese the catalogue's `val.rank.<name>`, as /validation names it ({@link labelOf}).
 * @param lang the page's language
 */
export function rankingLabel(m: PlannerModel, name: string, lang: Lang = "en"): string {
  for (const p of Object.values(m.data.populations)) {
    const r = p.rankings.find((x) => x.name === name);
    if (r) return labelOf(lang, r);
  }
  return labelOf(lang, {name, label: name});
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

/** A population's name in a language ("all test declarations", "全部测试申报"). */
export function populationName(population: Population, lang: Lang = "en"): string {
  return t(lang, `plan.pop.${population}`);
}
/** The same after a number ("the 1,301 novel declarations", "1,301 条新申报"). */
export function populationNoun(population: Population, lang: Lang = "en"): string {
  return t(lang, `plan.noun.${population}`);
}

export const POPULATION_NAMES: Record<Population, string> = {
  all: populationName("all"),
  novel: populationName("novel"),
  ecommerce: populationName("ecommerce")
};
/** The same after a number ("the 1,301 novel declarations"). */
export const POPULATION_NOUNS: Record<Population, string> = {
  all: populationNoun("all"),
  novel: populationNoun("novel"),
  ecommerce: populationNoun("ecommerce")
};

/**
 * The chart's rows: for each chosen ranking (the ranking and the comparison, if any) on the chosen population
 * and its counterpart, the plan at every rate of the grid; and each line's optimum.
 * @param grid rates in percent (default {@link OPTIMUM_GRID}, the optimum's own grid)
 * @param lang the language of the series' names
 */
export function chartRows(
  m: PlannerModel,
  state: PlannerState,
  grid: readonly number[] = OPTIMUM_GRID,
  lang: Lang = "en"
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
      const series = `${rankingLabel(m, ranking, lang)} · ${populationName(population, lang)}`;
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

/**
 * The table at /validation's standard rates: the ranking on the chosen population and its counterpart.
 * Columns keep their English names (the downloads); {@link standardHeader} names them for the reader.
 * @param lang the language of the population's name in each row
 */
export function standardRows(m: PlannerModel, state: PlannerState, lang: Lang = "en") {
  const cp = counterpart(state.population);
  return [state.population, ...(cp ? [cp] : [])]
    .filter((p) => m.curves.has(`${p}/${state.ranking}`))
    .flatMap((population) =>
      INSPECTION_RATES.map((rate) => {
        const p = planFor(m, population, state.ranking, {...state, mode: "rate", rate});
        return {
          population: populationName(population, lang),
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

const STANDARD_COLUMNS = {
  population: "plan.col.population",
  rate: "plan.col.rate",
  inspected: "plan.col.inspected",
  frauds: "plan.col.frauds",
  "frauds 95% low": "plan.col.fraudsLow",
  "frauds 95% high": "plan.col.fraudsHigh",
  "share of frauds": "plan.col.fraudShare",
  "duty recovered (KRW)": "plan.col.duty",
  "share of duty": "plan.col.dutyShare",
  "cost (KRW)": "plan.col.cost",
  "net (KRW)": "plan.col.net"
} as const satisfies Record<string, TextKey>;

/**
 * The shown names of {@link standardRows}' columns (Inputs.table's `header`): in English the column names
 * themselves, in Chinese the catalogue's.
 * @param lang the page's language
 */
export function standardHeader(lang: Lang = "en"): Record<keyof typeof STANDARD_COLUMNS, string> {
  return Object.fromEntries(Object.entries(STANDARD_COLUMNS).map(([col, key]) => [col, t(lang, key)])) as Record<
    keyof typeof STANDARD_COLUMNS,
    string
  >;
}

/**
 * KRW for prose: billions and millions with three significant digits, smaller amounts whole; a minus sign
 * for losses. Chinese counts in 亿 (10⁸) and 万 (10⁴), as Chinese writes large amounts: those scales are a
 * rule of the locale, like its digit grouping, so they live here rather than in the catalogue.
 * @param lang the page's language
 * @example formatKrw(-22_140_000) // "−22.1 million KRW"
 * @example formatKrw(-22_140_000, "zh") // "−2,210万韩元"
 */
export function formatKrw(x: number, lang: Lang = "en"): string {
  if (!Number.isFinite(x)) throw new Error(`formatKrw: ${x} is not a finite amount`);
  const sign = x < 0 ? "−" : "";
  const a = Math.abs(x);
  if (lang === "zh") {
    const sig = (v: number) => formatNumber("zh", Number(v.toPrecision(3)));
    return `${sign}${a >= 1e8 ? `${sig(a / 1e8)}亿` : a >= 1e4 ? `${sig(a / 1e4)}万` : formatNumber("zh", Math.round(a))}韩元`;
  }
  const body =
    a >= 1e9
      ? `${(a / 1e9).toPrecision(3)} billion`
      : a >= 1e6
        ? `${(a / 1e6).toPrecision(3)} million`
        : Math.round(a).toLocaleString("en-US");
  return `${sign}${body} KRW`;
}

/**
 * A count of frauds (a mean over seeds: one decimal unless whole).
 * @param lang the page's language (both locales group thousands with a comma)
 */
export function formatFrauds(x: number, lang: Lang = "en"): string {
  if (!Number.isFinite(x)) throw new Error(`formatFrauds: ${x} is not a finite count`);
  // Intl's rounding, not toFixed's: a mean of 20 seeds can end in .x5, and the English page has always rounded it so
  const locale = LOCALE[lang];
  return Number.isInteger(x) ? x.toLocaleString(locale) : x.toLocaleString(locale, {minimumFractionDigits: 1, maximumFractionDigits: 1});
}

/**
 * A rate in percent, without needless decimals.
 * @param lang the page's language
 */
export function formatRate(x: number, lang: Lang = "en"): string {
  return `${formatNumber(lang, Number(x.toFixed(2)), undefined, 2)}%`;
}

const pct = (x: number, lang: Lang = "en") => `${formatNumber(lang, 100 * x, 1)}%`;
const fmt = (x: number, lang: Lang = "en") => formatNumber(lang, x);

/** The plan's interval of frauds for prose (" (95% interval 3–7)"), or "" without one. */
const fraudsIv = (iv: [number, number] | null | undefined, lang: Lang) =>
  iv ? t(lang, "plan.iv", {lo: formatFrauds(iv[0], lang), hi: formatFrauds(iv[1], lang)}) : "";

function buys(p: Plan, population: Population, n: number, lang: Lang): string {
  return t(lang, "plan.buys", {
    rate: formatRate(p.rate, lang),
    n: fmt(n, lang),
    noun: populationNoun(population, lang),
    k: fmt(p.inspected, lang),
    frauds: formatFrauds(p.frauds, lang),
    total: fmt(p.fraudsTotal, lang),
    iv: fraudsIv(p.fraudsInterval, lang),
    duty: formatKrw(p.duty, lang),
    dutyShare: pct(p.dutyShare, lang),
    net: formatKrw(p.net, lang)
  });
}

/**
 * The sentence that says what the choice buys, on the chosen population and on its counterpart (novel rows
 * beside all rows), every figure read from the plans.
 * @param m the decoded data (population sizes, labels)
 * @param state the state
 * @param view its view
 * @param lang the page's language
 */
export function planSentence(m: PlannerModel, state: PlannerState, view: PlannerView, lang: Lang = "en"): string {
  const n = (p: Population) => m.data.populations[p].n;
  const head = t(lang, "plan.head", {
    ranking: rankingLabel(m, state.ranking, lang),
    cost: formatKrw(state.cost, lang),
    collected: state.share < 1 ? t(lang, "plan.collected", {share: pct(state.share, lang)}) : "",
    buys: buys(view.plan, state.population, n(state.population), lang)
  });
  const o = view.other;
  const tail = o
    ? t(lang, "plan.tail", {
        n: fmt(n(o.population), lang),
        noun: populationNoun(o.population, lang),
        novelNote: o.population === "novel" ? t(lang, "plan.novelNote") : "",
        k: fmt(o.plan.inspected, lang),
        frauds: formatFrauds(o.plan.frauds, lang),
        total: fmt(o.plan.fraudsTotal, lang),
        net: formatKrw(o.plan.net, lang)
      })
    : t(lang, "plan.tailEcommerce");
  return t(lang, "plan.sentence", {head, tail});
}

/**
 * The rankings of a population for the control, the floor first, the yardsticks labelled as such.
 * @param lang the page's language
 */
export function rankingOptions(m: PlannerModel, population: Population, lang: Lang = "en"): {name: string; text: string}[] {
  const note = (r: PlannerRanking) =>
    r.family === "baseline" ? t(lang, "plan.note.baseline") : r.family === "yardstick" ? t(lang, "plan.note.yardstick") : "";
  return m.data.populations[population].rankings.map((r) => ({
    name: r.name,
    text: `${labelOf(lang, r)}${note(r)}`
  }));
}

/**
 * The controls' options from the data: each population's rankings, and its default, the model /validation
 * trusts most on novel rows where the population has it, else the population's first learned model (the
 * e-commerce rows have their own models), else its first ranking.
 * @param lang the language of the labels (the controls' messages name rankings by them)
 */
export function plannerOptions(m: PlannerModel, lang: Lang = "en"): PlannerOptions {
  const pops = m.data.populations;
  const keys = Object.keys(pops) as Population[];
  const fallback = (p: Population) => {
    const r = pops[p].rankings;
    return r.some((x) => x.name === m.data.trustedOnNovel) ? m.data.trustedOnNovel : (r.find((x) => x.family === "model") ?? r[0]).name;
  };
  return {
    rankings: Object.fromEntries(keys.map((p) => [p, pops[p].rankings.map((r) => r.name)])) as unknown as PlannerOptions["rankings"],
    labels: Object.fromEntries(
      keys.flatMap((p) => pops[p].rankings.map((r) => [r.name, lang === "en" ? r.label : rankingLabel(m, r.name, lang)]))
    ),
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
 * @param lang the page's language
 */
export function controlTexts(m: PlannerModel, data: Pick<PlannerData, "populations">, lang: Lang = "en"): ControlTexts {
  const pops = Object.keys(data.populations) as Population[];
  const each = <T>(f: (p: Population) => T) => Object.fromEntries(pops.map((p) => [p, f(p)])) as Record<Population, T>;
  return {
    rankingTexts: each((p) => rankingOptions(m, p, lang)),
    populationLabels: each((p) => t(lang, "plan.popLabel", {n: fmt(data.populations[p].n, lang), pop: populationName(p, lang)})),
    sizes: each((p) => data.populations[p].n),
    costNote: t(lang, "plan.costNote", {cost: formatKrw(DEFAULT_COST_KRW, lang)})
  };
}

/**
 * The page's three exercises, every number computed with the functions the controls use, at the default
 * economics (the assumed cost, all detected duty collected) and a 5% inspection rate.
 * @param m the planner model
 * @param data the build data (the trusted ranking, the populations' duty and size)
 * @param start the state the page opened with (its other fields are kept)
 * @param lang the page's language
 */
export function plannerExercises(
  m: PlannerModel,
  data: Pick<PlannerData, "populations" | "trustedOnNovel">,
  start: PlannerState,
  lang: Lang = "en"
): ExerciseText[] {
  const n = (x: number) => fmt(x, lang),
    krw = (x: number) => formatKrw(x, lang),
    rate = (x: number) => formatRate(x, lang),
    frauds = (x: number) => formatFrauds(x, lang);
  const base: PlannerState = {...start, population: "all", mode: "rate", rate: 5, cost: DEFAULT_COST_KRW, share: 1, compare: "none"};
  const randomBest = bestRate(entry(m, "all", "random").curve, {cost: DEFAULT_COST_KRW, recoveryShare: 1});
  const at = (population: Population, ranking: string) => planFor(m, population, ranking, {...base, population});
  const trustedAll = at("all", data.trustedOnNovel),
    trustedNovel = at("novel", data.trustedOnNovel),
    randomNovel = at("novel", "random");
  // mid-sentence in English; Chinese has no case
  const trusted = lang === "en" ? rankingLabel(m, data.trustedOnNovel).toLowerCase() : rankingLabel(m, data.trustedOnNovel, lang);
  const perDeclaration = data.populations.all.duty / data.populations.all.n;
  return [
    {
      n: 1,
      question: t(lang, "plan.ex1.q", {cost: krw(DEFAULT_COST_KRW)}),
      hint: t(lang, "plan.ex1.hint"),
      answer: t(lang, "plan.ex1.a", {
        verdict:
          randomBest.net > 0
            ? t(lang, "plan.ex1.pays", {rate: rate(randomBest.rate), net: krw(randomBest.net)})
            : t(lang, "plan.ex1.none", {rate: rate(randomBest.rate), net: krw(randomBest.net)}),
        per: krw(perDeclaration),
        cmp: t(lang, perDeclaration > DEFAULT_COST_KRW ? "plan.ex1.more" : "plan.ex1.less")
      })
    },
    {
      n: 2,
      question: t(lang, "plan.ex2.q", {ranking: trusted, rate: rate(base.rate)}),
      answer: t(lang, "plan.ex2.a", {
        frauds: frauds(trustedNovel.frauds),
        total: n(trustedNovel.fraudsTotal),
        iv: fraudsIv(trustedNovel.fraudsInterval, lang),
        random: frauds(randomNovel.frauds),
        k: n(trustedNovel.inspected)
      })
    },
    {
      n: 3,
      question: t(lang, "plan.ex3.q", {rate: rate(base.rate), ranking: trusted}),
      answer: t(lang, "plan.ex3.a", {cost: krw(trustedAll.breakEvenCost), duty: krw(trustedAll.duty), k: n(trustedAll.inspected)})
    }
  ];
}
