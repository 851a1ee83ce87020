/**
 * Charts and tables of the "Does it catch fraud?" page: precision-at-n% curves, a confusion matrix and
 * fraud rate by warning zone. Data in, DOM out.
 */
import * as Plot from "@observablehq/plot";
import {t, zoneName, type Lang} from "../lib/i18n/index.js";
import {ZONES, type Zone} from "../lib/method/zones.js";

const pct = (x: number, d = 1) => `${(100 * x).toFixed(d)}%`;

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
 * results as labelled points at 5% and 10%, and a rule at the chosen rate. `lang`: the page's language
 * (axes, tooltips, the published points' labels); the rankings' labels are shown as given.
 */
export function curveChart(
  rankings: readonly CurveRanking[],
  rates: readonly number[],
  {
    width = 640,
    metric = "precision",
    published = [],
    rate = null,
    lang = "en"
  }: {
    width?: number;
    metric?: "precision" | "recall" | "dutyCaught";
    published?: readonly PublishedPoint[];
    rate?: number | null;
    lang?: Lang;
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
            // startsWith("LightGBM") below picks the labelled points: the model's name stays first in both languages
            .map(([x, v]) => ({model: t(lang, "val.chart.published", {model: p.model}), rate: x as number, value: v as number}))
        )
      : [];
  const yLabel = t(
    lang,
    ({precision: "val.chart.yPrecision", recall: "val.chart.yRecall", dutyCaught: "val.chart.yDuty"} as const)[metric]
  );
  return Plot.plot({
    width,
    height: 380,
    marginRight: 20,
    x: {label: t(lang, "val.chart.xRate"), domain: [0, rates[rates.length - 1]]},
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
        Plot.pointer({
          x: "rate",
          y: "value",
          title: (d) => t(lang, "val.chart.curveTip", {ranking: d.ranking, rate: String(d.rate), value: pct(d.value)})
        })
      )
    ]
  });
}

/**
 * A 2x2 confusion matrix table with row and column meanings spelled out.
 * @param c the counts
 * @param lang the page's language
 */
export function confusionTable(c: {tp: number; fp: number; fn: number; tn: number}, lang: Lang = "en"): HTMLElement {
  const table = document.createElement("table");
  table.className = "confusion";
  table.setAttribute("aria-label", t(lang, "val.confusion.aria"));
  // built with textContent: the catalogue's texts are not markup
  const thead = table.createTHead().insertRow();
  for (const text of ["", t(lang, "val.confusion.flagged"), t(lang, "val.confusion.notFlagged")]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    thead.append(th);
  }
  const body = table.createTBody();
  for (const [head, a, b] of [
    [t(lang, "val.confusion.fraud"), t(lang, "val.confusion.caught", {n: c.tp}), t(lang, "val.confusion.missed", {n: c.fn})],
    [t(lang, "val.confusion.noFraud"), t(lang, "val.confusion.needless", {n: c.fp}), t(lang, "val.confusion.cleared", {n: c.tn})]
  ]) {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = head;
    tr.append(th);
    for (const text of [a, b]) tr.insertCell().textContent = text;
  }
  return table;
}

/**
 * Fraud rate per warning zone, bars coloured with the zone CSS variables and labelled with the zone name
 * (the data's name, "safety", in English; the zone's Chinese name on a Chinese page).
 */
export function zoneRateChart(
  zones: readonly {zone: string; n: number; frauds: number; rate: number}[],
  {width = 640, baseRate = null, lang = "en"}: {width?: number; baseRate?: number | null; lang?: Lang} = {}
): Element {
  const known = (z: string): z is Zone => (ZONES as readonly string[]).includes(z);
  const colour: Record<string, string> = {safety: "var(--zone-safety)", general: "var(--zone-general)", severe: "var(--zone-severe)"};
  return Plot.plot({
    width,
    height: 60 + 40 * zones.length,
    marginLeft: 90,
    x: {label: t(lang, "val.chart.zoneX"), domain: [0, 1], percent: false, grid: true},
    y: {label: null, domain: zones.map((z) => z.zone), tickFormat: (z: string) => (lang === "en" || !known(z) ? z : zoneName(lang, z))},
    marks: [
      Plot.barX(zones, {y: "zone", x: "rate", fill: (d) => colour[d.zone] ?? "gray"}),
      Plot.text(zones, {
        y: "zone",
        x: "rate",
        dx: 4,
        textAnchor: "start",
        text: (d) => (d.n === 0 ? t(lang, "val.chart.zoneEmpty") : t(lang, "val.chart.zoneBar", {rate: pct(d.rate), n: d.n}))
      }),
      ...(baseRate === null ? [] : [Plot.ruleX([baseRate], {strokeDasharray: "4 3"})])
    ]
  });
}

/**
 * AUC of every ranking on two populations, dots with 95% interval lines; the rule at 0.5 is chance.
 * `lang` names the populations as the points do (validationView's aucPoints in the same language).
 */
export function aucIntervalChart(
  points: readonly {ranking: string; population: string; auc: number; lo: number | null; hi: number | null}[],
  {width = 640, lang = "en"}: {width?: number; lang?: Lang} = {}
): Element {
  const rankings = [...new Set(points.map((d) => d.ranking))];
  const marginLeft = Math.min(300, width * 0.45);
  // A Chinese character takes about 12px at Plot's 10px font (the tick's offset included), so a Chinese
  // label is cut to what the margin holds (narrow on a phone); English keeps its cut at 44 characters.
  const max = lang === "zh" ? Math.max(6, Math.floor((marginLeft - 15) / 12)) : 44;
  return Plot.plot({
    width,
    height: 40 + 26 * rankings.length,
    marginLeft,
    x: {label: t(lang, "val.chart.aucX"), domain: [0.4, 1], grid: true},
    y: {label: null, domain: rankings, tickFormat: (d: string) => (d.length > max ? `${d.slice(0, max - 1)}…` : d)},
    fy: {axis: null},
    color: {legend: true, domain: [t(lang, "val.points.all"), t(lang, "val.points.novel")], range: ["#0072b2", "#d55e00"]},
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
            t(lang, "val.chart.aucTip", {
              ranking: d.ranking,
              population: d.population,
              auc: d.auc.toFixed(3),
              ci: d.lo === null ? "" : ` [${d.lo.toFixed(2)}, ${d.hi!.toFixed(2)}]`
            })
        })
      )
    ]
  });
}

/** Share of the duty at risk held by the largest k frauds (log k axis). */
export function dutyConcentrationChart(
  curve: readonly {k: number; share: number}[],
  {width = 640, frauds, lang = "en"}: {width?: number; frauds: number; lang?: Lang}
): Element {
  // label the powers of ten and their halves and fifths (1, 2, 5, 10, ...), not every k
  const labelled = curve.filter((d) => /^[125]0*$/.test(String(d.k)) || d.k === curve[curve.length - 1]?.k);
  return Plot.plot({
    width,
    height: 280,
    x: {type: "log", label: t(lang, "val.chart.concentrationX", {n: frauds}), grid: true},
    y: {label: t(lang, "val.chart.concentrationY"), domain: [0, 1], percent: false, grid: true},
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
  {width = 640, lang = "en"}: {width?: number; lang?: Lang} = {}
): Element {
  const rows = points.map((d) => ({...d, rate: t(lang, "val.chart.frontierRate", {x: String(d.ratePercent)})}));
  return Plot.plot({
    width,
    height: 320,
    marginRight: 50,
    x: {label: t(lang, "val.chart.frontierX"), domain: [0, 1], grid: true},
    y: {label: t(lang, "val.chart.yPrecision"), domain: [0, 1], grid: true},
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
          title: (d) =>
            t(lang, "val.chart.frontierTip", {rate: d.rate, alpha: String(d.alpha), precision: pct(d.precision), duty: pct(d.dutyCaught)})
        })
      )
    ]
  });
}

/**
 * Month by month: one panel per metric and population of rows, a line per model and training regime.
 * `trainings` names the two regimes as the points do, trained once first (validationView's driftTrainings).
 */
export function driftChart(
  points: readonly {month: string; model: string; training: string; rows: string; metric: string; value: number}[],
  {
    width = 640,
    lang = "en",
    trainings = ["trained once on 2020", "retrained every month"]
  }: {width?: number; lang?: Lang; trainings?: readonly [string, string]} = {}
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
      ...trainings.map((regime, i) =>
        Plot.line(
          points.filter((d) => d.training === regime),
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
          title: (d) =>
            t(lang, "val.drift.tip", {
              month: d.month,
              model: d.model,
              training: d.training,
              metric: d.metric,
              rows: d.rows,
              value: d.value.toFixed(3)
            })
        })
      )
    ]
  });
}
