/**
 * Every page of the built site opens in Chromium with no console error, no failed request, no request
 * to any host but the local server, no cell error (Framework shows those inline, not in the console),
 * no serious or critical axe-core violation, and (unless it trains a network) without loading tfjs.
 */
import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {PAGES, ZH_PAGES} from "../../observablehq.config.js";
import {DIST, startBrowser} from "./browser.js";
import {measurePage, TRAINING_PAGES} from "./measure.js";

export const PATHS = ["/", ...[...PAGES, ...ZH_PAGES].map((p) => p.path)];
let env: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  env = await startBrowser();
});
afterAll(async () => {
  await env?.close();
});

describe("every page", () => {
  test.each(PATHS)("%s loads cleanly, offline and accessibly", async (path) => {
    const r = await measurePage(env.browser, env.base, path);
    expect(r.problems).toEqual([]);
    expect(r.axe.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    expect(r.axe.map((v) => v.id)).not.toContain("meta-viewport"); // readers can zoom (scripts/postbuild.ts)
    if (!TRAINING_PAGES.has(path)) expect(r.loadsTfjs).toBe(false);
    expect(r.requests).toBeGreaterThan(1);
  });

  test("classroom flag: ?classroom=1 enlarges the text as rendered (charts and tables too: readers.test.ts)", async () => {
    // a fresh tab each: the mode is kept in the tab's sessionStorage
    const rendered = async (path: string) => {
      const page = await env.browser.newPage({viewport: {width: 1280, height: 720}});
      await page.goto(`${env.base}${path}`, {waitUntil: "networkidle"});
      const r = await page.evaluate(() => ({
        on: document.documentElement.classList.contains("classroom"),
        line:
          document.querySelector("#observablehq-main p")!.getBoundingClientRect().height /
          document.querySelector("#observablehq-main p")!.getClientRects().length
      }));
      await page.close();
      return r;
    };
    const big = await rendered("/data?classroom=1");
    const normal = await rendered("/data");
    expect(big.on).toBe(true);
    expect(normal.on).toBe(false);
    expect(big.line).toBeGreaterThan(normal.line);
  });
});

test("the build fetched nothing from a CDN (no dist/_npm)", () => {
  expect(existsSync(join(DIST, "_npm"))).toBe(false);
});
