/**
 * The improved radar chart (src/lib/method/radar.ts) by hand (issue 19): every term of the risk value, the chart's
 * geometry and the anchors' inverse, on cases whose values follow from the formulas in closed form.
 *
 * With equal weights w_j = 1/17 (a = pi/17): Sm = 17 sin(a), Lm = 68 sin(a/2); for the all-ones sample S = Sm and
 * L = sum 2 sqrt((cos a - 1)^2 + sin^2 a) = sum 2 sqrt(2 - 2 cos a) = sum 4 sin(a/2) = Lm, so V1 = V2 = f = 1; for
 * the all-zeros sample S = 0 and L = sum 2 sqrt(cos^2 a + sin^2 a) = 34.
 */
import {describe, expect, test} from "vitest";
import {
  STANDARD_LEVELS,
  anchorsOf,
  interpolateAnchors,
  normalise,
  normaliseValue,
  polar,
  polygonArea,
  radarGeometry,
  rawAtLevel,
  riskTerms,
  riskValue,
  riskValues
} from "../src/lib/method/radar.js";
import {INDICATORS, INDICATOR_IDS} from "../src/lib/method/indicators.js";

const equal = Array<number>(17).fill(1 / 17);
const a = Math.PI / 17;
const fill = (v: number) => Array<number>(17).fill(v);

describe("riskTerms in closed form (equal weights)", () => {
  test("all ones: S = Sm = 17 sin(a), L = Lm = 68 sin(a/2), V1 = V2 = f = 1", () => {
    const t = riskTerms(fill(1), equal);
    expect(t.Sm).toBeCloseTo(17 * Math.sin(a), 13);
    expect(t.Lm).toBeCloseTo(68 * Math.sin(a / 2), 13);
    expect(t.S).toBeCloseTo(t.Sm, 13);
    expect(t.L).toBeCloseTo(t.Lm, 13);
    expect(t.V1).toBeCloseTo(1, 13);
    expect(t.V2).toBeCloseTo(1, 13);
    expect(t.f).toBe(1);
  });
  test("all zeros: S = 0, L = 34, V1 = V2 = f = 0", () => {
    const t = riskTerms(fill(0), equal);
    expect(t.S).toBe(0);
    expect(t.L).toBeCloseTo(34, 13);
    expect(t).toMatchObject({V1: 0, V2: 0, f: 0});
  });
  test("all 0.5: S = 8.5 sin(a), L = 34 sqrt((cos a - 0.5)^2 + sin^2 a), V1 = 1/2, V2 = S Lm^2 / (L^2 Sm), f = sqrt(V1 V2)", () => {
    const t = riskTerms(fill(0.5), equal);
    const S = 8.5 * Math.sin(a),
      L = 34 * Math.sqrt((Math.cos(a) - 0.5) ** 2 + Math.sin(a) ** 2),
      Sm = 17 * Math.sin(a),
      Lm = 68 * Math.sin(a / 2);
    expect(t.S).toBeCloseTo(S, 13);
    expect(t.L).toBeCloseTo(L, 13);
    expect(t.V1).toBeCloseTo(0.5, 13);
    expect(t.V2).toBeCloseTo((S * Lm * Lm) / (L * L * Sm), 13);
    expect(t.f).toBeCloseTo(Math.sqrt(0.5 * t.V2), 13);
    expect(riskValues([fill(0.5)], equal)[0]).toBeCloseTo(t.f, 14);
  });
  test("one indicator raised: only its sector's terms change (S rises by 0.5 sin(a))", () => {
    const x = fill(0.5);
    x[3] = 1;
    expect(riskTerms(x, equal).S - riskTerms(fill(0.5), equal).S).toBeCloseTo(0.5 * Math.sin(a), 13);
  });
});

describe("validation bounds, both sides", () => {
  test("weights in (0, 1) open; x* in [0, 1] closed; 17 of each; each function names itself", () => {
    expect(riskValue(fill(0), equal)).toBe(0);
    expect(() => riskValue(fill(0.5), [...equal.slice(1), 1])).toThrow("riskTerms: weight of C17 must be in (0, 1), got 1");
    expect(() => riskValue(fill(0.5), [...equal.slice(1), NaN])).toThrow("riskTerms: weight of C17 must be in (0, 1), got NaN");
    expect(() => riskValue(fill(0.5), equal.slice(1))).toThrow("riskTerms: expected 17 weights, got 16");
    expect(() => riskValue([-0.01, ...fill(0.5).slice(1)], equal)).toThrow("riskTerms: x* of C1 must be in [0, 1], got -0.01");
    expect(() => riskValue(fill(0.5).slice(1), equal)).toThrow("riskTerms: expected 17 normalised values, got 16");
    expect(() => riskValues([fill(0.5)], [...equal.slice(1), 0])).toThrow("riskValues: weight of C17 must be in (0, 1), got 0");
    expect(() => riskValues([[...fill(0.5).slice(1), 2]], equal)).toThrow("riskValues: x* of C17 must be in [0, 1], got 2");
    expect(() => radarGeometry(fill(0.5), [...equal.slice(1), 0])).toThrow("radarGeometry: weight of C17 must be in (0, 1), got 0");
    expect(() => radarGeometry([NaN, ...fill(0.5).slice(1)], equal)).toThrow("radarGeometry: x* of C1 must be in [0, 1], got NaN");
  });
  test("normalise: keyed samples, strings and infinities named by indicator", () => {
    const keyed = Object.fromEntries(INDICATOR_IDS.map((id) => [id, 50])) as Record<(typeof INDICATOR_IDS)[number], number>;
    keyed.C5 = 24; // the 65 standard sample's net mass
    expect(normalise(keyed)[4]).toBeCloseTo(0.65, 14);
    expect(normalise(keyed)[0]).toBe(0.5);
    expect(() => normalise([..."x".repeat(17)] as never)).toThrow("normalise: C1 is not a finite number (x)");
    expect(() => normaliseValue("C10", Infinity)).toThrow("normaliseValue: C10 is not a finite number (Infinity)");
    expect(normaliseValue("C2", -5)).toBe(0); // a score below 0 clips to 0
  });
});

describe("anchors by hand", () => {
  test("rawAtLevel on C10's anchors (0, 6.5, 10, 377.5): levels 0.5, 0.65, 0.75, 0.9, 1", () => {
    const c10 = anchorsOf("C10");
    expect(rawAtLevel(0, c10)).toBe(0);
    expect(rawAtLevel(0.5, c10)).toBeCloseTo((6.5 * 0.5) / 0.65, 12); // 5
    expect(rawAtLevel(0.65, c10)).toBeCloseTo(6.5, 12);
    expect(rawAtLevel(0.75, c10)).toBeCloseTo(6.5 + (3.5 * 0.1) / 0.2, 12); // 8.25
    expect(rawAtLevel(0.9, c10)).toBeCloseTo(10 + (367.5 * 0.05) / 0.15, 12); // 132.5
    expect(rawAtLevel(1, c10)).toBeCloseTo(377.5, 12);
    expect(rawAtLevel(0.9, anchorsOf("C5"))).toBeCloseTo(3 - (3 * 0.05) / 0.15, 12); // C5 falls: 2
    expect(() => rawAtLevel(1.1, c10)).toThrow("rawAtLevel: level must be in [0, 1], got 1.1");
    expect(() => rawAtLevel(-0.1, c10)).toThrow(/rawAtLevel: level must be in \[0, 1\]/);
  });
  test("interpolateAnchors: every segment, and bad anchors", () => {
    const c10 = anchorsOf("C10");
    expect(interpolateAnchors(5, c10)).toBeCloseTo(0.5, 12);
    expect(interpolateAnchors(8.25, c10)).toBeCloseTo(0.75, 12);
    expect(interpolateAnchors(-1, c10)).toBe(0);
    expect(interpolateAnchors(2, anchorsOf("C5"))).toBeCloseTo(0.9, 12);
    expect(interpolateAnchors(1630000, anchorsOf("C5"))).toBe(0);
    expect(interpolateAnchors(-1, anchorsOf("C5"))).toBe(1);
    expect(() => interpolateAnchors(NaN, c10)).toThrow("interpolateAnchors: value is not a finite number (NaN)");
    expect(() => interpolateAnchors(1, [0, 1, 2])).toThrow("interpolateAnchors: expected 4 anchors, got 3");
    expect(() => interpolateAnchors(1, [0, 2, 1, 3])).toThrow("interpolateAnchors: anchors must be strictly monotone");
    expect(() => interpolateAnchors(1, [0, 0, 1, 3])).toThrow("interpolateAnchors: anchors must be strictly monotone");
    expect(() => interpolateAnchors(1, [1, 1, 1, 1])).toThrow("interpolateAnchors: anchors must be strictly monotone");
    expect(STANDARD_LEVELS).toEqual([0, 0.65, 0.85, 1]);
  });
});

describe("the chart's geometry by hand", () => {
  test("polar: clockwise from 12 o'clock, y down", () => {
    expect(polar(1, 0)).toEqual({x: 0, y: -1});
    const p = polar(2, Math.PI / 2);
    expect(p.x).toBeCloseTo(2, 14);
    expect(p.y).toBeCloseTo(0, 14);
    expect(polar(1, Math.PI).y).toBeCloseTo(1, 14);
  });
  test("polygonArea: the unit square, either orientation", () => {
    const sq = [
      {x: 0, y: 0},
      {x: 1, y: 0},
      {x: 1, y: 1},
      {x: 0, y: 1}
    ];
    expect(polygonArea(sq)).toBe(1);
    expect(polygonArea([...sq].reverse())).toBe(1);
    expect(
      polygonArea([
        {x: 0, y: 0},
        {x: 2, y: 0},
        {x: 0, y: 3}
      ])
    ).toBe(3);
  });
  test("sectors: weights 2 : 1 : ... rescaled to fill the circle, each starting where the last ended, the point on the axis", () => {
    const w = [2 / 18, ...Array<number>(16).fill(1 / 18)];
    const x = INDICATORS.map((_, j) => j / 16);
    const g = radarGeometry(x, w);
    expect(g.sectors[0]).toMatchObject({id: "C1", name: INDICATORS[0].name, weight: 2 / 18, start: 0, value: 0});
    expect(g.sectors[0].end).toBeCloseTo((2 * Math.PI * 2) / 18, 14);
    expect(g.sectors[0].axis).toBeCloseTo((2 * Math.PI) / 18, 14);
    g.sectors.forEach((s, j) => {
      if (j > 0) expect(s.start).toBe(g.sectors[j - 1].end);
      expect(s.axis).toBeCloseTo((s.start + s.end) / 2, 14);
      expect(s.point).toEqual(polar(x[j], s.axis));
      expect(g.polygon[2 * j]).toEqual(polar(1, s.start));
      expect(g.polygon[2 * j + 1]).toBe(s.point);
    });
    expect(g.polygon).toHaveLength(34);
    expect(g.sectors[16].end).toBeCloseTo(2 * Math.PI, 12);
    // area = S: each sector adds x_j sin(pi w_j) (two triangles of x_j sin(pi w_j) / 2)
    expect(polygonArea(g.polygon)).toBeCloseTo(riskTerms(x, w).S, 12);
  });
  test("weights that do not sum to 1 are rescaled: 17 weights of 0.05 give 17 equal sectors of 2 pi / 17", () => {
    const g = radarGeometry(fill(0.5), fill(0.05));
    g.sectors.forEach((s, j) => {
      expect(s.end - s.start).toBeCloseTo((2 * Math.PI) / 17, 13);
      expect(s.start).toBeCloseTo((2 * Math.PI * j) / 17, 12);
    });
    expect(g.sectors[16].end).toBeCloseTo(2 * Math.PI, 12);
  });
});
