// Observable Framework configuration. Offline rules (../shared/ENGINEERING.md): no font service, a custom
// stylesheet that brings Inputs' CSS, and no npm: imports anywhere.
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
  // ?classroom=1 on any page: larger type, advanced controls (class "advanced") hidden. Plot labels its
  // marks' <g> with aria-label, which ARIA allows only with a role: give them role=group. Inputs.table
  // and code blocks scroll without being focusable: make them reachable by keyboard.
  head: `<link rel="icon" href="favicon.svg" type="image/svg+xml">
<script>if (new URLSearchParams(location.search).has("classroom")) document.documentElement.classList.add("classroom");
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
  footer:
    "A reproducible report on Zhang's BP-network customs risk model · data: Customs Import Declaration Datasets (MIT) · code: Apache-2.0"
};
