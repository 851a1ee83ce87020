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

  test("classroom flag: ?classroom=1 enlarges type and hides advanced controls on every page", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.base}/data?classroom=1`, {waitUntil: "networkidle"});
    expect(await page.evaluate(() => document.documentElement.classList.contains("classroom"))).toBe(true);
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await page.goto(`${env.base}/data`, {waitUntil: "networkidle"});
    const normal = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(size).toBeGreaterThan(normal);
    await page.close();
  });
});

test("the build fetched nothing from a CDN (no dist/_npm)", () => {
  expect(existsSync(join(DIST, "_npm"))).toBe(false);
});
