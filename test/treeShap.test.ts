/**
 * TreeSHAP (src/lib/fraud/treeShap.ts) against its definition: the Shapley values of the path-dependent
 * expectation v(S) (Lundberg et al., arXiv 1802.03888, Algorithm 1: follow x on features in S, average
 * the children by cover elsewhere), computed here by brute force over every subset of features.
 */
import {describe, expect, test} from "vitest";
import {applyBinner, fitGbdt, predictGbdt, type GbdtModel, type Tree} from "../src/lib/fraud/gbdt.js";
import {treeCovers, treeShap} from "../src/lib/fraud/treeShap.js";
import {toyData} from "./toyData.js";

const toy = (n: number, seed: number) => toyData(n, seed, (x0, x1) => x0 > 0.5 !== x1 > 0.5);

/** v(S) of one tree: Algorithm 1 of the paper. */
function expValue(t: Tree, cover: readonly number[], bins: readonly number[], S: ReadonlySet<number>, k = 0): number {
  if (t.feature[k] < 0) return t.value[k];
  const f = t.feature[k];
  if (S.has(f)) return expValue(t, cover, bins, S, bins[f] <= t.bin[k] ? t.left[k] : t.right[k]);
  const l = t.left[k],
    r = t.right[k];
  return (cover[l] * expValue(t, cover, bins, S, l) + cover[r] * expValue(t, cover, bins, S, r)) / cover[k];
}

function bruteShapley(model: GbdtModel, covers: number[][], x: number[]): number[] {
  const p = x.length;
  const bins = Array.from(
    applyBinner(
      model.binner,
      x.map((v) => [v])
    ),
    (b) => b[0]
  );
  const v = (S: Set<number>) => model.trees.reduce((s, t, i) => s + expValue(t, covers[i], bins, S), 0);
  const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
  const phi = new Array<number>(p).fill(0);
  for (let mask = 0; mask < 1 << p; mask++) {
    const S = new Set([...Array(p).keys()].filter((j) => mask & (1 << j)));
    for (let j = 0; j < p; j++) {
      if (S.has(j)) continue;
      const weight = (fact(S.size) * fact(p - S.size - 1)) / fact(p);
      phi[j] += weight * (v(new Set([...S, j])) - v(S));
    }
  }
  return phi;
}

describe("treeShap", () => {
  const train = toy(800, 11);
  const model = fitGbdt(train.X, train.y, {rounds: 15, learningRate: 0.3, maxLeaves: 8, maxDepth: 4, seed: 3});
  const covers = treeCovers(model, train.X);
  const rows = toy(25, 12);
  const at = (i: number) => rows.X.map((c) => c[i]);

  test("covers: the root holds every training row and each split's children add up to it", () => {
    covers.forEach((c, t) => {
      expect(c[0]).toBe(800);
      model.trees[t].feature.forEach((f, k) => {
        if (f >= 0) expect(c[model.trees[t].left[k]] + c[model.trees[t].right[k]]).toBe(c[k]);
      });
    });
  });

  test("additivity: expected + Σφ equals the model's margin logit(p) on every row", () => {
    const p = predictGbdt(model, rows.X);
    for (let i = 0; i < 25; i++) {
      const e = treeShap(model, covers, at(i));
      const sum = e.phi.reduce((s, x) => s + x, e.expected);
      expect(sum).toBeCloseTo(e.margin, 10);
      expect(e.margin).toBeCloseTo(Math.log(p[i] / (1 - p[i])), 8);
    }
  });

  test("equals the Shapley values computed by brute force over all feature subsets", () => {
    for (let i = 0; i < 5; i++) {
      const fast = Array.from(treeShap(model, covers, at(i)).phi);
      bruteShapley(model, covers, at(i)).forEach((b, j) => expect(fast[j]).toBeCloseTo(b, 10));
    }
  });

  test("the noise feature x2 gets far smaller contributions than the informative two", () => {
    let noise = 0,
      signal = 0;
    for (let i = 0; i < 25; i++) {
      const {phi} = treeShap(model, covers, at(i));
      noise += Math.abs(phi[2]);
      signal += Math.abs(phi[0]) + Math.abs(phi[1]);
    }
    expect(noise).toBeLessThan(0.2 * signal);
  });

  test("rejects covers that do not match the trees", () => {
    expect(() => treeShap(model, covers.slice(1), at(0))).toThrow(/covers for/);
  });
});
