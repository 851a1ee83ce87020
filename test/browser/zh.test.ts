/**
 * The Chinese pages (issue 16): each opens cleanly (measurePage: no console error, no failed or off-host
 * request, no cell error) with `<html lang="zh-CN">`; the language switch opens the twin with the page's
 * query and hash; the self-hosted Noto Sans SC is the font Chromium actually renders Chinese text with
 * (CSS.getPlatformFontsForNode over CDP: no screenshot), served from the local server, and English pages
 * never load it. No Chinese page shows an English text of the catalogue (englishLeaks: the sidebar, footer,
 * charts, tables and controls included, hidden parts not); the sidebar lists the Chinese pages only.
 */
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {ZH_PAGES} from "../../observablehq.config.js";
import {twinPath} from "../../src/lib/i18n/lang.js";
import {englishFragments, englishLeaks, t} from "../../src/lib/i18n/index.js";
import {startBrowser} from "./browser.js";
import {measurePage} from "./measure.js";
import {visibleTexts} from "./visibleTexts.js";

let env: Awaited<ReturnType<typeof startBrowser>>;
const fragments = englishFragments();

beforeAll(async () => {
  env = await startBrowser();
});
afterAll(async () => {
  await env?.close();
});

/** A query and hash each page keeps across the switch (a real state where the page has one). */
const STATE: Record<string, string> = {
  "/zh/health-check": "?from=standard-85&C5=24#练习",
  "/zh/declaration": "?id=97061800",
  "/zh/early-warning": "?zone=general"
};

/**
 * The address keeps the state it was opened with: each of its query parameters with the same value, and its
 * hash. A page may add parameters of its own (the health check writes all 17 values once it has loaded).
 */
function expectState(url: URL, state: string): void {
  const want = new URL(state, "http://x/");
  for (const [k, v] of want.searchParams) expect(url.searchParams.get(k), `query ${k}`).toBe(v);
  expect(decodeURIComponent(url.hash)).toBe(decodeURIComponent(want.hash));
}

describe.each(ZH_PAGES.map((p) => p.path))("%s", (path) => {
  test("opens cleanly, lang zh-CN", async () => {
    const r = await measurePage(env.browser, env.base, path, {axe: false});
    expect(r.problems).toEqual([]);
    const page = await env.browser.newPage();
    await page.goto(env.base + path, {waitUntil: "networkidle"});
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    expect(await page.title()).toContain(t("zh", "site.title"));
    await page.close();
  });

  test("shows no English text of the catalogue; its sidebar is Chinese", async () => {
    const page = await env.browser.newPage();
    await page.goto(env.base + path, {waitUntil: "networkidle"});
    await page.waitForTimeout(500);
    expect(englishLeaks(await page.evaluate(visibleTexts), fragments)).toEqual([]);
    const sidebar = await page.locator("#observablehq-sidebar a:visible").allInnerTexts();
    expect(sidebar).toContain(t("zh", "page./glossary"));
    expect(sidebar).not.toContain(t("en", "page./glossary"));
    await page.close();
  });

  test("the switch opens the English twin with the query and hash, and back", async () => {
    const state = STATE[path] ?? "?classroom=1#top";
    const page = await env.browser.newPage();
    await page.goto(env.base + path + state, {waitUntil: "networkidle"});
    await page.locator("a[data-lang-switch]").click();
    await page.waitForURL((u) => !u.pathname.startsWith("/zh"));
    const en = new URL(page.url());
    expect(en.pathname.replace(/\.html$/, "").replace(/\/index$/, "/")).toBe(twinPath(path, "en"));
    expectState(en, state);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.locator("a[data-lang-switch]").click();
    await page.waitForURL((u) => u.pathname.startsWith("/zh"));
    expectState(new URL(page.url()), state);
    await page.close();
  });
});

describe("the Chinese font", () => {
  test("Noto Sans SC, self-hosted, renders the Chinese text; English pages do not load it", async () => {
    const page = await env.browser.newPage();
    const fontRequests: string[] = [];
    page.on("request", (r) => /\.woff2?$|noto-sans-sc/.test(r.url()) && fontRequests.push(r.url()));
    await page.goto(env.base + "/zh/", {waitUntil: "networkidle"});
    await page.evaluate(() => document.fonts.ready);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const {root} = await cdp.send("DOM.getDocument");
    for (const selector of ["main h1", "main p", "#observablehq-sidebar .observablehq-link-active a"]) {
      const {nodeId} = await cdp.send("DOM.querySelector", {nodeId: root.nodeId, selector});
      const {fonts} = await cdp.send("CSS.getPlatformFontsForNode", {nodeId});
      // Every glyph of the element's own text comes from the web font (a system CJK font would show
      // here). The subsets' internal names vary ("Noto Sans SC", "Noto Sans SC Thin"): the family is the test.
      expect(fonts.length, selector).toBe(1);
      expect(fonts[0].familyName, selector).toMatch(/^Noto Sans SC\b/);
      expect(fonts[0].isCustomFont, selector).toBe(true);
    }
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', "海关风险预警"))).toBe(true);
    expect(fontRequests.length).toBeGreaterThan(0);
    const local = new URL(env.base).origin;
    expect(fontRequests.filter((u) => !u.startsWith(local))).toEqual([]);

    const en = await env.browser.newPage();
    const enFonts: string[] = [];
    en.on("request", (r) => /noto-sans-sc/.test(r.url()) && enFonts.push(r.url()));
    await en.goto(env.base + "/health-check", {waitUntil: "networkidle"});
    expect(enFonts).toEqual([]);
    await page.close();
    await en.close();
  });
});
