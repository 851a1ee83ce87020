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
