/** The observed fraud rate per warning zone with its 95% interval, and the overall rate as a dashed rule. */
import * as Plot from "@observablehq/plot";
import {t, zoneName, type Lang} from "../lib/i18n/index.js";
import {ZONE_HEX, ZONES} from "../lib/method/zones.js";
import {pct, type RateRow} from "../lib/pages/earlyWarningView.js";

/** Colour of a row by its zone's name, in either language (the rows name their zone in the page's language). */
const COLOUR: Record<string, string> = Object.fromEntries([
  ...ZONES.flatMap((z) => [
    [zoneName("en", z), ZONE_HEX[z]],
    [zoneName("zh", z), ZONE_HEX[z]]
  ]),
  [t("en", "ew.all"), "#999"],
  [t("zh", "ew.all"), "#999"]
]);

/**
 * @param rows the fraud-rate table (src/lib/pages/earlyWarningView.ts `scoreWarnings`); empty zones are left out
 * @param options.overall the rate over all declarations (the dashed rule)
 * @param options.lang the page's language (axis label, dot labels, aria label); English by default
 * @returns Plot's SVG: a dot per zone at its rate, labelled "rate of n", with its interval as a rule
 */
export function fraudRateChart(
  rows: readonly RateRow[],
  {overall, width = 640, lang = "en"}: {overall: number | null; width?: number; lang?: Lang}
): SVGSVGElement | HTMLElement {
  const plotted = rows.filter((d) => d.declarations > 0);
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 70,
    x: {label: t(lang, "ew.rate.x"), domain: [0, 0.5], tickFormat: "%", grid: true},
    y: {label: null, domain: plotted.map((d) => d.zone)},
    marks: [
      Plot.ruleX([overall], {stroke: "#555", strokeDasharray: "4 3"}),
      Plot.ruleY(plotted, {y: "zone", x1: "95% CI low", x2: "95% CI high", stroke: "#333", strokeWidth: 2}),
      Plot.dot(plotted, {y: "zone", x: "fraud rate", r: 6, fill: (d: RateRow) => COLOUR[d.zone], stroke: "#222"}),
      Plot.text(plotted, {
        y: "zone",
        x: "fraud rate",
        text: (d: RateRow) => t(lang, "ew.rate.of", {rate: pct(d["fraud rate"]), n: String(d.declarations)}),
        dy: -12
      })
    ],
    ariaLabel: t(lang, "ew.rate.aria")
  });
}
