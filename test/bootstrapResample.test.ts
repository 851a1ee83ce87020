/**
 * Bootstrap intervals (src/lib/fraud/bootstrap.ts) against an independent computation (issue 19): the same
 * resamples (mulberry32, n draws of a row index per replicate) written out as lists of copied rows, each scored
 * by selectAt and rocAuc of src/lib/fraud/selection.ts, the seeds averaged, and the 2.5% / 97.5% percentiles
 * taken by the textbook rule (linear interpolation between order statistics, R's type 7, which d3.quantile uses).
 */
import {describe, expect, test} from "vitest";
import {bootstrapSelection, prepareRanking, quantile, weightedMetrics} from "../src/lib/fraud/bootstrap.js";
import {rocAuc, selectAt} from "../src/lib/fraud/selection.js";
import {mulberry32} from "../src/lib/stats/random.js";

/** Type-7 percentile, written out independently. */
function percentile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h),
    hi = Math.ceil(h);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

/** The bootstrap by copies: replicate b lists row i count_i times, in row order. */
function byCopies(seeds: number[][], labels: number[], duty: number[] | null, rates: number[], replicates: number, seed: number) {
  const n = labels.length,
    rnd = mulberry32(seed);
  const auc: number[] = [],
    at = rates.map(() => ({p: [] as number[], r: [] as number[], d: [] as number[]}));
  let withBoth = 0;
  for (let b = 0; b < replicates; b++) {
    const counts = new Array<number>(n).fill(0);
    for (let t = 0; t < n; t++) counts[Math.floor(rnd() * n)]++;
    const rows = counts.flatMap((c, i) => Array<number>(c).fill(i));
    const y = rows.map((i) => labels[i]);
    const both = y.includes(0) && y.includes(1);
    if (both) withBoth++;
    const mean = (f: (s: number[]) => number) => seeds.reduce((a, s) => a + f(s), 0) / seeds.length;
    if (both)
      auc.push(
        mean((s) =>
          rocAuc(
            rows.map((i) => s[i]),
            y
          )
        )
      );
    rates.forEach((rate, j) => {
      const sel = (s: number[]) =>
        selectAt(
          rows.map((i) => s[i]),
          y,
          rate,
          duty ? {duty: rows.map((i) => duty[i])} : {}
        );
      at[j].p.push(mean((s) => sel(s).precision));
      at[j].r.push(mean((s) => sel(s).recall));
      at[j].d.push(mean((s) => sel(s).dutyCaught));
    });
  }
  const ci = (xs: number[]) => [percentile(xs, 0.025), percentile(xs, 0.975)];
  return {auc: withBoth >= replicates / 2 ? ci(auc) : null, withBoth, at: at.map((a) => ({p: ci(a.p), r: ci(a.r), d: ci(a.d)}))};
}

// 12 rows, two seeds' rankings (with ties), 4 frauds, duty on some rows
const labels = [1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0];
const seedA = [0.9, 0.8, 0.2, 0.7, 0.5, 0.5, 0.4, 0.1, 0.3, 0.3, 0.6, 0.05];
const seedB = [0.3, 0.9, 0.1, 0.8, 0.2, 0.6, 0.6, 0.4, 0.5, 0.7, 0.2, 0.35];
const duty = [50, 5, 0, 20, 0, 9, 0, 0, 3, 0, 30, 1];

describe("bootstrapSelection equals the bootstrap by copies", () => {
  test("two seeds, three rates (given in no order), duty, the default 400 replicates and seed", () => {
    const rates = [20, 5, 50];
    const got = bootstrapSelection([seedA, seedB], labels, duty, rates);
    const ref = byCopies([seedA, seedB], labels, duty, rates, 400, 20240);
    expect(got.replicates).toBe(400);
    got.auc!.forEach((x, j) => expect(x).toBeCloseTo(ref.auc![j], 4)); // rounded to 4 decimals
    rates.forEach((rate, j) => {
      const key = String(rate);
      expect(Object.keys(got.precisionAt).sort()).toEqual(rates.map(String).sort()); // integer-like keys: JS orders them numerically
      got.precisionAt[key].forEach((x, q) => expect(x).toBeCloseTo(ref.at[j].p[q], 4));
      got.recallAt[key].forEach((x, q) => expect(x).toBeCloseTo(ref.at[j].r[q], 4));
      got.dutyCaughtAt[key].forEach((x, q) => expect(x).toBeCloseTo(ref.at[j].d[q], 4));
      for (const v of [...got.precisionAt[key], ...got.recallAt[key], ...got.dutyCaughtAt[key], ...got.auc!])
        expect(Number(v.toFixed(4))).toBe(v);
    });
  });

  test("without duty the duty caught is 0; another seed gives other resamples", () => {
    const got = bootstrapSelection([seedA], labels, null, [25], {replicates: 60, seed: 7});
    const ref = byCopies([seedA], labels, null, [25], 60, 7);
    expect(got.dutyCaughtAt["25"]).toEqual([0, 0]);
    got.precisionAt["25"].forEach((x, q) => expect(x).toBeCloseTo(ref.at[0].p[q], 4));
    got.recallAt["25"].forEach((x, q) => expect(x).toBeCloseTo(ref.at[0].r[q], 4));
    expect(got.replicates).toBe(60);
  });

  test("the gate on small cases: no AUC interval unless at least half the replicates hold both classes", () => {
    // two rows, one fraud: a replicate holds both with probability 1/2; search seeds by the copies
    const tiny = {labels: [1, 0], scores: [0.7, 0.2]};
    const found: Record<string, number> = {};
    for (let seed = 1; seed < 200 && Object.keys(found).length < 3; seed++) {
      const w = byCopies([tiny.scores], tiny.labels, null, [50], 4, seed).withBoth;
      if (w === 1 && !("below" in found)) found.below = seed; // 1 of 4: null
      if (w === 2 && !("half" in found)) found.half = seed; // exactly half: an interval
      if (w === 3 && !("above" in found)) found.above = seed;
    }
    expect(Object.keys(found).sort()).toEqual(["above", "below", "half"]);
    const run = (seed: number) => bootstrapSelection([tiny.scores], tiny.labels, null, [50], {replicates: 4, seed}).auc;
    expect(run(found.below)).toBeNull();
    expect(run(found.half)).toEqual([1, 1]); // the fraud outranks the clean row in every resample holding both
    expect(run(found.above)).toEqual([1, 1]);
  });

  test("no rows or no seeds is an error", () => {
    expect(() => bootstrapSelection([], labels, null, [5])).toThrow("bootstrapSelection: no rows or no seeds");
    expect(() => bootstrapSelection([[]], [], null, [5])).toThrow("bootstrapSelection: no rows or no seeds");
  });
});

describe("weightedMetrics and quantile by hand", () => {
  test("ks in any order; a resample without frauds has recall 0; counts larger than k are cut at k", () => {
    // rows by score: 0 (0.9, fraud, count 3), 1 (0.5, clean, 1), 2 (0.1, fraud, 0)
    const m = weightedMetrics(prepareRanking([0.9, 0.5, 0.1]), [1, 0, 1], [10, 4, 6], [3, 1, 0], [4, 2]);
    expect(m.caught).toEqual([3, 2]); // top 4: three copies of row 0 and row 1; top 2: two copies of row 0
    expect(m.precision).toEqual([3 / 4, 1]);
    expect(m.recall).toEqual([1, 2 / 3]);
    expect(m.dutyCaught).toEqual([1, 2 / 3]);
    expect(m.auc).toBe(1);
    const none = weightedMetrics(prepareRanking([0.9, 0.5]), [1, 0], [10, 4], [0, 2], [1]);
    expect(none).toEqual({auc: null, caught: [0], precision: [0], recall: [0], dutyCaught: [0]});
  });

  test("AUC with a resampled tie group: P_g (N_below + N_g / 2) / (P N)", () => {
    // scores 0.2 (clean x2), 0.5 (fraud x1, clean x1), 0.8 (fraud x2): P = 3, N = 3
    // fraud in the tie: 1 (2 + 1/2); frauds at 0.8: 2 (3) => (2.5 + 6) / 9
    const m = weightedMetrics(prepareRanking([0.2, 0.5, 0.5, 0.8]), [0, 1, 0, 1], null, [2, 1, 1, 2], [1]);
    expect(m.auc).toBeCloseTo(8.5 / 9, 12);
  });

  test("quantile: the ends and a single value", () => {
    expect(quantile([4, 1, 3], 0)).toBe(1);
    expect(quantile([4, 1, 3], 1)).toBe(4);
    expect(quantile([7], 0.3)).toBe(7);
    expect(quantile([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(() => quantile([], 0.5)).toThrow("quantile: no values");
  });
});
