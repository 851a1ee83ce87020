import {describe, expect, test} from "vitest";
import {applyBinner, fitBinner, fitGbdt, predictGbdt} from "../src/lib/fraud/gbdt.js";
import {fitLogistic, predictLogistic} from "../src/lib/fraud/logistic.js";
import {rocAuc} from "../src/lib/fraud/selection.js";
import {toyData} from "./toyData.js";

/** Toy problem: fraud iff x0 > 0.5 xor x1 > 0.5 (no linear model can separate it), x2 is noise. */
const toy = (n: number, seed: number) => toyData(n, seed, (x0, x1) => x0 > 0.5 !== x1 > 0.5);

describe("gbdt", () => {
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
});
