// Observable Framework configuration. Offline rules (../shared/ENGINEERING.md): no font service, a custom
// stylesheet that brings Inputs' CSS, and no npm: imports anywhere.
import {readProvenance} from "./loaders/provenance.js";
import {printHeadScript} from "./src/components/print.js";
import {classroomHeadScript} from "./src/lib/report/classroom.js";
import {footerSourceHtml} from "./src/lib/report/provenance.js";

// Classroom mode's switch (style.css shows the one that applies); the mode then follows every link.
// rel=external keeps Framework from resolving "?classroom=1" to the home page ("./?classroom=1").
const CLASSROOM_LINKS =
  '<a class="classroom-on" rel="external" href="?classroom=1">classroom mode (projector)</a><a class="classroom-off" rel="external" href="?classroom=0">leave classroom mode</a>';

// package.json's "repository" and the build's commit, read once per build (shown in every page's footer).
const provenance = readProvenance();
import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {chineseAnchors} from "./src/lib/i18n/anchors.js";
import {pageHeader} from "./src/lib/i18n/shell.js";

export const PAGES = [
  {name: "Methodology", path: "/methodology"},
  {name: "Data", path: "/data"},
  {name: "Indicators and weights", path: "/weights"},
  {name: "Risk index and zones", path: "/risk"},
  {name: "Early warning (954)", path: "/early-warning"},
  {name: "Health check", path: "/health-check"},
  {name: "One declaration", path: "/declaration"},
  {name: "Score a file", path: "/score"},
  {name: "Training the BP network", path: "/training"},
  {name: "Does it catch fraud?", path: "/validation"},
  {name: "Plan inspections", path: "/planner"},
  {name: "Reproducibility", path: "/reproducibility"},
  {name: "Cite and download", path: "/cite"}
];

// Issue 16: the Chinese twins, one sidebar section (Framework's sidebar is global); prev/next stay
// within a language (pager "zh"). test/twins.test.ts lists the English pages still without a twin.
export const ZH_PAGES = [{name: "中文摘要", path: "/zh/"}];

/** Whether a page exists in src/ at a path ("/zh/" is src/zh/index.md). */
const hasPage = (path: string) => existsSync(join(import.meta.dirname, "src", `${path.replace(/\/$/, "/index")}.md`));

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
  title: "Customs risk early warning for cross-border e-commerce",
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
  markdownIt: (md: Parameters<typeof chineseAnchors>[0]) => (chineseAnchors(md), md),
  dynamicPaths: () => [...fontFiles()],
  toc: true,
  pager: true,
  search: false,
  // Framework resolves the absolute link to /cite relative to each page.
  footer: `A reproducible report on Zhang's BP-network customs risk model · data: Customs Import Declaration Datasets (MIT) · code: Apache-2.0 · ${CLASSROOM_LINKS}<br>${footerSourceHtml(provenance, "/cite#get-the-source")}`
};
