/**
 * numpy's RandomState permutation and scikit-learn's train_test_split (src/lib/stats/trainTestSplit.ts).
 * Expected values printed by a python3 one-off with numpy 2.4.6: np.random.RandomState(seed).permutation(n).
 * sklearn is not installed here; train_test_split's rule (test = first ceil(0.2 n) of that permutation,
 * train = the rest) is checked by its consequence: it reproduces the paper's scores (indicatorScoring.test.ts).
 */
import {describe, expect, test} from "vitest";
import {MersenneTwister, numpyPermutation, trainTestSplit} from "../src/lib/stats/trainTestSplit.js";

describe("numpy RandomState(seed).numpyPermutation(n)", () => {
  test("seed 42, n 13", () => expect(numpyPermutation(13, 42)).toEqual([11, 9, 0, 8, 5, 2, 1, 12, 4, 7, 10, 3, 6]));
  test("seed 42, n 100 (first 12)", () =>
    expect(numpyPermutation(100, 42).slice(0, 12)).toEqual([83, 53, 70, 45, 44, 39, 22, 80, 10, 0, 18, 30]));
  test("seed 0, n 1000 (first 8: more than 624 draws, so the state regenerates)", () =>
    expect(numpyPermutation(1000, 0).slice(0, 8)).toEqual([993, 859, 298, 553, 672, 971, 27, 231]));
  test("is a permutation", () => expect([...numpyPermutation(50, 7)].sort((a, b) => a - b)).toEqual(Array.from({length: 50}, (_, i) => i)));
  test("MT19937 reference output: init_genrand(5489) gives 3499211612 first", () =>
    expect(new MersenneTwister(5489).nextUint32()).toBe(3499211612));
});

describe("trainTestSplit", () => {
  test("13 rows, test_size 0.2, random_state 42: 3 test rows, 10 train rows", () => {
    expect(trainTestSplit(13, 0.2, 42)).toEqual({test: [11, 9, 0], train: [8, 5, 2, 1, 12, 4, 7, 10, 3, 6]});
  });
  test.each([
    [13, 0, 42, /testSize must be in \(0, 1\)/],
    [1, 0.5, 42, /empty train or test set/],
    [13, 0.2, -1, /seed must be an integer/]
  ] as const)("n %d, test size %d, seed %d is an error", (n, t, s, message) => expect(() => trainTestSplit(n, t, s)).toThrow(message));
});
