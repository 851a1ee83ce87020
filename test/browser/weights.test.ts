/**
 * The Indicators and weights page: switching the weighting rule (and the sample set) redraws the chart and
 * the live table, with no console error; the choices are kept in (and read from) the URL. The Chinese twin's
 * controls do the same.
 */
import {afterAll, beforeAll, expect, test} from "vitest";
import {t} from "../../src/lib/i18n/index.js";
import {startBrowser} from "./browser.js";

let env: Awaited<ReturnType<typeof startBrowser>>;
beforeAll(async () => {
  env = await startBrowser();
});
afterAll(async () => {
  await env?.close();
});

test("changing the rule and the sample set updates the weights chart and table", async () => {
  const page = await env.browser.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(env.base + "/weights", {waitUntil: "networkidle"});
  const chart = page.locator('svg[aria-label^="Bar chart of the 17 indicator weights"]');
  await chart.waitFor();
  const before = await chart.innerHTML();
  const liveC12 = () =>
    page
      .locator("table")
      .filter({hasText: "published"})
      .filter({hasText: "0.1092"})
      .first()
      .locator("tr", {hasText: "C12"})
      .first()
      .textContent();
  expect(await liveC12()).toContain("0.00692937");

  await page.getByLabel("textbook: w = (1 − e) / Σ(1 − e)").check();
  await expect.poll(() => chart.innerHTML()).not.toBe(before);
  await expect.poll(liveC12).toContain("0.71885406"); // numpy one-off: textbook C12 weight on the printed table
  const textbook = await chart.innerHTML();

  await page.getByLabel("all 954 declarations").check();
  await expect.poll(() => chart.innerHTML()).not.toBe(textbook);
  await expect.poll(() => new URL(page.url()).search).toBe("?rule=textbook&set=all954");
  expect(await page.locator(".observablehq--error").count()).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});

test("the choices live in the URL: a shared address opens the same view", async () => {
  const page = await env.browser.newPage();
  await page.goto(env.base + "/weights?rule=textbook&classroom=1", {waitUntil: "networkidle"});
  await expect.poll(() => page.getByLabel("textbook: w = (1 − e) / Σ(1 − e)").isChecked()).toBe(true);
  const liveC12 = page.locator("table").filter({hasText: "0.1092"}).first().locator("tr", {hasText: "C12"}).first();
  await expect.poll(() => liveC12.textContent()).toContain("0.71885406");
  expect(new URL(page.url()).searchParams.get("classroom")).toBe("1");
  await page.close();
});

test("the Chinese page (issue 16): its controls switch the rule and the samples, the address keeps them", async () => {
  const page = await env.browser.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(env.base + "/zh/weights", {waitUntil: "networkidle"});
  const chart = page.locator(`svg[aria-label^="${t("zh", "weights.chartAria")}"]`);
  await chart.waitFor();
  const before = await chart.innerHTML();
  // The live table: the one with the divergence column (its heads are the catalogue's Chinese)
  const liveC12 = () =>
    page
      .locator("table")
      .filter({hasText: t("zh", "weights.col.d")})
      .first()
      .locator("tr", {hasText: "C12"})
      .first()
      .textContent();
  expect(await liveC12()).toContain("0.00692937");
  await page.getByLabel(t("zh", "weights.ctlRuleTextbook")).check();
  await expect.poll(() => chart.innerHTML()).not.toBe(before);
  await expect.poll(liveC12).toContain("0.71885406"); // as on /weights (numpy one-off)
  await expect.poll(() => page.locator("figcaption").first().innerText()).toContain(t("zh", "weights.rule.textbook"));
  await page.getByLabel(t("zh", "weights.ctlSetAll")).check();
  await expect.poll(() => new URL(page.url()).search).toBe("?rule=textbook&set=all954");
  expect(await page.locator(".observablehq--error").count()).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});
