/**
 * Charts of the Data page (src/data.md): declarations per import type, e-commerce declarations per month
 * and by item price (both split by inspection outcome), and a top-10 bar chart.
 */
import * as Plot from "@observablehq/plot";

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const outcome = {domain: ["no fraud", "fraud"], range: ["#999", "#d55e00"], legend: true};
const fraudLabel = (d: {fraud: number}) => (d.fraud ? "fraud" : "no fraud");

/**
 * Declarations per import type on a log scale, e-commerce (type 15) highlighted, each bar labelled
 * "rows · fraud rate".
 * @param types import types in display order, with their rows and fraud rate
 */
export function importTypesChart(
  types: readonly {importType: string; rows: number; fraudRate: number}[],
  {width = 640}: {width?: number} = {}
): SVGSVGElement | HTMLElement {
  const data = types as {importType: string; rows: number; fraudRate: number}[];
  const [lo, hi] = [0.8, 2e5];
  // room right of a bar's end on the log axis, in px; a label ("46678 · fraud 23.3%") needs about 7 px a character
  const inner = width - 50 - 20;
  const fitsOutside = (rows: number) => (1 - Math.log(rows / lo) / Math.log(hi / lo)) * inner > 7 * 20;
  return Plot.plot({
    width,
    marginLeft: 50,
    marginRight: 20,
    x: {type: "log", label: "declarations (log scale)", grid: true, domain: [lo, hi]},
    y: {label: "Import Type", domain: data.map((d) => d.importType)},
    marks: [
      Plot.barX(data, {
        y: "importType",
        x1: 0.8,
        x2: "rows",
        fill: (d: {importType: string}) => (d.importType === "15" ? "e-commerce (15)" : "other"),
        tip: true
      }),
      // a label that would run past the right edge is set inside its bar
      ...[false, true].map((inside) =>
        Plot.text(
          data.filter((d) => fitsOutside(d.rows) !== inside),
          {
            y: "importType",
            x: "rows",
            text: (d: {rows: number; fraudRate: number}) => `${d.rows} · fraud ${pct(d.fraudRate)}`,
            dx: inside ? -4 : 4,
            textAnchor: inside ? "end" : "start",
            fill: inside ? "black" : "currentColor"
          }
        )
      )
    ],
    color: {domain: ["e-commerce (15)", "other"], range: ["#d55e00", "#999"], legend: true},
    height: data.length * 18 + 40,
    ariaLabel: "Bar chart of declarations per import type"
  });
}

/** E-commerce declarations per month, stacked by inspection outcome. */
export function monthlyChart(
  rows: readonly {date: string; fraud: number}[],
  {width = 640}: {width?: number} = {}
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    x: {type: "utc", label: "month"},
    y: {label: "declarations", grid: true},
    color: outcome,
    marks: [
      Plot.rectY(
        rows as {date: string; fraud: number}[],
        Plot.binX({y: "count"}, {
          x: (d: {date: string}) => new Date(d.date),
          interval: "month",
          fill: fraudLabel as Plot.ChannelValue,
          tip: true
        } as Plot.BinXInputs<Plot.RectYOptions>)
      ),
      Plot.ruleY([0])
    ],
    ariaLabel: "Monthly e-commerce declarations, stacked by fraud outcome"
  });
}

/**
 * Horizontal bars of counts, longest first.
 * @param rows {key, n} per bar (src/lib/pages/dataView.ts `topGroups`)
 * @param options title, the chart's accessible name, width
 */
export function topBarChart(
  rows: readonly {key: string; n: number}[],
  {title, ariaLabel, width = 640}: {title: string; ariaLabel: string; width?: number}
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    title,
    marginLeft: 40,
    x: {label: "declarations", grid: true},
    // keys such as customs office codes look like numbers: an explicit band scale, so Plot does not warn
    // with a visible "⚠"
    y: {label: null, type: "band"},
    marks: [Plot.barX(rows as {key: string; n: number}[], {y: "key", x: "n", sort: {y: "-x"}, fill: "#56b4e9", tip: true})],
    ariaLabel
  });
}

/** Histogram of log10 item prices (positive prices only, 40 bins), stacked by inspection outcome. */
export function priceHistogram(
  rows: readonly {itemPrice: number; fraud: number}[],
  {width = 640}: {width?: number} = {}
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    x: {label: "Item Price, log10 KRW (3 = 1,000 KRW, 6 = 1 million)"},
    y: {label: "declarations", grid: true},
    color: outcome,
    marks: [
      Plot.rectY(
        rows.filter((d) => d.itemPrice > 0),
        Plot.binX({y: "count"}, {
          x: (d: {itemPrice: number}) => Math.log10(d.itemPrice),
          fill: fraudLabel as Plot.ChannelValue,
          thresholds: 40
        } as Plot.BinXInputs<Plot.RectYOptions>)
      ),
      Plot.ruleY([0])
    ],
    ariaLabel: "Histogram of e-commerce item prices on a log10 scale, by fraud outcome"
  });
}
