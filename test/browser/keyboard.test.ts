/**
 * Keyboard and accessible charts on the interactive pages and /data:
 * - Tab reaches every visible input, select, button and summary (a control that Tab skips fails);
 * - every chart <svg> has an accessible name (aria-label, aria-labelledby or a <title>);
 * - every chart has its data nearby: a table or a CSV download in its cell or the three blocks either side.
 * Also classroom mode (?classroom=1): the exercises are shown (answers by keyboard, closed ones not printed)
 * and advanced controls are hidden.
 */
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {startBrowser} from "./browser.js";

const PAGES = ["/weights", "/risk", "/early-warning", "/health-check", "/training", "/planner", "/data"];

let env: Awaited<ReturnType<typeof startBrowser>>;
beforeAll(async () => {
  env = await startBrowser();
});
afterAll(async () => {
  await env?.close();
});

async function open(path: string): Promise<Page> {
  const page = await env.browser.newPage({viewport: {width: 1280, height: 900}});
  await page.goto(env.base + path, {waitUntil: "networkidle"});
  await page.waitForTimeout(300);
  return page;
}

/**
 * Tag every visible control with data-kbd=<index>; return their descriptions. The radios of one group
 * share an index: Tab stops once per group and the arrow keys move within it (the ARIA radio-group pattern).
 */
async function tagControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none" && !(el as HTMLInputElement).disabled;
    };
    const controls = [...document.querySelectorAll("input:not([type=hidden]), select, textarea, button, summary")].filter(visible);
    const groups = new Map<string, number>();
    const out: string[] = [];
    for (const el of controls) {
      const radio = el instanceof HTMLInputElement && el.type === "radio" && el.name ? el : null;
      if (radio && groups.has(radio.name)) {
        el.setAttribute("data-kbd", String(groups.get(radio.name)));
        continue;
      }
      const i = out.length;
      if (radio) groups.set(radio.name, i);
      el.setAttribute("data-kbd", String(i));
      const label = el.getAttribute("aria-label") ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? "";
      out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} “${label.trim().slice(0, 40)}”`);
    }
    return out;
  });
}

/**
 * Press Tab from the top of the page (in batches, a focusin listener records what gets focus) until focus
 * wraps around to the first element or all `want` controls are reached; return the data-kbd indices focused.
 */
async function tabThrough(page: Page, want: number, max = 2000): Promise<Set<number>> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    const w = window as unknown as {kbd: {reached: Set<number>; first: Element | null; wrapped: boolean}};
    w.kbd = {reached: new Set(), first: null, wrapped: false};
    document.addEventListener("focusin", (e) => {
      const t = e.target as Element;
      if (t.hasAttribute("data-kbd")) w.kbd.reached.add(Number(t.getAttribute("data-kbd")));
      if (w.kbd.first === null) w.kbd.first = t;
      else if (t === w.kbd.first) w.kbd.wrapped = true;
    });
  });
  const state = () =>
    page.evaluate(() => {
      const k = (window as unknown as {kbd: {reached: Set<number>; wrapped: boolean}}).kbd;
      return {reached: [...k.reached], wrapped: k.wrapped};
    });
  for (let k = 0; k < max; k += 25) {
    for (let j = 0; j < 25; j++) await page.keyboard.press("Tab");
    const {reached, wrapped} = await state();
    if (wrapped || reached.length === want) break;
  }
  return new Set((await state()).reached);
}

/** Charts: <svg> elements at least 80×50 px outside the navigation (Plot figures, radar charts, swatches excluded). */
async function chartReport(page: Page): Promise<{unnamed: string[]; noData: string[]; count: number}> {
  return page.evaluate(() => {
    const charts = [...document.querySelectorAll("#observablehq-main svg")].filter((svg) => {
      const r = svg.getBoundingClientRect();
      return r.width >= 80 && r.height >= 50 && !svg.parentElement?.closest("svg");
    });
    const named = (svg: Element) =>
      !!svg.getAttribute("aria-label")?.trim() ||
      (svg.getAttribute("aria-labelledby") ?? "").split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim()) ||
      !!svg.querySelector(":scope > title")?.textContent?.trim();
    // The chart's cell (a Framework cell, or the chart's closest block) and the three siblings either side.
    const hasData = (svg: Element) => {
      let cell: Element = svg;
      while (cell.parentElement && cell.parentElement.id !== "observablehq-main" && !cell.parentElement.classList.contains("observablehq"))
        cell = cell.parentElement;
      if (cell.parentElement?.classList.contains("observablehq")) cell = cell.parentElement;
      const near: Element[] = [cell];
      for (const step of ["nextElementSibling", "previousElementSibling"] as const) {
        let n: Element | null = cell;
        for (let k = 0; k < 3 && n; k++) {
          n = n[step];
          if (n) near.push(n);
        }
      }
      return near.some((e) => e.querySelector("table") || [...e.querySelectorAll("a.download-link")].some((a) => a.textContent === "CSV"));
    };
    const describe = (svg: Element) => svg.getAttribute("aria-label") ?? svg.outerHTML.slice(0, 80);
    return {
      count: charts.length,
      unnamed: charts.filter((s) => !named(s)).map(describe),
      noData: charts.filter((s) => !hasData(s)).map(describe)
    };
  });
}

describe("keyboard and accessible charts", () => {
  for (const path of PAGES) {
    test(`${path}: Tab reaches every visible control; charts are named and come with their data`, async () => {
      const page = await open(path);
      const controls = await tagControls(page);
      expect(controls.length).toBeGreaterThan(0);
      const reached = await tabThrough(page, controls.length);
      const skipped = controls.filter((_, i) => !reached.has(i));
      expect(skipped, `${path}: controls Tab never reaches`).toEqual([]);
      const charts = await chartReport(page);
      expect(charts.unnamed, `${path}: charts without an accessible name`).toEqual([]);
      expect(charts.noData, `${path}: charts without a table or CSV nearby`).toEqual([]);
      await page.close();
    });
  }
});

describe("classroom mode", () => {
  for (const path of ["/weights", "/risk", "/early-warning", "/health-check", "/training", "/planner"]) {
    test(`${path}?classroom=1 shows the exercises`, async () => {
      const page = await open(`${path}?classroom=1`);
      expect(await page.evaluate(() => document.documentElement.classList.contains("classroom"))).toBe(true);
      const exercises = page.locator("section.exercise");
      expect(await exercises.count()).toBeGreaterThanOrEqual(2);
      for (const ex of await exercises.all()) {
        expect(await ex.isVisible()).toBe(true);
        const name = await ex.evaluate((s) => document.getElementById(s.getAttribute("aria-labelledby") ?? "")?.textContent);
        expect(name).toMatch(/^Exercise \d+$/);
      }
      // The answer stays hidden until its summary is activated from the keyboard.
      const answer = exercises.first().locator("details.exercise-answer");
      expect(await answer.locator("div").isVisible()).toBe(false);
      await answer.locator("summary").focus();
      await page.keyboard.press("Enter");
      expect(await answer.locator("div").isVisible()).toBe(true);
      expect((await answer.locator("div").textContent())?.trim()).toMatch(/\d/);
      // In print an opened answer prints; a closed one (and its "Answer" toggle) is left out.
      await page.emulateMedia({media: "print"});
      expect(await answer.isVisible()).toBe(true);
      expect(await exercises.last().locator("details.exercise-answer").isVisible()).toBe(false);
      await page.emulateMedia({media: "screen"});
      if (path === "/weights" || path === "/training" || path === "/planner") {
        const advanced = page.locator(".advanced");
        expect(await advanced.count()).toBeGreaterThan(0);
        expect(await advanced.first().isVisible()).toBe(false);
        const normal = await open(path);
        expect(await normal.locator(".advanced").first().isVisible()).toBe(true);
        await normal.close();
      }
      await page.close();
    });
  }
});

test("/training: the seed exercise's answer is what the lab shows after training that seed", async () => {
  const page = await open("/training?preset=keras&seed=2");
  await page.locator(".lab-play").click();
  await page.waitForSelector(".training-lab[data-state='done']", {timeout: 60_000});
  const live = (await page.locator(".lab-mae-test").textContent())?.trim();
  expect(live).toMatch(/^\d\.\d{4}$/);
  const answer = await page.locator("section.exercise").first().locator("details.exercise-answer div").textContent();
  expect(answer).toContain(`seed 2: ${live}`);
  await page.close();
});
