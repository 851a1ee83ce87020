/**
 * Charts of the Indicators and weights page: weights by indicator coloured by criterion, entropy against
 * weight under the two rules, the indicator dendrogram, and the ordered correlation heatmap.
 */
import * as Plot from "@observablehq/plot";
import {indicatorName, t, type Lang} from "../lib/i18n/index.js";
import {CRITERIA, INDICATORS} from "../lib/method/indicators.js";
import type {Merge} from "../lib/stats/clustering.js";

/** Okabe-Ito colours for the 5 criteria (colour-blind-safe; the legend carries the names). */
export const CRITERION_COLOURS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9"];
const nameOf = (lang: Lang, c: (typeof CRITERIA)[number]) => (lang === "zh" ? c.nameZh : c.name);
const criterionName = (lang: Lang, id: string) =>
  nameOf(
    lang,
    CRITERIA.find((c) => c.id === id)!
  );
const colour = (lang: Lang) => ({domain: CRITERIA.map((c) => nameOf(lang, c)), range: CRITERION_COLOURS, legend: true});

/**
 * Bar chart of 17 weights grouped (ordered and coloured) by criterion, with optional reference ticks
 * (e.g. the published weights).
 * @param weights 17 weights in C1..C17 order
 * @param options.reference 17 reference weights drawn as black ticks (say so in the caption)
 * @param options.lang the page's language (labels, legend, tooltips, accessible name; default labels too)
 */
export function weightsChart(
  weights: readonly number[],
  {
    width = 640,
    reference,
    lang = "en",
    referenceLabel = t(lang, "weights.published"),
    yLabel = t(lang, "weights.weight")
  }: {width?: number; reference?: readonly number[]; referenceLabel?: string; yLabel?: string; lang?: Lang} = {}
): SVGSVGElement | HTMLElement {
  const data = INDICATORS.map((d, j) => ({
    indicator: d.id,
    name: indicatorName(lang, d),
    criterion: criterionName(lang, d.criterion),
    weight: weights[j],
    reference: reference?.[j]
  }));
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 50,
    x: {domain: INDICATORS.map((d) => d.id), label: t(lang, "weights.chartX")},
    y: {label: yLabel, grid: true},
    color: colour(lang),
    marks: [
      Plot.barY(data, {
        x: "indicator",
        y: "weight",
        fill: "criterion",
        tip: {format: {x: true, y: (v: number) => v.toPrecision(6)}},
        title: (d) => t(lang, "weights.barTitle", {id: d.indicator, name: d.name, criterion: d.criterion, w: d.weight.toPrecision(6)})
      }),
      ...(reference
        ? [
            Plot.tickY(data, {
              x: "indicator",
              y: "reference",
              stroke: "black",
              strokeWidth: 2,
              title: (d) => t(lang, "weights.tickTitle", {id: d.indicator, label: referenceLabel, value: String(d.reference)})
            })
          ]
        : []),
      Plot.ruleY([0])
    ],
    ariaLabel: t(lang, "weights.chartAria")
  });
}

/**
 * Scatter of entropy against weight, one colour per weighting rule (paper blue, textbook orange), the
 * low-entropy indicators (e < 0.9) labelled.
 * @param points each indicator's entropy e and weight under a rule (src/lib/pages/weightsView.ts `entropyVsWeight`)
 * @param options width; lang, the page's language (the rules' names in the legend, labels)
 */
export function entropyScatter(
  points: readonly {rule: string; indicator: string; e: number; weight: number}[],
  {width = 640, lang = "en"}: {width?: number; lang?: Lang} = {}
): SVGSVGElement | HTMLElement {
  const ruleName = (rule: string) => t(lang, rule === "paper" ? "weights.scatterPaper" : "weights.scatterTextbook");
  const data = points.map((p) => ({...p, rule: ruleName(p.rule)}));
  return Plot.plot({
    width,
    height: 260,
    x: {label: t(lang, "weights.scatterX"), grid: true},
    y: {label: t(lang, "weights.weight"), grid: true},
    color: {domain: ["paper", "textbook"].map(ruleName), range: ["#0072b2", "#d55e00"], legend: true},
    marks: [
      Plot.dot(data, {x: "e", y: "weight", stroke: "rule", tip: true}),
      Plot.text(
        data.filter((d) => d.e < 0.9),
        {x: "e", y: "weight", text: "indicator", dx: 12}
      )
    ],
    ariaLabel: t(lang, "weights.scatterAria")
  });
}

/**
 * A dendrogram of the 17 indicators from average-linkage merges (leaves coloured by criterion).
 * @param merges the merges of averageLinkage (items 0..16 = C1..C17)
 * @param order the leaves in dendrogram order (indicator ids)
 * @param options width; lang, the page's language (the criteria in the legend, labels)
 */
export function dendrogram(
  merges: readonly Merge[],
  order: readonly string[],
  {width = 640, lang = "en"}: {width?: number; lang?: Lang} = {}
): SVGSVGElement | HTMLElement {
  const n = merges.length + 1;
  const pos = new Map<number, {x: number; y: number}>();
  INDICATORS.forEach((d, i) => pos.set(i, {x: order.indexOf(d.id), y: 0}));
  const segments: {x1: number; y1: number; x2: number; y2: number}[] = [];
  merges.forEach((m, k) => {
    const a = pos.get(m.left)!;
    const b = pos.get(m.right)!;
    segments.push(
      {x1: a.x, y1: a.y, x2: a.x, y2: m.height},
      {x1: b.x, y1: b.y, x2: b.x, y2: m.height},
      {x1: a.x, y1: m.height, x2: b.x, y2: m.height}
    );
    pos.set(n + k, {x: (a.x + b.x) / 2, y: m.height});
  });
  const leaves = INDICATORS.map((d) => ({id: d.id, x: order.indexOf(d.id), criterion: criterionName(lang, d.criterion)}));
  return Plot.plot({
    width,
    height: 300,
    marginBottom: 40,
    x: {axis: null, domain: [-0.5, n - 0.5]},
    y: {label: t(lang, "weights.dendrogramY"), grid: true, domain: [-0.12, Math.max(...merges.map((m) => m.height)) * 1.05]},
    color: colour(lang),
    marks: [
      Plot.link(segments, {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "#555"}),
      Plot.dot(leaves, {x: "x", y: 0, fill: "criterion", r: 5}),
      Plot.text(leaves, {x: "x", y: 0, text: "id", dy: 14, fill: "criterion", fontWeight: "bold"})
    ],
    ariaLabel: t(lang, "weights.dendrogramAria")
  });
}

/**
 * Correlation heatmap with rows and columns in `order` (a diverging scale, -1 blue to +1 red).
 * @param correlation 17 × 17 in C1..C17 order
 * @param order the indicators in dendrogram order
 * @param options width; lang, the page's language (legend, accessible names)
 */
export function correlationHeatmap(
  correlation: readonly (readonly number[])[],
  order: readonly string[],
  {width = 560, lang = "en"}: {width?: number; lang?: Lang} = {}
): SVGSVGElement | HTMLElement {
  const ids = INDICATORS.map((d) => d.id);
  const cells = ids.flatMap((a, i) => ids.map((b, j) => ({a, b, rho: correlation[i][j]})));
  // On a phone a cell is too small for a legible figure: the colour, the tip and the table carry the values
  // there, and the column names stand upright.
  const narrow = (width - 40) / ids.length < 26;
  const chart = Plot.plot({
    width,
    height: width,
    marginLeft: 40,
    marginTop: narrow ? 36 : 30,
    x: {domain: order, axis: "top", label: null, tickRotate: narrow ? -90 : 0},
    y: {domain: order, label: null},
    // the ramp's margins keep its end labels ("−1.0", "1.0") whole; Plot passes them on to the legend
    color: {
      type: "linear",
      scheme: "rdbu",
      domain: [-1, 1],
      reverse: true,
      legend: true,
      label: t(lang, "weights.rho"),
      ...{marginLeft: 14, marginRight: 14}
    },
    marks: [
      Plot.cell(cells, {x: "a", y: "b", fill: "rho", tip: {format: {fill: (v: number) => v.toFixed(2)}}}),
      narrow
        ? null
        : Plot.text(cells, {
            x: "a",
            y: "b",
            text: (d) => (Math.round(d.rho * 10) / 10 || 0).toFixed(1),
            fontSize: 8,
            fill: (d) => (Math.abs(d.rho) > 0.6 ? "white" : "black")
          })
    ],
    ariaLabel: t(lang, "weights.heatmapAria")
  });
  // Plot's colour ramp is an unnamed <svg>: name it for screen readers.
  chart.querySelector("svg[class$='-ramp']")?.setAttribute("aria-label", t(lang, "weights.rampAria"));
  return chart;
}
