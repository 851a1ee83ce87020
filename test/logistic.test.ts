/**
 * L2-regularised logistic regression (src/lib/fraud/logistic.ts). Expected values come from the optimality
 * condition of the objective Σ logloss + (λ/2)|w|², not from a reference run: at the optimum the gradient
 * vanishes, Zᵀ(y − p) = λ w for the standardised features and Σ(y − p) = 0 for the unpenalised intercept.
 */
import {describe, expect, test} from "vitest";
import {fitLogistic, predictLogistic} from "../src/lib/fraud/logistic.js";
import {rocAuc} from "../src/lib/fraud/selection.js";
import {mulberry32} from "../src/lib/stats/random.js";

function data(n: number, seed: number) {
  const rnd = mulberry32(seed);
  const X = [new Float64Array(n), new Float64Array(n)];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    X[0][i] = rnd() * 10;
    X[1][i] = rnd();
    y.push(rnd() < 1 / (1 + Math.exp(-(X[0][i] - 5))) ? 1 : 0); // only feature 0 matters
  }
  return {X, y};
}

describe("logistic regression", () => {
  const {X, y} = data(600, 5);
  test("the fit satisfies the penalised optimality condition (λ = 1 and λ = 50)", () => {
    for (const lambda of [1, 50]) {
      const m = fitLogistic(X, y, {lambda, tolerance: 1e-12});
      const p = Array.from(predictLogistic(m, X));
      const z = (j: number, i: number) => (X[j][i] - m.mean[j]) / m.sd[j];
      expect(Math.abs(p.reduce((a, pi, i) => a + (y[i] - pi), 0))).toBeLessThan(1e-6);
      for (let j = 0; j < 2; j++) {
        const g = p.reduce((a, pi, i) => a + z(j, i) * (y[i] - pi), 0);
        expect(g).toBeCloseTo(lambda * m.beta[j + 1], 5);
      }
    }
  });
  test("a larger λ shrinks the weights; the informative feature gets the large positive weight", () => {
    const small = fitLogistic(X, y, {lambda: 0.01}),
      big = fitLogistic(X, y, {lambda: 500});
    const norm = (b: number[]) => Math.hypot(...b.slice(1));
    expect(norm(big.beta)).toBeLessThan(norm(small.beta) / 2);
    expect(small.beta[1]).toBeGreaterThan(1);
    expect(Math.abs(small.beta[2])).toBeLessThan(0.5);
    expect(rocAuc(Array.from(predictLogistic(small, X)), y)).toBeGreaterThan(0.85);
  });
  test("bad input is named", () => {
    expect(() => fitLogistic([], y)).toThrow(/no feature columns/);
    expect(() => fitLogistic(X, y.slice(1))).toThrow(/feature 0 has 600 rows but there are 599 labels/);
    expect(() =>
      fitLogistic(
        X,
        y.map((v, i) => (i === 3 ? 2 : v))
      )
    ).toThrow(/label 3 is 2/);
  });
});
