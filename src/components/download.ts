/**
 * Download links for tables and charts: CSV, JSON, SVG and PNG, built in the browser from the data
 * or element the reader is looking at (so a download is the current state of an interactive figure).
 */
import * as Inputs from "@observablehq/inputs";
import {csvFormat} from "d3-dsv";
import {t, type Lang} from "../lib/i18n/index.js";
import type {DownloadableTable} from "../lib/i18n/relabel.js";
import {layoutFigure, type FigurePiece, type Font, type Measure} from "../lib/report/figureLayout.js";

function link(label: string, filename: string, make: () => Blob | Promise<Blob>): HTMLAnchorElement {
  const a = document.createElement("a");
  a.textContent = label;
  a.href = "#";
  a.className = "download-link";
  a.setAttribute("download", filename);
  a.addEventListener("click", async (event) => {
    event.preventDefault();
    const url = URL.createObjectURL(await make());
    const tmp = document.createElement("a");
    tmp.href = url;
    tmp.download = filename;
    document.body.append(tmp);
    tmp.click();
    tmp.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  return a;
}

/** A row of download links for a table: CSV and JSON. `rows` are plain objects; `lang` the page's language. */
export function downloadTable(rows: readonly object[], name: string, lang: Lang = "en"): HTMLElement {
  const span = document.createElement("span");
  span.className = "downloads";
  span.append(
    t(lang, "download.label"),
    link("CSV", `${name}.csv`, () => new Blob([csvFormat(rows as Record<string, unknown>[] as never)], {type: "text/csv"})),
    " · ",
    link("JSON", `${name}.json`, () => new Blob([JSON.stringify(rows, null, 2)], {type: "application/json"}))
  );
  return span;
}

/**
 * A table with its CSV and JSON downloads under it, the pairing pages show for every table.
 * @param rows plain objects, shown and downloaded alike
 * @param name the downloads' file name, without extension
 * @param options Inputs.table options (default: no selection, automatic layout), and `lang`, the page's language
 */
export function tableWithDownload(
  rows: readonly object[],
  name: string,
  {lang = "en", ...options}: Record<string, unknown> & {lang?: Lang} = {}
): HTMLElement {
  const div = document.createElement("div");
  div.className = "table-with-download";
  div.append(Inputs.table(rows, {select: false, layout: "auto", ...options}), downloadTable(rows, name, lang));
  return div;
}

/**
 * A page model's table, shown in the page's language ({@link LocalTable}: rows keyed by the shown heads), with
 * links to download its English-keyed rows, as the reproduce scripts and the command line write them.
 * @param t the table, the rows its download writes and the download's file name
 * @param lang the page's language
 */
export function localTableWithDownload({table, download, name}: DownloadableTable, lang: Lang = "en"): HTMLElement {
  const div = document.createElement("div");
  div.className = "table-with-download";
  div.append(Inputs.table(table.rows, table.options), downloadTable(download, name, lang));
  return div;
}

const SVG_NS = "http://www.w3.org/2000/svg";
/** Margin of an exported figure (px): room for labels drawn past a graphic's edge, as on the page. */
const FIGURE_PADDING = 12;

/** A piece of the figure as read from the page: the layout's piece plus the elements to draw it with. */
type Source =
  | {piece: FigurePiece & {kind: "graphic"}; svg: SVGSVGElement}
  | {piece: FigurePiece & {kind: "text"}}
  | {piece: FigurePiece & {kind: "swatches"}; svgs: (SVGSVGElement | null)[]};

function fontOf(el: Element): Font {
  const s = getComputedStyle(el);
  return {family: s.fontFamily, size: parseFloat(s.fontSize) || 10, weight: s.fontWeight, color: s.color};
}

/** Text of an element without its download links, whitespace collapsed. */
function textOf(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const skip of clone.querySelectorAll(".downloads, style, script")) skip.remove();
  return (clone.textContent ?? "").replace(/\s+/g, " ").trim();
}

// An svg's own size (its width/height attributes, else its viewBox, else as drawn): the chart at the size
// it was made for, even where the page's max-width: 100% shrinks it on screen.
function sizeOf(svg: SVGSVGElement): {width: number; height: number} {
  const attr = (name: string) => (/^\s*[\d.]+\s*(px)?\s*$/.test(svg.getAttribute(name) ?? "") ? parseFloat(svg.getAttribute(name)!) : NaN);
  const box = svg.viewBox.baseVal,
    rect = svg.getBoundingClientRect();
  const pick = (a: number, v: number | undefined, r: number) => (a > 0 ? a : v && v > 0 ? v : r);
  return {width: pick(attr("width"), box?.width, rect.width), height: pick(attr("height"), box?.height, rect.height)};
}

const hasClass = (el: Element, suffix: string) => [...el.classList].some((c) => c.endsWith(suffix));

/**
 * The figure's pieces in reading order: every <svg> (the chart, a colour ramp) as a graphic; Plot's HTML
 * swatch legends as swatches (each item's small <svg> and label); any other element without an <svg>
 * inside as a text block (Plot's title, subtitle and caption). Controls and table alternatives are left out.
 */
function collect(el: Element, out: Source[]): void {
  // Controls, download links and table alternatives (a <details> table) are not part of the picture.
  if (el.matches("style, script, .downloads, button, input, select, textarea, details, table") || getComputedStyle(el).display === "none")
    return;
  if (el instanceof SVGSVGElement) {
    out.push({piece: {kind: "graphic", ...sizeOf(el)}, svg: el});
  } else if (hasClass(el, "-swatches")) {
    const items = [...el.children].filter((c) => hasClass(c, "-swatch"));
    const svgs = items.map((item) => item.querySelector("svg"));
    out.push({
      piece: {
        kind: "swatches",
        font: fontOf(el),
        items: items.map((item, i) => ({
          ...(svgs[i] ? sizeOf(svgs[i]!) : {width: 0, height: 0}),
          label: textOf(item)
        }))
      },
      svgs
    });
  } else if (!el.querySelector("svg")) {
    const text = textOf(el);
    if (text) out.push({piece: {kind: "text", text, font: fontOf(el)}});
  } else {
    for (const child of el.children) collect(child, out);
  }
}

let canvas: HTMLCanvasElement | null = null;
const measure: Measure = (text, font) => {
  const ctx = (canvas ??= document.createElement("canvas")).getContext("2d")!;
  ctx.font = `${font.weight ?? "normal"} ${font.size}px ${font.family}`;
  return ctx.measureText(text).width;
};

/** A copy of a page's <svg> placed at (x, y) in the export, with the font and colour it inherited on the page. */
function place(svg: SVGSVGElement, x: number, y: number, width: number, height: number): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const s = getComputedStyle(svg);
  for (const [k, v] of Object.entries({x, y, width, height})) clone.setAttribute(k, String(v));
  if (!clone.hasAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  // Inline sizes beat Plot's `height: auto; max-width: 100%`, which would resize a nested <svg>; overflow as
  // on the page (a colour ramp's end labels draw past its edge).
  clone.setAttribute(
    "style",
    `${clone.getAttribute("style") ?? ""};font-family:${s.fontFamily};font-size:${s.fontSize};color:${s.color};width:${width}px;height:${height}px;max-width:none;overflow:${s.overflow}`
  );
  return clone;
}

function textElement(text: string, x: number, y: number, font: Font): SVGTextElement {
  const t = document.createElementNS(SVG_NS, "text");
  t.setAttribute("x", String(x));
  t.setAttribute("y", String(y));
  t.setAttribute("font-family", font.family);
  t.setAttribute("font-size", String(font.size));
  if (font.weight && font.weight !== "400" && font.weight !== "normal") t.setAttribute("font-weight", font.weight);
  t.setAttribute("fill", font.color ?? "currentColor");
  t.textContent = text;
  return t;
}

/**
 * The whole figure in `root` as one standalone SVG: its title, legends, chart and `caption`, laid out by
 * {@link layoutFigure} at the chart's own width plus a margin. Plot draws a colour legend as HTML (swatch
 * <svg>s before the chart), so the figure is rebuilt rather than one <svg> copied.
 * @param root the chart: an <svg>, or an element containing one (Plot's <figure>, a resize wrapper)
 * @param caption an element whose text (without download links) and font to set below the figure, e.g. its figcaption
 * @returns the SVG document's text and its size
 * @throws if `root` contains no <svg>
 */
export function figureSvg(root: Element, caption: Element | null = null): {text: string; width: number; height: number} {
  const sources: Source[] = [];
  collect(root, sources);
  if (!sources.some((s) => s.piece.kind === "graphic")) throw new Error("figureSvg: no <svg> element to export");
  if (caption) sources.push({piece: {kind: "text", text: textOf(caption), font: fontOf(caption)}});
  const layout = layoutFigure(
    sources.map((s) => s.piece),
    {measure, padding: FIGURE_PADDING}
  );
  const width = Math.ceil(layout.width),
    height = Math.ceil(layout.height);
  const out = document.createElementNS(SVG_NS, "svg");
  out.setAttribute("xmlns", SVG_NS);
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(height));
  out.setAttribute("viewBox", `0 0 ${width} ${height}`);
  out.setAttribute("style", `font-family: ${getComputedStyle(root).fontFamily}; background: white`);
  const bg = document.createElementNS(SVG_NS, "rect");
  for (const [k, v] of Object.entries({width: "100%", height: "100%", fill: "white"})) bg.setAttribute(k, v);
  out.append(bg);
  for (const p of layout.placements) {
    const src = sources[p.piece];
    if (p.kind === "graphic" && "svg" in src) out.append(place(src.svg, p.x, p.y, p.width, p.height));
    else if (p.kind === "text")
      for (const line of p.lines) out.append(textElement(line.text, line.x, line.y, (src.piece as {font: Font}).font));
    else if (p.kind === "swatches" && "svgs" in src) {
      p.swatches.forEach((s, i) => {
        const svg = src.svgs[i];
        if (svg) out.append(place(svg, s.x, s.y, s.width, s.height));
        out.append(textElement(src.piece.items[i].label, s.labelX, s.labelY, src.piece.font));
      });
    }
  }
  return {text: new XMLSerializer().serializeToString(out), width, height};
}

/**
 * The figure as a PNG at `scale` times its size (3: about 300 dpi for a chart printed at its screen size).
 * @param figure from {@link figureSvg}
 */
async function pngOf(figure: {text: string; width: number; height: number}, scale = 3): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(figure.text)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(figure.width * scale);
  canvas.height = Math.ceil(figure.height * scale);
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "white";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error("pngOf: canvas export failed"))), "image/png"));
}

/**
 * A row of download links for a chart: SVG and PNG of the whole figure (title, legend, chart, and the
 * caption the links sit in), built when clicked so they show the chart as it is then.
 * @param chart an <svg> or an element containing the chart's <svg>s (e.g. Plot's <figure>)
 * @param name file name without extension
 * @param lang the page's language
 */
export function downloadChart(chart: Element, name: string, lang: Lang = "en"): HTMLElement {
  const span = document.createElement("span");
  span.className = "downloads";
  // The caption is the figcaption or .caption paragraph the links are placed in, read at click time.
  const make = () => {
    const caption = span.closest("figcaption, .caption");
    return figureSvg(chart, caption && !chart.contains(caption) ? caption : null);
  };
  span.append(
    t(lang, "download.label"),
    link("SVG", `${name}.svg`, () => new Blob([make().text], {type: "image/svg+xml"})),
    " · ",
    link("PNG", `${name}.png`, () => pngOf(make()))
  );
  return span;
}

/** A figure: the chart, its caption, and its download links (labelled in `lang`). */
export function figure(chart: Element, caption: string, name: string, lang: Lang = "en"): HTMLElement {
  const fig = document.createElement("figure");
  const cap = document.createElement("figcaption");
  cap.className = "caption";
  cap.append(caption, " ", downloadChart(chart, name, lang));
  fig.append(chart, cap);
  return fig;
}
