/**
 * Warning zones (src/lib/method/zones.ts) against the paper's zone table (data/paper/zones.csv: safety [0, 0.3142),
 * general [0.3142, 0.6846), severe [0.6846, 1)), closed at 1 as the discrepancy log's D34 says, and the validity
 * bounds the functions document (issue 19: each bound tested on both sides).
 */
import {describe, expect, test} from "vitest";
import {loadPaperTables} from "../loaders/paper.js";
import {publishedWeights} from "../src/lib/paper/weights.js";
import {STANDARD_THRESHOLD_LEVELS, ZONES, ZONE_LABELS, standardThresholds, zoneCounts, zoneOf, zoneTable} from "../src/lib/method/zones.js";
import {riskValue} from "../src/lib/method/radar.js";

describe("the zone table", () => {
  test("zoneTable() is the paper's table, the severe zone closed at 1 (D34)", () => {
    const paper = loadPaperTables().zones;
    expect(ZONES).toEqual(paper.map((z) => z.zone));
    expect(zoneTable()).toEqual(
      paper.map((z) => ({zone: z.zone, lower: z.lower, upper: z.upper, interval: z.zone === "severe" ? "[0.6846, 1]" : z.printed}))
    );
  });

  test("intervals print the thresholds to 4 decimals, without trailing zeros (hand-written)", () => {
    expect(zoneTable([0.31423154, 0.6845921]).map((z) => z.interval)).toEqual(["[0, 0.3142)", "[0.3142, 0.6846)", "[0.6846, 1]"]);
    expect(zoneTable([0.25, 0.5]).map((z) => z.interval)).toEqual(["[0, 0.25)", "[0.25, 0.5)", "[0.5, 1]"]);
    expect(zoneTable([0.25, 0.5]).map((z) => [z.lower, z.upper])).toEqual([
      [0, 0.25],
      [0.25, 0.5],
      [0.5, 1]
    ]);
  });

  // The Chinese names as the Chinese report's text writes them (src/zh/index.md, findings 2 and 3).
  test("display names: English, and the Chinese report's zone names", () => {
    expect(ZONE_LABELS).toEqual({
      safety: {name: "Safety", nameZh: "安全区"},
      general: {name: "General", nameZh: "一般预警区"},
      severe: {name: "Severe", nameZh: "严重预警区"}
    });
  });
});

describe("standardThresholds", () => {
  const w = publishedWeights(loadPaperTables().weights);
  test("the default levels are the 65 and 85 standard samples", () => {
    expect(STANDARD_THRESHOLD_LEVELS).toEqual([0.65, 0.85]);
    expect(standardThresholds(w)).toEqual([riskValue(Array(17).fill(0.65), w), riskValue(Array(17).fill(0.85), w)]);
  });
  test("levels may touch 0 and 1 (f(0) = 0, f(1) = 1); outside [0, 1] or not increasing is an error", () => {
    expect(standardThresholds(w, [0, 1])).toEqual([0, 1]);
    expect(() => standardThresholds(w, [-0.1, 0.5])).toThrow("standardThresholds: levels must satisfy 0 <= a < b <= 1, got [-0.1, 0.5]");
    expect(() => standardThresholds(w, [0.5, 1.1])).toThrow(/levels must satisfy/);
    expect(() => standardThresholds(w, [0.5, 0.5])).toThrow(/levels must satisfy/);
  });
});

describe("zoneOf bounds", () => {
  test("thresholds: t1 > 0, t1 < t2, t2 <= 1", () => {
    expect(zoneOf(0.99, [0.5, 1])).toBe("general");
    expect(zoneOf(1, [0.5, 1])).toBe("severe");
    expect(() => zoneOf(0.5, [0, 0.6])).toThrow("zoneOf: thresholds must satisfy 0 < t1 < t2 <= 1, got [0, 0.6]");
    expect(() => zoneOf(0.5, [0.4, 0.4])).toThrow(/thresholds must satisfy/);
    expect(() => zoneOf(0.5, [0.4, 1.2])).toThrow(/thresholds must satisfy/);
  });
  test("risk values: [0, 1], both ends included; each zone's lower bound is its own", () => {
    expect(zoneOf(0, [0.2, 0.7])).toBe("safety");
    expect(zoneOf(0.2, [0.2, 0.7])).toBe("general");
    expect(zoneOf(0.7, [0.2, 0.7])).toBe("severe");
    expect(() => zoneOf(-0.01)).toThrow("zoneOf: risk value must be in [0, 1], got -0.01");
    expect(() => zoneOf(1.01)).toThrow("zoneOf: risk value must be in [0, 1], got 1.01");
  });
  test("zoneCounts uses the thresholds given", () => {
    expect(zoneCounts([0.1, 0.2, 0.5, 0.7, 1], [0.2, 0.7])).toEqual({safety: 1, general: 2, severe: 2});
    expect(zoneCounts([])).toEqual({safety: 0, general: 0, severe: 0});
  });
});
