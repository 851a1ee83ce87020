/**
 * Issue 15 item 5, on a phone (390 x 844, the width the issue's readers used): every page of the sidebar
 * (PAGES in observablehq.config.ts, the summary too) fits the screen (the page itself never scrolls
 * sideways: wide tables and formulas scroll in their own box), its charts' text is at least 11 px as
 * rendered, no chart shows Plot's warning sign, and nothing is logged as a console error.
 */
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {PAGES} from "../../observablehq.config.js";
import {startBrowser} from "./browser.js";

const PHONE = {width: 390, height: 844};
/** The legibility floor the issue asks for (px as rendered), less a rounding allowance. */
const MIN_PX = 11;
const ROUNDING = 0.05;

let env: Awaited<ReturnType<typeof startBrowser>>;
beforeAll(async () => {
  env = await startBrowser();
});
afterAll(async () => {
  await env?.close();
});

describe("at 390 px", () => {
  test.each(["/", ...PAGES.map((p) => p.path)])("%s fits the screen, its chart text is legible, no console error", async (path) => {
    const page = await env.browser.newPage({viewport: PHONE});
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(env.base + path, {waitUntil: "networkidle"});
    await page.waitForTimeout(600);
    const r = await page.evaluate((floor) => {
      const small: string[] = [];
      let measured = 0;
      for (const t of document.querySelectorAll<SVGTextElement>("#observablehq-main svg text")) {
        // Left out, with the reason: text that is not drawn (display: none, or inside a closed <details>
        // and so with an empty box) and text that is only a <title> tooltip (not an SVG <text>, never here).
        const box = t.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (getComputedStyle(t).visibility === "hidden") continue;
        if (!(t.textContent ?? "").trim()) continue; // an empty label draws nothing
        const m = t.getScreenCTM();
        const scale = m ? Math.hypot(m.a, m.b) : 1;
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        measured++;
        if (px < floor) {
          const chart = t.closest("svg")?.getAttribute("aria-label") ?? t.closest("svg")?.getAttribute("class") ?? "?";
          small.push(`${px.toFixed(1)} px “${t.textContent?.slice(0, 20)}” in ${chart.slice(0, 60)}`);
        }
      }
      const warnings = [...document.querySelectorAll("#observablehq-main svg text")].filter((t) => t.textContent?.includes("⚠")).length;
      return {overflow: document.documentElement.scrollWidth - window.innerWidth, small, measured, warnings};
    }, MIN_PX - ROUNDING);
    expect(r.overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
    expect(r.small.slice(0, 5), `${r.small.length} of ${r.measured} chart texts under ${MIN_PX} px`).toEqual([]);
    expect(r.warnings, "Plot's ⚠ (a chart warning) is shown").toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the test measures what it claims: the summary's chart has its text at 11 px or more", async () => {
    // A page with charts must give the size check something to measure (else an empty page would pass).
    const page = await env.browser.newPage({viewport: PHONE});
    await page.goto(env.base + "/", {waitUntil: "networkidle"});
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll<SVGTextElement>("#observablehq-main svg[class^='plot'] text")].map((t) => {
        const m = t.getScreenCTM()!;
        return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
      })
    );
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_PX - ROUNDING);
    await page.close();
  });

  test("a wide table scrolls in its own box with its first column fixed", async () => {
    const page = await env.browser.newPage({viewport: PHONE});
    await page.goto(env.base + "/early-warning", {waitUntil: "networkidle"});
    const table = page.locator("#observablehq-main form[class$='-table']").first();
    const r = await table.evaluate((form) => {
      const before = form.querySelector("tbody tr td:nth-child(2)")!.getBoundingClientRect().left;
      const third = form.querySelector("tbody tr td:nth-child(3)")!.getBoundingClientRect().left;
      form.scrollLeft = 200;
      return {
        wide: form.scrollWidth > form.clientWidth,
        first: form.querySelector("tbody tr td:nth-child(2)")!.getBoundingClientRect().left - before,
        third: form.querySelector("tbody tr td:nth-child(3)")!.getBoundingClientRect().left - third
      };
    });
    expect(r.wide).toBe(true);
    expect(r.third).toBeLessThan(-100); // the other columns moved
    expect(Math.abs(r.first)).toBeLessThan(20); // the first column stayed (less the hidden selection cell)
    await page.close();
  });
});
