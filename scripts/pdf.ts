/**
 * `npm run pdf [-- --lang zh] [out.pdf]`: render every page of the built report (dist/) in one language to
 * one PDF (report.pdf, or report.zh.pdf for Chinese) with Chromium's print engine and the site's print
 * stylesheet. Interactive figures print their state after loading (defaults, or what the URL says). Chinese
 * pages carry the self-hosted Noto Sans SC, so the Chinese PDF needs no CJK font on the machine.
 * Run `npm run build` first.
 */
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {PDFDocument} from "pdf-lib";
import {parseArgs} from "node:util";
import {PAGES, ZH_PAGES} from "../observablehq.config.js";
import {t, type Lang} from "../src/lib/i18n/index.js";
import {PROJECT_ROOT} from "../loaders/dataset.js";
import {startBrowser} from "../test/browser/browser.js";

const {values, positionals} = parseArgs({options: {lang: {type: "string", default: "en"}}, allowPositionals: true});
if (values.lang !== "en" && values.lang !== "zh") throw new Error(`npm run pdf: --lang must be en or zh, not "${values.lang}"`);
const lang: Lang = values.lang;
const out = positionals[0] ?? join(PROJECT_ROOT, lang === "en" ? "report.pdf" : "report.zh.pdf");
const paths = lang === "en" ? ["/", ...PAGES.map((p) => p.path)] : ZH_PAGES.map((p) => p.path);
const env = await startBrowser();
const merged = await PDFDocument.create();
try {
  for (const path of paths) {
    const page = await env.browser.newPage({viewport: {width: 1000, height: 1400}});
    await page.goto(env.base + path, {waitUntil: "networkidle"});
    await page.waitForTimeout(1500);
    await page.emulateMedia({media: "print"});
    // Margins come from style.css's @page, as in a reader's own print.
    const bytes = await page.pdf({format: "A4", printBackground: true, preferCSSPageSize: true});
    const doc = await PDFDocument.load(bytes);
    for (const p of await merged.copyPages(doc, doc.getPageIndices())) merged.addPage(p);
    console.log(`${path}: ${doc.getPageCount()} page(s)`);
    await page.close();
  }
} finally {
  await env.close();
}
merged.setTitle(t(lang, "site.title"));
merged.setLanguage(lang === "en" ? "en-US" : "zh-CN");
writeFileSync(out, await merged.save());
console.log(`wrote ${out} (${merged.getPageCount()} pages)`);
