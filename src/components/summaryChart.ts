/**
 * The summary's chart (src/index.md): precision when inspecting the riskiest 5%, each ranking on all test
 * declarations and on novel ones, with bootstrap intervals, the base rates dashed and the figures in a
 * column on the right. Below {@link NARROW} px the ranking names move above their row (a phone has no room
 * for a 230 px label column), so the chart is drawn at the phone's width instead of scaled down.
 */
import * as Plot from "@observablehq/plot";
import type {SummaryBar} from "../lib/pages/benchmarkReading.js";

/** Below this width (px) the ranking names sit above their row instead of in a column on the left. */
export const NARROW = 560;

export interface SummaryChartOptions {
  /** Chart width in px (Framework's reactive `width`). */
  width: number;
  /** The two populations' base rates (the dashed lines), in the order of `populations`. */
  baseRates: readonly [number, number];
  /** The right-hand column's text per ranking ("12.3% · 4.5%"), from `barLabels`. */
  labels: readonly {ranking: string; text: string}[];
  ariaLabel: string;
}

const POPULATIONS = ["all test declarations", "novel declarations"] as const;

/**
 * @param bars one dot per ranking and population (`summaryBars`)
 * @param o width, base rates, right-hand labels, accessible name
 */
export function summaryChart(bars: readonly SummaryBar[], o: SummaryChartOptions): SVGSVGElement | HTMLElement {
  const narrow = o.width < NARROW;
  const rankings = [...new Set(bars.map((d) => d.ranking))];
  const data = bars as SummaryBar[];
  return Plot.plot({
    width: o.width,
    // on a phone each row holds its name above the dots: taller rows
    height: narrow ? rankings.length * 46 + 60 : 300,
    marginLeft: narrow ? 8 : 230,
    marginRight: narrow ? 96 : 110,
    x: {label: "share of the inspected 5% that is fraud (%)", domain: [0, 100], percent: true, grid: true},
    y: {label: null, domain: rankings, axis: narrow ? null : "left"},
    color: {domain: [...POPULATIONS], range: ["#0072b2", "#d55e00"], legend: true},
    marks: [
      Plot.ruleX(
        POPULATIONS.map((p, i) => ({p, x: o.baseRates[i]})),
        {x: "x", stroke: "p", strokeDasharray: "4 3"}
      ),
      Plot.ruleY(
        data.filter((d) => d.lo !== null),
        {y: "ranking", x1: "lo", x2: "hi", stroke: "population", strokeWidth: 2, strokeOpacity: 0.5}
      ),
      Plot.dot(data, {y: "ranking", x: "precision", fill: "population", r: 4, symbol: "population"}),
      // the figures in a column right of the plot, so no label covers a dot near 100%
      Plot.text(o.labels as {ranking: string; text: string}[], {
        y: "ranking",
        x: 1,
        text: "text",
        dx: 12,
        textAnchor: "start",
        fontSize: 10
      }),
      // on a phone, each ranking's name above its row, from the left edge
      narrow
        ? Plot.text(rankings, {
            y: (d: string) => d,
            x: 0,
            text: (d: string) => d,
            dy: -15,
            textAnchor: "start",
            fontSize: 11,
            fill: "currentColor",
            stroke: "white",
            strokeWidth: 3
          })
        : null
    ],
    ariaLabel: o.ariaLabel
  });
}
