import {describe, expect, test} from "vitest";
import {bootstrapSelection, prepareRanking, quantile, weightedMetrics} from "../src/lib/fraud/bootstrap.js";
import {inspectedCount, rocAuc, selectAt} from "../src/lib/fraud/selection.js";
import {mulberry32} from "../src/lib/stats/random.js";

function sample(n: number, seed: number) {
  const rnd = mulberry32(seed);
  // scores rounded to 0.1 so ties are common; labels depend on the score
  const scores = Array.from({length: n}, () => Math.round(rnd() * 10) / 10);
  const labels = scores.map((s) => (rnd() < 0.2 + 0.5 * s ? 1 : 0));
  const duty = scores.map(() => Math.floor(rnd() * 100));
  return {scores, labels, duty};
}

describe("weighted metrics", () => {
  test("with every count 1 they equal selectAt and rocAuc (property, 30 random sets with ties)", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const {scores, labels, duty} = sample(50 + seed * 7, seed);
      const ks = [1, 2, 5, 10, 20].map((r) => inspectedCount(scores.length, r));
      const m = weightedMetrics(prepareRanking(scores), labels, duty, new Array(scores.length).fill(1), ks);
      expect(m.auc).toBeCloseTo(rocAuc(scores, labels), 12);
      [1, 2, 5, 10, 20].forEach((r, j) => {
        const s = selectAt(scores, labels, r, {duty});
        expect(m.precision[j]).toBeCloseTo(s.precision, 12);
        expect(m.recall[j]).toBeCloseTo(s.recall, 12);
        expect(m.dutyCaught[j]).toBeCloseTo(s.dutyCaught, 12);
      });
    }
  });
  test("counts act as copies: doubling a row equals listing it twice", () => {
    const scores = [0.9, 0.5, 0.5, 0.1],
      labels = [0, 1, 0, 1],
      duty = [5, 7, 0, 3];
    const counts = [1, 2, 0, 1];
    const copies = {scores: [0.9, 0.5, 0.5, 0.1], labels: [0, 1, 1, 1], duty: [5, 7, 7, 3]};
    const m = weightedMetrics(prepareRanking(scores), labels, duty, counts, [1, 2, 3]);
    const ref = [1, 2, 3].map((k) => selectAt(copies.scores, copies.labels, (100 * k) / 4, {duty: copies.duty}));
    expect(m.caught).toEqual(ref.map((r) => r.caught));
    expect(m.dutyCaught).toEqual(ref.map((r) => r.dutyCaught));
    expect(m.auc).toBeCloseTo(rocAuc(copies.scores, copies.labels), 12);
  });
  test("a class absent from the resample gives no AUC", () => {
    expect(weightedMetrics(prepareRanking([0.2, 0.8]), [0, 1], null, [1, 0], [1]).auc).toBeNull();
  });
});

describe("bootstrap intervals", () => {
  test("quantile interpolates like d3.quantile", () => {
    expect(quantile([3, 1, 2, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
  });
  test("the interval holds the point estimate and narrows with more rows", () => {
    const small = sample(200, 3),
      large = sample(5000, 3);
    const ci = (d: ReturnType<typeof sample>) => bootstrapSelection([d.scores], d.labels, d.duty, [10], {replicates: 200});
    const cs = ci(small),
      cl = ci(large);
    const point = rocAuc(large.scores, large.labels);
    expect(cl.auc![0]).toBeLessThanOrEqual(point);
    expect(cl.auc![1]).toBeGreaterThanOrEqual(point);
    expect(cl.auc![1] - cl.auc![0]).toBeLessThan((cs.auc![1] - cs.auc![0]) / 2);
    const p = selectAt(large.scores, large.labels, 10).precision;
    expect(cl.precisionAt["10"][0]).toBeLessThanOrEqual(p);
    expect(cl.precisionAt["10"][1]).toBeGreaterThanOrEqual(p);
  });
  test("the same seed repeats; mismatched lengths are an error", () => {
    const d = sample(100, 9);
    expect(bootstrapSelection([d.scores], d.labels, null, [5], {replicates: 50, seed: 4})).toEqual(
      bootstrapSelection([d.scores], d.labels, null, [5], {replicates: 50, seed: 4})
    );
    expect(() => bootstrapSelection([d.scores.slice(1)], d.labels, null, [5])).toThrow(/seed 0 has 99 scores/);
  });
});
