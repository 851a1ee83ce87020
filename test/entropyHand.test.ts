/**
 * Each option of the entropy weight method (src/lib/method/entropy.ts) against a hand-computed example (issue 19).
 *
 * The matrix has n = 3 samples and two columns, A = (1, 2, 6) and B = (0, 3, 1). For every normalisation and
 * direction the normalised column N and p = N / sum N are worked out by hand below (written as fractions); the test
 * then computes e = -(1 / ln 3) sum p ln p (0 ln 0 = 0) from those fractions, independently of the code, and the
 * two weights w = e / sum e ("paper") and w = (1 - e) / sum (1 - e) ("textbook"). A python3/numpy one-off of the
 * same formulas gave the pinned decimals (16 digits).
 */
import {describe, expect, test} from "vitest";
import {entropyWeights, normaliseColumn} from "../src/lib/method/entropy.js";

const A = [1, 2, 6],
  B = [0, 3, 1];
const matrix = A.map((a, i) => [a, B[i]]);

/** e of a hand-written distribution p (n = 3). */
const entropy = (p: number[]) => -p.reduce((s, q) => s + (q > 0 ? q * Math.log(q) : 0), 0) / Math.log(3);
const paperRule = (e: number[]) => e.map((x) => x / (e[0] + e[1]));
const textbookRule = (e: number[]) => e.map((x) => (1 - x) / (2 - e[0] - e[1]));

// Hand-computed p per option (A's direction first, then B benefit).
const cases = [
  // min-max: A benefit N = (0, 1, 5) / 5, A cost N = (5, 4, 0) / 5, B benefit N = (0, 3, 1) / 3
  {normalisation: "minMax", direction: "benefit", pA: [0, 1 / 6, 5 / 6], pB: [0, 3 / 4, 1 / 4], eA: 0.41011848630651804},
  {normalisation: "minMax", direction: "cost", pA: [5 / 9, 4 / 9, 0], pB: [0, 3 / 4, 1 / 4], eA: 0.6252993742043005},
  // proportion: A benefit N = x = (1, 2, 6), A cost N = max + min - x = (6, 5, 1); B has a 0, allowed (x >= 0)
  {normalisation: "proportion", direction: "benefit", pA: [1 / 9, 2 / 9, 6 / 9], pB: [0, 3 / 4, 1 / 4], eA: 0.7725068857142601},
  {normalisation: "proportion", direction: "cost", pA: [6 / 12, 5 / 12, 1 / 12], pB: [0, 3 / 4, 1 / 4], eA: 0.8359889967247164},
  // shifted min-max (shift 0.01): A benefit N = (0.01, 0.21, 1.01), A cost N = (1.01, 0.81, 0.01), B N = (0.01, 1.01, 1/3 + 0.01)
  {
    normalisation: "shiftedMinMax",
    direction: "benefit",
    pA: [0.01 / 1.23, 0.21 / 1.23, 1.01 / 1.23],
    pB: [0.01, 1.01, 1 / 3 + 0.01].map((x) => x / (4 / 3 + 0.03)),
    eA: 0.4576100597894438
  },
  {
    normalisation: "shiftedMinMax",
    direction: "cost",
    pA: [1.01 / 1.83, 0.81 / 1.83, 0.01 / 1.83],
    pB: [0.01, 1.01, 1 / 3 + 0.01].map((x) => x / (4 / 3 + 0.03)),
    eA: 0.6528773532573799
  }
] as const;

describe("entropyWeights: every option on a hand-computed 3 x 2 example", () => {
  test.each(cases)("$normalisation, A $direction", ({normalisation, direction, pA, pB, eA}) => {
    const e = [entropy([...pA]), entropy([...pB])];
    expect(e[0]).toBeCloseTo(eA, 14); // the python3 one-off
    for (const rule of ["paper", "textbook"] as const) {
      const r = entropyWeights(matrix, {normalisation, rule, directions: [direction, "benefit"]});
      r.e.forEach((x, j) => expect(x).toBeCloseTo(e[j], 14));
      r.d.forEach((x, j) => expect(x).toBeCloseTo(1 - e[j], 14));
      const w = rule === "paper" ? paperRule(e) : textbookRule(e);
      r.w.forEach((x, j) => expect(x).toBeCloseTo(w[j], 14));
    }
  });

  test("the defaults are min-max, benefit and the paper's rule", () => {
    const e = [entropy([0, 1 / 6, 5 / 6]), entropy([0, 3 / 4, 1 / 4])];
    const r = entropyWeights(matrix);
    r.w.forEach((x, j) => expect(x).toBeCloseTo(paperRule(e)[j], 14));
  });

  test("a chosen shift: 0.5 gives A benefit N = (0.5, 0.7, 1.5)", () => {
    const r = entropyWeights(matrix, {normalisation: "shiftedMinMax", shift: 0.5});
    expect(r.e[0]).toBeCloseTo(entropy([0.5 / 2.7, 0.7 / 2.7, 1.5 / 2.7]), 14);
  });

  test("one column: its weight is 1 under either rule", () => {
    const one = A.map((a) => [a]);
    expect(entropyWeights(one).w).toEqual([1]);
    expect(entropyWeights(one, {rule: "textbook"}).w).toEqual([1]);
  });

  test("two rows are enough; under min-max each column is then (0, 1), e = 0, and the paper's rule has no denominator", () => {
    expect(entropyWeights([[1], [2]], {rule: "textbook"})).toEqual({e: [0], d: [1], w: [1]});
    expect(() =>
      entropyWeights([
        [1, 5],
        [2, 3]
      ])
    ).toThrow("entropyWeights: the paper rule has a zero denominator (every column has e = 0)");
  });

  test("the textbook rule's zero denominator: under proportion, N = (1e15, 1e15 + 1) rounds e to exactly 1 (found by trial)", () => {
    expect(() => entropyWeights([[1e15], [1e15 + 1]], {normalisation: "proportion", rule: "textbook"})).toThrow(
      "entropyWeights: the textbook rule has a zero denominator (every column has e = 1)"
    );
  });

  test("no columns and a negative shift are errors; a negative shift is ignored outside shiftedMinMax", () => {
    expect(() => entropyWeights([[], []])).toThrow("entropyWeights: the matrix has no columns");
    expect(() => entropyWeights(matrix, {normalisation: "shiftedMinMax", shift: -0.1})).toThrow(
      "entropyWeights: shift must be > 0, got -0.1"
    );
    expect(entropyWeights(matrix, {shift: -0.1}).w).toEqual(entropyWeights(matrix).w);
  });
});

describe("normaliseColumn (step 1) by hand", () => {
  test("min-max and shifted min-max: (x - min) / (max - min), cost (max - x) / (max - min), plus the shift", () => {
    expect(normaliseColumn(A, "benefit", "minMax")).toEqual([0, 0.2, 1]);
    expect(normaliseColumn(A, "cost", "minMax")).toEqual([1, 0.8, 0]);
    expect(normaliseColumn(A, "benefit", "shiftedMinMax")).toEqual([0.01, 0.2 + 0.01, 1.01]); // default shift 0.01
    expect(normaliseColumn(A, "cost", "shiftedMinMax", {shift: 0.5})).toEqual([1.5, 0.8 + 0.5, 0.5]);
  });

  test("proportion: N = x, cost N = max + min - x", () => {
    expect(normaliseColumn(A, "benefit", "proportion")).toEqual([1, 2, 6]);
    expect(normaliseColumn(A, "cost", "proportion")).toEqual([6, 5, 1]);
    expect(normaliseColumn([3, 0, 1], "cost", "proportion")).toEqual([0, 3, 2]);
  });

  test("errors name the column (default label: column)", () => {
    expect(() => normaliseColumn([2, 2], "benefit", "minMax")).toThrow(
      "entropyWeights: column is constant (2): its entropy weight is undefined"
    );
    expect(() => normaliseColumn([-1, 2], "benefit", "proportion", {label: "C5"})).toThrow(
      'entropyWeights: C5 has a negative value (-1); "proportion" needs x >= 0'
    );
    expect(() => normaliseColumn(A, "benefit", "zscore" as never)).toThrow(
      'entropyWeights: unknown normalisation "zscore" (expected minMax, proportion, shiftedMinMax)'
    );
  });
});
