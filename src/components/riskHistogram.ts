/** Histogram of risk values coloured by zone, with the zone thresholds drawn and labelled. */
import * as Plot from "@observablehq/plot";
import {ZONE_HEX, ZONE_LABELS, ZONES, type Zone} from "../lib/method/zones.js";

export interface HistogramOptions {
  thresholds: readonly [number, number];
  width?: number;
  /** Bin width on the risk axis (default 0.01). */
  step?: number;
}

/**
 * @param rows objects with a risk value and its zone
 * @param options thresholds (drawn as dashed rules), width, bin width
 * @returns an SVG (or figure, with the zone legend) element from Plot
 */
export function riskHistogram(
  rows: readonly {risk: number; zone: Zone}[],
  {thresholds, width = 640, step = 0.01}: HistogramOptions
): SVGSVGElement | HTMLElement {
  const [t1, t2] = thresholds;
  const lo = Math.min(0.2, ...rows.map((d) => d.risk)),
    hi = Math.max(0.75, ...rows.map((d) => d.risk));
  const domain = [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
  const color = {domain: ZONES.map((z) => ZONE_LABELS[z].name), range: ZONES.map((z) => ZONE_HEX[z]), legend: true};
  return Plot.plot({
    width,
    height: 260,
    x: {label: "risk value f", domain},
    y: {label: "samples", grid: true},
    color,
    marks: [
      Plot.rectY(
        rows as {risk: number; zone: Zone}[],
        Plot.binX({y: "count"}, {
          x: "risk",
          interval: step,
          tip: true,
          fill: ((d: {zone: Zone}) => ZONE_LABELS[d.zone].name) as Plot.ChannelValue
        } as Plot.BinXInputs<Plot.RectYOptions>)
      ),
      Plot.ruleY([0]),
      Plot.ruleX([t1, t2], {stroke: "#222", strokeDasharray: "4 3"}),
      // the upper threshold's label left of its rule: to its right it ran past the chart's edge
      ...[t1, t2].map((t, i) =>
        Plot.text([t], {
          x: (d: number) => d,
          frameAnchor: "top",
          // and one line lower, so the two never collide on a narrow chart
          dy: i === 0 ? 4 : 18,
          dx: i === 0 ? 4 : -4,
          textAnchor: i === 0 ? "start" : "end",
          text: (d: number) => `threshold ${d.toFixed(4)}`,
          fill: "#222"
        })
      )
    ],
    ariaLabel: `Histogram of ${rows.length} risk values with the zone thresholds ${t1.toFixed(4)} and ${t2.toFixed(4)}`
  });
}
