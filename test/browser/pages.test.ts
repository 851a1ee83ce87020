/**
 * Every page of the built site opens in Chromium with no console error, no failed request, no request
 * to any host but the local server, and no cell error (Framework shows those inline, not in the console).
 */
import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import config from "../../observablehq.config.js";
import {DIST, startBrowser} from "./browser.js";

const paths = ["/", ...config.pages.map((p) => p.path)];
let env: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  env = await startBrowser();
});
afterAll(async () => {
  await env?.close();
});

describe("every page", () => {
  test.each(paths)("%s loads cleanly and offline", async (path) => {
    const page = await env.browser.newPage();
    const problems: string[] = [];
    const host = new URL(env.base).host;
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (u.protocol.startsWith("http") && u.host !== host) problems.push(`request off the local server: ${r.url()}`);
    });
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(env.base + path, {waitUntil: "networkidle"});
    await page.waitForTimeout(500);
    const cellErrors = await page.locator(".observablehq--error").allTextContents();
    for (const e of cellErrors) problems.push(`cell error: ${e}`);
    expect(await page.locator("h1").count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

test("the build fetched nothing from a CDN (no dist/_npm)", () => {
  expect(existsSync(join(DIST, "_npm"))).toBe(false);
});
