/**
 * The training page: Play trains the Keras preset to its last epoch (the loss falls, the table fills),
 * Reset clears it, the state goes into the URL, and ?classroom=1 hides the advanced controls.
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

test("Play trains the Keras preset: the loss falls and the table fills; Reset clears it", async () => {
  const page = await env.browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${env.base}/training?preset=keras`, {waitUntil: "networkidle"});
  await page.locator(".lab-play").click();
  await page.waitForSelector(".training-lab[data-state='done']", {timeout: 60_000});
  expect(await page.locator(".lab-epoch").textContent()).toContain("Epoch 500 / 500");
  const loss = await page.locator(".lab-loss").evaluate((e) => [Number((e as HTMLElement).dataset.firstLoss), Number((e as HTMLElement).dataset.lastLoss)]);
  expect(loss[1]).toBeLessThan(loss[0] / 2);
  const ours = await page.locator(".lab-results td.lab-ours").allTextContents();
  expect(ours).toHaveLength(17);
  expect(ours.every((t) => /^-?\d\.\d{4}$/.test(t))).toBe(true);
  expect(await page.locator(".lab-mae-test").textContent()).toMatch(/^\d\.\d{4}$/);
  expect(await page.locator(".lab-results tr.in-sample").count()).toBe(13);
  await page.locator(".lab-reset").click();
  expect(await page.locator(".lab-epoch").textContent()).toContain("Epoch 0 / 500");
  expect(await page.locator(".lab-results td.lab-ours").first().textContent()).toBe("–");
  expect(errors).toEqual([]);
  await page.close();
});

test("the state is in the URL and ?classroom=1 hides the advanced controls", async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.base}/training?preset=matlab&seed=5&classroom=1`, {waitUntil: "networkidle"});
  expect(await page.locator("#lab-seed").inputValue()).toBe("5");
  expect(await page.locator("#lab-engine").inputValue()).toBe("lm");
  expect(await page.locator("#lab-engine").isVisible()).toBe(false);
  expect(await page.locator("#lab-seed").isVisible()).toBe(true);
  await page.locator("#lab-seed").fill("9");
  await page.locator("#lab-seed").dispatchEvent("change");
  expect(new URL(page.url()).searchParams.get("seed")).toBe("9");
  expect(new URL(page.url()).searchParams.get("preset")).toBe("matlab");
  expect(new URL(page.url()).searchParams.get("classroom")).toBe("1");
  await page.close();
});

test("the MATLAB preset steps Levenberg-Marquardt in the browser", async () => {
  const page = await env.browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.base}/training?preset=matlab&epochs=5`, {waitUntil: "networkidle"});
  await page.locator(".lab-step").click();
  await page.locator(".lab-step").click();
  expect(await page.locator(".lab-epoch").textContent()).toContain("Epoch 2 / 5");
  expect(await page.locator(".lab-results td.lab-ours").first().textContent()).toMatch(/^-?\d\.\d{4}$/);
  expect(errors).toEqual([]);
  await page.close();
});

test("the default page does not download tfjs; choosing the tfjs engine loads it and trains", async () => {
  const page = await env.browser.newPage();
  const errors: string[] = [];
  const tfjs: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("request", (r) => /tfjs|tf\.fesm/.test(r.url()) && tfjs.push(r.url()));
  await page.goto(`${env.base}/training`, {waitUntil: "networkidle"});
  expect(await page.locator("#lab-engine").inputValue()).toBe("typed");
  expect(tfjs).toEqual([]);
  await page.locator("#lab-engine").selectOption("tfjs");
  await page.locator(".lab-play").click(); // pressed while tfjs is still loading: it starts once loaded
  await page.waitForSelector(".training-lab[data-state='done']", {timeout: 90_000});
  expect(tfjs.length).toBeGreaterThan(0);
  expect(new URL(page.url()).searchParams.get("engine")).toBe("tfjs");
  expect(await page.locator(".lab-results td.lab-ours").first().textContent()).toMatch(/^-?\d\.\d{4}$/);
  expect(errors).toEqual([]);
  await page.close();
});
