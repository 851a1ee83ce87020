/**
 * Ridge regression (src/lib/stats/ridge.ts) and one-hot encoding (src/lib/stats/oneHot.ts). Expected values: closed
 * form by hand for the 1-feature case; a python3/numpy one-off (primal solve, centred X and Y) for the
 * others, whose coefficients are exact fractions (printed x 47 and x 185).
 */
import {describe, expect, test} from "vitest";
import {fitOneHot} from "../src/lib/stats/oneHot.js";
import {fitRidge} from "../src/lib/stats/ridge.js";

const close = (a: number[][], b: number[][], digits = 12) =>
  a.forEach((r, i) => r.forEach((x, j) => expect(x).toBeCloseTo(b[i][j], digits)));

describe("fitRidge", () => {
  test("one feature, by hand: Sxy / (Sxx + alpha) = 4 / 3, intercept 3 - 4/3", () => {
    const m = fitRidge([[0], [1], [2]], [[1], [3], [5]], {alpha: 1});
    expect(m.coefficients[0][0]).toBeCloseTo(4 / 3, 14);
    expect(m.intercept[0]).toBeCloseTo(5 / 3, 14);
    expect(m.predict([[3]])[0][0]).toBeCloseTo(17 / 3, 14);
  });

  test("p > n, two outputs (dual path) against numpy's primal solve", () => {
    const X = [
      [1, 0, 2, 0],
      [0, 1, 1, 1],
      [1, 1, 0, 3]
    ];
    const Y = [
      [1, 2],
      [3, -1],
      [0, 4]
    ];
    const m = fitRidge(X, Y, {alpha: 1});
    close(
      m.coefficients,
      [
        [-39, 62],
        [19, -29],
        [1, -4],
        [-21, 37]
      ].map((r) => r.map((x) => x / 47))
    );
    close([m.intercept], [[103 / 47, 11 / 47]]);
    close(m.predict([[2, 0, 1, 1]]), [[0.10638297872340408, 3.574468085106383]]);
  });

  test("p <= n (primal path) against numpy", () => {
    const m = fitRidge(
      [
        [0, 1],
        [1, 3],
        [2, 2],
        [3, 5],
        [4, 4]
      ],
      [[1], [2], [2], [5], [4]],
      {alpha: 0.5}
    );
    close(m.coefficients, [[58 / 185], [132 / 185]]);
    close([m.intercept], [[6 / 185]]);
  });

  test("a feature that is 0 on every training row gets coefficient 0 (so the one-hot universe does not matter)", () => {
    const X = [
      [1, 0, 0],
      [0, 1, 0],
      [1, 1, 0],
      [0, 0, 0]
    ];
    const m = fitRidge(X, [[3], [1], [4], [0]]);
    expect(m.coefficients[2][0]).toBe(0);
    const without = fitRidge(
      X.map((r) => r.slice(0, 2)),
      [[3], [1], [4], [0]]
    );
    close(m.predict([[1, 0, 1]]), without.predict([[1, 0]]));
  });

  test("inputs are not mutated", () => {
    const X = [
      [1, 2],
      [3, 4],
      [5, 7]
    ];
    const Y = [[1], [2], [4]];
    const [x0, y0] = [structuredClone(X), structuredClone(Y)];
    fitRidge(X, Y).predict(X);
    expect(X).toEqual(x0);
    expect(Y).toEqual(y0);
  });

  test.each([
    ["no rows", [], [], {}, /no training rows/],
    ["X and Y of different lengths", [[1], [2]], [[1]], {}, /X has 2 rows, Y has 1/],
    ["a NaN", [[1], [NaN]], [[1], [2]], {}, /X\[2\]\[1\] is not a finite number/],
    ["alpha 0", [[1], [2]], [[1], [2]], {alpha: 0}, /alpha must be > 0/]
  ] as const)("%s is an error", (_, X, Y, opts, message) => {
    expect(() => fitRidge(X as unknown as number[][], Y as unknown as number[][], opts)).toThrow(message);
  });
});

describe("fitOneHot", () => {
  test("one 0/1 feature per (column, category), sorted; unseen categories encode as zeros", () => {
    const enc = fitOneHot(
      [
        ["b", "x"],
        ["a", "x"],
        ["b", "y"]
      ],
      ["C2", "C3"]
    );
    expect(enc.features).toEqual(["C2=a", "C2=b", "C3=x", "C3=y"]);
    expect(
      enc.transform([
        ["a", "y"],
        ["z", "x"]
      ])
    ).toEqual([
      [1, 0, 0, 1],
      [0, 0, 1, 0]
    ]);
  });

  test("ragged rows are an error", () => {
    expect(() => fitOneHot([["a"], ["b", "c"]])).toThrow(/row 2 has 2 values, expected 1/);
  });
});
