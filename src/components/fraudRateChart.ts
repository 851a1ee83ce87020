/** The observed fraud rate per warning zone with its 95% interval, and the overall rate as a dashed rule. */
import * as Plot from "@observablehq/plot";
import {ZONE_HEX} from "../lib/method/zones.js";
import type {RateRow} from "../lib/pages/earlyWarningView.js";

const pct = (x: number | null) => (x === null ? "–" : `${(100 * x).toFixed(1)}%`);
const COLOUR: Record<string, string> = {Safety: ZONE_HEX.safety, General: ZONE_HEX.general, Severe: ZONE_HEX.severe, All: "#999"};

/**
 * @param rows the fraud-rate table (src/lib/pages/earlyWarningView.ts `scoreWarnings`); empty zones are left out
 * @param options.overall the rate over all declarations (the dashed rule)
 * @returns Plot's SVG: a dot per zone at its rate, labelled "rate of n", with its interval as a rule
 */
export function fraudRateChart(
  rows: readonly RateRow[],
  {overall, width = 640}: {overall: number | null; width?: number}
): SVGSVGElement | HTMLElement {
  const plotted = rows.filter((d) => d.declarations > 0);
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 70,
    x: {label: "observed fraud rate (95% Wilson interval)", domain: [0, 0.5], tickFormat: "%", grid: true},
    y: {label: null, domain: plotted.map((d) => d.zone)},
    marks: [
      Plot.ruleX([overall], {stroke: "#555", strokeDasharray: "4 3"}),
      Plot.ruleY(plotted, {y: "zone", x1: "95% CI low", x2: "95% CI high", stroke: "#333", strokeWidth: 2}),
      Plot.dot(plotted, {y: "zone", x: "fraud rate", r: 6, fill: (d: RateRow) => COLOUR[d.zone], stroke: "#222"}),
      Plot.text(plotted, {y: "zone", x: "fraud rate", text: (d: RateRow) => `${pct(d["fraud rate"])} of ${d.declarations}`, dy: -12})
    ],
    ariaLabel: "Observed fraud rate per warning zone with 95% intervals"
  });
}
