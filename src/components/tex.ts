/**
 * Offline TeX: Framework's built-in `tex` fetches npm:katex from a CDN, so we render with katex from
 * node_modules: KaTeX's HTML, set in its own fonts (self-hosted: scripts/fonts.ts, linked by every page's
 * header), for the look, and its MathML for screen readers (MathML alone puts radicals and hats awkwardly
 * in Chromium).
 */
import katex from "katex";
import {formulaTex, type FormulaName} from "../lib/i18n/formulas.js";
import type {Lang} from "../lib/i18n/lang.js";

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

/**
 * Display math set in one of two layouts chosen by the width it is given: `wide` while it fits its box,
 * else `narrow` (e.g. an equation chain one equation a line). Both are rendered; the one not shown is
 * display: none (so neither a screen reader nor the print reads it twice). The choice is made again when
 * the box changes width (a phone turned, the sidebar opened, print), always by the wide layout's own width,
 * so it cannot flip back and forth. What still does not fit scrolls in its box (style.css shades the edge
 * it scrolls to).
 * @param wide TeX for a wide column
 * @param narrow TeX for a narrow one
 * @returns a <div class="tex tex-block tex-choice"> with `data-layout` "wide" or "narrow"
 */
export function texChoice(wide: string, narrow: string): HTMLDivElement {
  const box = document.createElement("div");
  box.className = "tex tex-block tex-choice";
  box.tabIndex = 0; // a formula that still scrolls stays reachable by keyboard
  const variant = (source: string, layout: string) => {
    const e = document.createElement("div");
    e.className = `tex-variant tex-${layout}`;
    e.innerHTML = katex.renderToString(source, {output: "htmlAndMathml", displayMode: true, throwOnError: true});
    return e;
  };
  const w = variant(wide, "wide"),
    n = variant(narrow, "narrow");
  n.hidden = true;
  box.dataset.layout = "wide";
  box.append(w, n);
  if (wide === narrow) return box;
  const choose = () => {
    if (!box.isConnected || box.clientWidth === 0) return;
    w.hidden = false;
    n.hidden = true;
    const tooWide = w.scrollWidth > box.clientWidth + 1;
    w.hidden = tooWide;
    n.hidden = !tooWide;
    box.dataset.layout = tooWide ? "narrow" : "wide";
  };
  if (typeof ResizeObserver !== "undefined") new ResizeObserver(choose).observe(box);
  // KaTeX's fonts may arrive after the first choice: their widths are the ones that count
  if (typeof document !== "undefined" && document.fonts) {
    document.fonts.addEventListener("loadingdone", choose);
    void document.fonts.ready.then(choose);
  }
  return box;
}

/**
 * One of the method's display formulas (src/lib/i18n/formulas.ts) in the page's language, its equation
 * chains one equation a line where the column is too narrow for them side by side (a phone).
 * @param name the formula
 * @param lang the page's language
 * @returns {@link texChoice} of its wide and narrow TeX, named in `data-formula`
 */
export function formulaBlock(name: FormulaName, lang: Lang): HTMLDivElement {
  const box = texChoice(formulaTex(name, lang, "wide"), formulaTex(name, lang, "narrow"));
  box.dataset.formula = name;
  return box;
}
