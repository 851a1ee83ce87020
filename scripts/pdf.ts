/**
 * `npm run pdf`: render every page of the built report (dist/) to one PDF, report.pdf, with Chromium's
 * print engine and the site's print stylesheet. Interactive figures print their state after loading
 * (defaults, or what the URL says). Run `npm run build` first.
 */
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {PDFDocument} from "pdf-lib";
import config, {PAGES, ZH_PAGES} from "../observablehq.config.js";
import {PROJECT_ROOT} from "../loaders/dataset.js";
import {startBrowser} from "../test/browser/browser.js";

const out = process.argv[2] ?? join(PROJECT_ROOT, "report.pdf");
const paths = ["/", ...[...PAGES, ...ZH_PAGES].map((p) => p.path)];
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
merged.setTitle(config.title);
writeFileSync(out, await merged.save());
console.log(`wrote ${out} (${merged.getPageCount()} pages)`);
