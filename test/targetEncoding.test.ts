import {describe, expect, test} from "vitest";
import {encode, fitFrequency, fitTargetEncoding, outOfFoldEncode, riskScores} from "../src/lib/fraud/targetEncoding.js";

describe("target encoding", () => {
  // hand-computed: a has 3 rows (2 frauds), b 1 row (0 frauds); prior 2/4 = 0.5; m = 2
  const cats = ["a", "a", "a", "b"],
    y = [1, 1, 0, 0];
  test("smoothed rate (n ȳ_c + m ȳ)/(n + m); unseen categories get the prior", () => {
    const enc = fitTargetEncoding(cats, y, 2);
    expect(enc.prior).toBe(0.5);
    expect(encode(enc, ["a", "b", "zz"])).toEqual([(2 + 1) / 5, (0 + 1) / 3, 0.5]);
    expect(riskScores(enc, ["zz"])).toEqual([50]);
    expect(fitFrequency(cats)(["a", "b", "zz"])).toEqual([3, 1, 0]);
  });
  test("out-of-fold: a row's own label never enters its encoding", () => {
    // every category unique: out-of-fold, each row sees only the prior of the other folds, so flipping a
    // row's label does not change its own encoding
    const c = Array.from({length: 40}, (_, i) => `c${i}`);
    const y1 = c.map((_, i) => i % 2),
      y2 = [...y1];
    y2[7] = 1 - y2[7];
    expect(outOfFoldEncode(c, y1, {folds: 5, seed: 3})[7]).toBe(outOfFoldEncode(c, y2, {folds: 5, seed: 3})[7]);
  });
  test("bad input is a clear error", () => {
    expect(() => fitTargetEncoding(["a"], [2])).toThrow(/fitTargetEncoding: label 0 is 2/);
    expect(() => fitTargetEncoding([], [])).toThrow(/fitTargetEncoding: no training rows/);
    expect(() => outOfFoldEncode(cats, y, {folds: 1})).toThrow(/outOfFoldEncode: folds 1/);
  });
});
