/**
 * Correlation, average-linkage clustering, tree cuts and the adjusted Rand index (src/lib/stats/correlation.ts,
 * src/lib/stats/clustering.ts). Expected values worked out by hand in the comments.
 */
import {describe, expect, test} from "vitest";
import {adjustedRandIndex, averageLinkage, cutTree} from "../src/lib/stats/clustering.js";
import {correlationMatrix, ranks} from "../src/lib/stats/correlation.js";

describe("correlation", () => {
  test("ranks share ties", () => expect(ranks([10, 30, 20, 20])).toEqual([1, 4, 2.5, 2.5]));

  test("Spearman is 1 for any increasing transform, Pearson is not", () => {
    const rows = [1, 2, 3, 4, 5].map((x) => [x, Math.exp(x), -x]);
    const s = correlationMatrix(rows, {method: "spearman"});
    expect(s[0][1]).toBeCloseTo(1, 14);
    expect(s[0][2]).toBeCloseTo(-1, 14);
    expect(correlationMatrix(rows, {method: "pearson"})[0][1]).toBeLessThan(0.95);
  });

  test("Pearson by hand: x = 1,2,3, y = 1,3,2 gives r = 0.5", () => {
    expect(
      correlationMatrix(
        [
          [1, 1],
          [2, 3],
          [3, 2]
        ],
        {method: "pearson"}
      )[0][1]
    ).toBeCloseTo(0.5, 14);
  });

  test("a constant column is an error naming it", () => {
    expect(() =>
      correlationMatrix(
        [
          [1, 5],
          [2, 5]
        ],
        {labels: ["C1", "C2"]}
      )
    ).toThrow(/C2 is constant/);
  });
});

describe("averageLinkage", () => {
  // Points on a line at 0, 1, 5, 6, 20: merges {0,1} at 1, {2,3} at 1, then {0,1}+{2,3} at mean(5,6,4,5) = 5,
  // then + {4} at mean(20, 19, 15, 14) = 17.
  const x = [0, 1, 5, 6, 20];
  const D = x.map((a) => x.map((b) => Math.abs(a - b)));

  test("merge heights and leaf order", () => {
    const t = averageLinkage(D);
    expect(t.merges.map((m) => [m.left, m.right, m.height, m.size])).toEqual([
      [0, 1, 1, 2],
      [2, 3, 1, 2],
      [5, 6, 5, 4],
      [4, 7, 17, 5]
    ]);
    expect(t.order).toEqual([4, 0, 1, 2, 3]);
  });

  test("cutTree", () => {
    const t = averageLinkage(D);
    expect(cutTree(t, 1)).toEqual([0, 0, 0, 0, 0]);
    expect(cutTree(t, 2)).toEqual([0, 0, 0, 0, 1]);
    expect(cutTree(t, 3)).toEqual([0, 0, 1, 1, 2]);
    expect(cutTree(t, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(() => cutTree(t, 6)).toThrow(/k must be an integer in 1..5/);
  });

  test("an asymmetric or negative matrix is an error", () => {
    expect(() =>
      averageLinkage([
        [0, 1],
        [2, 0]
      ])
    ).toThrow(/not symmetric/);
    expect(() =>
      averageLinkage([
        [0, -1],
        [-1, 0]
      ])
    ).toThrow(/not a non-negative number/);
  });

  test("the input is not mutated", () => {
    const copy = structuredClone(D);
    averageLinkage(D);
    expect(D).toEqual(copy);
  });
});

describe("adjustedRandIndex", () => {
  test("1 for the same partition under other labels", () => expect(adjustedRandIndex([0, 0, 1, 1], ["b", "b", "a", "a"])).toBe(1));
  // a = {0,1,2}{3,4,5}, b = {0,1}{2,3}{4,5}: sum C(n_ij,2) = 2, sum C(a,2) = 6, sum C(b,2) = 3, C(6,2) = 15,
  // E = 18/15 = 1.2, max = 4.5: ARI = (2 - 1.2) / (4.5 - 1.2) = 0.8 / 3.3.
  test("by hand", () => expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.8 / 3.3, 14));
  test("different lengths are an error", () => expect(() => adjustedRandIndex([0], [0, 1])).toThrow(/1 vs 2 labels/));
});
