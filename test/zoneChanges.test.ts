/** Zone changes between two threshold pairs (src/lib/method/zoneChanges.ts): hand-checked cases and properties. */
import {describe, expect, test} from "vitest";
import {zoneChanges} from "../src/lib/method/zoneChanges.js";
import {argMax} from "../src/lib/stats/argMax.js";
import {PAPER_THRESHOLDS, zoneOf} from "../src/lib/method/zones.js";

describe("zoneChanges", () => {
  test("hand-checked: lowering t1 moves a value just below it into the general zone", () => {
    // 0.30 < 0.3142 (safety) but >= 0.29 (general); 0.5 stays general; 0.7 severe under both.
    expect(zoneChanges([0.3, 0.5, 0.7], PAPER_THRESHOLDS, [0.29, 0.6846])).toEqual({
      changed: 1,
      moves: {"safety→general": 1},
      indices: [0]
    });
    expect(zoneChanges([0.3, 0.5, 0.7], PAPER_THRESHOLDS, [0.29, 0.45])).toEqual({
      changed: 2,
      moves: {"safety→general": 1, "general→severe": 1},
      indices: [0, 1]
    });
  });

  test("property: identical thresholds change nothing; the count equals a direct comparison", () => {
    const fs = Array.from({length: 200}, (_, i) => ((i * 7919) % 1000) / 1000);
    expect(zoneChanges(fs, PAPER_THRESHOLDS, PAPER_THRESHOLDS).changed).toBe(0);
    for (const to of [
      [0.2, 0.5],
      [0.35, 0.9],
      [0.1, 0.2]
    ] as [number, number][]) {
      const r = zoneChanges(fs, PAPER_THRESHOLDS, to);
      expect(r.changed).toBe(fs.filter((f) => zoneOf(f, PAPER_THRESHOLDS) !== zoneOf(f, to)).length);
      expect(Object.values(r.moves).reduce((a, b) => a + b, 0)).toBe(r.changed);
    }
  });

  test("inputs are not mutated; bad input is an error", () => {
    const fs = Object.freeze([0.1, 0.9]);
    zoneChanges(fs, PAPER_THRESHOLDS, [0.2, 0.5]);
    expect(fs).toEqual([0.1, 0.9]);
    expect(() => zoneChanges([1.5], PAPER_THRESHOLDS, PAPER_THRESHOLDS)).toThrow(/zoneOf/);
  });
});

describe("argMax", () => {
  test("first index of the largest value", () => {
    expect(argMax([1, 3, 2, 3])).toBe(1);
    expect(argMax([-1])).toBe(0);
    expect(argMax([-Infinity, 2, -Infinity])).toBe(1);
    expect(() => argMax([])).toThrow(/argMax: empty/);
    expect(() => argMax([1, NaN])).toThrow(/argMax/);
  });
});
