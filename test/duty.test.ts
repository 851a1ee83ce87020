import {describe, expect, test} from "vitest";
import {dutyConcentration, dutyFrontier, revenueScore} from "../src/lib/fraud/duty.js";
import {selectAt} from "../src/lib/fraud/selection.js";

describe("duty at risk", () => {
  test("concentration (hand-computed): duties 60, 30, 10, 0, 0 → the largest holds 60%, two hold 90%", () => {
    const c = dutyConcentration([10, 0, 60, 30, 0], [1, 2, 10]);
    expect(c.frauds).toBe(5);
    expect(c.zeroDuty).toBe(2);
    expect(c.totalDuty).toBe(100);
    expect(c.k50).toEqual({k: 1, share: 0.6});
    expect(c.k90).toEqual({k: 2, share: 0.9});
    expect(c.curve).toEqual([
      {k: 1, share: 0.6},
      {k: 2, share: 0.9},
      {k: 5, share: 1}
    ]);
  });
  test("bad duties are errors", () => {
    expect(() => dutyConcentration([1, -1])).toThrow(/duty 1 is -1/);
    expect(() => dutyConcentration([0, 0])).toThrow(/no duty/);
  });
  test("revenue score: α = 0 is the probability, α = 1 is p·(1 + d)", () => {
    expect(revenueScore([0.5, 0.2], [9, 99], 0)).toEqual([0.5, 0.2]);
    expect(revenueScore([0.5, 0.2], [9, 99], 1)).toEqual([5, 20]);
    expect(() => revenueScore([0.5], [1], 2)).toThrow(/alpha/);
  });
  test("the frontier trades precision for duty: α = 0 is the probability ranking", () => {
    // the likely frauds carry no duty, the less likely one carries all of it
    const p = [0.9, 0.8, 0.3, 0.1],
      y = [1, 1, 1, 0],
      d = [0, 0, 100, 0];
    const f = dutyFrontier([p], y, d, [25], [0, 1]);
    expect(f[0]).toEqual({alpha: 0, ratePercent: 25, precision: selectAt(p, y, 25).precision, dutyCaught: 0});
    expect(f[1]).toEqual({alpha: 1, ratePercent: 25, precision: 1, dutyCaught: 1});
  });
});

describe("duty at risk: defaults and edges (issue 19)", () => {
  test("the default curve points stop at the number of frauds, which is always the last point", () => {
    // hand-computed: duties 5, 3, 2 (total 10), sorted 5, 3, 2; shares 0.5, 0.8, 1
    const c = dutyConcentration([3, 5, 2]);
    expect(c.curve).toEqual([
      {k: 1, share: 0.5},
      {k: 2, share: 0.8},
      {k: 3, share: 1}
    ]);
    expect(c.k50).toEqual({k: 1, share: 0.5}); // exactly 50% counts
    expect(c.k90).toEqual({k: 3, share: 1});
    expect(c.zeroDuty).toBe(0);
    // a requested k equal to the count appears once
    expect(dutyConcentration([3, 5, 2], [3]).curve).toEqual([{k: 3, share: 1}]);
  });
  test("a share reached up to rounding counts: 0.6 of 0.6 + 0.5 + 0.1 is half, though it computes as 0.4999999999999999", () => {
    expect(0.6 / (0.6 + 0.5 + 0.1)).toBeLessThan(0.5); // found by search over tenths
    expect(dutyConcentration([0.1, 0.6, 0.5]).k50.k).toBe(1);
  });
  test("non-finite duties are errors", () => {
    expect(() => dutyConcentration([1, NaN])).toThrow("dutyConcentration: duty 1 is NaN, expected a number >= 0");
    expect(() => dutyConcentration([Infinity])).toThrow("dutyConcentration: duty 0 is Infinity, expected a number >= 0");
    expect(() => dutyConcentration([])).toThrow("dutyConcentration: the frauds carry no duty");
  });
  test("revenue score: the default α is 1; α = 0.5 is p·sqrt(1 + d); α outside [0, 1] and mismatched lengths are errors", () => {
    expect(revenueScore([0.5], [3])).toEqual([2]);
    expect(revenueScore([0.5, 0.2], [3, 8], 0.5)).toEqual([1, 0.6000000000000001]);
    expect(() => revenueScore([0.5], [1], -0.1)).toThrow("revenueScore: alpha -0.1 must be in [0, 1]");
    expect(() => revenueScore([0.5, 0.2], [1])).toThrow("revenueScore: 2 probabilities but 1 duties");
  });
  test("the frontier: by default rates 5% and 10%, α 0 to 1 in steps of 0.1; seeds are averaged", () => {
    const p = Array.from({length: 20}, (_, i) => 1 - i / 20),
      y = p.map((_, i) => (i % 3 === 0 ? 1 : 0)),
      d = p.map((_, i) => (i === 1 ? 1000 : i));
    const f = dutyFrontier([p], y, d);
    expect(f.map((x) => [x.ratePercent, x.alpha])).toEqual(
      [5, 10].flatMap((r) => [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].map((a) => [r, a]))
    );
    // two seeds: one ranks the fraud 0 first (precision 1 at 5% = 1 row), the other the clean row 1 (precision 0)
    const two = dutyFrontier([p, p.map((x, i) => (i === 1 ? 2 : x))], y, d, [5], [0]);
    expect(two).toEqual([{alpha: 0, ratePercent: 5, precision: 0.5, dutyCaught: 0}]);
  });
});
