/** Histogram of risk values coloured by zone, with the zone thresholds drawn and labelled. */
import * as Plot from "@observablehq/plot";
import {t, zoneName, type Lang} from "../lib/i18n/index.js";
import {ZONE_HEX, ZONES, type Zone} from "../lib/method/zones.js";

export interface HistogramOptions {
  thresholds: readonly [number, number];
  width?: number;
  /** Bin width on the risk axis (default 0.01). */
  step?: number;
  /** The page's language (axis labels, legend, threshold labels, aria label); English by default. */
  lang?: Lang;
}

/**
 * @param rows objects with a risk value and its zone
 * @param options thresholds (drawn as dashed rules), width, bin width, the page's language
 * @returns an SVG (or figure, with the zone legend) element from Plot
 */
export function riskHistogram(
  rows: readonly {risk: number; zone: Zone}[],
  {thresholds, width = 640, step = 0.01, lang = "en"}: HistogramOptions
): SVGSVGElement | HTMLElement {
  const [t1, t2] = thresholds;
  const lo = Math.min(0.2, ...rows.map((d) => d.risk)),
    hi = Math.max(0.75, ...rows.map((d) => d.risk));
  const domain = [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
  const name = (z: Zone) => zoneName(lang, z);
  // The colour scale is labelled in Chinese only: the English chart (and its tests) stays as it was, and
  // without a label the tooltip would name the channel "fill" on a Chinese page.
  const color = {
    domain: ZONES.map(name),
    range: ZONES.map((z) => ZONE_HEX[z]),
    legend: true,
    ...(lang === "en" ? {} : {label: t(lang, "risk.hist.zone")})
  };
  return Plot.plot({
    width,
    height: 260,
    x: {label: t(lang, "risk.hist.x"), domain},
    y: {label: t(lang, "risk.hist.y"), grid: true},
    color,
    marks: [
      Plot.rectY(
        rows as {risk: number; zone: Zone}[],
        Plot.binX({y: "count"}, {
          x: "risk",
          interval: step,
          tip: true,
          fill: ((d: {zone: Zone}) => name(d.zone)) as Plot.ChannelValue
        } as Plot.BinXInputs<Plot.RectYOptions>)
      ),
      Plot.ruleY([0]),
      Plot.ruleX([t1, t2], {stroke: "#222", strokeDasharray: "4 3"}),
      // the upper threshold's label left of its rule: to its right it ran past the chart's edge
      ...[t1, t2].map((threshold, i) =>
        Plot.text([threshold], {
          x: (d: number) => d,
          frameAnchor: "top",
          // and one line lower, so the two never collide on a narrow chart
          dy: i === 0 ? 4 : 18,
          dx: i === 0 ? 4 : -4,
          textAnchor: i === 0 ? "start" : "end",
          text: (d: number) => t(lang, "risk.hist.threshold", {t: d.toFixed(4)}),
          fill: "#222"
        })
      )
    ],
    ariaLabel: t(lang, "risk.hist.aria", {n: String(rows.length), t1: t1.toFixed(4), t2: t2.toFixed(4)})
  });
}
