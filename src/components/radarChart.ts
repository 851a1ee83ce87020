/**
 * The improved radar chart as SVG: one sector per indicator, its angle 2 pi w_j, the indicator's axis at
 * the sector's centre; reference rings at the standard levels 0.65 and 0.85; the sample's shape (its
 * points joined) filled in its zone's colour with a text label, and the polygon whose area and perimeter
 * are S and L (src/lib/method/radar.ts) as a thin outline; a tooltip per
 * indicator (name, raw value, x*); an aria-label; and a table alternative.
 */
import {INDICATORS} from "../lib/method/indicators.js";
import {radarGeometry, type Point} from "../lib/method/radar.js";
import {scoreSample} from "../lib/method/scoring.js";
import {ZONE_HEX, PAPER_THRESHOLDS} from "../lib/method/zones.js";
import {formatNumber, indicatorName, t, zoneName, zoneNamed, type Lang} from "../lib/i18n/index.js";

const NS = "http://www.w3.org/2000/svg";

export interface RadarSample {
  /** e.g. "Sample 12 (declaration 16316084)" */
  label: string;
  /** 17 raw values (C1..C17). */
  raw: readonly number[];
}

export interface RadarOptions {
  /** 17 weights (sector sizes and the risk value). */
  weights: readonly number[];
  /** Zone thresholds (default the paper's 0.3142, 0.6846). */
  thresholds?: readonly [number, number];
  /** A second sample drawn as a dashed outline to compare. */
  compare?: RadarSample | null;
  /** Chart width in px (the chart is square). */
  width?: number;
  /** Small multiple: no indicator labels, legend or table. */
  small?: boolean;
  /** The page's language (tooltips, caption, table); English by default. */
  lang?: Lang;
}

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  parent?: Element
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.append(e);
  return e;
}

const fmt = (x: number, d = 4) => (Number.isInteger(x) ? String(x) : x.toFixed(d));
const rawText = (lang: Lang, j: number, v: number) =>
  `${formatNumber(lang, v, undefined, 2)}${INDICATORS[j].unit ? ` ${INDICATORS[j].unit}` : ""}`;

function path(points: readonly Point[], r: number): string {
  return points.map((p, i) => `${i ? "L" : "M"}${(p.x * r).toFixed(2)},${(p.y * r).toFixed(2)}`).join("") + "Z";
}

function arc(r: number, a0: number, a1: number): string {
  const p = (a: number) => `${(r * Math.sin(a)).toFixed(2)},${(-r * Math.cos(a)).toFixed(2)}`;
  return `M0,0L${p(a0)}A${r},${r} 0 ${a1 - a0 > Math.PI ? 1 : 0} 1 ${p(a1)}Z`;
}

/**
 * Render a sample's improved radar chart.
 * @param sample label and 17 raw values
 * @param options weights, thresholds, an optional sample to compare, width, small, the page's language
 * @returns a <div class="radar-chart"> holding the <svg> (and, unless small, a table alternative)
 * @throws if the sample or the weights are invalid (see normalise and riskValue)
 */
export function radarChart(
  sample: RadarSample,
  {weights, thresholds = PAPER_THRESHOLDS, compare = null, width = 480, small = false, lang = "en"}: RadarOptions
): HTMLDivElement {
  const main = scoreSample(sample.raw, {weights, thresholds});
  const other = compare ? scoreSample(compare.raw, {weights, thresholds}) : null;
  const g = radarGeometry(main.x, weights);
  const margin = small ? 4 : 64;
  const r = width / 2 - margin;
  // the zone caption is HTML under the chart (it wraps at any width and zoom), not SVG text
  const height = small ? width : width + 8;

  const root = document.createElement("div");
  root.className = "radar-chart";
  const svg = el("svg", {
    width,
    height,
    viewBox: `${-width / 2} ${-width / 2} ${width} ${height}`,
    role: "img",
    "font-family": "system-ui, sans-serif",
    "font-size": 11
  });
  const name = (j: number) => indicatorName(lang, INDICATORS[j]);
  svg.setAttribute(
    "aria-label",
    t(lang, "radar.aria", {label: sample.label, risk: main.risk.toFixed(4), zone: zoneNamed(lang, main.zone, {lower: true})}) +
      (other && compare
        ? t(lang, "radar.ariaCompare", {
            label: compare.label,
            risk: other.risk.toFixed(4),
            zone: zoneNamed(lang, other.zone, {lower: true})
          })
        : "")
  );
  // Drawn for `width`, never wider than its box: where a layout gives it less (a zoomed classroom column, a
  // grid cell) it scales down whole rather than being cut on its right.
  svg.style.display = "block";
  svg.style.maxWidth = "100%";
  svg.style.height = "auto";
  root.append(svg);

  // Sectors (alternating shades), each with a tooltip; axes at the sectors' centres.
  const sectors = el("g", {class: "sectors"}, svg);
  g.sectors.forEach((s, j) => {
    const wedge = el(
      "path",
      {d: arc(r, s.start, s.end), fill: j % 2 ? "#f2f2f2" : "#fafafa", stroke: "#ccc", "stroke-width": 0.5},
      sectors
    );
    el("title", {}, wedge).textContent = t(lang, "radar.sectorTitle", {
      id: s.id,
      name: name(j),
      raw: rawText(lang, j, sample.raw[j]),
      x: fmt(s.value),
      w: fmt(s.weight, 5)
    });
    const end = {x: Math.sin(s.axis) * r, y: -Math.cos(s.axis) * r};
    el("line", {x1: 0, y1: 0, x2: end.x, y2: end.y, stroke: "#bbb", "stroke-width": 0.5, "pointer-events": "none"}, sectors);
  });

  // Reference rings at the standard levels.
  for (const [level, dash] of [
    [0.65, "4 3"],
    [0.85, "1 2"]
  ] as const) {
    el(
      "circle",
      {r: level * r, fill: "none", stroke: "#555", "stroke-dasharray": dash, "stroke-width": 0.8, "pointer-events": "none"},
      svg
    );
    if (!small) el("text", {x: 3, y: -level * r - 2, fill: "#555"}, svg).textContent = String(level);
  }

  // The compared sample: dashed outline only.
  if (other && compare) {
    const go = radarGeometry(other.x, weights);
    el(
      "path",
      {
        d: path(
          go.sectors.map((s) => s.point),
          r
        ),
        fill: "none",
        stroke: "#000",
        "stroke-width": 1.5,
        "stroke-dasharray": "5 3",
        class: "compare-shape",
        "pointer-events": "none"
      },
      svg
    );
  }

  // The sample's shape (its points joined, as the authors draw it) in its zone colour; unless small, the
  // shape whose area and perimeter are S and L as a thin grey outline.
  const axisPoints = g.sectors.map((s) => s.point);
  el(
    "path",
    {
      d: path(axisPoints, r),
      fill: ZONE_HEX[main.zone],
      "fill-opacity": 0.5,
      stroke: ZONE_HEX[main.zone],
      "stroke-width": 1.5,
      class: "sample-shape",
      "data-zone": main.zone,
      "pointer-events": "none"
    },
    svg
  );
  if (!small)
    el(
      "path",
      {d: path(g.polygon, r), fill: "none", stroke: "#666", "stroke-width": 0.6, class: "area-shape", "pointer-events": "none"},
      svg
    );
  g.sectors.forEach((s, j) => {
    const dot = el(
      "circle",
      {cx: s.point.x * r, cy: s.point.y * r, r: small ? 1.5 : 3, fill: ZONE_HEX[main.zone], stroke: "#333", "stroke-width": 0.5},
      svg
    );
    el("title", {}, dot).textContent = t(lang, "radar.pointTitle", {
      id: s.id,
      name: name(j),
      raw: rawText(lang, j, sample.raw[j]),
      x: fmt(s.value)
    });
    if (!small) {
      const lr = r + 14;
      const label = el(
        "text",
        {
          x: Math.sin(s.axis) * lr,
          y: -Math.cos(s.axis) * lr,
          "text-anchor": Math.abs(Math.sin(s.axis)) < 0.2 ? "middle" : Math.sin(s.axis) > 0 ? "start" : "end",
          "dominant-baseline": "middle",
          fill: "#333"
        },
        svg
      );
      label.textContent = s.id;
      el("title", {}, label).textContent = t(lang, "radar.axisTitle", {id: s.id, name: name(j), w: fmt(s.weight, 5)});
    }
  });

  // The zone as text (never colour alone), as HTML under the chart: a fixed-width SVG line was cut
  // wherever it outgrew the chart (a long comparison, classroom mode, a phone).
  const caption = document.createElement("p");
  caption.className = small ? "zone-label radar-caption radar-caption-small" : "zone-label radar-caption";
  caption.style.maxWidth = `${width}px`;
  caption.textContent = small
    ? `${sample.label} · ${main.risk.toFixed(3)} ${zoneName(lang, main.zone)}`
    : t(lang, "radar.caption", {label: sample.label, risk: main.risk.toFixed(4), zone: zoneNamed(lang, main.zone)}) +
      (other && compare
        ? t(lang, "radar.captionCompare", {label: compare.label, risk: other.risk.toFixed(4), zone: zoneName(lang, other.zone)})
        : "");
  root.append(caption);

  if (!small) root.append(radarTable(lang, sample, main.x, weights, compare, other?.x ?? null));
  return root;
}

/** The chart's table alternative: indicator, weight, raw value and x* (and the compared sample's). */
function radarTable(
  lang: Lang,
  sample: RadarSample,
  x: readonly number[],
  weights: readonly number[],
  compare: RadarSample | null,
  xc: readonly number[] | null
): HTMLDetailsElement {
  const details = document.createElement("details");
  details.className = "radar-table";
  const summary = document.createElement("summary");
  summary.textContent = t(lang, "radar.tableSummary");
  const table = document.createElement("table");
  const raw = (label: string) => t(lang, "radar.colRaw", {label});
  const head = [
    t(lang, "radar.colIndicator"),
    t(lang, "radar.colWeight"),
    raw(sample.label),
    "x*",
    ...(compare ? [raw(compare.label), "x*"] : [])
  ];
  table.innerHTML = `<thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead>`;
  const body = document.createElement("tbody");
  INDICATORS.forEach((d, j) => {
    const tr = document.createElement("tr");
    const cells = [
      `${d.id} ${indicatorName(lang, d)}`,
      fmt(weights[j], 5),
      rawText(lang, j, sample.raw[j]),
      fmt(x[j]),
      ...(compare && xc ? [rawText(lang, j, compare.raw[j]), fmt(xc[j])] : [])
    ];
    for (const c of cells) {
      const td = document.createElement("td");
      td.textContent = c;
      tr.append(td);
    }
    body.append(tr);
  });
  table.append(body);
  details.append(summary, table);
  return details;
}
