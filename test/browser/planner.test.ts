/**
 * The inspection planner: changing the rate and the cost moves the cards and the sentence (and the address);
 * a bad cost or an unknown ranking in the address gives a message beside its control and no NaN anywhere;
 * classroom mode hides the advanced controls; the page fits 390 px and prints its cards.
 */
import {afterAll, beforeAll, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {startBrowser} from "./browser.js";

let env: Awaited<ReturnType<typeof startBrowser>>;
beforeAll(async () => {
  env = await startBrowser();
});
afterAll(async () => {
  await env?.close();
});

async function open(path: string, width = 1280): Promise<{page: Page; problems: string[]}> {
  const page = await env.browser.newPage({viewport: {width, height: 900}});
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(env.base + path, {waitUntil: "networkidle"});
  await page.locator(".planner-cards").waitFor();
  return {page, problems};
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
const noNaN = async (page: Page) => expect(await page.locator("#observablehq-main").innerText()).not.toMatch(/NaN|undefined|Infinity/);

test("changing the rate and the cost moves the cards and the sentence", async () => {
  const {page, problems} = await open("/planner");
  const inspected = await text(page, ".planner-inspected .big-number");
  const sentence = await text(page, ".planner-sentence");
  const net = await text(page, ".planner-net .big-number");

  await page.getByLabel("Inspection rate (%)", {exact: true}).fill("10");
  await expect.poll(() => text(page, ".planner-inspected .big-number")).not.toBe(inspected);
  expect(await text(page, ".planner-sentence")).not.toBe(sentence);
  expect(await text(page, ".planner-sentence")).toContain("10%");
  await expect.poll(() => new URL(page.url()).searchParams.get("rate")).toBe("10");
  const inspected10 = Number((await text(page, ".planner-inspected .big-number")).replace(/,/g, ""));
  expect(inspected10).toBe(2 * Number(inspected.replace(/,/g, "")));

  const sentence10 = await text(page, ".planner-sentence");
  await page.getByLabel("Cost per inspection (KRW)").fill("20,000");
  await expect.poll(() => text(page, ".planner-cost")).toContain("20,000 KRW");
  expect(await text(page, ".planner-net .big-number")).not.toBe(net);
  expect(await text(page, ".planner-sentence")).not.toBe(sentence10);
  expect(await text(page, ".planner-sentence")).toContain("20,000 KRW an inspection");
  await expect.poll(() => new URL(page.url()).searchParams.get("cost")).toBe("20000");

  // a bad rate typed in: a message beside it, the cards stay at 10%
  await page.getByLabel("Inspection rate (%)", {exact: true}).fill("250");
  await expect.poll(() => page.locator(".planner-message", {hasText: "Inspection rate"}).isVisible()).toBe(true);
  expect(Number((await text(page, ".planner-inspected .big-number")).replace(/,/g, ""))).toBe(inspected10);
  await noNaN(page);
  expect(await page.locator(".observablehq--error").count()).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});

test("a bad cost in the address shows a message beside the cost and no NaN anywhere", async () => {
  const {page, problems} = await open("/planner?cost=-5&share=abc");
  const costRow = page.locator(".planner-field", {has: page.getByLabel("Cost per inspection (KRW)")});
  await expect.poll(() => costRow.locator(".planner-message").innerText()).toMatch(/Cost per inspection: −5 is negative/);
  expect(await page.getByLabel("Cost per inspection (KRW)").getAttribute("aria-invalid")).toBe("true");
  expect(await page.locator(".planner-message", {hasText: "Recovery share"}).count()).toBe(1);
  expect(await text(page, ".planner-cost")).toContain("100,000 KRW ×"); // the default, the last good state
  await noNaN(page);
  expect(problems).toEqual([]);
  await page.close();
});

test("an unknown ranking in the address: a message beside the ranking, the default shown", async () => {
  const {page} = await open("/planner?ranking=magic");
  const rankingRow = page.locator(".planner-field", {has: page.getByLabel("Ranking", {exact: true})});
  expect(await rankingRow.locator(".planner-message").innerText()).toMatch(/“magic” this page does not know/);
  await noNaN(page);
  await page.close();
});

test("classroom mode hides the advanced controls; 390 px fits; print keeps the cards and the sentence, not the controls", async () => {
  const {page} = await open("/planner?classroom=1");
  expect(await page.locator(".planner-controls .advanced").first().isVisible()).toBe(false);
  expect(await page.locator("section.exercise").count()).toBeGreaterThanOrEqual(2);
  await page.emulateMedia({media: "print"});
  expect(await page.locator(".planner-cards").isVisible()).toBe(true);
  // controls are not printed (issue 15); the sentence states the plan's inputs in words instead
  expect(await page.locator(".planner-controls").isVisible()).toBe(false);
  expect(await page.locator(".planner-sentence").isVisible()).toBe(true);
  await page.close();
  const narrow = await open("/planner", 390);
  await narrow.page.waitForTimeout(300);
  const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await noNaN(narrow.page);
  await narrow.page.close();
});

// Issue 16: the Chinese twin works the same way, its controls and messages in Chinese (texts of
// src/lib/i18n/texts/lab.ts), amounts in 万韩元 (formatKrw's Chinese scale).
test("/zh/planner: the rate moves the cards; a bad value gets a Chinese message; the table's columns are Chinese", async () => {
  const {page, problems} = await open("/zh/planner?cost=-5");
  const costRow = page.locator(".planner-field", {has: page.getByLabel("每次查验成本（韩元）")});
  await expect.poll(() => costRow.locator(".planner-message").innerText()).toBe("每次查验成本：−5 是负数；请输入 0 韩元或以上。");
  const inspected = Number((await text(page, ".planner-inspected .big-number")).replace(/,/g, ""));
  await page.getByLabel("查验率（%）", {exact: true}).fill("10");
  await expect.poll(async () => Number((await text(page, ".planner-inspected .big-number")).replace(/,/g, ""))).toBe(2 * inspected);
  expect(await text(page, ".planner-sentence")).toContain("10%");
  expect(await text(page, ".planner-cost")).toContain("10万韩元 ×"); // the default cost, 100,000 KRW
  await page.getByLabel("查验率（%）", {exact: true}).fill("abc");
  await expect.poll(() => page.locator(".planner-message", {hasText: "查验率：“abc”不是数字。"}).count()).toBe(1);
  expect(await page.locator("table th").allInnerTexts()).toContain("净收益（韩元）");
  await noNaN(page);
  expect(problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
  await page.close();
});
