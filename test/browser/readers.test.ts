/**
 * Issue 15 for its readers: classroom mode survives a click on an internal link and scales the charts' and
 * tables' text (not only the body's) with the sidebar folded; print renders a scroll-box table in full (a
 * PDF of /reproducibility holds its last target); every page's footer names the commit that built it,
 * the same one /cite gives in full.
 */
import {langOfPath, t} from "../../src/lib/i18n/index.js";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {Browser, Page} from "playwright-core";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {targetRows} from "../../src/lib/pages/ledgerView.js";
import {DIST, startBrowser} from "./browser.js";
import {pdfPageTexts} from "./pdfText.js";
import {PRINT_EXCERPT_ROWS, PRINT_ROW_LIMIT} from "../../src/components/print.js";

let env: Awaited<ReturnType<typeof startBrowser>>;
beforeAll(async () => {
  env = await startBrowser();
});
afterAll(async () => {
  await env?.close();
});

/** A fresh tab (its own sessionStorage) at a projector's size. */
async function open(browser: Browser, path: string, viewport = {width: 1280, height: 720}): Promise<Page> {
  const page = await browser.newPage({viewport});
  await page.goto(env.base + path, {waitUntil: "networkidle"});
  await page.waitForTimeout(500);
  return page;
}

/** Rendered (on-screen) heights of the first Plot tick labels and table cells on the page, in px. */
function textSizes(page: Page) {
  return page.evaluate(() => {
    const h = (sel: string) =>
      [...document.querySelectorAll(sel)]
        .slice(0, 5)
        .map((e) => e.getBoundingClientRect().height)
        .filter((x) => x > 0);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    return {
      chart: median(h("#observablehq-main svg[class*='plot'] g[aria-label$='tick label'] text")),
      table: median(h("#observablehq-main form[class$='-table'] tbody td")),
      inClassroom: document.documentElement.classList.contains("classroom")
    };
  });
}

describe("classroom mode", () => {
  test("charts and tables grow, the sidebar and contents fold away; the page does not overflow", async () => {
    const plain = await open(env.browser, "/weights");
    const normal = await textSizes(plain);
    await plain.close();
    const page = await open(env.browser, "/weights?classroom=1");
    const big = await textSizes(page);
    expect(normal.inClassroom).toBe(false);
    expect(big.inClassroom).toBe(true);
    expect(normal.chart).toBeGreaterThan(0);
    expect(big.chart / normal.chart).toBeGreaterThan(1.3);
    expect(big.table / normal.table).toBeGreaterThan(1.3);
    const layout = await page.evaluate(() => ({
      sidebar: document.getElementById("observablehq-sidebar")!.getBoundingClientRect().right,
      toc: getComputedStyle(document.getElementById("observablehq-toc")!).display,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth
    }));
    expect(layout.sidebar).toBeLessThanOrEqual(0); // folded off screen (its toggle opens it)
    expect(layout.toc).toBe("none");
    expect(layout.overflow).toBe(0);
    await page.close();
  });

  test("it follows a click on an internal link, and ?classroom=0 leaves it", async () => {
    const page = await open(env.browser, "/weights?classroom=1");
    const next = page.locator("#observablehq-footer nav a[rel=next]");
    const href = await next.getAttribute("href");
    expect(href).not.toContain("classroom");
    await Promise.all([page.waitForURL((u) => !u.pathname.endsWith("/weights")), next.click()]);
    await page.waitForLoadState("networkidle");
    expect(new URL(page.url()).searchParams.has("classroom")).toBe(false);
    expect(await page.evaluate(() => document.documentElement.classList.contains("classroom"))).toBe(true);
    // the footer's switch leaves it, and the next page stays plain
    await Promise.all([page.waitForURL(/classroom=0/), page.locator("#observablehq-footer a.classroom-off").click()]);
    expect(await page.evaluate(() => document.documentElement.classList.contains("classroom"))).toBe(false);
    await page.goto(env.base + "/data", {waitUntil: "networkidle"});
    expect(await page.evaluate(() => document.documentElement.classList.contains("classroom"))).toBe(false);
    await page.close();
  });
});

describe("print", () => {
  test("a PDF of /reproducibility prints its targets table in full and names the ledger's download", async () => {
    // The last target, from the data the page shows (dist/_file/data/reproduce.<hash>.json): on screen
    // Inputs.table has rendered only its first ~23 of the rows.
    const dir = join(DIST, "_file", "data");
    const file = readdirSync(dir).find((f) => /^reproduce\.[0-9a-f]+\.json$/.test(f))!;
    const targets = targetRows(JSON.parse(readFileSync(join(dir, file), "utf8")).sections);
    const last = targets.at(-1)!.name;
    const page = await open(env.browser, "/reproducibility", {width: 1000, height: 1400});
    expect(await page.getByText(last, {exact: true}).count()).toBe(0); // not rendered before printing
    const texts = await pdfPageTexts(await page.pdf({format: "A4", printBackground: true, preferCSSPageSize: true}));
    const squeeze = (s: string) => s.replace(/\s+/g, "");
    const all = squeeze(texts.join(""));
    expect(all).toContain(squeeze("Every target, paper beside ours")); // the extractor reads this PDF
    expect(all).toContain(squeeze(last));
    expect(all).toContain(squeeze(targets[Math.floor(targets.length / 2)].name));
    // the ledger (every cell) is too long to print in full: the print names its download instead
    expect(all).toContain("reproduction-ledger.csv");
    // controls are not printed: the ledger's and the targets' filters
    expect(all).not.toContain(squeeze("All sections"));
    await page.close();
  });

  test("a Chinese page's print note is in Chinese (the catalogue's text), naming the same download", async () => {
    const page = await open(env.browser, "/zh/reproducibility", {width: 1000, height: 1400});
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    const note = (await page.locator(".print-note").first().textContent())!.trim();
    const where = t("zh", "print.namedDownload", {file: "reproduction-ledger.csv"});
    expect(note).toBe(t("zh", "print.excerpt", {excerpt: PRINT_EXCERPT_ROWS, limit: PRINT_ROW_LIMIT, where}));
    await page.close();
  });
});

describe("provenance", () => {
  test("every page's footer names the build's commit, the one /cite gives in full", async () => {
    const page = await open(env.browser, "/cite");
    const full = (await page.locator("dl.provenance-list dd code").first().textContent())!.trim();
    expect(full).toMatch(/^([0-9a-f]{40}|unknown)$/);
    for (const path of ["/", "/validation", "/zh/"]) {
      await page.goto(env.base + path, {waitUntil: "networkidle"});
      const footer = await page.locator("#observablehq-footer .provenance").textContent();
      const commit = full === "unknown" ? "unknown" : full.slice(0, 7);
      expect(footer).toContain(t(langOfPath(path), "footer.builtFrom", {commit}));
      expect(footer).toContain(t(langOfPath(path), "footer.noSource").split("：")[0].split(":")[0]);
    }
    await page.close();
  });
});
