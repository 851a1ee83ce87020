import {describe, expect, test} from "vitest";
import {loadPaperTables} from "../loaders/paper.js";
import {findings, type ReportSection} from "../src/lib/pages/findings.js";

const zones = {safety: 1, general: 2, severe: 0};
const rate = {n: 1, fraud: 0, rate: 0, ci95: [0, 1]};
const SECTIONS: ReportSection[] = [
  {key: "dataset", json: {rows: 54000, ecommerceRows: 954, ecommerceFraud: 244}},
  {key: "paperSamples", json: {mismatches: [{}, {}, {}]}},
  {key: "weights", json: {maxAbsDiffExcludingTypos: 3e-5, typos: [{indicator: "C12", published: 0.000692863, corrected: 0.00692863}]}},
  {key: "riskIndex", json: {thresholds: [0.3142, 0.6846], zones100: zones}},
  {key: "earlyWarning954", json: {zones, fraudRateByZone: {safety: rate, general: rate, severe: rate, all: rate}}},
  {key: "bp", json: {seedSpread: {seeds: 20, mae17: {median: 0.03}}, honest: {cvMae: 0.01, chronologicalMae: 0.02}}},
  {
    key: "validation",
    json: {
      protocol: {rows: {all: {test: 100}, ecommerce: {test: 10}}, frauds: {all: {test: 20}, ecommerce: {test: 3}}, seeds: 5},
      models: {
        "all/gbdt": {
          auc: 0.9,
          precisionAt: {"1": 1, "5": 0.9, "10": 0.8},
          aucInterval: [0.85, 0.95],
          precisionInterval: {"5": [0.8, 0.95], "10": [0.7, 0.9]},
          family: "model",
          label: "GBDT"
        }
      },
      overlap: {testRows: 100, seenPriceRows: 80, novelRows: 20},
      novel: {frauds: 4, fraudRate: 0.2, ecommerceRows: 2, ecommerceFrauds: 1},
      duty: {k90: {k: 3, share: 0.91}, frauds: 20, zeroDuty: 5}
    }
  }
];

describe("findings", () => {
  test("reads each headline number from its section", () => {
    const f = findings(SECTIONS, [
      {expected: 1, network: 0.5},
      {expected: 0, network: 0.1}
    ]);
    expect(f).toMatchObject({declarations: 54000, ecommerce: 954, sampleTypos: 3, thresholds: [0.3142, 0.6846], zones954: zones});
    expect(f.bp.paperMae17).toBeCloseTo(0.3, 12);
    expect(f.validation).toEqual({
      baseRate: 0.2,
      ecommerceBaseRate: 0.3,
      seeds: 5,
      precisionAt: {"all/gbdt": {"5": 0.9, "10": 0.8}},
      auc: {"all/gbdt": 0.9},
      aucInterval: {"all/gbdt": [0.85, 0.95]},
      precisionInterval: {"all/gbdt": {"5": [0.8, 0.95], "10": [0.7, 0.9]}},
      family: {"all/gbdt": "model"},
      label: {"all/gbdt": "GBDT"},
      overlap: {testRows: 100, seenPriceRows: 80, novelRows: 20},
      novel: {frauds: 4, fraudRate: 0.2, ecommerceRows: 2, ecommerceFrauds: 1},
      duty: {k90: {k: 3, share: 0.91}, frauds: 20, zeroDuty: 5}
    });
  });

  test("the paper's MAE over its 17 rows is 0.0323 (REPRODUCTION-NOTES; recomputed from data/paper/bpTest.csv)", () => {
    expect(findings(SECTIONS, loadPaperTables().bpTest).bp.paperMae17).toBeCloseTo(0.0323, 4);
  });

  test("a missing section is an error naming it", () => {
    expect(() =>
      findings(
        SECTIONS.filter((s) => s.key !== "bp"),
        [{expected: 0, network: 0}]
      )
    ).toThrow('findings: the reproduction report has no section "bp"');
  });
});
