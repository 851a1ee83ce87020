/**
 * The inspection planner's display: the cards of a plan and the chart of frauds found and net return against
 * the inspection rate. Data in (src/lib/pages/plannerView.ts), DOM out.
 */
import * as Plot from "@observablehq/plot";
import {
  formatFrauds,
  formatKrw,
  formatRate,
  POPULATION_NAMES,
  POPULATION_NOUNS,
  type ChartRow,
  type PlannerView
} from "../lib/pages/plannerView.js";

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const fmt = (x: number) => x.toLocaleString("en-US");

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
 */
export function plannerCards(
  view: PlannerView,
  {population, cost}: {population: keyof typeof POPULATION_NAMES; cost: number}
): HTMLDivElement {
  const p = view.plan;
  const grid = document.createElement("div");
  grid.className = "planner-cards";
  const iv = (x: [number, number] | null, f: (v: number) => string) => (x ? `95% interval ${f(x[0])} – ${f(x[1])}` : "");
  grid.append(
    card("planner-inspected", "Inspections", fmt(p.inspected), `${formatRate(p.rate)} of the ${POPULATION_NOUNS[population]}`),
    card("planner-frauds", "Frauds found", formatFrauds(p.frauds), iv(p.fraudsInterval, formatFrauds)),
    card(
      "planner-fraud-share",
      "Share of all frauds",
      pct(p.fraudShare),
      `of ${fmt(p.fraudsTotal)} frauds; ${pct(p.frauds / p.inspected)} of inspections find one`
    ),
    card(
      "planner-duty",
      "Duty recovered",
      formatKrw(p.duty),
      iv(p.dutyInterval, formatKrw),
      `${pct(p.dutyShare)} of the duty at stake in frauds`
    ),
    card("planner-cost", "Cost", formatKrw(p.cost), `${formatKrw(cost)} × ${fmt(p.inspected)} inspections`),
    card(
      "planner-net",
      "Net return",
      formatKrw(p.net),
      `breaks even at ${formatKrw(p.breakEvenCost)} an inspection`,
      view.optimum.net > 0
        ? `best rate of the grid: ${formatRate(view.optimum.rate)} (${formatKrw(view.optimum.net)})`
        : `no rate of the grid pays; the least loss: ${formatRate(view.optimum.rate)} (${formatKrw(view.optimum.net)})`
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
 */
export function plannerChart(
  rows: readonly ChartRow[],
  optima: readonly ChartRow[],
  {width = 640, rate, population}: {width?: number; rate: number; population: string}
): HTMLDivElement {
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
    x: {label: "Inspection rate (% of declarations, highest risk first)", domain: [0, 50]},
    color: {legend: true, type: "categorical" as const, domain: [...new Set(rows.map(rankingOf))]}
  };
  const lines = (y: keyof ChartRow) => [
    Plot.line(solid, {x: "rate", y, stroke: rankingOf, z: "series", strokeWidth: 2}),
    Plot.line(dashed, {x: "rate", y, stroke: rankingOf, z: "series", strokeWidth: 1.5, strokeDasharray: "6 4"})
  ];
  const label = (r: ChartRow) => `${r.series}`;
  const frauds = Plot.plot({
    ...common,
    y: {label: "Frauds found (% of the population's frauds)", domain: [0, 100], grid: true, percent: true},
    marks: [
      ...lines("fraudShare"),
      ...rule,
      Plot.tip(
        rows,
        Plot.pointer({
          x: "rate",
          y: "fraudShare",
          title: (d: ChartRow) =>
            `${label(d)}\n${formatRate(d.rate)}: ${fmt(d.inspected)} inspections, ${formatFrauds(d.frauds)} frauds (${pct(d.fraudShare)})`
        })
      )
    ],
    ariaLabel: `Frauds found against the inspection rate: ${[...new Set(rows.map((r) => r.series))]
      .map((s) => {
        const at = rows.filter((r) => r.series === s);
        return `${s}: ${pct(at[at.length - 1].fraudShare)} of frauds at ${formatRate(at[at.length - 1].rate)}`;
      })
      .join("; ")}`
  });
  const net = Plot.plot({
    ...common,
    color: {...common.color, legend: false},
    y: {label: "Net return (million KRW)", grid: true, transform: (x: number) => x / 1e6},
    marks: [
      Plot.ruleY([0]),
      ...lines("net"),
      ...rule,
      Plot.dot(optima, {x: "rate", y: "net", fill: rankingOf, r: 4, stroke: "white"}),
      Plot.text(optima, {
        x: "rate",
        y: "net",
        text: (d: ChartRow) => `best ${formatRate(d.rate)}`,
        dy: -10,
        dx: 4,
        textAnchor: "start",
        fontSize: 10
      }),
      Plot.tip(
        rows,
        Plot.pointer({x: "rate", y: "net", title: (d: ChartRow) => `${label(d)}\n${formatRate(d.rate)}: net ${formatKrw(d.net)}`})
      )
    ],
    ariaLabel: `Net return against the inspection rate: ${optima.map((o) => `${o.series}: best at ${formatRate(o.rate)}, ${formatKrw(o.net)}`).join("; ")}`
  });
  box.append(frauds, net);
  return box;
}
