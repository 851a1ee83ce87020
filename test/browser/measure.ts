/**
 * Open one built page and record what a reader's browser would meet: console errors, failed or off-host
 * requests, Framework cell errors, transferred bytes, whether tfjs was loaded, and axe-core violations.
 * Used by the browser tests (which assert) and by the bench (which prints).
 */
import {createRequire} from "node:module";
import type {Browser, Page} from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

export interface PageReport {
  path: string;
  problems: string[];
  bytes: number;
  requests: number;
  loadsTfjs: boolean;
  axe: AxeViolation[];
}

/** Pages that train a network in the browser: the only ones allowed to load tfjs. */
export const TRAINING_PAGES = new Set(["/training", "/validation"]);

export async function measurePage(
  browser: Browser,
  base: string,
  path: string,
  {axe = true, settle = 800, act}: {axe?: boolean; settle?: number; act?: (page: Page) => Promise<void>} = {}
): Promise<PageReport> {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  const problems: string[] = [];
  const host = new URL(base).host;
  const urls: string[] = [];
  let bytes = 0;
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => {
    // Downloads the page itself cancels (blob: links) are not failures.
    if (!r.url().startsWith("blob:")) problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith("http") && u.host !== host) problems.push(`request off the local server: ${r.url()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on("requestfinished", async (r) => {
    urls.push(r.url());
    try {
      const s = await r.sizes();
      bytes += s.responseBodySize + s.responseHeadersSize;
    } catch {
      // the page closed before the sizes were read
    }
  });
  await page.goto(base + path, {waitUntil: "networkidle"});
  await page.waitForTimeout(settle);
  if (act) await act(page);
  for (const e of await page.locator(".observablehq--error").allTextContents()) problems.push(`cell error: ${e}`);
  let violations: AxeViolation[] = [];
  if (axe) {
    await page.addScriptTag({path: AXE});
    violations = await page.evaluate(async () => {
      const w = window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown
          ) => Promise<{violations: {id: string; impact: string | null; help: string; nodes: {target: string[]}[]}[]}>;
        };
      };
      const r = await w.axe.run(document, {resultTypes: ["violations"]});
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.length,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(" "))
      }));
    });
  }
  await page.close();
  return {path, problems, bytes, requests: urls.length, loadsTfjs: urls.some((u) => /tfjs|tf\.fesm/.test(u)), axe: violations};
}
