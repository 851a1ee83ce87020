import {describe, expect, test} from "vitest";
import {
  curveCaption,
  populationChoices,
  allVsNovelRows,
  baseRate,
  driftPoints,
  findRanking,
  formatStat,
  indicatorInputs,
  rateRows,
  validationPage,
  withInterval,
  randomNote,
  zoneCaption,
  zoneText
} from "../src/lib/pages/validationView.js";
import type {DriftMonth, RankingResult} from "../src/lib/fraud/validationResult.js";

const stat = (mean: number) => ({mean, sd: 0});
const byRate = (x: number) => Object.fromEntries(["1", "2", "5", "10", "20"].map((r) => [r, stat(x)]));
const ci = (lo: number, hi: number) => Object.fromEntries(["1", "2", "5", "10", "20"].map((r) => [r, [lo, hi] as [number, number]]));
function ranking(name: string, population: RankingResult["population"], auc: number, p: number): RankingResult {
  return {
    name,
    label: name.toUpperCase(),
    family: "model",
    description: "",
    population,
    seeds: 1,
    auc: stat(auc),
    precisionAt: byRate(p),
    recallAt: byRate(p),
    dutyCaughtAt: byRate(p),
    criticalRecallAt: byRate(p),
    macroF1: stat(0.5),
    intervals: {
      auc: [auc - 0.01, auc + 0.01],
      precisionAt: ci(p - 0.1, p + 0.1),
      recallAt: ci(0, 1),
      dutyCaughtAt: ci(0, 1),
      replicates: 10
    },
    curve: {precision: [p, p / 2], recall: [0.1, 0.2], dutyCaught: [0.3, 0.4]},
    confusion: {tp: 1, fp: 1, fn: 1, tn: 1},
    threshold: 0.5,
    trainMs: 0
  };
}
const rankings = [
  ranking("a", "all", 0.9, 0.95),
  ranking("a", "novel", 0.55, 0.2),
  ranking("b", "all", 0.8, 0.7),
  ranking("b", "novel", 0.61, 0.3)
];

describe("validation page models", () => {
  test("all-versus-novel rows pair each ranking's populations, best novel AUC first", () => {
    const rows = allVsNovelRows({rankings});
    expect(rows.map((r) => r.ranking)).toEqual(["B", "A"]);
    expect(rows[1]["AUC, all"]).toBe("0.900 [0.89, 0.91]");
    expect(rows[1]["AUC, novel"]).toBe("0.550 [0.54, 0.56]");
    expect(rows[1]["precision@5%, novel"]).toBe("0.200 [0.10, 0.30]");
  });
  test("a missing ranking is an error, not undefined", () => {
    expect(() => findRanking({rankings}, "ecommerce", "a")).toThrow('no ranking "a" for the population "ecommerce"');
  });
  test("base rates: novel from the overlap, the others from the protocol", () => {
    const v = {
      protocol: {
        rows: {all: {train: 1, valid: 1, test: 200}, ecommerce: {train: 1, valid: 1, test: 10}},
        frauds: {all: {train: 0, valid: 0, test: 50}, ecommerce: {train: 0, valid: 0, test: 1}}
      },
      overlap: {novel: {fraudRate: 0.3}}
    } as never;
    expect(baseRate(v, "all")).toBe(0.25);
    expect(baseRate(v, "ecommerce")).toBe(0.1);
    expect(baseRate(v, "novel")).toBe(0.3);
  });
  test("the table at a rate reads the curve point of that rate; an absent rate is an error", () => {
    expect(
      rateRows(
        rankings.filter((r) => r.population === "all"),
        [1, 2],
        2
      ).map((r) => [r.ranking, r.precision])
    ).toEqual([
      ["A", 0.475],
      ["B", 0.35]
    ]);
    expect(() => rateRows(rankings, [1, 2], 3)).toThrow(/no curve point at 3%/);
  });
  test("withInterval shows the value alone without an interval", () => {
    expect(withInterval(0.5, null)).toBe("0.500");
  });
  test("drift points leave out undefined metrics (a month with one class)", () => {
    const score = (auc: number | null) => ({precisionAt5: 0.5, auc, novel: {rows: 3, precisionAt5: null, auc: null}});
    const drift: DriftMonth[] = [
      {month: "2021-01", rows: 10, fraudRate: 0.2, novelShare: 0.3, models: {gbdt: {static: score(0.8), retrained: score(null)}}}
    ];
    const pts = driftPoints(drift, {gbdt: "GBDT"});
    expect(pts.map((p) => `${p.training}|${p.rows}|${p.metric}`)).toEqual([
      "trained once on 2020|all rows|precision@5%",
      "trained once on 2020|all rows|AUC",
      "retrained every month|all rows|precision@5%"
    ]);
  });
  test("indicator inputs take log(1 + x) of every quantity, whatever its size (999 and 1001 alike)", () => {
    const e = {
      split: ["train", "train"],
      x: [
        [999, 1001],
        [50, 60]
      ],
      quantity: [true, false]
    };
    expect(indicatorInputs(e, [0, 1])).toEqual([
      [Math.log1p(999), Math.log1p(1001)],
      [50, 60]
    ]);
    expect(() => indicatorInputs({...e, quantity: [true]}, [0])).toThrow(/2 indicator columns but 1 quantity flags/);
  });
});

describe("formatStat", () => {
  test("mean, spread when non-zero, interval when given", () => {
    expect(formatStat({mean: 0.5, sd: 0})).toBe("0.500");
    expect(formatStat({mean: 0.5, sd: 0.01}, [0.45, 0.55])).toBe("0.500 ± 0.010 [0.45, 0.55]");
  });
});

describe("the /validation page model", () => {
  const names = ["gbdt", "gbdtLabelEncoded", "lookupPrice", "bpNetwork", "logistic", "gbdtRouted", "gbdtNovel", "indexDataDriven"];
  const all = names.map((n, i) => ranking(n, "all", 0.8 + i / 100, 0.9));
  const nov = names.map((n, i) => ({
    ...ranking(n, "novel", 0.55 + i / 100, 0.2),
    family: n.startsWith("index") ? ("index" as const) : ("model" as const)
  }));
  const ecom = ["indexPaper", "gbdt", "gbdtAll"].map((n, i) => ranking(n, "ecommerce", 0.6, 0.3 + i / 10));
  const published = ["LightGBM", "LightGBM (real data)", "XGBoost (dataset notebook)"].map((model) => ({
    model,
    data: model.includes("real") ? ("real" as const) : ("synthetic" as const),
    precisionAt5: 0.7,
    precisionAt10: 0.6,
    macroF1: null,
    source: "s"
  }));
  const side = {split: "x", rows: 10, seenRows: 8, novelRows: 2, seenShare: 0.8};
  const v = {
    rankings: [...all, ...nov, ...ecom],
    published,
    protocol: {
      rows: {all: {train: 1, valid: 2, test: 3}, ecommerce: {train: 1, valid: 1, test: 1}},
      frauds: {all: {train: 0, valid: 1, test: 1}, ecommerce: {train: 0, valid: 0, test: 0}},
      gbdt: {rounds: 100}
    },
    overlap: {valid: side, test: side, testHs6Price: side, novelRows: 2},
    duty: {frontier: [5, 10].flatMap((ratePercent) => [0, 1].map((alpha) => ({alpha, ratePercent, precision: 0.5, dutyCaught: 0.5})))}
  } as never;
  test("captions and choices are built from the data", () => {
    expect(validationPage(v).captions.frontier).toMatch(/^What to see: at 5% and 10% inspection/);
    expect([...populationChoices(v).entries()]).toEqual([
      ["All 3 test declarations", "all"],
      ["The 2 novel declarations (unseen price)", "novel"],
      ["The 1 e-commerce test declarations", "ecommerce"]
    ]);
    expect(curveCaption("recall", "all")).not.toContain("Diamonds");
    expect(curveCaption("precision", "all")).toContain("Diamonds");
    expect(curveCaption("dutyCaught", "novel")).toContain("the share of duty at risk recovered");
  });
  test("the best novel model is chosen by novel AUC; the e-commerce best by precision@10%", () => {
    const P = validationPage(v);
    expect(P.bestNovel.name).toBe("gbdtNovel"); // the last "model" of the list has the highest novel AUC (indexDataDriven is an index)
    expect(P.ecomBest.name).toBe("gbdtAll");
    expect(P.synthetic.map((p) => p.model)).toEqual(["LightGBM", "XGBoost (dataset notebook)"]);
    expect(P.overlapRows[0].share).toBe("80.0%");
  });
  test("the round cap binds only when a seed used every round", () => {
    expect(validationPage(v).capBinds).toBe(false);
    const withCap = {...(v as object), rankings: [{...all[0], rounds: [100]}, ...all.slice(1), ...nov, ...ecom]} as never;
    expect(validationPage(withCap).capBinds).toBe(true);
  });
  test("a missing published row is an error naming it", () => {
    expect(() => validationPage({...(v as object), published: published.slice(1)} as never)).toThrow('no row "LightGBM"');
  });
  test("zone captions say when every declaration falls in one zone", () => {
    const r = {
      label: "Index",
      zones: [
        {zone: "safety", n: 8481, frauds: 1835, rate: 0.2164},
        {zone: "general", n: 0, frauds: 0, rate: 0}
      ]
    };
    expect(zoneCaption(r, "all declarations")).toContain("All 8,481 fall in the safety zone");
    expect(zoneText(r)).toBe("21.6% in the safety zone (8,481 declarations)");
    expect(zoneCaption({...r, zones: [...r.zones.slice(0, 1), {zone: "general", n: 5, frauds: 1, rate: 0.2}]}, "x")).toContain(
      "would rise from safety to severe"
    );
    // the data-driven index says why (its scores are fraud rates), another ranking does not claim that cause
    expect(zoneCaption({...r, name: "indexDataDriven"}, "x")).toContain("100 × a category's fraud rate");
    expect(zoneCaption({...r, name: "indexExpert"}, "x")).not.toContain("fraud rate in the training months");
  });
  test("the random ranking's note gives its mean and the base rate it estimates", () => {
    // 1,835 frauds of 8,481 test rows: the base rate the page's cards show (21.6%)
    const v = {
      rankings: [{...ranking("random", "all", 0.5, 0.2292), seeds: 5}],
      protocol: {rows: {all: {test: 8481}}, frauds: {all: {test: 1835}}},
      overlap: {novel: {fraudRate: 0.2}}
    } as never;
    const note = randomNote(v, "all");
    expect(note).toContain("22.9% at 5% is the mean of 5 random draws");
    expect(note).toContain("base rate, 21.6%");
    expect(randomNote(v, "novel")).toBe("");
  });
});
