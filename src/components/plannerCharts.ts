/**
 * The inspection planner's display: the cards of a plan and the chart of frauds found and net return against
 * the inspection rate. Data in (src/lib/pages/plannerView.ts), DOM out.
 */
import * as Plot from "@observablehq/plot";
import {formatNumber, t, type Lang} from "../lib/i18n/index.js";
import type {Population} from "../lib/fraud/validationResult.js";
import {
  formatFrauds,
  formatKrw,
  formatRate,
  populationName,
  populationNoun,
  type ChartRow,
  type PlannerView
} from "../lib/pages/plannerView.js";

const pct = (x: number, lang: Lang) => `${formatNumber(lang, 100 * x, 1)}%`;
const fmt = (x: number, lang: Lang) => formatNumber(lang, x);

function card(cls: string, title: string, big: string, ...lines: string[]): HTMLDivElement {
  const d = document.createElement("div");
  d.className = `card ${cls}`;
  const h = document.createElement("h2");
  h.textContent = title;
  const b = document.createElement("span");
  b.className = "big-number";
  b.textContent = big;
  d.append(h, b);
  for (const l of lines) d.append(document.createElement("br"), l);
  return d;
}

/**
 * Six cards: inspected, frauds found (interval), share of frauds, duty recovered (interval), cost, net return
 * (with the break-even cost and the best rate of the grid).
 * @param lang the page's language (English by default)
 */
export function plannerCards(
  view: PlannerView,
  {population, cost, lang = "en"}: {population: Population; cost: number; lang?: Lang}
): HTMLDivElement {
  const p = view.plan;
  const grid = document.createElement("div");
  grid.className = "planner-cards";
  const krw = (x: number) => formatKrw(x, lang),
    rate = (x: number) => formatRate(x, lang),
    frauds = (x: number) => formatFrauds(x, lang);
  const iv = (x: [number, number] | null, f: (v: number) => string) => (x ? t(lang, "plan.card.interval", {lo: f(x[0]), hi: f(x[1])}) : "");
  // English names the population after "of the" as a plain noun; Chinese by its name ("占全部测试申报的 5%")
  const of = lang === "en" ? populationNoun(population) : populationName(population, lang);
  const best = {rate: rate(view.optimum.rate), net: krw(view.optimum.net)};
  grid.append(
    card(
      "planner-inspected",
      t(lang, "plan.card.inspected"),
      fmt(p.inspected, lang),
      t(lang, "plan.card.inspectedLine", {rate: rate(p.rate), pop: of})
    ),
    card("planner-frauds", t(lang, "plan.card.frauds"), frauds(p.frauds), iv(p.fraudsInterval, frauds)),
    card(
      "planner-fraud-share",
      t(lang, "plan.card.share"),
      pct(p.fraudShare, lang),
      t(lang, "plan.card.shareLine", {total: fmt(p.fraudsTotal, lang), hit: pct(p.frauds / p.inspected, lang)})
    ),
    card(
      "planner-duty",
      t(lang, "plan.card.duty"),
      krw(p.duty),
      iv(p.dutyInterval, krw),
      t(lang, "plan.card.dutyLine", {share: pct(p.dutyShare, lang)})
    ),
    card(
      "planner-cost",
      t(lang, "plan.card.cost"),
      krw(p.cost),
      t(lang, "plan.card.costLine", {cost: krw(cost), n: fmt(p.inspected, lang)})
    ),
    card(
      "planner-net",
      t(lang, "plan.card.net"),
      krw(p.net),
      t(lang, "plan.card.breakEven", {cost: krw(p.breakEvenCost)}),
      t(lang, view.optimum.net > 0 ? "plan.card.best" : "plan.card.noneP", best)
    )
  );
  return grid;
}

/**
 * Frauds found (share of the population's frauds) and net return (KRW) against the inspection rate, one colour
 * per ranking, solid for the chosen population and dashed for its counterpart; the chosen rate as a rule and
 * each line's best rate as a dot.
 * @param rows from chartRows
 * @param optima each line's best point
 * @param lang the page's language (axes, tips, labels; the series' names come with the rows)
 */
export function plannerChart(
  rows: readonly ChartRow[],
  optima: readonly ChartRow[],
  {width = 640, rate, population, lang = "en"}: {width?: number; rate: number; population: string; lang?: Lang}
): HTMLDivElement {
  const krw = (x: number) => formatKrw(x, lang),
    fr = (x: number) => formatRate(x, lang);
  const box = document.createElement("div");
  box.className = "planner-chart";
  const rankingOf = (r: ChartRow) => r.series.split(" · ")[0];
  const solid = rows.filter((r) => r.population === population),
    dashed = rows.filter((r) => r.population !== population);
  const rule = rate <= 50 ? [Plot.ruleX([rate], {strokeDasharray: "4 3", stroke: "currentColor"})] : [];
  const common = {
    width,
    height: 260,
    marginLeft: 64,
    marginRight: 20,
    x: {label: t(lang, "plan.chart.x"), domain: [0, 50]},
    color: {legend: true, type: "categorical" as const, domain: [...new Set(rows.map(rankingOf))]}
  };
  const lines = (y: keyof ChartRow) => [
    Plot.line(solid, {x: "rate", y, stroke: rankingOf, z: "series", strokeWidth: 2}),
    Plot.line(dashed, {x: "rate", y, stroke: rankingOf, z: "series", strokeWidth: 1.5, strokeDasharray: "6 4"})
  ];
  const label = (r: ChartRow) => `${r.series}`;
  const frauds = Plot.plot({
    ...common,
    y: {label: t(lang, "plan.chart.yFrauds"), domain: [0, 100], grid: true, percent: true},
    marks: [
      ...lines("fraudShare"),
      ...rule,
      Plot.tip(
        rows,
        Plot.pointer({
          x: "rate",
          y: "fraudShare",
          title: (d: ChartRow) =>
            t(lang, "plan.chart.tipFrauds", {
              series: label(d),
              rate: fr(d.rate),
              n: fmt(d.inspected, lang),
              frauds: formatFrauds(d.frauds, lang),
              share: pct(d.fraudShare, lang)
            })
        })
      )
    ],
    ariaLabel: t(lang, "plan.chart.ariaFrauds", {
      list: [...new Set(rows.map((r) => r.series))]
        .map((s) => {
          const at = rows.filter((r) => r.series === s);
          return t(lang, "plan.chart.ariaFraudsItem", {
            series: s,
            share: pct(at[at.length - 1].fraudShare, lang),
            rate: fr(at[at.length - 1].rate)
          });
        })
        .join(t(lang, "plan.chart.sep"))
    })
  });
  const net = Plot.plot({
    ...common,
    color: {...common.color, legend: false},
    y: {label: t(lang, "plan.chart.yNet"), grid: true, transform: (x: number) => x / 1e6},
    marks: [
      Plot.ruleY([0]),
      ...lines("net"),
      ...rule,
      Plot.dot(optima, {x: "rate", y: "net", fill: rankingOf, r: 4, stroke: "white"}),
      Plot.text(optima, {
        x: "rate",
        y: "net",
        text: (d: ChartRow) => t(lang, "plan.chart.best", {rate: fr(d.rate)}),
        dy: -10,
        dx: 4,
        textAnchor: "start",
        fontSize: 10
      }),
      Plot.tip(
        rows,
        Plot.pointer({
          x: "rate",
          y: "net",
          title: (d: ChartRow) => t(lang, "plan.chart.tipNet", {series: label(d), rate: fr(d.rate), net: krw(d.net)})
        })
      )
    ],
    ariaLabel: t(lang, "plan.chart.ariaNet", {
      list: optima
        .map((o) => t(lang, "plan.chart.ariaNetItem", {series: o.series, rate: fr(o.rate), net: krw(o.net)}))
        .join(t(lang, "plan.chart.sep"))
    })
  });
  box.append(frauds, net);
  return box;
}
