import {describe, expect, test} from "vitest";
import {barLabels, benchmarkHeadline, reading, summaryBars} from "../src/lib/pages/benchmarkReading.js";
import type {Findings} from "../src/lib/pages/findings.js";

// A hand-made report: the GBDT is best on all rows, the logistic regression on novel rows
const model = (p5: number, auc: number, family = "model", label = "") => ({p5, auc, family, label});
const models: Record<string, ReturnType<typeof model>> = {
  "all/random": model(0.2, 0.5, "baseline"),
  "novel/random": model(0.2, 0.5, "baseline"),
  "all/lookupPrice": model(0.97, 0.95, "yardstick", "lookup"),
  "novel/lookupPrice": model(0.1, 0.5, "yardstick", "lookup"),
  "all/gbdt": model(0.96, 0.89, "model", "GBDT"),
  "novel/gbdt": model(0.2, 0.57, "model", "GBDT"),
  "all/logistic": model(0.66, 0.79, "model", "LR"),
  "novel/logistic": model(0.25, 0.61, "model", "LR"),
  "all/gbdtLabelEncoded": model(0.9, 0.86),
  "novel/gbdtLabelEncoded": model(0.36, 0.6),
  "all/indexDataDriven": model(0.41, 0.59, "index"),
  "novel/indexDataDriven": model(0.25, 0.53, "index")
};
const v: Findings["validation"] = {
  baseRate: 0.216,
  ecommerceBaseRate: 0.2,
  seeds: 5,
  precisionAt: Object.fromEntries(Object.entries(models).map(([k, m]) => [k, {"5": m.p5, "10": m.p5}])),
  auc: Object.fromEntries(Object.entries(models).map(([k, m]) => [k, m.auc])),
  aucInterval: Object.fromEntries(Object.keys(models).map((k) => [k, [0.4, 0.6]])),
  precisionInterval: Object.fromEntries(Object.keys(models).map((k) => [k, {"5": [0.1, 0.3], "10": [0.1, 0.3]}])),
  family: Object.fromEntries(Object.entries(models).map(([k, m]) => [k, m.family])),
  label: Object.fromEntries(Object.entries(models).map(([k, m]) => [k, m.label])),
  overlap: {testRows: 100, seenPriceRows: 85, novelRows: 15},
  novel: {frauds: 3, fraudRate: 0.2, ecommerceRows: 1, ecommerceFrauds: 0},
  duty: {k90: {k: 2, share: 0.9}, frauds: 20, zeroDuty: 4}
};

describe("benchmark headline", () => {
  const h = benchmarkHeadline(v);
  test("the best learned model on all rows and on novel rows are chosen separately (yardstick excluded)", () => {
    expect(h.bestAll.key).toBe("all/gbdt");
    expect(h.bestAllOnNovel.key).toBe("novel/gbdt");
    expect(h.bestNovel.key).toBe("novel/logistic");
    expect(h.lookupAll.precisionAt5).toBe(0.97);
  });
  test("shares and the 0.70 target come from the report", () => {
    expect(h.seenShare).toBe(0.85);
    expect(h.novelBaseRate).toBe(0.2);
    expect(h.targetReached).toBe(false);
    expect(benchmarkHeadline({...v, auc: {...v.auc, "novel/logistic": 0.71}}).targetReached).toBe(true);
  });
  test("a missing ranking is an error naming it", () => {
    expect(() => reading(v, "novel/nothing")).toThrow('no ranking "novel/nothing"');
  });
  test("summary bars: one per ranking and population present, with intervals", () => {
    const bars = summaryBars(v, {gbdt: "trees"});
    expect(bars.filter((b) => b.ranking === "trees").map((b) => [b.population, b.precision, b.lo, b.hi])).toEqual([
      ["all test declarations", 0.96, 0.1, 0.3],
      ["novel declarations", 0.2, 0.1, 0.3]
    ]);
    expect(bars.some((b) => b.ranking === "bpNetwork")).toBe(false); // absent from the report: left out
  });
  test("bar labels: all · novel, or the all-rows figure alone", () => {
    const bars = summaryBars({...v, precisionAt: {...v.precisionAt, "all/bpNetwork": {"5": 0.5, "10": 0.5}}}, {});
    const labels = barLabels(bars, (x) => x.toFixed(2));
    expect(labels.find((l) => l.ranking === "gbdt")?.text).toBe("0.96 · 0.20");
    expect(labels.find((l) => l.ranking === "bpNetwork")?.text).toBe("0.50");
  });
});

describe("the model trusted most", () => {
  test("highest novel AUC; a tie goes to the better all-rows AUC", async () => {
    const {mostTrusted} = await import("../src/lib/pages/benchmarkReading.js");
    const m = [
      {n: "specialist", novel: 0.62, all: 0.61},
      {n: "routed", novel: 0.62, all: 0.9},
      {n: "lr", novel: 0.6, all: 0.95}
    ];
    expect(
      mostTrusted(
        m,
        (x) => x.novel,
        (x) => x.all
      ).n
    ).toBe("routed");
    expect(
      mostTrusted(
        m.slice(2),
        (x) => x.novel,
        (x) => x.all
      ).n
    ).toBe("lr");
    expect(() =>
      mostTrusted(
        [],
        () => 0,
        () => 0
      )
    ).toThrow(/no learned model/);
  });
});

describe("the Chinese summary's reading (lang = zh)", () => {
  test("labels come from the catalogue by ranking name; English keeps the report's labels", () => {
    // catalogue: src/lib/i18n/texts/validation.ts, val.rank.*
    const zh = benchmarkHeadline(v, "zh");
    expect(zh.bestAll.label).toBe("梯度提升树（本报告）");
    expect(zh.bestNovel.label).toBe("逻辑回归（本报告）");
    expect(zh.lookupAll.label).toBe("精确值查表：完税价格（Item Price）");
    expect(zh.bestNovel.auc).toBe(benchmarkHeadline(v).bestNovel.auc);
    expect(benchmarkHeadline(v).bestAll.label).toBe("GBDT");
    expect(reading(v, "all/gbdt", "zh").label).toBe("梯度提升树（本报告）");
  });
});
