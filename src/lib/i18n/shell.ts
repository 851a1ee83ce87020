/**
 * What every page's shell carries for its language (observablehq.config.ts `header`): a link to the same
 * page in the other language, which keeps the page's address state (query and hash, added when the link
 * is used, since pages rewrite their query as the reader works), and on Chinese pages the self-hosted
 * Chinese font's stylesheet. Framework's page shell has no i18n (../shared/ENGINEERING.md): `<html lang>`
 * is set after the build (scripts/postbuild.ts); the stylesheet is `rel="stylesheet external"` so
 * Framework leaves the link alone, and it is copied into the site by scripts/fonts.ts and `dynamicPaths`.
 */
import {t} from "./catalogue.js";
import {langOfPath, relativeHref, twinPath} from "./lang.js";

/** The font's stylesheet, from the site's root (scripts/fonts.ts writes it into src/, the config lists it). */
export const FONT_CSS = "/fonts/noto-sans-sc/noto-sans-sc.css";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

// On any use of a switch link (click, middle click, keyboard focus) its href takes the current query and
// hash; data-href keeps the bare twin. Registered once per page, in the capture phase.
const SWITCH_SCRIPT = `<script>for (const type of ["pointerdown", "focusin", "click", "auxclick"]) document.addEventListener(type, (e) => {
  const a = e.target instanceof Element && e.target.closest("a[data-lang-switch]");
  if (a) a.href = a.dataset.href + location.search + location.hash;
}, true);</script>`;

/**
 * The header of a page: the language switch (when the twin exists) and, on Chinese pages, the font.
 * @param path the page's path as Framework gives it ("/zh/score", "/index")
 * @param hasPage whether a page exists at a path (the config checks src/)
 * @returns HTML for Framework's `header`
 * @example pageHeader("/score", () => true) // '<nav class="lang-switch" ...><a href="./zh/score" ...>中文</a></nav>...'
 */
export function pageHeader(path: string, hasPage: (path: string) => boolean): string {
  const lang = langOfPath(path);
  const other = lang === "zh" ? "en" : "zh";
  const twin = twinPath(path, other);
  const parts: string[] = [];
  if (lang === "zh") parts.push(`<link rel="stylesheet external" href="${escape(relativeHref(path, FONT_CSS))}">`);
  if (hasPage(twin)) {
    const href = escape(relativeHref(path, twin));
    parts.push(
      `<nav class="lang-switch" aria-label="${escape(t(lang, "switch.title"))}"><a href="${href}" data-href="${href}" data-lang-switch hreflang="${other === "zh" ? "zh-CN" : "en"}" lang="${other === "zh" ? "zh-CN" : "en"}">${escape(t(lang, "switch.label"))}</a></nav>`,
      SWITCH_SCRIPT
    );
  }
  return parts.join("\n");
}
