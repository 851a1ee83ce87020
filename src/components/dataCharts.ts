/**
 * Charts of the Data page (src/data.md): declarations per import type, e-commerce declarations per month
 * and by item price (both split by inspection outcome), and a top-10 bar chart.
 */
import * as Plot from "@observablehq/plot";
import {formatPercent, t, type Lang} from "../lib/i18n/index.js";

// The inspection outcome as a colour: the labels are the legend's, so they come in the page's language.
const outcome = (lang: Lang) => ({
  domain: [t(lang, "data.noFraud"), t(lang, "data.fraud")],
  range: ["#999", "#d55e00"],
  legend: true
});
const fraudLabel = (lang: Lang) => (d: {fraud: number}) => t(lang, d.fraud ? "data.fraud" : "data.noFraud");

/**
 * Declarations per import type on a log scale, e-commerce (type 15) highlighted, each bar labelled
 * "rows · fraud rate".
 * @param types import types in display order, with their rows and fraud rate
 * @param options width; lang, the page's language (labels, legend, accessible name)
 */
export function importTypesChart(
  types: readonly {importType: string; rows: number; fraudRate: number}[],
  {width = 640, lang = "en"}: {width?: number; lang?: Lang} = {}
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
    x: {type: "log", label: t(lang, "data.declarationsLog"), grid: true, domain: [lo, hi]},
    y: {label: t(lang, "data.importType"), domain: data.map((d) => d.importType)},
    marks: [
      Plot.barX(data, {
        y: "importType",
        x1: 0.8,
        x2: "rows",
        fill: (d: {importType: string}) => t(lang, d.importType === "15" ? "data.ecommerce15" : "data.otherType"),
        tip: true
      }),
      // a label that would run past the right edge is set inside its bar
      ...[false, true].map((inside) =>
        Plot.text(
          data.filter((d) => fitsOutside(d.rows) !== inside),
          {
            y: "importType",
            x: "rows",
            // rows as a plain string: ungrouped, as the label's width estimate assumes
            text: (d: {rows: number; fraudRate: number}) =>
              t(lang, "data.typeLabel", {rows: String(d.rows), rate: formatPercent(lang, d.fraudRate)}),
            dx: inside ? -4 : 4,
            textAnchor: inside ? "end" : "start",
            fill: inside ? "black" : "currentColor"
          }
        )
      )
    ],
    color: {domain: [t(lang, "data.ecommerce15"), t(lang, "data.otherType")], range: ["#d55e00", "#999"], legend: true},
    height: data.length * 18 + 40,
    ariaLabel: t(lang, "data.importTypesAria")
  });
}

/**
 * E-commerce declarations per month, stacked by inspection outcome.
 * @param rows declarations with their date and outcome
 * @param options width; lang, the page's language
 */
export function monthlyChart(
  rows: readonly {date: string; fraud: number}[],
  {width = 640, lang = "en"}: {width?: number; lang?: Lang} = {}
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    x: {type: "utc", label: t(lang, "data.month")},
    y: {label: t(lang, "data.declarations"), grid: true},
    color: outcome(lang),
    marks: [
      Plot.rectY(
        rows as {date: string; fraud: number}[],
        Plot.binX({y: "count"}, {
          x: (d: {date: string}) => new Date(d.date),
          interval: "month",
          fill: fraudLabel(lang) as Plot.ChannelValue,
          tip: true
        } as Plot.BinXInputs<Plot.RectYOptions>)
      ),
      Plot.ruleY([0])
    ],
    ariaLabel: t(lang, "data.monthlyAria")
  });
}

/**
 * Horizontal bars of counts, longest first.
 * @param rows {key, n} per bar (src/lib/pages/dataView.ts `topGroups`)
 * @param options title, the chart's accessible name, width, lang (the page's language: the axis label)
 */
export function topBarChart(
  rows: readonly {key: string; n: number}[],
  {title, ariaLabel, width = 640, lang = "en"}: {title: string; ariaLabel: string; width?: number; lang?: Lang}
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    title,
    marginLeft: 40,
    x: {label: t(lang, "data.declarations"), grid: true},
    // keys such as customs office codes look like numbers: an explicit band scale, so Plot does not warn
    // with a visible "⚠"
    y: {label: null, type: "band"},
    marks: [Plot.barX(rows as {key: string; n: number}[], {y: "key", x: "n", sort: {y: "-x"}, fill: "#56b4e9", tip: true})],
    ariaLabel
  });
}

/**
 * Histogram of log10 item prices (positive prices only, 40 bins), stacked by inspection outcome.
 * @param rows declarations with their item price and outcome
 * @param options width; lang, the page's language
 */
export function priceHistogram(
  rows: readonly {itemPrice: number; fraud: number}[],
  {width = 640, lang = "en"}: {width?: number; lang?: Lang} = {}
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    x: {label: t(lang, "data.priceAxis")},
    y: {label: t(lang, "data.declarations"), grid: true},
    color: outcome(lang),
    marks: [
      Plot.rectY(
        rows.filter((d) => d.itemPrice > 0),
        Plot.binX({y: "count"}, {
          x: (d: {itemPrice: number}) => Math.log10(d.itemPrice),
          fill: fraudLabel(lang) as Plot.ChannelValue,
          thresholds: 40
        } as Plot.BinXInputs<Plot.RectYOptions>)
      ),
      Plot.ruleY([0])
    ],
    ariaLabel: t(lang, "data.priceAria")
  });
}
