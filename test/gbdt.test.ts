import {createHash} from "node:crypto";
import {describe, expect, test} from "vitest";
import {applyBinner, compileGbdt, fitBinner, fitGbdt, predictGbdt} from "../src/lib/fraud/gbdt.js";
import {fitLogistic, predictLogistic} from "../src/lib/fraud/logistic.js";
import {rocAuc} from "../src/lib/fraud/selection.js";
import {toyData} from "./toyData.js";
import {bitDifferences, referencePredict} from "./gbdtReference.js";

/** Toy problem: fraud iff x0 > 0.5 xor x1 > 0.5 (no linear model can separate it), x2 is noise. */
const toy = (n: number, seed: number) => toyData(n, seed, (x0, x1) => x0 > 0.5 !== x1 > 0.5);

describe("gbdt", () => {
  test("the fit is bit for bit the one before histograms were pooled and summed four features at a time", () => {
    // Pinned: sha256 computed with src/lib/fraud/gbdt.ts at commit 3087a7c (one new histogram per split,
    // one feature per pass), on this seven-feature problem with row and feature sampling, a depth limit
    // and leaves too small to split, so every path of the faster histogram code is taken.
    const label = (a: number, b: number) => a + 0.3 * b > 0.6;
    const t = toyData(1500, 11, label),
      v = toyData(400, 12, label);
    const widen = (X: Float64Array[]) => [
      ...X,
      X[0].map((x) => Math.round(x * 3)),
      X[1].map((x) => (x > 0.5 ? 1 : 0)),
      X[2].map((x) => x * x),
      X[0].map((x, i) => x - X[1][i])
    ];
    const params = {
      rounds: 60,
      learningRate: 0.1,
      maxLeaves: 12,
      maxDepth: 4,
      minLeafRows: 30,
      rowSample: 0.7,
      featureSample: 0.6,
      maxBins: 32
    };
    const m = fitGbdt(widen(t.X), t.y, {...params, earlyStopping: 15, seed: 3}, {X: widen(v.X), y: v.y});
    const hash = createHash("sha256").update(JSON.stringify({trees: m.trees, gain: m.gain, validLoss: m.validLoss}));
    hash.update(Buffer.from(predictGbdt(m, widen(v.X)).buffer));
    expect(m.trees.length).toBe(60);
    expect(hash.digest("hex")).toBe("2ad6536dd16144635b1063c22e4f187cfe2006ea7f47b16aff9d6e173a26fc16");
  });
  test("fits the xor toy problem (test AUC > 0.97) where logistic regression cannot (AUC ~ 0.5)", () => {
    const train = toy(2000, 1),
      valid = toy(500, 2),
      test = toy(1000, 3);
    const m = fitGbdt(train.X, train.y, {rounds: 100, learningRate: 0.2, maxLeaves: 8, seed: 1}, valid);
    expect(rocAuc(Array.from(predictGbdt(m, test.X)), test.y)).toBeGreaterThan(0.97);
    // the noise feature gets far less split gain than the two informative ones
    expect(m.gain[2]).toBeLessThan(0.1 * Math.min(m.gain[0], m.gain[1]));
    const lr = fitLogistic(train.X, train.y);
    expect(Math.abs(rocAuc(Array.from(predictLogistic(lr, test.X)), test.y) - 0.5)).toBeLessThan(0.08);
  });
  test("same seed, same model; early stopping truncates at the best validation round", () => {
    const train = toy(600, 4),
      valid = toy(200, 5);
    const a = fitGbdt(train.X, train.y, {rounds: 40, seed: 7}, valid),
      b = fitGbdt(train.X, train.y, {rounds: 40, seed: 7}, valid);
    expect(a.trees).toEqual(b.trees);
    const best = a.validLoss.indexOf(Math.min(...a.validLoss)) + 1;
    expect(a.trees.length).toBe(best);
  });
  test("binning: at most maxBins bins, order kept", () => {
    const col = Float64Array.from({length: 1000}, (_, i) => i % 300);
    const binner = fitBinner([col], 16);
    const bins = applyBinner(binner, [col])[0];
    expect(Math.max(...bins)).toBeLessThan(16);
    for (let i = 1; i < 300; i++) expect(bins[i]).toBeGreaterThanOrEqual(bins[i - 1]);
  });
  test("bad input is a clear error; inputs are not mutated", () => {
    expect(() => fitGbdt([[1, 2]], [0, 2])).toThrow(/fitGbdt: label 1 is 2/);
    expect(() => fitGbdt([[1, NaN]], [0, 1])).toThrow(/fitGbdt: feature 0, row 1 is not finite/);
    expect(() => fitGbdt([[1, 2, 3]], [0, 1])).toThrow(/fitGbdt: 3 rows of features but 2 labels/);
    const {X, y} = toy(100, 9);
    const copy = X.map((c) => Float64Array.from(c));
    fitGbdt(X, Object.freeze([...y]), {rounds: 3});
    expect(X).toEqual(copy);
  });
  test("the compiled trees predict exactly the binned tree walk: on the cut points, beside them, far outside, codes of unseen categories", () => {
    const train = toy(1500, 11);
    // a code column as the features have it: 0..9, and -1 (never seen) at scoring time
    train.X.push(Float64Array.from(train.X[2], (v) => Math.floor(v * 10)));
    const m = fitGbdt(train.X, train.y, {rounds: 60, learningRate: 0.2, maxLeaves: 12, minLeafRows: 5, seed: 3});
    const rows: number[][] = [];
    // every cut point, the doubles just below and above it, and values far outside the training range
    m.binner.uppers.forEach((u, j) =>
      u.forEach((cut) => {
        for (const v of [cut, cut - Math.abs(cut) * 2 ** -52 - Number.MIN_VALUE, cut + Math.abs(cut) * 2 ** -52 + Number.MIN_VALUE]) {
          const row = [0.3, 0.7, 0.5, 4];
          row[j] = v;
          rows.push(row);
        }
      })
    );
    for (const v of [-1, -0, 0, -1e300, 1e300, Number.MAX_VALUE, -Number.MAX_VALUE]) rows.push([v, v, v, v]);
    const fresh = toy(500, 12);
    for (let i = 0; i < 500; i++)
      rows.push([fresh.X[0][i], fresh.X[1][i], fresh.X[2][i], i % 12 === 0 ? -1 : Math.floor(fresh.X[2][i] * 10)]);
    const X = [0, 1, 2, 3].map((j) => Float64Array.from(rows, (r) => r[j]));
    const p = predictGbdt(m, X);
    expect(p.length).toBe(rows.length);
    expect(bitDifferences(p, referencePredict(m, X))).toBe(0);
    // the compiled form has every tree's internal nodes and leaves
    const c = compileGbdt(m);
    expect(c.roots.length).toBe(m.trees.length);
    expect(c.feature.length + c.leaf.length).toBe(m.trees.reduce((s, t) => s + t.feature.length, 0));
    // a model of single-leaf trees (no split helps) is its base plus the leaves
    const flat = fitGbdt(
      [Float64Array.from({length: 50}, () => 1)],
      Array.from({length: 50}, (_, i) => i % 2),
      {rounds: 3, minLeafRows: 5}
    );
    const one = [Float64Array.from([1, 2, -5])];
    expect(bitDifferences(predictGbdt(flat, one), referencePredict(flat, one))).toBe(0);
  });
  test("prediction refuses what the binned walk refused: a value that is not finite, a wrong number of columns", () => {
    const {X, y} = toy(200, 13);
    const m = fitGbdt(X, y, {rounds: 5, seed: 1});
    const bad = X.map((c) => Float64Array.from(c.subarray(0, 4)));
    bad[1][2] = NaN;
    expect(() => predictGbdt(m, bad)).toThrow(/predictGbdt: feature 1, row 2 is not finite/);
    bad[1][2] = Infinity;
    expect(() => predictGbdt(m, bad)).toThrow(/predictGbdt: feature 1, row 2 is not finite/);
    expect(() => predictGbdt(m, X.slice(0, 2))).toThrow(/predictGbdt: 2 features, the model has 3/);
    expect(() => predictGbdt(m, [])).toThrow(/no feature columns/);
    expect(
      predictGbdt(
        m,
        X.map(() => new Float64Array(0))
      )
    ).toEqual(new Float64Array(0));
  });
});
