/**
 * The "Does it catch fraud?" page: the inspection-rate slider and the population drive the table, the
 * all-versus-novel table shows the lookup at chance on novel rows, and the BP network retrains in the
 * browser and reports its test precision.
 */
import {afterAll, beforeAll, expect, test} from "vitest";
import {startBrowser} from "./browser.js";

let env: Awaited<ReturnType<typeof startBrowser>>;
beforeAll(async () => {
  env = await startBrowser();
});
afterAll(async () => {
  await env?.close();
});

test("the inspection-rate slider changes the table; the network retrains in the browser", async () => {
  const page = await env.browser.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.base}/validation`, {waitUntil: "networkidle"});
  const caption = page.locator("p.caption", {hasText: "Inspecting the top"});
  await expect.poll(() => caption.textContent()).toContain("top 5%");
  const rateInput = page.locator("form", {hasText: "Inspect the top"}).locator('input[type="number"]');
  await rateInput.fill("20");
  await rateInput.dispatchEvent("input");
  await expect.poll(() => caption.textContent()).toContain("top 20%");
  // the novel population: the caption follows, the lookup yardstick falls to chance
  await page.getByLabel(/novel declarations \(unseen price\)/).check();
  await expect.poll(() => caption.textContent()).toContain("novel declarations");
  const allNovel = page.locator("table", {hasText: "AUC, novel"});
  await expect.poll(() => allNovel.locator("tbody tr").count()).toBeGreaterThan(5);
  expect(await allNovel.locator("tr", {hasText: "Exact-value lookup: Item Price"}).first().textContent()).toContain("0.500");

  const epochs = page.locator("form", {hasText: "Epochs"}).locator('input[type="number"]').first();
  await epochs.fill("2");
  await epochs.dispatchEvent("input");
  await page.getByRole("button", {name: "Train in the browser"}).click();
  await expect.poll(() => page.locator(".card", {hasText: "Test AUC"}).count(), {timeout: 60_000}).toBe(1);
  const text = await page.locator(".card", {hasText: "Precision, top 20%"}).textContent();
  expect(text).toMatch(/\d+\.\d%/);
  expect(errors).toEqual([]);
  await page.close();
});

test("/zh/validation: the same controls in Chinese drive the table and caption; the network retrains with Chinese cards", async () => {
  const page = await env.browser.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.base}/zh/validation`, {waitUntil: "networkidle"});
  const caption = page.locator("p.caption", {hasText: "查验测试期"});
  await expect.poll(() => caption.textContent(), {timeout: 15_000}).toContain("前 5%");
  const rateInput = page.locator("form", {hasText: "查验风险最高的前"}).locator('input[type="number"]');
  await rateInput.fill("20");
  await rateInput.dispatchEvent("input");
  await expect.poll(() => caption.textContent(), {timeout: 10_000}).toContain("前 20%");
  // the novel population: the caption names it, the lookup yardstick falls to chance as on the English page
  await page.getByLabel(/条新申报（价格未出现过）/).check();
  await expect.poll(() => caption.textContent(), {timeout: 10_000}).toContain("新申报");
  const allNovel = page.locator("table", {hasText: "AUC（新申报）"});
  await expect.poll(() => allNovel.locator("tbody tr").count(), {timeout: 10_000}).toBeGreaterThan(5);
  expect(await allNovel.locator("tr", {hasText: "精确值查表：完税价格（Item Price）"}).first().textContent()).toContain("0.500");

  const epochs = page.locator("form", {hasText: "训练轮数"}).locator('input[type="number"]').first();
  await epochs.fill("2");
  await epochs.dispatchEvent("input");
  await page.getByRole("button", {name: "在浏览器中训练"}).click();
  await expect.poll(() => page.locator(".card", {hasText: "测试期 AUC"}).count(), {timeout: 60_000}).toBe(1);
  const text = await page.locator(".card", {hasText: "精确率，前 20%"}).textContent();
  expect(text).toMatch(/\d+\.\d%/);
  expect(text).toMatch(/次查验中查获/);
  expect(errors).toEqual([]);
  await page.close();
});
