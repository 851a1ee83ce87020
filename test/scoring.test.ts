import {describe, expect, test} from "vitest";
import {scoreSample, scoreSamples} from "../src/lib/method/scoring.js";
import {anchorsOf, normalise, riskTerms, STANDARD_LEVELS} from "../src/lib/method/radar.js";
import {INDICATORS, INDICATOR_COUNT} from "../src/lib/method/indicators.js";
import {zoneOf} from "../src/lib/method/zones.js";
import {mulberry32} from "../src/lib/stats/random.js";

const w = Array.from({length: INDICATOR_COUNT}, (_, j) => (j + 1) / ((INDICATOR_COUNT * (INDICATOR_COUNT + 1)) / 2));

describe("the scoring pipeline", () => {
  test("equals normalise → riskTerms → zoneOf step by step (property, 200 random samples)", () => {
    const rnd = mulberry32(3);
    for (let t = 0; t < 200; t++) {
      const values = INDICATORS.map((d) => (d.anchors ? rnd() * 2 * Math.max(...d.anchors.map(Math.abs)) : rnd() * 100));
      const s = scoreSample(values, {weights: w, thresholds: [0.3, 0.6]});
      const x = normalise(values),
        f = riskTerms(x, w).f;
      expect(s.x).toEqual(x);
      expect(s.risk).toBe(f);
      expect(s.zone).toBe(zoneOf(f, [0.3, 0.6]));
    }
  });
  test("a standard sample is normalised to its level on every indicator (the catalogue's anchors)", () => {
    STANDARD_LEVELS.forEach((level, k) => {
      const values = INDICATORS.map((d) => (d.anchors ? anchorsOf(d.id)[k] : 100 * level));
      expect(scoreSamples([values], {weights: w})[0].x.every((v) => Math.abs(v - level) < 1e-12)).toBe(true);
    });
  });
  test("a bad value is named by its indicator; a score indicator has no anchors", () => {
    const values = INDICATORS.map(() => 50);
    values[4] = Number.NaN;
    expect(() => scoreSample(values, {weights: w})).toThrow(/C5 is not a finite number/);
    expect(() => scoreSample(values.slice(1), {weights: w})).toThrow(/expected 17 values/);
    expect(() => anchorsOf("C2")).toThrow(/C2 is a 0-100 score/);
  });
});
