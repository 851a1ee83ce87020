/**
 * One assessed declaration on screen (the health check and /declaration): the zone card with what the
 * report measured in that zone, the model's probability and route, the radar chart, each indicator's
 * share of the risk value, the top reasons and what the models never saw. Texts come from
 * src/lib/pages/assessmentView.ts; this only lays them out.
 */
import * as Plot from "@observablehq/plot";
import type {Assessment} from "../lib/instrument/assess.js";
import {assessmentTexts} from "../lib/pages/assessmentView.js";
import {ZONE_HEX} from "../lib/method/zones.js";
import {radarChart} from "./radarChart.js";
import {downloadTable, figure} from "./download.js";
import {t as text} from "../lib/i18n/catalogue.js";
import type {Lang} from "../lib/i18n/lang.js";

export interface AssessmentOptions {
  label: string;
  weights: readonly number[];
  thresholds: readonly [number, number];
  /** Fraud rate over all 954 e-commerce declarations. */
  overall: {rate: number | null; n: number};
  width: number;
  /** File-name stem of the chart downloads. */
  name: string;
  /** The page's language (every text, the charts, the download links); English by default. */
  lang?: Lang;
}

function p(text: string, className?: string): HTMLParagraphElement {
  const e = document.createElement("p");
  e.textContent = text;
  if (className) e.className = className;
  return e;
}

function list(items: readonly string[], className: string): HTMLElement {
  const ol = document.createElement("ol");
  ol.className = className;
  for (const t of items) {
    const li = document.createElement("li");
    li.textContent = t;
    ol.append(li);
  }
  return ol;
}

/**
 * Render an assessment.
 * @param a the assessment (src/lib/instrument/assess.ts)
 * @param o label, method, comparison rate, width, download name and language
 * @returns a <div> holding <div class="assessment"> (the cards) and <div class="assessment-charts">
 */
export function assessmentView(a: Assessment, o: AssessmentOptions): HTMLDivElement {
  const lang = o.lang ?? "en";
  const t = assessmentTexts(a, o.overall, lang);
  const root = document.createElement("div");
  root.className = "assessment";
  const card = document.createElement("div");
  card.className = "card assessment-zone";
  card.dataset.zone = a.zone;
  card.style.borderLeft = `6px solid ${ZONE_HEX[a.zone]}`;
  const h = document.createElement("h2");
  h.textContent = t.zone;
  card.append(h, p(t.zoneFinding), p(t.index));
  const model = document.createElement("div");
  model.className = "card assessment-model";
  const h3 = document.createElement("h2");
  h3.textContent = t.probability;
  model.append(h3, p(t.route));
  const reasonsTitle = document.createElement("h3");
  reasonsTitle.textContent = text(lang, "assess.why");
  model.append(reasonsTitle, list(t.reasons, "assessment-reasons"));
  root.append(card, model);

  if (t.unknowns.length) {
    const box = document.createElement("div");
    box.className = "card assessment-unknowns";
    const hu = document.createElement("h3");
    hu.textContent = text(lang, "assess.unknownsTitle");
    box.append(hu, list(t.unknowns, "assessment-unknown-list"));
    root.append(box);
  }

  const charts = document.createElement("div");
  charts.className = "assessment-charts";
  const chartWidth = Math.min(o.width, 480);
  const radar = radarChart({label: o.label, raw: a.values}, {weights: o.weights, thresholds: o.thresholds, width: chartWidth, lang});
  root.append(figure(radar, text(lang, "assess.radarCaption", {label: o.label}), `${o.name}-radar`, lang));

  // Below 480 px a name column would leave no room for the bars: each name sits above its bar instead.
  const narrow = o.width < 480;
  const name = (d: {id: string; name: string}) => `${d.id} ${d.name}`;
  const shares = Plot.plot({
    width: Math.min(o.width, 560),
    height: (narrow ? 40 : 24) * t.indicators.length + 40,
    marginLeft: narrow ? 16 : Math.min(210, o.width * 0.5),
    marginTop: narrow ? 24 : 20,
    style: {fontSize: "12px"},
    ariaLabel: text(lang, "assess.sharesAria", {label: o.label}),
    x: {label: text(lang, "assess.sharesAxis"), grid: true},
    y: {label: null, domain: t.indicators.map(name), axis: narrow ? null : "left", padding: narrow ? 0.45 : 0.1},
    marks: [
      Plot.barX(t.indicators, {x: "share", y: name, fill: ZONE_HEX[a.zone], title: "text"}),
      Plot.ruleX([0]),
      narrow
        ? Plot.text(t.indicators, {
            x: 0,
            y: name,
            text: name,
            textAnchor: "start",
            dy: -16,
            fill: "currentColor",
            stroke: "white",
            strokeWidth: 3
          })
        : null
    ]
  });
  const sharesFigure = figure(shares, text(lang, "assess.sharesCaption", {risk: a.risk.toFixed(4)}), `${o.name}-shares`, lang);
  // the bars' data beside the chart's own downloads, in its caption
  sharesFigure.querySelector("figcaption")!.append(
    " ",
    downloadTable(
      t.indicators.map((d) => ({indicator: d.id, name: d.name, share: d.share})),
      `${o.name}-shares`,
      lang
    )
  );
  charts.append(sharesFigure);
  const out = document.createElement("div");
  out.append(root, charts);
  return out as HTMLDivElement;
}
