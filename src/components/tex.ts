/**
 * Offline TeX: Framework's built-in `tex` fetches npm:katex from a CDN, so we render with katex from
 * node_modules: KaTeX's HTML, set in its own fonts (self-hosted: scripts/fonts.ts, linked by every page's
 * header), for the look, and its MathML for screen readers (MathML alone puts radicals and hats awkwardly
 * in Chromium).
 */
import katex from "katex";

/**
 * Render TeX source to a DOM element.
 * @param source TeX, e.g. String.raw`w_j = e_j / \sum_k e_k`
 * @param options.display block (true) or inline (false, the default)
 */
export function texElement(source: string, {display = false}: {display?: boolean} = {}): HTMLElement {
  const el = document.createElement(display ? "div" : "span");
  el.className = display ? "tex tex-block" : "tex";
  if (display) el.tabIndex = 0; // a wide formula scrolls: keep it reachable by keyboard
  el.innerHTML = katex.renderToString(source, {output: "htmlAndMathml", displayMode: display, throwOnError: true});
  return el;
}

/** Tagged template for inline math: tex`x^2`. */
export function tex(strings: TemplateStringsArray, ...values: unknown[]): HTMLElement {
  return texElement(String.raw({raw: strings.raw}, ...values));
}

/** Tagged template for display math: tex.block`\sum_j w_j = 1`. */
tex.block = (strings: TemplateStringsArray, ...values: unknown[]): HTMLElement =>
  texElement(String.raw({raw: strings.raw}, ...values), {display: true});
