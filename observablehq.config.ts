// Observable Framework configuration. Offline rules (../shared/ENGINEERING.md): no font service, a custom
// stylesheet that brings Inputs' CSS, and no npm: imports anywhere.
export const PAGES = [
  {name: "Data", path: "/data"},
  {name: "Risk index and zones", path: "/risk"},
  {name: "Health check", path: "/health-check"}
];

export default {
  root: "src",
  title: "Customs risk early warning for cross-border e-commerce",
  pages: PAGES,
  style: "style.css",
  globalStylesheets: [],
  head: '<link rel="icon" href="favicon.svg" type="image/svg+xml">',
  toc: true,
  pager: true,
  search: false,
  footer: "A reproducible report on Zhang et al.'s BP-network customs risk model · data: Customs Import Declaration Datasets (MIT) · code: Apache-2.0"
};
