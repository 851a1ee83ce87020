/** Warning zones (src/lib/method/zones.ts). Expected values: the paper's zone table (data/paper/zones.csv) and D34. */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../loaders/dataset.js";
import {loadPaperTables} from "../loaders/paper.js";
import {publishedWeights} from "../src/lib/paper/weights.js";
import {PAPER_THRESHOLDS, ZONE_HEX, ZONES, standardThresholds, zoneCounts, zoneOf, zoneTable} from "../src/lib/method/zones.js";

const paper = loadPaperTables();
const w = publishedWeights(paper.weights);

describe("zones", () => {
  test("the standard samples' risk values round to the printed thresholds", () => {
    const t = standardThresholds(w);
    expect(t.map((x) => +x.toFixed(4))).toEqual([...PAPER_THRESHOLDS]);
    expect(paper.zones.map((z) => z.lower).slice(1)).toEqual([...PAPER_THRESHOLDS]);
  });

  test("with the printed (rounded) thresholds the 85 standard sample falls in the general zone, not on the severe zone's bound (D35)", () => {
    const [t65, t85] = standardThresholds(w);
    expect(zoneOf(t65)).toBe("general"); // 0.3142315 >= 0.3142: on its zone's side
    expect(zoneOf(t85)).toBe("general"); // 0.6845921 < 0.6846: rounding up moved it
    expect(zoneOf(t85, [t65, t85])).toBe("severe");
  });

  test("classification at and around the boundaries; severe is closed at 1 (D34)", () => {
    expect(zoneOf(0)).toBe("safety");
    expect(zoneOf(0.31419999)).toBe("safety");
    expect(zoneOf(0.3142)).toBe("general");
    expect(zoneOf(0.6845999)).toBe("general");
    expect(zoneOf(0.6846)).toBe("severe");
    expect(zoneOf(1)).toBe("severe");
    expect(zoneCounts([0, 0.2, 0.5, 1])).toEqual({safety: 2, general: 1, severe: 1});
  });

  test("thresholds move with the standard levels and stay increasing", () => {
    const [a, b] = standardThresholds(w, [0.5, 0.9]);
    expect(a).toBeLessThan(0.3142);
    expect(b).toBeGreaterThan(0.6846);
    expect(zoneTable([a, b]).map((z) => z.zone)).toEqual(["safety", "general", "severe"]);
    expect(zoneTable()[2].interval).toBe("[0.6846, 1]");
  });

  test("bad input is a clear error", () => {
    expect(() => zoneOf(NaN)).toThrow("zoneOf: risk value must be in [0, 1], got NaN");
    expect(() => zoneOf(1.5)).toThrow(/in \[0, 1\]/);
    expect(() => zoneOf(0.5, [0.7, 0.3])).toThrow("zoneOf: thresholds must satisfy 0 < t1 < t2 <= 1, got [0.7, 0.3]");
    expect(() => standardThresholds(w, [0.9, 0.5])).toThrow(/levels must satisfy/);
  });

  test("ZONE_HEX matches the --zone-* colours of src/style.css", () => {
    const css = readFileSync(join(PROJECT_ROOT, "src", "style.css"), "utf8");
    for (const z of ZONES) expect(css).toContain(`--zone-${z}: ${ZONE_HEX[z]};`);
  });
});
