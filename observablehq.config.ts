// Observable Framework configuration. Offline rules (../shared/ENGINEERING.md): no font service, a custom
// stylesheet that brings Inputs' CSS, and no npm: imports anywhere.
import {readProvenance} from "./loaders/provenance.js";
import {printHeadScript} from "./src/components/print.js";
import {classroomHeadScript} from "./src/lib/report/classroom.js";

// package.json's "repository" and the build's commit, read once per build (shown in every page's footer).
const provenance = readProvenance();
import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {chineseAnchors} from "./src/lib/i18n/anchors.js";
import {chineseLineBreaks} from "./src/lib/i18n/lineBreaks.js";
import {pageFooter, pageHeader} from "./src/lib/report/pageShell.js";
import {t} from "./src/lib/i18n/catalogue.js";
import {twinPath} from "./src/lib/i18n/lang.js";

/** Whether a page exists in src/ at a path ("/zh/" is src/zh/index.md). */
const hasPage = (path: string) => existsSync(join(import.meta.dirname, "src", `${path.replace(/\/$/, "/index")}.md`));

/** The English pages in sidebar order (the home page, "/", comes first on its own); titles from the catalogue. */
const PAGE_PATHS = [
  "/methodology",
  "/data",
  "/weights",
  "/risk",
  "/early-warning",
  "/health-check",
  "/declaration",
  "/score",
  "/training",
  "/validation",
  "/planner",
  "/reproducibility",
  "/cite",
  "/glossary"
] as const;

export const PAGES = PAGE_PATHS.map((path) => ({name: t("en", `page.${path}`), path}));

// Issue 16: the Chinese twins, one sidebar section (Framework's sidebar is global; its label stays "中文"
// on both languages' pages); prev/next stay within a language (pager "zh"). A twin is listed once its page
// exists; test/twins.test.ts fails for an English page without one.
export const ZH_PAGES = (["/", ...PAGE_PATHS] as const)
  .map((path) => ({name: t("zh", `page.${path}`), path: twinPath(path, "zh")}))
  .filter((p) => hasPage(p.path));

/** The self-hosted Chinese font (scripts/fonts.ts copies it before the build), as paths to copy. */
function* fontFiles(dir = "fonts"): Generator<string> {
  const abs = join(import.meta.dirname, "src", dir);
  if (!existsSync(abs)) return;
  for (const e of readdirSync(abs, {withFileTypes: true})) {
    if (e.isDirectory()) yield* fontFiles(`${dir}/${e.name}`);
    else yield `/${dir}/${e.name}`;
  }
}

export default {
  root: "src",
  // scripts/build.ts builds into a temporary folder and swaps it in for dist/ only on success.
  output: process.env.OBSERVABLE_OUTPUT ?? "dist",
  title: t("en", "site.title"),
  pages: [...PAGES, {name: "中文", open: true, pager: "zh", pages: ZH_PAGES}],
  style: "style.css",
  globalStylesheets: [],
  // Classroom mode (src/lib/report/classroom.ts): ?classroom=1 on any page turns it on for the tab, before
  // anything renders; style.css scales the page, folds the sidebar and hides advanced controls. Plot labels
  // its marks' <g> with aria-label, which ARIA allows only with a role: give them role=group. Inputs.table
  // and code blocks scroll without being focusable: make them reachable by keyboard. Before printing, the
  // tables render all their rows (src/components/print.ts).
  head: `<link rel="icon" href="favicon.svg" type="image/svg+xml">
<script>${classroomHeadScript()}
${printHeadScript()}
new MutationObserver(() => {
  document.querySelectorAll("svg g[aria-label]:not([role])").forEach((g) => g.setAttribute("role", "group"));
  document.querySelectorAll("form[class$='-table']:not([tabindex]), pre:not([tabindex])").forEach((f) => f.setAttribute("tabindex", "0"));
}).observe(document.documentElement, {childList: true, subtree: true});</script>`,
  // Issue 16: the language switch and, on Chinese pages, the Chinese font; readable Chinese anchors.
  header: ({path}: {path: string}) => pageHeader(path, hasPage),
  markdownIt: (md: Parameters<typeof chineseAnchors>[0] & Parameters<typeof chineseLineBreaks>[0]) => (
    chineseAnchors(md),
    chineseLineBreaks(md),
    md
  ),
  dynamicPaths: () => [...fontFiles()],
  toc: true,
  pager: true,
  search: false,
  // The footer in the page's language: the classroom switch and the source line with the build's commit.
  footer: ({path}: {path: string}) => pageFooter(path, provenance)
};
