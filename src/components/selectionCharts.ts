/**
 * Charts and tables of the "Does it catch fraud?" page: precision-at-n% curves, a confusion matrix and
 * fraud rate by warning zone. Data in, DOM out.
 */
import * as Plot from "@observablehq/plot";

export interface CurveRanking {
  label: string;
  family: string;
  curve: {precision: number[]; recall: number[]; dutyCaught: number[]};
}

export interface PublishedPoint {
  model: string;
  precisionAt5: number | null;
  precisionAt10: number | null;
}

/**
 * Precision (or recall, duty caught) against the inspection rate, one line per ranking, the published
 * results as labelled points at 5% and 10%, and a rule at the chosen rate.
 */
export function curveChart(
  rankings: readonly CurveRanking[],
  rates: readonly number[],
  {
    width = 640,
    metric = "precision",
    published = [],
    rate = null
  }: {
    width?: number;
    metric?: "precision" | "recall" | "dutyCaught";
    published?: readonly PublishedPoint[];
    rate?: number | null;
  } = {}
): Element {
  const rows = rankings.flatMap((r) => rates.map((x, k) => ({ranking: r.label, rate: x, value: r.curve[metric][k]})));
  const points =
    metric === "precision"
      ? published.flatMap((p) =>
          [
            [5, p.precisionAt5],
            [10, p.precisionAt10]
          ]
            .filter(([, v]) => v !== null)
            .map(([x, v]) => ({model: `${p.model} (published)`, rate: x as number, value: v as number}))
        )
      : [];
  const yLabel = {
    precision: "Precision (share of inspections that find fraud)",
    recall: "Recall (share of frauds caught)",
    dutyCaught: "Duty at risk caught (share)"
  }[metric];
  return Plot.plot({
    width,
    height: 380,
    marginRight: 20,
    x: {label: "Inspection rate (% of declarations, highest risk first)", domain: [0, rates[rates.length - 1]]},
    y: {label: yLabel, domain: [0, 1], grid: true},
    color: {legend: true, type: "categorical"},
    marks: [
      Plot.line(rows, {x: "rate", y: "value", stroke: "ranking", strokeWidth: 2}),
      Plot.dot(points, {x: "rate", y: "value", symbol: "diamond", fill: "currentColor", r: 3.5}),
      Plot.text(
        points.filter((d) => d.model.startsWith("LightGBM")),
        {x: "rate", y: "value", text: "model", dx: 6, textAnchor: "start", fontSize: 10}
      ),
      ...(rate === null ? [] : [Plot.ruleX([rate], {strokeDasharray: "4 3"})]),
      Plot.tip(
        rows,
        Plot.pointer({x: "rate", y: "value", title: (d) => `${d.ranking}\n${d.rate}% inspected: ${(100 * d.value).toFixed(1)}%`})
      )
    ]
  });
}

/** A 2x2 confusion matrix table with row and column meanings spelled out. */
export function confusionTable(c: {tp: number; fp: number; fn: number; tn: number}): HTMLElement {
  const fmt = (x: number) => x.toLocaleString("en-US");
  const table = document.createElement("table");
  table.className = "confusion";
  table.setAttribute("aria-label", "Confusion matrix");
  // numbers only: safe to write as markup
  table.innerHTML = `<thead><tr><th scope="col"></th><th scope="col">Flagged as fraud</th><th scope="col">Not flagged</th></tr></thead>
    <tbody>
      <tr><th scope="row">Fraud (inspection found it)</th><td>${fmt(c.tp)} caught</td><td>${fmt(c.fn)} missed</td></tr>
      <tr><th scope="row">No fraud</th><td>${fmt(c.fp)} needless inspections</td><td>${fmt(c.tn)} rightly cleared</td></tr>
    </tbody>`;
  return table;
}

/** Fraud rate per warning zone, bars coloured with the zone CSS variables and labelled with the zone name. */
export function zoneRateChart(
  zones: readonly {zone: string; n: number; frauds: number; rate: number}[],
  {width = 640, baseRate = null}: {width?: number; baseRate?: number | null} = {}
): Element {
  const colour: Record<string, string> = {safety: "var(--zone-safety)", general: "var(--zone-general)", severe: "var(--zone-severe)"};
  return Plot.plot({
    width,
    height: 60 + 40 * zones.length,
    marginLeft: 90,
    x: {label: "Fraud rate in the test months", domain: [0, 1], percent: false, grid: true},
    y: {label: null, domain: zones.map((z) => z.zone)},
    marks: [
      Plot.barX(zones, {y: "zone", x: "rate", fill: (d) => colour[d.zone] ?? "gray"}),
      Plot.text(zones, {
        y: "zone",
        x: "rate",
        dx: 4,
        textAnchor: "start",
        text: (d) => (d.n === 0 ? "no declarations" : `${(100 * d.rate).toFixed(1)}% of ${d.n.toLocaleString("en-US")}`)
      }),
      ...(baseRate === null ? [] : [Plot.ruleX([baseRate], {strokeDasharray: "4 3"})])
    ]
  });
}

/** AUC of every ranking on two populations, dots with 95% interval lines; the rule at 0.5 is chance. */
export function aucIntervalChart(
  points: readonly {ranking: string; population: string; auc: number; lo: number | null; hi: number | null}[],
  {width = 640}: {width?: number} = {}
): Element {
  const rankings = [...new Set(points.map((d) => d.ranking))];
  return Plot.plot({
    width,
    height: 40 + 26 * rankings.length,
    marginLeft: Math.min(300, width * 0.45),
    x: {label: "ROC-AUC on the test months (0.5 = chance, 1 = perfect)", domain: [0.4, 1], grid: true},
    y: {label: null, domain: rankings, tickFormat: (d: string) => (d.length > 44 ? `${d.slice(0, 43)}…` : d)},
    fy: {axis: null},
    color: {legend: true, domain: ["all test rows", "novel rows"], range: ["#0072b2", "#d55e00"]},
    marks: [
      Plot.ruleX([0.5], {strokeDasharray: "4 3"}),
      Plot.ruleY(
        points.filter((d) => d.lo !== null),
        {y: "ranking", x1: "lo", x2: "hi", stroke: "population", strokeWidth: 2, strokeOpacity: 0.55}
      ),
      Plot.dot(points, {y: "ranking", x: "auc", fill: "population", symbol: "population", r: 4}),
      Plot.tip(
        points,
        Plot.pointer({
          y: "ranking",
          x: "auc",
          title: (d) =>
            `${d.ranking}\n${d.population}: AUC ${d.auc.toFixed(3)}${d.lo === null ? "" : ` [${d.lo.toFixed(2)}, ${d.hi!.toFixed(2)}]`}`
        })
      )
    ]
  });
}

/** Share of the duty at risk held by the largest k frauds (log k axis). */
export function dutyConcentrationChart(
  curve: readonly {k: number; share: number}[],
  {width = 640, frauds}: {width?: number; frauds: number}
): Element {
  // label the powers of ten and their halves and fifths (1, 2, 5, 10, ...), not every k
  const labelled = curve.filter((d) => /^[125]0*$/.test(String(d.k)) || d.k === curve[curve.length - 1]?.k);
  return Plot.plot({
    width,
    height: 280,
    x: {type: "log", label: `Largest k frauds by duty at stake (of ${frauds.toLocaleString("en-US")})`, grid: true},
    y: {label: "Share of all duty at risk", domain: [0, 1], percent: false, grid: true},
    marks: [
      Plot.line(curve, {x: "k", y: "share", strokeWidth: 2}),
      Plot.dot(labelled, {x: "k", y: "share", r: 3, fill: "currentColor"}),
      Plot.text(labelled, {x: "k", y: "share", text: (d) => `${(100 * d.share).toFixed(0)}%`, dy: -10, fontSize: 10}),
      Plot.ruleY([0.9], {strokeDasharray: "4 3"})
    ]
  });
}

/** Precision against duty caught as the ranking weighs duty more (α from 0 to 1), one line per inspection rate. */
export function dutyFrontierChart(
  points: readonly {alpha: number; ratePercent: number; precision: number; dutyCaught: number}[],
  {width = 640}: {width?: number} = {}
): Element {
  const rows = points.map((d) => ({...d, rate: `top ${d.ratePercent}%`}));
  return Plot.plot({
    width,
    height: 320,
    marginRight: 50,
    x: {label: "Share of the duty at risk recovered", domain: [0, 1], grid: true},
    y: {label: "Precision (share of inspections that find fraud)", domain: [0, 1], grid: true},
    color: {legend: true},
    marks: [
      Plot.line(rows, {x: "dutyCaught", y: "precision", stroke: "rate", strokeWidth: 2}),
      Plot.dot(rows, {x: "dutyCaught", y: "precision", stroke: "rate", r: 3}),
      Plot.text(
        rows.filter((d) => d.alpha === 0 || d.alpha === 1),
        {x: "dutyCaught", y: "precision", text: (d) => `α = ${d.alpha}`, dx: 8, textAnchor: "start", fontSize: 10}
      ),
      Plot.tip(
        rows,
        Plot.pointer({
          x: "dutyCaught",
          y: "precision",
          title: (d) => `${d.rate}, α = ${d.alpha}\nprecision ${(100 * d.precision).toFixed(1)}%, duty ${(100 * d.dutyCaught).toFixed(1)}%`
        })
      )
    ]
  });
}

/** Month by month: one panel per metric and population of rows, a line per model and training regime. */
export function driftChart(
  points: readonly {month: string; model: string; training: string; rows: string; metric: string; value: number}[],
  {width = 640}: {width?: number} = {}
): Element {
  return Plot.plot({
    width,
    height: 460,
    marginRight: 80,
    x: {label: null, type: "point", tickRotate: width < 500 ? -45 : 0},
    y: {label: null, domain: [0, 1], grid: true},
    fx: {label: null},
    fy: {label: null},
    color: {legend: true},
    marks: [
      Plot.frame({strokeOpacity: 0.2}),
      // dashed: retrained every month (strokeDasharray is a constant in Plot, so one mark per regime)
      ...(["trained once on 2020", "retrained every month"] as const).map((t, i) =>
        Plot.line(
          points.filter((d) => d.training === t),
          {x: "month", y: "value", fx: "rows", fy: "metric", stroke: "model", strokeDasharray: i === 0 ? undefined : "5 3"}
        )
      ),
      Plot.dot(points, {x: "month", y: "value", fx: "rows", fy: "metric", fill: "model", symbol: "training", r: 3}),
      Plot.tip(
        points,
        Plot.pointer({
          x: "month",
          y: "value",
          fx: "rows",
          fy: "metric",
          title: (d) => `${d.month}, ${d.model} (${d.training})\n${d.metric} on ${d.rows}: ${d.value.toFixed(3)}`
        })
      )
    ]
  });
}
