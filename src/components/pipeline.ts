/**
 * The method as a diagram: one box per step, left to right in rows, each box a link to the page that
 * computes it live. Plain SVG (no Plot) so each box can be an <a>.
 */
import {t, type Lang} from "../lib/i18n/index.js";

export interface PipelineStep {
  label: string;
  detail: string;
  href: string;
}

const NS = "http://www.w3.org/2000/svg";

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Draw the pipeline.
 * @param steps in order
 * @param options.width total width in px; boxes wrap into rows of `perRow`
 * @param options.lang the page's language (the diagram's accessible name); the steps come in it already
 */
export function pipelineDiagram(
  steps: readonly PipelineStep[],
  {width = 640, perRow = 4, lang = "en"}: {width?: number; perRow?: number; lang?: Lang} = {}
): SVGSVGElement {
  const gap = 28;
  const boxW = (width - gap * (perRow - 1) - 2) / perRow;
  const boxH = 64;
  const rowGap = 36;
  const rows = Math.ceil(steps.length / perRow);
  const height = rows * boxH + (rows - 1) * rowGap + 2;
  const svg = el("svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "group",
    "aria-label": t(lang, "method.pipelineAria", {steps: steps.map((s) => s.label).join(" → ")})
  });
  svg.style.maxWidth = "100%";
  svg.style.height = "auto";
  const defs = el("defs", {});
  const marker = el("marker", {
    id: "pipeline-arrow",
    viewBox: "0 0 10 10",
    refX: 9,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: "auto-start-reverse"
  });
  marker.append(el("path", {d: "M 0 0 L 10 5 L 0 10 z", fill: "currentColor"}));
  defs.append(marker);
  svg.append(defs);
  const pos = (i: number) => {
    const row = Math.floor(i / perRow);
    const col = row % 2 === 0 ? i % perRow : perRow - 1 - (i % perRow); // snake, so arrows stay short
    return {x: 1 + col * (boxW + gap), y: 1 + row * (boxH + rowGap), row};
  };
  steps.forEach((s, i) => {
    const {x, y} = pos(i);
    if (i + 1 < steps.length) {
      const n = pos(i + 1);
      const line =
        n.row === pos(i).row
          ? n.x > x
            ? {x1: x + boxW, y1: y + boxH / 2, x2: n.x - 2, y2: y + boxH / 2}
            : {x1: x, y1: y + boxH / 2, x2: n.x + boxW + 2, y2: y + boxH / 2}
          : {x1: x + boxW / 2, y1: y + boxH, x2: n.x + boxW / 2, y2: n.y - 2};
      svg.append(el("line", {...line, stroke: "currentColor", "stroke-width": 1.5, "marker-end": "url(#pipeline-arrow)"}));
    }
    const a = el("a", {href: s.href});
    a.append(
      el("rect", {
        x,
        y,
        width: boxW,
        height: boxH,
        rx: 8,
        fill: "var(--theme-background-alt, #f5f5f5)",
        stroke: "currentColor",
        "stroke-width": 1
      }),
      el(
        "text",
        {x: x + boxW / 2, y: y + 26, "text-anchor": "middle", "font-weight": 600, "font-size": 14, fill: "currentColor"},
        `${i + 1}. ${s.label}`
      ),
      el("text", {x: x + boxW / 2, y: y + 46, "text-anchor": "middle", "font-size": 11, fill: "currentColor"}, s.detail)
    );
    svg.append(a);
  });
  return svg;
}
