import {describe, expect, test} from "vitest";
import {loadDataset} from "../loaders/dataset.js";
import {fitFeatures} from "../src/lib/fraud/features.js";
import {fitGbdt, predictGbdt} from "../src/lib/fraud/gbdt.js";
import {mulberry32, permutation} from "../src/lib/stats/random.js";
import {selectAt} from "../src/lib/fraud/selection.js";
import type {Declaration} from "../src/lib/data/declarations.js";

describe.runIf(process.env.CUSTOMS_DATA_DIR)("no leakage under the chronological protocol (dataset)", async () => {
  const ds = await loadDataset();
  const train = ds.declarations.filter((d) => d.split === "train");
  const test_ = ds.declarations.filter((d) => d.split === "test");
  const features = fitFeatures(train);

  test("features of the test months do not depend on their labels (encodings fitted on training months)", () => {
    const flipped: Declaration[] = test_.slice(0, 500).map((d) => ({...d, fraud: (1 - d.fraud) as 0 | 1, criticalFraud: 0}));
    expect(features.transform(flipped)).toEqual(features.transform(test_.slice(0, 500)));
  });

  test("with the test labels shuffled, precision@10% falls to the base rate", () => {
    const m = fitGbdt(
      features.train,
      train.map((d) => d.fraud),
      {rounds: 30, learningRate: 0.2, maxLeaves: 15, seed: 1}
    );
    const scores = Array.from(predictGbdt(m, features.transform(test_)));
    const y: number[] = test_.map((d) => d.fraud);
    const base = y.reduce((a, b) => a + b, 0) / y.length;
    const real = selectAt(scores, y, 10).precision;
    const perm = permutation(y.length, mulberry32(11));
    const shuffled = selectAt(
      scores,
      perm.map((i) => y[i]),
      10
    ).precision;
    expect(real).toBeGreaterThan(base + 0.3);
    // 848 inspected: the binomial spread of a random pick is sqrt(0.22 * 0.78 / 848) = 0.014
    expect(Math.abs(shuffled - base)).toBeLessThan(0.05);
  });
});
