/**
 * Download links for tables and charts: CSV, JSON, SVG and PNG, built in the browser from the data
 * or element the reader is looking at (so a download is the current state of an interactive figure).
 */
import {csvFormat} from "d3-dsv";

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

/** A row of download links for a table: CSV and JSON. `rows` are plain objects. */
export function downloadTable(rows: readonly object[], name: string): HTMLElement {
  const span = document.createElement("span");
  span.className = "downloads";
  span.append(
    "Download: ",
    link("CSV", `${name}.csv`, () => new Blob([csvFormat(rows as Record<string, unknown>[] as never)], {type: "text/csv"})),
    " · ",
    link("JSON", `${name}.json`, () => new Blob([JSON.stringify(rows, null, 2)], {type: "application/json"}))
  );
  return span;
}

/** Serialise the first <svg> in (or equal to) `root` as a standalone SVG document. */
export function svgText(root: Element): string {
  const svg = root.tagName.toLowerCase() === "svg" ? root : root.querySelector("svg");
  if (!svg) throw new Error("svgText: no <svg> element to export");
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const style = getComputedStyle(svg);
  if (!clone.getAttribute("style")) clone.setAttribute("style", `font-family: ${style.fontFamily}; font-size: ${style.fontSize}; background: white`);
  return new XMLSerializer().serializeToString(clone);
}

async function pngOf(root: Element, scale = 2): Promise<Blob> {
  const svg = (root.tagName.toLowerCase() === "svg" ? root : root.querySelector("svg")) as SVGSVGElement;
  const {width, height} = svg.getBoundingClientRect();
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(root))}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "white";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error("pngOf: canvas export failed"))), "image/png"));
}

/** A row of download links for a chart (an element containing an <svg>): SVG and PNG. */
export function downloadChart(chart: Element, name: string): HTMLElement {
  const span = document.createElement("span");
  span.className = "downloads";
  span.append(
    "Download: ",
    link("SVG", `${name}.svg`, () => new Blob([svgText(chart)], {type: "image/svg+xml"})),
    " · ",
    link("PNG", `${name}.png`, () => pngOf(chart))
  );
  return span;
}

/** A figure: the chart, its caption, and its download links. */
export function figure(chart: Element, caption: string, name: string): HTMLElement {
  const fig = document.createElement("figure");
  const cap = document.createElement("figcaption");
  cap.className = "caption";
  cap.append(caption, " ", downloadChart(chart, name));
  fig.append(chart, cap);
  return fig;
}
