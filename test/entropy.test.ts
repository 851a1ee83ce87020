/**
 * The entropy weight method (src/lib/method/entropy.ts). Expected values: a python3/numpy 2.4 one-off run by us
 * (min-max, C5 cost, p ln p with 0 ln 0 = 0, n = 100) on data/paper/samples100.csv, printed to 16 digits.
 */
import {describe, expect, test} from "vitest";
import {loadPaperTables} from "../loaders/paper.js";
import {entropyWeights, NORMALISATIONS, WEIGHT_RULES} from "../src/lib/method/entropy.js";
import {INDICATORS, INDICATOR_IDS} from "../src/lib/method/indicators.js";
import {toMatrix} from "../src/lib/paper/tables.js";

const matrix = toMatrix(loadPaperTables().samples100);
const directions = INDICATORS.map((d) => d.direction);

/** A small deterministic pseudo-random matrix (LCG), for property tests. */
function randomMatrix(seed: number, n: number, m: number): number[][] {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({length: n}, () => Array.from({length: m}, () => next() * 100 * (1 + next())));
}

// The weights are computed inside the tests, not while the file is collected, so a mutant that makes them throw
// fails the tests (rather than leaving a file without tests, which StrykerJS counts as a survivor).
describe("entropyWeights against an independent computation (python3 + numpy)", () => {
  // numpy: e, w = e/sum(e), w = (1-e)/sum(1-e)
  const numpy = {
    C1: {e: 0.9920755820339003, paper: 0.06294567154829261, textbook: 0.006394903529745441},
    C5: {e: 0.997817574508312, paper: 0.06330999214933603, textbook: 0.0017611893441142313},
    C10: {e: 0.8520921061461982, paper: 0.05406393506068441, textbook: 0.11935977084111761},
    C12: {e: 0.1092125156229762, paper: 0.00692936633242499, textbook: 0.7188540600035342},
    C17: {e: 0.9850775672493167, paper: 0.06250165826130351, textbook: 0.012042211589288768}
  };
  test.each(Object.entries(numpy))("%s", (id, v) => {
    const paper = entropyWeights(matrix, {directions, rule: "paper"});
    const textbook = entropyWeights(matrix, {directions, rule: "textbook"});
    const j = INDICATOR_IDS.indexOf(id as (typeof INDICATOR_IDS)[number]);
    expect(paper.e[j]).toBeCloseTo(v.e, 12);
    expect(paper.d[j]).toBeCloseTo(1 - v.e, 12);
    expect(paper.w[j]).toBeCloseTo(v.paper, 12);
    expect(textbook.w[j]).toBeCloseTo(v.textbook, 12);
  });
});

describe("entropyWeights properties", () => {
  test.each(NORMALISATIONS.flatMap((n) => WEIGHT_RULES.map((r) => [n, r] as const)))(
    "weights sum to 1, lie in [0, 1], e in [0, 1] (%s, %s)",
    (normalisation, rule) => {
      for (let seed = 1; seed <= 20; seed++) {
        const {e, w} = entropyWeights(randomMatrix(seed, 30, 6), {
          normalisation,
          rule,
          directions: ["benefit", "cost", "benefit", "benefit", "cost", "benefit"]
        });
        expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        for (const x of [...w, ...e]) expect(x).toBeGreaterThanOrEqual(0);
        for (const x of [...w, ...e]) expect(x).toBeLessThanOrEqual(1 + 1e-12);
      }
    }
  );

  test("min-max weights do not change when a benefit column is scaled (or shifted)", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const m = randomMatrix(seed, 40, 5);
      const scaled = m.map((r) => r.map((x, j) => (j === 2 ? 1000 * x + 7 : x)));
      for (const rule of WEIGHT_RULES) {
        const a = entropyWeights(m, {rule}).w;
        const b = entropyWeights(scaled, {rule}).w;
        a.forEach((x, j) => expect(b[j]).toBeCloseTo(x, 12));
      }
    }
  });

  test("a cost column is a benefit column reflected: cost(x) = benefit(-x)", () => {
    const m = randomMatrix(3, 25, 4);
    const a = entropyWeights(m, {directions: ["cost", "benefit", "benefit", "benefit"]}).w;
    const b = entropyWeights(m.map((r) => [-r[0], ...r.slice(1)])).w;
    a.forEach((x, j) => expect(b[j]).toBeCloseTo(x, 12));
  });

  test("the paper's rule gives less weight to lower entropy; the textbook rule more", () => {
    const {e, w} = entropyWeights(matrix, {directions, rule: "paper"});
    const t = entropyWeights(matrix, {directions, rule: "textbook"}).w;
    const byE = e.map((x, j) => j).sort((a, b) => e[a] - e[b]);
    for (let k = 1; k < byE.length; k++) {
      expect(w[byE[k]]).toBeGreaterThanOrEqual(w[byE[k - 1]]);
      expect(t[byE[k]]).toBeLessThanOrEqual(t[byE[k - 1]]);
    }
  });

  test("inputs are not mutated", () => {
    const m = randomMatrix(9, 10, 3);
    const copy = structuredClone(m);
    const dirs = ["benefit", "cost", "benefit"] as const;
    entropyWeights(m, {directions: dirs, normalisation: "shiftedMinMax"});
    expect(m).toEqual(copy);
    expect(dirs).toEqual(["benefit", "cost", "benefit"]);
  });
});

describe("entropyWeights errors", () => {
  const ok = [
    [1, 2],
    [3, 5],
    [4, 1]
  ];
  test.each([
    [
      "a constant column",
      [
        [1, 2],
        [1, 5],
        [1, 1]
      ],
      {labels: ["C5", "C6"]},
      /entropyWeights: C5 is constant/
    ],
    [
      "a NaN",
      [
        [1, 2],
        [NaN, 5],
        [4, 1]
      ],
      {},
      /column 1, row 2 is not a finite number \(NaN\)/
    ],
    [
      "an infinity",
      [
        [1, 2],
        [3, Infinity],
        [4, 1]
      ],
      {},
      /column 2, row 2 is not a finite number/
    ],
    [
      "a negative value under proportion",
      [
        [1, -2],
        [3, 5],
        [4, 1]
      ],
      {normalisation: "proportion"},
      /column 2 has a negative value \(-2\)/
    ],
    ["one row", [[1, 2]], {}, /at least 2 rows/],
    ["ragged rows", [[1, 2], [3], [4, 1]], {}, /row 2 has 1 values, expected 2/],
    ["wrong number of directions", ok, {directions: ["benefit"]}, /1 directions for 2 columns/],
    ["an unknown rule", ok, {rule: "other"}, /unknown rule "other"/],
    ["an unknown normalisation", ok, {normalisation: "zscore"}, /unknown normalisation "zscore"/],
    ["a zero shift", ok, {normalisation: "shiftedMinMax", shift: 0}, /shift must be > 0/]
  ] as const)("%s is an error", (_, m, options, message) => {
    expect(() => entropyWeights(m as number[][], options as never)).toThrow(message);
  });

  test("negative values are fine under min-max", () => {
    expect(
      entropyWeights([
        [1, -2],
        [3, 5],
        [4, 1]
      ]).w.every(Number.isFinite)
    ).toBe(true);
  });
});
