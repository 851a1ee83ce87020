/** Early-warning helpers (src/lib/method/earlyWarning.ts). Expected values computed by hand or from the definitions. */
import {loadPaperTables} from "../loaders/paper.js";
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {loadDataset, PROJECT_ROOT} from "../loaders/dataset.js";
import {earlyWarning, earlyWarningSummary} from "../loaders/earlyWarning.js";
import {standardThresholds} from "../src/lib/method/zones.js";
import {filterWarnings, fraudRateByZone} from "../src/lib/method/earlyWarning.js";
import {wilsonInterval} from "../src/lib/stats/proportion.js";
import {scoreSamples} from "../src/lib/method/scoring.js";
import {rocAuc} from "../src/lib/fraud/selection.js";

describe("wilsonInterval", () => {
  test("textbook value: 8 of 10 at 95% is [0.490, 0.943] (Agresti & Coull 1998 formula)", () => {
    const [lo, hi] = wilsonInterval(8, 10)!;
    expect(lo).toBeCloseTo(0.4902, 4);
    expect(hi).toBeCloseTo(0.9433, 4);
  });
  test("edges and errors", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(0, 5)![0]).toBe(0);
    expect(() => wilsonInterval(6, 5)).toThrow("wilsonInterval: need integers 0 <= k <= n, got k = 6, n = 5");
  });
});

describe("rocAuc (src/lib/fraud/selection.ts, used by the early-warning page)", () => {
  test("perfect, reversed, chance and ties", () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0])).toBe(0);
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
    // pairs (pos, neg): (0.3 vs 0.1) 1, (0.3 vs 0.3) 0.5 -> 0.75
    expect(rocAuc([0.1, 0.3, 0.3], [0, 0, 1])).toBe(0.75);
    expect(() => rocAuc([0.1], [1])).toThrow(/both frauds and non-frauds/);
  });
});

describe("zones and filters", () => {
  test("fraud rate by zone counts each zone and the whole", () => {
    const r = fraudRateByZone([
      {zone: "safety", fraud: 0},
      {zone: "safety", fraud: 1},
      {zone: "general", fraud: 1}
    ]);
    expect(r.safety).toMatchObject({n: 2, fraud: 1, rate: 0.5});
    expect(r.severe).toMatchObject({n: 0, fraud: 0, rate: null, ci95: null});
    expect(r.all).toMatchObject({n: 3, fraud: 2});
  });

  test("scoreSamples: the standard samples land in their zones", () => {
    const w = Array(17).fill(1 / 17);
    const std = [0, 65, 85, 100].map((s) => [
      s,
      s,
      s,
      s,
      [1630000, 24, 3, 0][[0, 65, 85, 100].indexOf(s)],
      s,
      s,
      s,
      s,
      [0, 6.5, 10, 377.5][[0, 65, 85, 100].indexOf(s)],
      s,
      [0, 36575, 884698.36, 630810000][[0, 65, 85, 100].indexOf(s)],
      s,
      s,
      s,
      s,
      s
    ]);
    // Each standard sample sits exactly on its own threshold (zones are closed below).
    expect(scoreSamples(std, {weights: w, thresholds: standardThresholds(w)}).map((d) => d.zone)).toEqual([
      "safety",
      "general",
      "severe",
      "severe"
    ]);
  });

  test("filters combine; HS6 matches a prefix", () => {
    const rows = [
      {zone: "safety" as const, office: "30", departure: "CN", hs6: "851712"},
      {zone: "general" as const, office: "30", departure: "US", hs6: "330499"},
      {zone: "general" as const, office: "40", departure: "CN", hs6: "851762"}
    ];
    expect(filterWarnings(rows, {hs6: "8517"})).toHaveLength(2);
    expect(filterWarnings(rows, {zone: "general", departure: "CN"})).toEqual([rows[2]]);
    expect(filterWarnings(rows, {zone: "all", office: "all", hs6: " "})).toHaveLength(3);
  });
});

const DATA_DIR = process.env.CUSTOMS_DATA_DIR ? resolve(PROJECT_ROOT, process.env.CUSTOMS_DATA_DIR) : null;

describe.runIf(DATA_DIR)("the 954 e-commerce declarations (dataset labels; not in the paper)", async () => {
  const {rows} = earlyWarning({dataset: await loadDataset({dataDir: DATA_DIR}), paper: loadPaperTables()});
  const summary = earlyWarningSummary(rows);

  test("every declaration scored, within [0, 1]; the expert rows match the paper's samples (risk page)", () => {
    expect(rows).toHaveLength(954);
    expect(rows.every((r) => r.risk >= 0 && r.risk <= 1)).toBe(true);
    expect(rows[0].declarationId).toBe("83743051");
    expect(rows[0].risk).toBeCloseTo(0.2883418, 6); // sample 1 with the published weights (test/radar.test.ts table)
  });

  test("zones and fraud rates: the counts add up to the dataset's 244 e-commerce frauds", () => {
    expect(summary.zones.safety + summary.zones.general + summary.zones.severe).toBe(954);
    expect(summary.fraudRateByZone.all).toMatchObject({n: 954, fraud: 244});
    expect(summary.fraudRateByZone.safety.fraud + summary.fraudRateByZone.general.fraud + summary.fraudRateByZone.severe.fraud).toBe(244);
  });
});
