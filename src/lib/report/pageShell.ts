/**
 * What every page's shell carries for its language (observablehq.config.ts `header`): a link to the same
 * page in the other language, which keeps the page's address state (query and hash, added when the link
 * is used, since pages rewrite their query as the reader works), and on Chinese pages the self-hosted
 * Chinese font's stylesheet. Framework's page shell has no i18n (../shared/ENGINEERING.md): `<html lang>`
 * is set after the build (scripts/postbuild.ts); the stylesheet is `rel="stylesheet external"` so
 * Framework leaves the link alone, and it is copied into the site by scripts/fonts.ts and `dynamicPaths`.
 */
import {footerSourceHtml, type Provenance} from "./provenance.js";
import {t} from "../i18n/catalogue.js";
import {langOfPath, relativeHref, twinPath, type Lang} from "../i18n/lang.js";

/** The font's stylesheet, from the site's root (scripts/fonts.ts writes it into src/, the config lists it). */
export const FONT_CSS = "/fonts/noto-sans-sc/noto-sans-sc.css";

/** KaTeX's stylesheet and fonts (scripts/fonts.ts), for the formulas of any page. */
export const KATEX_CSS = "/fonts/katex/katex.css";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

// On any use of a switch link (click, middle click, keyboard focus) its href takes the current query and
// hash; data-href keeps the bare twin. Registered once per page, in the capture phase.
const SWITCH_SCRIPT = `<script>for (const type of ["pointerdown", "focusin", "click", "auxclick"]) document.addEventListener(type, (e) => {
  const a = e.target instanceof Element && e.target.closest("a[data-lang-switch]");
  if (a) a.href = a.dataset.href + location.search + location.hash;
}, true);</script>`;

/**
 * The sidebar in the page's language. Framework's sidebar is one for the site (observablehq.config.ts:
 * the English pages, then the Chinese section last); each page hides the other language's part, so a
 * Chinese page lists only Chinese titles and an English page only English ones (the switch leads across).
 */
const SIDEBAR_STYLE: Readonly<Record<Lang, string>> = {
  en: "#observablehq-sidebar > details:last-of-type{display:none}",
  zh: "#observablehq-sidebar > ol{display:none}"
};

/** The pager's "Previous page" / "Next page", which Framework writes as CSS content, in the page's language. */
function pagerStyle(lang: Lang): string {
  const rule = (rel: string, key: "pager.prev" | "pager.next") =>
    `#observablehq-footer nav a[rel=${rel}]::before{content:${JSON.stringify(t(lang, key))}}`;
  return rule("prev", "pager.prev") + rule("next", "pager.next");
}

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
  const parts: string[] = [
    `<style>${SIDEBAR_STYLE[lang]}${pagerStyle(lang)}</style>`,
    `<link rel="stylesheet external" href="${escape(relativeHref(path, KATEX_CSS))}">`
  ];
  if (lang === "zh")
    parts.push(
      `<link rel="stylesheet external" href="${escape(relativeHref(path, FONT_CSS))}">`,
      // Framework's sidebar module (run before DOMContentLoaded) titles the toggle in English, with its shortcut.
      `<script>addEventListener("DOMContentLoaded", () => { for (const l of document.querySelectorAll("#observablehq-sidebar-toggle, label[for='observablehq-sidebar-toggle']")) l.title = l.title.replace(${JSON.stringify(t("en", "sidebar.toggle"))}, ${JSON.stringify(t("zh", "sidebar.toggle"))}); });</script>`
    );
  if (hasPage(twin)) {
    const href = escape(relativeHref(path, twin));
    parts.push(
      `<nav class="lang-switch" aria-label="${escape(t(lang, "switch.title"))}"><a href="${href}" data-href="${href}" data-lang-switch hreflang="${other === "zh" ? "zh-CN" : "en"}" lang="${other === "zh" ? "zh-CN" : "en"}">${escape(t(lang, "switch.label"))}</a></nav>`,
      SWITCH_SCRIPT
    );
  }
  return parts.join("\n");
}

/**
 * The footer of a page in its language: what the report is, the classroom-mode switch (style.css shows the
 * one that applies; rel=external keeps Framework from resolving "?classroom=1" to the home page), and the
 * source line with the build's commit ({@link footerSourceHtml}).
 * @param path the page's path as Framework gives it
 * @param provenance the build's repository and commit (loaders/provenance.ts)
 * @returns HTML for Framework's `footer`
 */
export function pageFooter(path: string, provenance: Provenance): string {
  const lang = langOfPath(path);
  const classroom = `<a class="classroom-on" rel="external" href="?classroom=1">${escape(t(lang, "footer.classroomOn"))}</a><a class="classroom-off" rel="external" href="?classroom=0">${escape(t(lang, "footer.classroomOff"))}</a>`;
  // Framework resolves the absolute link to the cite page relative to each page.
  const cite = lang === "zh" ? "/zh/cite" : "/cite#get-the-source";
  return `${escape(t(lang, "footer.about"))} · ${classroom}<br>${footerSourceHtml(provenance, cite, lang)}`;
}
