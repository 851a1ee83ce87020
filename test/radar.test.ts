/**
 * The improved radar chart (src/lib/method/radar.ts). Expected values: the paper's standard-sample and 17-sample
 * tables (data/paper/), the authors' W13 and typed vectors (data/paper/w13.csv, typed13.csv), and
 * properties of the formula (f(0) = 0, f(1) = 1, monotone in every x*_j, area = S).
 */
import {describe, expect, test} from "vitest";
import {loadPaperTables} from "../loaders/paper.js";
import {loadAuthorsCode} from "../loaders/risk.js";
import {INDICATORS, INDICATOR_IDS} from "../src/lib/method/indicators.js";
import {recomputePaper17} from "../src/lib/paper/risk.js";
import {
  interpolateAnchors,
  normalise,
  normaliseValue,
  polygonArea,
  anchorsOf,
  radarGeometry,
  rawAtLevel,
  riskTerms,
  riskValue,
  riskValues,
  STANDARD_LEVELS
} from "../src/lib/method/radar.js";
import {entropyWeights} from "../src/lib/method/entropy.js";
import {publishedWeights, typedVector} from "../src/lib/paper/weights.js";

const paper = loadPaperTables();
const code = loadAuthorsCode();
const w = publishedWeights(paper.weights);
const ones = (a: number) => Array<number>(17).fill(a);

/** A seeded generator (mulberry32) so property tests are repeatable. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("normalisation x*", () => {
  test("the four standard samples map to exactly 0, 0.65, 0.85, 1 on every indicator (the paper's standard-sample table)", () => {
    paper.sample17
      .filter((r) => r.kind === "standard")
      .forEach((r, k) => {
        for (const v of normalise(r.values)) expect(v).toBeCloseTo(STANDARD_LEVELS[k], 15);
      });
  });

  test("interpolation between anchors, clipping outside them (values computed by hand)", () => {
    expect(interpolateAnchors(13, anchorsOf("C10"))).toBeCloseTo(0.85 + (0.15 * 3) / 367.5, 12);
    expect(interpolateAnchors(30866, anchorsOf("C12"))).toBeCloseTo((0.65 * 30866) / 36575, 12);
    expect(interpolateAnchors(220, anchorsOf("C5"))).toBeCloseTo((0.65 * (1630000 - 220)) / (1630000 - 24), 12);
    expect(interpolateAnchors(16300000, anchorsOf("C5"))).toBe(0); // sample 23's C5 clips to 0
    expect(interpolateAnchors(1e12, anchorsOf("C12"))).toBe(1);
    expect(normaliseValue("C1", 61)).toBe(0.61);
    expect(normaliseValue("C1", 130)).toBe(1);
  });

  test("rawAtLevel inverts the interpolation", () => {
    for (const id of ["C5", "C10", "C12"] as const) {
      for (const level of [0, 0.1, 0.65, 0.7, 0.85, 0.93, 1]) {
        expect(interpolateAnchors(rawAtLevel(level, anchorsOf(id)), anchorsOf(id))).toBeCloseTo(level, 10);
      }
    }
  });

  test("bad input is a clear error, never NaN", () => {
    expect(() => normalise(ones(1).slice(1))).toThrow("normalise: expected 17 values (C1..C17), got 16");
    expect(() => normalise([...ones(50).slice(1), NaN])).toThrow("normalise: C17 is not a finite number (NaN)");
    expect(() => riskValue([...ones(0.5).slice(1), 1.2], w)).toThrow("riskTerms: x* of C17 must be in [0, 1], got 1.2");
    expect(() => riskValue(ones(0.5), [...w.slice(1), 0])).toThrow("riskTerms: weight of C17 must be in (0, 1), got 0");
  });
});

describe("the risk value f = sqrt(V1 V2)", () => {
  test("f(0) = 0 and f(1) = 1 for any weights", () => {
    for (const ws of [w, code.w13, ones(1 / 17)]) {
      expect(riskValue(ones(0), ws)).toBe(0);
      expect(riskValue(ones(1), ws)).toBe(1);
      expect(riskValues([ones(1)], ws)[0]).toBe(1);
    }
  });

  test("f = (S / Sm)(Lm / L), and the terms are as documented", () => {
    const x = normalise(paper.samples100[0].values);
    const t = riskTerms(x, w);
    expect(t.f).toBeCloseTo((t.S / t.Sm) * (t.Lm / t.L), 14);
    expect(t.Sm).toBeCloseTo(
      w.reduce((a, wj) => a + Math.sin(Math.PI * wj), 0),
      14
    );
    expect(riskValues([x], w)[0]).toBeCloseTo(t.f, 14);
  });

  test("f rises when any x*_j rises (1000 random samples, each indicator, published and W13 weights)", () => {
    const r = rng(42);
    for (const ws of [w, code.w13]) {
      for (let k = 0; k < 1000; k++) {
        const x = Array.from({length: 17}, r);
        const f = riskValue(x, ws);
        const j = k % 17;
        const up = [...x];
        up[j] = Math.min(1, x[j] + 0.01 + 0.2 * r());
        expect(riskValue(up, ws)).toBeGreaterThan(f);
      }
    }
  });

  test("the chart's polygon has area S (the geometry draws what f measures)", () => {
    const x = normalise(paper.samples100[9].values);
    const g = radarGeometry(x, w);
    expect(polygonArea(g.polygon)).toBeCloseTo(riskTerms(x, w).S, 6); // published weights sum to 1 within 1e-8
    expect(g.sectors[0].axis).toBeCloseTo((g.sectors[0].end - g.sectors[0].start) / 2, 14);
    expect(g.sectors[16].end).toBeCloseTo(2 * Math.PI, 12);
  });

  test("inputs are not mutated", () => {
    const x = Object.freeze(normalise(paper.samples100[1].values));
    const ws = Object.freeze([...w]);
    expect(() => {
      riskValue(x, ws);
      radarGeometry(x, ws);
      typedVector(1, x, code.typed13);
      normalise(Object.freeze(INDICATOR_IDS.map((id) => paper.sample17[5].values[id])));
    }).not.toThrow();
  });
});

describe("the paper's numbers (the 17-sample table)", () => {
  test("published weights after the C10/C12 corrections sum to 1 (D30)", () => {
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 7);
    expect(paper.weights.reduce((a, b) => a + b.weight, 0)).toBeCloseTo(0.9938, 4);
  });

  test("with the weight table as printed the thresholds would be 0.3123 and 0.6806 (D30)", () => {
    const printed = paper.weights.map((d) => d.weight);
    expect(riskValue(ones(0.65), printed)).toBeCloseTo(0.3122963, 7);
    expect(riskValue(ones(0.85), printed)).toBeCloseTo(0.6805551, 7);
    expect(
      riskValues(
        paper.samples100.map((s) => normalise(s.values)),
        printed
      ).filter((f) => f < 0.3142)
    ).toHaveLength(32);
  });

  test("the standard samples: 0.3142315 and 0.6845921 (ours) vs 0.314203691 and 0.684636773 printed (D31)", () => {
    expect(riskValue(ones(0.65), w)).toBeCloseTo(0.3142315, 7);
    expect(riskValue(ones(0.85), w)).toBeCloseTo(0.6845921, 7);
    // The earlier revision's 0.683076773 is f(0.85) with W13.
    expect(riskValue(ones(0.85), code.w13)).toBeCloseTo(0.683076773, 8);
  });

  test("with W13 and the typed vectors, 11 of 13 printed values match to 1e-9, the other two to 1.2e-5 (D33)", () => {
    const rows = recomputePaper17(
      paper.sample17.map((r) => ({...r, values: INDICATOR_IDS.map((id) => r.values[id])})),
      w,
      code.w13,
      code.typed13
    ).filter((r) => r.kind === "random");
    const diffs = rows.map((r) => Math.abs(r.paperInputs - r.printed));
    expect(diffs.filter((d) => d < 1e-9)).toHaveLength(11);
    expect(diffs[0]).toBeLessThan(1.2e-5);
    expect(diffs[11]).toBeLessThan(1.6e-6);
    // With the published weights every printed value is off by more than 4e-3 (D32).
    expect(Math.min(...rows.map((r) => Math.abs(r.published - r.printed)))).toBeGreaterThan(4e-3);
  });

  test("the 100 samples (printed table, published weights): 30 safety, 70 general, 0 severe", () => {
    const f = riskValues(
      paper.samples100.map((s) => normalise(s.values)),
      w
    );
    expect(f.filter((v) => v < 0.3142)).toHaveLength(30);
    expect(f.filter((v) => v >= 0.6846)).toHaveLength(0);
  });

  test("textbook entropy weights differ sharply (C12 about 0.72; REPRODUCTION-NOTES)", () => {
    const tw = entropyWeights(
      paper.samples100.map((s) => INDICATOR_IDS.map((id) => s.values[id])),
      {rule: "textbook", directions: INDICATORS.map((d) => d.direction)}
    ).w;
    expect(tw.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(tw[11]).toBeGreaterThan(0.6);
  });
});
