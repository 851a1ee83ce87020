import {describe, expect, test} from "vitest";
import {
  bestMacroF1Threshold,
  confusionAt,
  inspectedCount,
  macroF1,
  meanSd,
  rankOrder,
  rateByGroup,
  rocAuc,
  selectAt
} from "../src/lib/fraud/selection.js";
import {mulberry32} from "../src/lib/stats/random.js";

// Hand-computed case: 10 declarations, scores descending by index except ties at 0.5.
const scores = [0.9, 0.8, 0.7, 0.5, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05];
const labels = [1, 0, 1, 1, 0, 0, 1, 0, 0, 0];
const duty = [10, 0, 30, 20, 0, 0, 40, 0, 0, 0];
const critical = [0, 0, 1, 0, 0, 0, 1, 0, 0, 0];

describe("selection metrics (hand-computed on 10 declarations)", () => {
  test("top 20% = 2 declarations: 1 fraud of 4; duty 10 of 100; no critical fraud", () => {
    const r = selectAt(scores, labels, 20, {duty, critical});
    expect(r).toEqual({ratePercent: 20, inspected: 2, caught: 1, precision: 0.5, recall: 0.25, dutyCaught: 0.1, criticalRecall: 0});
  });
  test("top 50% = 5: frauds 0, 2, 3 caught; duty 60 of 100; 1 of 2 critical", () => {
    const r = selectAt(scores, labels, 50, {duty, critical});
    expect(r.caught).toBe(3);
    expect(r.precision).toBeCloseTo(0.6, 12);
    expect(r.recall).toBeCloseTo(0.75, 12);
    expect(r.dutyCaught).toBeCloseTo(0.6, 12);
    expect(r.criticalRecall).toBe(0.5);
  });
  test("ties keep input order; k = max(1, round(rate n))", () => {
    expect(rankOrder([0.5, 0.9, 0.5])).toEqual([1, 0, 2]);
    expect(inspectedCount(10, 1)).toBe(1);
    expect(inspectedCount(8481, 5)).toBe(424);
    expect(inspectedCount(8481, 10)).toBe(848);
    // where rounding and truncation differ: 1% of 8,481 is 84.81 -> 85 (floor: 84); 2% is 169.62 -> 170
    expect(inspectedCount(8481, 1)).toBe(85);
    expect(inspectedCount(8481, 2)).toBe(170);
    // half rounds up: 15% of 10 is 1.5 -> 2 (floor: 1)
    expect(inspectedCount(10, 15)).toBe(2);
    expect(() => inspectedCount(10, 0)).toThrow(/inspectedCount: inspection rate 0%/);
  });
  test("duty caught counts only the frauds among the inspected", () => {
    // declaration 1 (not fraud) carries duty 50: inspecting the top 2 catches fraud 0 (duty 10) of 10 + 30 + 20 + 40
    const withCleanDuty = duty.map((d, i) => (i === 1 ? 50 : d));
    expect(selectAt(scores, labels, 20, {duty: withCleanDuty}).dutyCaught).toBeCloseTo(0.1, 12);
  });
  test("inspecting everyone gives the base rate", () => {
    expect(selectAt(scores, labels, 100).precision).toBeCloseTo(0.4, 12);
  });
  test("ROC-AUC: sklearn's documented example gives 0.75; ties count 1/2", () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75, 12);
    expect(rocAuc([0.5, 0.5], [0, 1])).toBe(0.5);
    // pairs: 4 frauds x 6 clean = 24; count by hand the clean ones below each fraud
    // clean scores 0.8, 0.5, 0.4, 0.2, 0.1, 0.05; fraud 0.9 beats 6, 0.7 beats 5, 0.5 beats 4 + tie 1/2, 0.3 beats 3 => 18.5 / 24
    expect(rocAuc(scores, labels)).toBeCloseTo(18.5 / 24, 12);
    expect(() => rocAuc([1, 2], [1, 1])).toThrow(/rocAuc: needs both/);
  });
  test("macro-F1 and confusion by hand", () => {
    const c = confusionAt(scores, labels, 0.5); // predicted fraud: first 5
    expect(c).toEqual({tp: 3, fp: 2, fn: 1, tn: 4});
    // F1 fraud = 6/9, F1 clean = 8/11
    expect(macroF1(c)).toBeCloseTo((6 / 9 + 8 / 11) / 2, 12);
    const best = bestMacroF1Threshold(scores, labels);
    for (const t of [...new Set(scores)]) expect(macroF1(confusionAt(scores, labels, t))).toBeLessThanOrEqual(best.macroF1 + 1e-12);
    expect(macroF1(confusionAt(scores, labels, best.threshold))).toBeCloseTo(best.macroF1, 12);
  });
  test("fraud rate per group, mean and spread", () => {
    expect(rateByGroup(["a", "b", "a"], [1, 0, 0])).toEqual([
      {group: "a", n: 2, frauds: 1, rate: 0.5},
      {group: "b", n: 1, frauds: 0, rate: 0}
    ]);
    expect(meanSd([1, 2, 3])).toEqual({mean: 2, sd: 1});
  });
  test("bad input is a clear error, inputs are not mutated", () => {
    expect(() => selectAt([1, NaN], [0, 1], 50)).toThrow(/selectAt: score 1 is not a finite number/);
    expect(() => selectAt([1, 2], [0, 2], 50)).toThrow(/selectAt: label 1 is 2/);
    expect(() => selectAt([1], [0, 1], 50)).toThrow(/selectAt: 1 scores but 2 labels/);
    const s = Object.freeze([...scores]),
      l = Object.freeze([...labels]);
    selectAt(s, l, 30);
    rocAuc(s, l);
    bestMacroF1Threshold(s, l);
    expect(s).toEqual(scores);
  });
  test("property: a random ranking's precision at 100% is the base rate; a perfect ranking has AUC 1", () => {
    const rnd = mulberry32(3);
    for (let t = 0; t < 20; t++) {
      const y: number[] = Array.from({length: 50}, () => (rnd() < 0.3 ? 1 : 0));
      if (!y.includes(1) || !y.includes(0)) continue;
      const s = y.map(() => rnd());
      expect(selectAt(s, y, 100).precision).toBeCloseTo(y.reduce((a, b) => a + b, 0) / 50, 12);
      expect(
        rocAuc(
          y.map((v, i) => v + i * 1e-6),
          y
        )
      ).toBe(1);
    }
  });
});

describe("typed columns (a scored file's Float64Array/Uint8Array) give what plain arrays give", () => {
  test("rankOrder and selectAt, on random data with ties", () => {
    const rnd = mulberry32(11);
    const n = 200;
    const scores = Array.from({length: n}, () => Math.round(rnd() * 20) / 20); // ties
    const labels = scores.map(() => (rnd() < 0.3 ? 1 : 0));
    const duty = scores.map(() => rnd() * 100);
    const critical = labels.map((y) => (y === 1 && rnd() < 0.5 ? 1 : 0));
    const order = rankOrder(Float64Array.from(scores));
    expect(Array.isArray(order)).toBe(true);
    expect(order).toEqual(rankOrder(scores));
    for (const rate of [1, 5, 33, 100])
      expect(
        selectAt(Float64Array.from(scores), Uint8Array.from(labels), rate, {
          duty: Float64Array.from(duty),
          critical: Uint8Array.from(critical)
        })
      ).toEqual(selectAt(scores, labels, rate, {duty, critical}));
  });
});

describe("selection metrics: the edges (issue 19)", () => {
  test("the best macro-F1 threshold by hand: 0.5, F1 (6/9 + 8/11) / 2; the equal cut at 0.3 does not replace it", () => {
    // Cuts between distinct scores of the 10 declarations above (P = 4, N = 6), macro-F1 by hand:
    // >= 0.9: 0.6; 0.8: 0.524; 0.7: 0.670; 0.5: (6/9 + 8/11) / 2 = 0.697; 0.4: 0.6; 0.3: (8/11 + 6/9) / 2, the same;
    // 0.2: 0.583; 0.1: 0.451; 0.05: 0.286; none inspected: 0.375. The first maximum (the higher threshold) is kept.
    expect(bestMacroF1Threshold(scores, labels)).toEqual({threshold: 0.5, macroF1: (6 / 9 + 8 / 11) / 2});
  });
  test("with no frauds the best is to flag nothing: threshold Infinity, macro-F1 (0 + 1) / 2", () => {
    expect(bestMacroF1Threshold([0.3, 0.2, 0.1], [0, 0, 0])).toEqual({threshold: Infinity, macroF1: 0.5});
    expect(macroF1({tp: 0, fp: 0, fn: 0, tn: 3})).toBe(0.5);
    expect(macroF1({tp: 2, fp: 0, fn: 0, tn: 0})).toBe(0.5);
  });
  test("with no frauds, no duty or no critical frauds the ratios are 0, not NaN", () => {
    expect(selectAt([0.2, 0.1], [0, 0], 50, {duty: [5, 5], critical: [0, 0]})).toEqual({
      ratePercent: 50,
      inspected: 1,
      caught: 0,
      precision: 0,
      recall: 0,
      dutyCaught: 0,
      criticalRecall: 0
    });
    // frauds without duty: duty caught 0
    expect(selectAt([0.2, 0.1], [1, 0], 50, {duty: [0, 7]}).dutyCaught).toBe(0);
  });
  test("the inspection rate is in (0, 100]; the options' lengths must match", () => {
    expect(inspectedCount(10, 100)).toBe(10);
    expect(() => inspectedCount(10, 100.5)).toThrow("inspectedCount: inspection rate 100.5% is not in (0, 100]");
    expect(() => selectAt([1, 2], [0, 1], 0)).toThrow("selectAt: inspection rate 0% is not in (0, 100]");
    expect(() => selectAt([], [], 50)).toThrow("selectAt: no scores");
    expect(() => selectAt([1, 2], [0, 1], 50, {duty: [1]})).toThrow("selectAt: 1 duties but 2 labels");
    expect(() => selectAt([1, 2], [0, 1], 50, {critical: [1, 0, 0]})).toThrow("selectAt: 3 critical flags but 2 labels");
    expect(() => rateByGroup(["a"], [1, 0])).toThrow("rateByGroup: 1 groups but 2 labels");
    expect(() => confusionAt([1], [0.5], 0.5)).toThrow("confusionAt: label 0 is 0.5, expected 0 or 1");
  });
  test("a critical flag counts only where it is 1 (hand-computed: top 50% of 4 holds 1 of the 2 flags)", () => {
    expect(selectAt([4, 3, 2, 1], [1, 1, 1, 0], 50, {critical: [1, 0, 1, 0]}).criticalRecall).toBe(0.5);
    expect(selectAt([4, 3, 2, 1], [1, 1, 1, 0], 50, {critical: [0, 1, 0, 0]}).criticalRecall).toBe(1);
  });
  test("ROC-AUC with a run of ties (average ranks 2.5 for the four 0.5s; hand-computed 3.5 of 6 pairs)", () => {
    // scores 0.1 (clean), 0.5 x 4 (fraud, clean, fraud, clean), 0.9 (fraud): P = 3, N = 3;
    // ranks: 1, then 3.5 for the tied four, 6 => rank sum of frauds 3.5 + 3.5 + 6 = 13; (13 - 6) / 9 = 7/9
    expect(rocAuc([0.1, 0.5, 0.5, 0.5, 0.5, 0.9], [0, 1, 0, 1, 0, 1])).toBeCloseTo(7 / 9, 12);
    expect(() => rocAuc([1, 2], [0, 0])).toThrow("rocAuc: needs both frauds and non-frauds");
  });
  test("mean and sample standard deviation (n - 1) by hand", () => {
    expect(meanSd([1, 3])).toEqual({mean: 2, sd: Math.SQRT2});
    expect(meanSd([5])).toEqual({mean: 5, sd: 0});
    expect(meanSd([2, 4, 4, 4, 5, 5, 7, 9]).sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(() => meanSd([])).toThrow("meanSd: no values");
  });
});
