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
  {width = 640, metric = "precision", published = [], rate = null}: {
    width?: number; metric?: "precision" | "recall" | "dutyCaught"; published?: readonly PublishedPoint[]; rate?: number | null;
  } = {}
): Element {
  const rows = rankings.flatMap((r) => rates.map((x, k) => ({ranking: r.label, rate: x, value: r.curve[metric][k]})));
  const points = metric === "precision"
    ? published.flatMap((p) => [[5, p.precisionAt5], [10, p.precisionAt10]]
      .filter(([, v]) => v !== null).map(([x, v]) => ({model: `${p.model} (published)`, rate: x as number, value: v as number})))
    : [];
  const yLabel = {precision: "Precision (share of inspections that find fraud)", recall: "Recall (share of frauds caught)",
    dutyCaught: "Duty at risk caught (share)"}[metric];
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
      Plot.text(points.filter((d) => d.model.startsWith("LightGBM")),
        {x: "rate", y: "value", text: "model", dx: 6, textAnchor: "start", fontSize: 10}),
      ...(rate === null ? [] : [Plot.ruleX([rate], {strokeDasharray: "4 3"})]),
      Plot.tip(rows, Plot.pointer({x: "rate", y: "value", title: (d) => `${d.ranking}\n${d.rate}% inspected: ${(100 * d.value).toFixed(1)}%`}))
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
      Plot.text(zones, {y: "zone", x: "rate", dx: 4, textAnchor: "start",
        text: (d) => (d.n === 0 ? "no declarations" : `${(100 * d.rate).toFixed(1)}% of ${d.n.toLocaleString("en-US")}`)}),
      ...(baseRate === null ? [] : [Plot.ruleX([baseRate], {strokeDasharray: "4 3"})])
    ]
  });
}
