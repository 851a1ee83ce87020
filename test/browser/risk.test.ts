/**
 * Interactions on the risk-index pages: picking a sample changes the radar chart; the health check flags
 * bad values next to the field, keeps the last valid result (never NaN) and keeps its state in the URL.
 */
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {startBrowser} from "./browser.js";

let env: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  env = await startBrowser();
});
afterAll(async () => {
  await env?.close();
});

async function open(path: string): Promise<{page: Page; errors: string[]}> {
  const page = await env.browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(env.base + path, {waitUntil: "networkidle"});
  return {page, errors};
}

describe("/risk radar chart", () => {
  test("picking another sample changes the chart; a bad pick shows a message", async () => {
    const {page, errors} = await open("/risk");
    const shape = page.locator(".radar-chart .sample-shape").first();
    const label = page.locator(".radar-chart .zone-label").first();
    const before = await shape.getAttribute("d");
    expect(await label.textContent()).toMatch(/^Sample 1 \(83743051\): f = 0\.2883, Safety zone/);
    const pick = page.locator("input[type=text]").first();
    await pick.fill("11");
    await page.waitForFunction((d) => document.querySelector(".radar-chart .sample-shape")?.getAttribute("d") !== d, before);
    expect(await label.textContent()).toMatch(/^Sample 11 .*General zone/);
    expect(await page.locator(".radar-chart svg").first().getAttribute("aria-label")).toMatch(/risk value 0\.4217, general zone/);
    // By declaration ID, and a compared sample.
    await pick.fill("16316084");
    await page.locator("input[type=text]").nth(1).fill("1");
    await page.waitForSelector(".radar-chart .compare-shape", {state: "attached"});
    expect(await label.textContent()).toMatch(/^Sample 5 \(16316084\)/);
    await pick.fill("abc");
    await page.waitForSelector(".error-message");
    expect(await page.locator(".error-message").first().textContent()).toContain("“abc” is neither a sample number");
    // The weight switch: textbook weights move the risk values and the thresholds.
    const cards = page.locator(".zone-cards").last();
    const before100 = await cards.textContent();
    await page.getByLabel("textbook entropy").first().check();
    await expect.poll(() => cards.textContent()).not.toBe(before100);
    // Small multiples: all 100.
    expect(await page.locator(".small-multiples .radar-chart").count()).toBe(100);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("/risk sections", () => {
  test("each section reads its own weights switch: the 100 samples' switch leaves the radar alone (issue 12)", async () => {
    const {page, errors} = await open("/risk");
    const label = page.locator(".radar-chart .zone-label").first();
    const smallFirst = page.locator(".small-multiples .zone-label").first();
    expect(await label.textContent()).toMatch(/^Sample 1 \(83743051\): f = 0\.2883, Safety zone/);
    const smallBefore = await smallFirst.textContent();
    const cards = page.locator(".zone-cards").last();
    const before100 = await cards.textContent();
    await page.getByLabel("textbook entropy").first().check(); // "The 100 samples"
    await expect.poll(() => cards.textContent()).not.toBe(before100);
    expect(await label.textContent()).toMatch(/f = 0\.2883, Safety zone/); // exercise 3's answer still holds
    expect(await smallFirst.textContent()).toBe(smallBefore);
    await page.getByLabel("textbook entropy").nth(1).check(); // "Radar charts"
    await expect.poll(() => label.textContent()).not.toMatch(/f = 0\.2883/);
    expect(await smallFirst.textContent()).not.toBe(smallBefore);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("/early-warning", () => {
  test("zones of all 954, filters narrow the table, a declaration opens on its own page", async () => {
    const {page, errors} = await open("/early-warning");
    const count = page.locator("p", {hasText: "declarations match"});
    await expect.poll(() => count.textContent()).toMatch(/^954 of 954 declarations match; 244 of them/);
    await page.getByLabel("Zone", {exact: true}).selectOption("safety");
    await expect.poll(() => count.textContent()).toMatch(/^252 of 954 declarations match/);
    await page.getByLabel("HS6 code starts with").fill("0");
    await expect.poll(() => count.textContent()).not.toMatch(/^252 of/);
    const link = page.locator("table a[href*='declaration?id=']").first();
    const id = await link.textContent();
    await link.click();
    await page.waitForSelector(".assessment");
    expect(page.url()).toContain(`declaration?id=${id}`);
    await expect.poll(() => page.locator("h2", {hasText: `Declaration ${id}`}).count()).toBe(1);
    // the same zone as the early-warning table: the declaration page scores it with the same indicators
    expect(await page.locator(".assessment-zone").getAttribute("data-zone")).toBe("safety");
    expect(await page.locator(".assessment-zone").textContent()).toMatch(/no all-clear|fewer than over all/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("/declaration", () => {
  test("the picker lists all 954 IDs; the first, an expert row and the last open; an unknown ID says so", async () => {
    const {page, errors} = await open("/declaration?id=nope");
    await expect.poll(() => page.locator(".note").first().textContent()).toMatch(/“nope” is not one of the 954 e-commerce declarations/);
    const ids = await page.locator("datalist option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(ids).toHaveLength(954);
    expect(new Set(ids).size).toBe(954);
    for (const [k, source] of [
      [0, /expert-scored/],
      [12, /expert-scored/],
      [953, /beyond the paper's 100/]
    ] as const) {
      const {page: p} = await open(`/declaration?id=${ids[k]}`);
      await p.waitForSelector(".assessment");
      expect(await p.locator("h2", {hasText: `Declaration ${ids[k]}`}).count()).toBe(1);
      expect(await p.locator("main").textContent()).toMatch(source);
      expect(await p.locator(".assessment-reasons li").count()).toBe(5);
      expect(await p.locator("main").textContent()).not.toMatch(/NaN/);
      await p.close();
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("/health-check from the fields", () => {
  test("starts from a declaration, flags a bad field and shows no number, reads a pasted line, loads any ID", async () => {
    const {page, errors} = await open("/health-check");
    await page.waitForSelector(".assessment");
    const zone = page.locator(".assessment-zone h2");
    expect(await zone.textContent()).toMatch(/zone: risk value 0\.\d{4}$/);
    const form = page.locator("form.declaration-input");
    await form.locator("input[name='Tax Rate']").fill("-5");
    await expect.poll(() => form.locator(".field-error").allTextContents()).toContain("Tax Rate is negative.");
    await expect.poll(() => page.locator(".assessment").count()).toBe(0);
    expect(await page.locator("main").textContent()).toMatch(/Fix the fields marked above/);
    // a pasted line (test month, Import Type 11: outside the 954) replaces the form
    await form.locator("textarea").fill("41256141,2021-04-01,40,B,11,21,11,40,LPA7LKZ,Y3OM027,FQKH1PD,,420231,IT,RO,8.0,A,G,1.0,1248.7");
    await form.getByRole("button", {name: "Read line"}).click();
    await page.waitForSelector(".assessment");
    expect(await form.locator("input[name='HS6 Code']").inputValue()).toBe("420231");
    expect(await page.locator(".assessment-model h2").textContent()).toMatch(
      /^Fraud probability \d+\.\d%: higher than \d+% of the test months' declarations\.$/
    );
    // an ID outside the 954 loads from the whole dataset and lands in the URL
    await form.locator("input[placeholder^='e.g.']").fill("97061800");
    await form.getByRole("button", {name: "Load"}).click();
    await expect.poll(() => form.locator("input[name='Declaration ID']").inputValue()).toBe("97061800");
    await expect.poll(() => page.url()).toContain("id=97061800");
    await expect.poll(() => page.locator("main").textContent()).toMatch(/In the dataset: inspected and found/);
    await form.locator("input[placeholder^='e.g.']").fill("123");
    await form.getByRole("button", {name: "Load"}).click();
    await expect.poll(() => form.locator(".field-status").first().textContent()).toMatch(/No declaration has the ID “123”/);
    expect(await page.locator("main").textContent()).not.toMatch(/NaN/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("/health-check", () => {
  test("bad values are flagged by the field, the last valid result stays, never NaN; state in the URL", async () => {
    const {page, errors} = await open("/health-check");
    const risk = page.locator(".hc-risk");
    await page.waitForSelector(".hc-risk");
    const start = await risk.textContent();
    expect(start).toBe("0.2883"); // declaration 83743051 = sample 1, published weights

    const cases: [string, string, string][] = [
      ["C5", "-3", "Net mass cannot be negative."],
      ["C1", "", "Enter a value."],
      ["C2", "abc", "“abc” is not a number."],
      ["C3", "150", "A score must be between 0 and 100."]
    ];
    for (const [id, value, message] of cases) {
      await page.fill(`#hc-${id}`, value);
      await expect.poll(() => page.locator(`#hc-${id}-message`).textContent()).toBe(message);
      expect(await page.locator(`#hc-${id}`).getAttribute("aria-invalid")).toBe("true");
      expect(await risk.textContent()).toBe(start);
    }
    expect(await page.locator(".hc-status").textContent()).toContain("Showing the last valid result");
    expect(await page.locator("body").textContent()).not.toMatch(/NaN/);

    // Fix every field, then raise C1: the result moves and the URL carries the state.
    for (const [id, value] of [
      ["C5", "220"],
      ["C1", "100"],
      ["C2", "60"],
      ["C3", "62"]
    ])
      await page.fill(`#hc-${id}`, value);
    await expect.poll(() => risk.textContent()).not.toBe(start);
    expect(Number(await risk.textContent())).toBeGreaterThan(Number(start));
    const url = page.url();
    expect(url).toContain("C1=100");
    expect(url).toContain("from=declaration-83743051");

    // Opening the shared URL restores the check.
    const {page: shared} = await open(url.replace(env.base, ""));
    await shared.waitForSelector(".hc-risk");
    expect(await shared.inputValue("#hc-C1")).toBe("100");
    expect(await shared.locator(".hc-risk").textContent()).toBe(await risk.textContent());
    // A blank start asks for values and shows no number.
    await shared.selectOption("select[name=from]", "blank");
    await expect.poll(() => shared.locator(".hc-summary").textContent()).toBe("No result yet.");
    expect(errors).toEqual([]);
    await page.close();
    await shared.close();
  });
});

describe("/zh/risk", () => {
  test("the Chinese radar pick: Chinese label and message, the same risk value; the switch moves the cards", async () => {
    const {page, errors} = await open("/zh/risk");
    const label = page.locator(".radar-chart .zone-label").first();
    // the same sample and value as /risk above, in Chinese (src/lib/i18n/texts/radar.ts, risk.ts)
    expect(await label.textContent()).toMatch(/^样本 1（83743051）：f = 0\.2883，安全区/);
    const pick = page.locator("input[type=text]").first();
    await pick.fill("abc");
    await page.waitForSelector(".error-message");
    expect(await page.locator(".error-message").first().textContent()).toContain("“abc”既不是 1–100 的样本编号");
    await pick.fill("11");
    await expect.poll(() => label.textContent()).toMatch(/^样本 11（.*一般预警区/);
    const cards = page.locator(".zone-cards").last();
    const before100 = await cards.textContent();
    await page.getByLabel("教科书熵权法").first().check();
    await expect.poll(() => cards.textContent()).not.toBe(before100);
    expect(await page.locator(".small-multiples .radar-chart").count()).toBe(100);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("/zh/early-warning", () => {
  test("the same counts in Chinese; the zone filter; the declarations link to the Chinese declaration page", async () => {
    const {page, errors} = await open("/zh/early-warning");
    const count = page.locator("p", {hasText: "条符合条件"});
    // the counts of /early-warning above
    await expect.poll(() => count.textContent()).toMatch(/^954 条申报中有 954 条符合条件；其中 244 条/);
    await page.getByLabel("预警分区", {exact: true}).selectOption({label: "安全区"}); // the options are labelled in Chinese
    await expect.poll(() => count.textContent()).toMatch(/^954 条申报中有 252 条符合条件/);
    expect(await page.locator("table .zone-chip").first().textContent()).toBe("安全区");
    const href = await page.locator("table a[href*='declaration?id=']").first().getAttribute("href");
    expect(new URL(href!, page.url()).pathname).toMatch(/^\/zh\/declaration/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
