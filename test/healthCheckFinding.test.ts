// @vitest-environment jsdom
/**
 * Both checks of /health-check say what the report measured in the declaration's zone with one function
 * (src/lib/pages/assessmentView.ts, zoneFindingText): the check from the fields through assessmentTexts,
 * the 17-value check (src/components/healthCheck.ts) when given the measured rates. Rates made up here.
 */
import {describe, expect, test} from "vitest";
import {healthCheck} from "../src/components/healthCheck.js";
import {t} from "../src/lib/i18n/index.js";
import {assessmentTexts, zoneFindingText} from "../src/lib/pages/assessmentView.js";
import {scoreSample} from "../src/lib/method/scoring.js";
import type {Assessment} from "../src/lib/instrument/assess.js";

const zoneFraud = {
  safety: {n: 252, fraud: 77, rate: 77 / 252, ci95: [0.25, 0.36] as [number, number]},
  general: {n: 702, fraud: 167, rate: 167 / 702, ci95: [0.21, 0.27] as [number, number]},
  severe: {n: 0, fraud: 0, rate: null, ci95: null},
  all: {n: 954, fraud: 244, rate: 244 / 954, ci95: [0.23, 0.28] as [number, number]}
};
const weights = Array(17).fill(1 / 17);
const start = {key: "sample-1", label: "Sample 1", values: Array(17).fill(50)};

describe("zoneFindingText", () => {
  test("the zone's rate against the overall one, with the verdict; no declaration in the zone says so", () => {
    expect(zoneFindingText("safety", zoneFraud.safety, zoneFraud.all)).toBe(
      `Among the 954 e-commerce declarations, 77 of the 252 in this zone were frauds (30.6%), against 25.6% over all: ${t("en", "assess.verdictSame")}`
    );
    expect(zoneFindingText("severe", zoneFraud.severe, zoneFraud.all)).toBe(
      "The report has no declaration in the severe zone to compare with."
    );
    expect(zoneFindingText("safety", {n: 100, fraud: 5, rate: 0.05}, zoneFraud.all)).toMatch(/fewer than over all/);
    expect(zoneFindingText("general", zoneFraud.general, zoneFraud.all, "zh")).toBe(
      `在 954 条跨境电商申报中，该区 702 条里有 167 条经查验存在瞒骗（23.8%），全体为 25.6%：${t("zh", "assess.verdictSame")}`
    );
  });

  test("the check from the fields says the same through assessmentTexts", () => {
    const a = {
      values: Array(17).fill(50),
      x: Array(17).fill(0.5),
      risk: 0.2,
      zone: "safety",
      contributions: Array(17).fill(0.2 / 17),
      zoneFraud: zoneFraud.safety,
      index: {risk: 0.4, zone: "general"},
      fraud: {probability: 0.1, percentile: 0.5, route: "new", expected: -1, margin: -2, reasons: []},
      unknowns: []
    } as unknown as Assessment;
    expect(assessmentTexts(a, zoneFraud.all).zoneFinding).toBe(zoneFindingText("safety", zoneFraud.safety, zoneFraud.all));
  });
});

describe("the 17-value check", () => {
  test.each(["en", "zh"] as const)("shows what was measured in its zone (%s), and nothing without the rates", (lang) => {
    const zone = scoreSample(start.values, {weights}).zone;
    const root = healthCheck({starts: [start], weights, zoneFraud, lang});
    expect(root.querySelector(".hc-zone")?.getAttribute("data-zone")).toBe(zone);
    expect(root.querySelector(".hc-finding")?.textContent).toBe(zoneFindingText(zone, zoneFraud[zone], zoneFraud.all, lang));
    expect(healthCheck({starts: [start], weights, lang}).querySelector(".hc-finding")?.textContent).toBe("");
  });

  test("the finding follows an edit that changes the zone", () => {
    const root = healthCheck({starts: [start], weights, zoneFraud});
    const form = root.querySelector("form")!;
    for (const input of form.querySelectorAll("input")) input.value = "100";
    form.querySelector("input")!.dispatchEvent(new Event("input", {bubbles: true}));
    const zone = root.querySelector(".hc-zone")!.getAttribute("data-zone") as "safety" | "general" | "severe";
    expect(zone).toBe(scoreSample(Array(17).fill(100), {weights}).zone);
    expect(root.querySelector(".hc-finding")?.textContent).toBe(zoneFindingText(zone, zoneFraud[zone], zoneFraud.all));
  });
});
