/**
 * Issue 15, classroom mode on a projector (1280 x 720): the content column is zoomed (style.css), so a
 * chart laid out for one width and shown in another is cut on its right. On the pages with charts drawn by
 * the report's own components (the radar chart, the assessment's charts, the histograms and rate charts),
 * in English and Chinese, every chart and figure stays inside the content column and the viewport, and the
 * page does not scroll sideways: with the sidebar folded (as classroom mode opens), with it opened again
 * (its toggle), and at 1263 px (a 1280 px window less a 17 px classic scrollbar, which headless Chromium
 * does not draw). Charts inside their own scroll box (a wide table) are left to that box.
 */
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {builtDeclarationIds, startBrowser} from "./browser.js";

let env: Awaited<ReturnType<typeof startBrowser>>;
beforeAll(async () => {
  env = await startBrowser();
});
afterAll(async () => {
  await env?.close();
});

/** The declaration page opens one declaration: the build's first (an expert-scored one). */
const PAGES = ["/health-check", "/risk", `/declaration?id=${builtDeclarationIds()[0]}`, "/early-warning"].flatMap((p) => [p, `/zh${p}`]);
const CASES = [
  {name: "1280 x 720", width: 1280, sidebar: false},
  {name: "1280 x 720, sidebar open", width: 1280, sidebar: true},
  {name: "1263 x 720 (a scrollbar's less)", width: 1263, sidebar: false}
];

describe("classroom mode at a projector's size", () => {
  test.each(CASES.flatMap((c) => PAGES.map((path) => ({...c, path}))))(
    "$path at $name: every chart inside the column",
    async ({path, width, sidebar}) => {
      const page = await env.browser.newPage({viewport: {width, height: 720}});
      await page.addInitScript("globalThis.__name = (f) => f");
      await page.goto(`${env.base}${path}${path.includes("?") ? "&" : "?"}classroom=1`, {waitUntil: "networkidle"});
      // every one of these pages draws a figure: wait for it (a loaded machine renders slowly), then let it settle
      await page.waitForFunction(() => document.querySelector("#observablehq-main figure svg"), null, {timeout: 30_000});
      await page.waitForTimeout(600);
      if (sidebar) {
        await page.evaluate(() => document.getElementById("observablehq-sidebar-toggle")!.click());
        await page.waitForTimeout(800); // the sidebar's transition, then the charts redrawn for the new width
      }
      const r = await page.evaluate(() => {
        const main = document.getElementById("observablehq-main")!;
        const column = main.getBoundingClientRect();
        const inScrollBox = (e: Element) => {
          for (let a = e.parentElement; a && a !== main; a = a.parentElement) if (getComputedStyle(a).overflowX !== "visible") return true;
          return false;
        };
        const out: string[] = [];
        let measured = 0;
        for (const e of main.querySelectorAll("svg, figure, canvas, img, .radar-chart")) {
          const b = e.getBoundingClientRect();
          if (b.width === 0 || b.height === 0 || inScrollBox(e)) continue;
          measured++;
          if (b.right > column.right + 1 || b.right > innerWidth + 1 || b.left < column.left - 1)
            out.push(`${e.tagName.toLowerCase()}.${e.getAttribute("class") ?? ""} [${b.left.toFixed(0)}, ${b.right.toFixed(0)}]`);
        }
        return {
          out,
          measured,
          column: [column.left, column.right].map(Math.round),
          classroom: document.documentElement.classList.contains("classroom"),
          sidebar: document.getElementById("observablehq-sidebar")!.getBoundingClientRect().right,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth
        };
      });
      expect(r.classroom).toBe(true);
      if (sidebar) expect(r.sidebar).toBeGreaterThan(100);
      expect(r.measured, "charts measured").toBeGreaterThan(0);
      expect(r.out, `outside the column ${JSON.stringify(r.column)}`).toEqual([]);
      expect(r.overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
      await page.close();
    }
  );
});
