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
  curveMetricChoices,
  rateRows,
  rateTable,
  validationPage,
  withInterval,
  randomNote,
  zoneCaption,
  zoneText,
  aucPoints,
  driftLabels,
  driftMonthRows,
  driftTrainings,
  featureLabel,
  localised,
  populationNames,
  publishedModelName,
  publishedRows,
  rankingDescription,
  standardRateRows
} from "../src/lib/pages/validationView.js";
import {rankingLabel} from "../src/lib/pages/benchmarkReading.js";
import {englishFragments, englishLeaks} from "../src/lib/i18n/index.js";
import type {DriftMonth, RankingResult, ValidationResult} from "../src/lib/fraud/validationResult.js";

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
    // the English page's table: keys as heads, shares as the page printed them, the download named for rate and population
    const T = rateTable(
      rankings.filter((r) => r.population === "all"),
      [1, 2],
      2,
      "all"
    );
    expect(T.table.options.header).toBeUndefined();
    expect(T.name).toBe("selection-at-2pct-all");
    expect((T.table.options.format.recall as (x: number) => string)(0.1234)).toBe("12.3%");
    expect(curveMetricChoices()).toEqual(
      new Map([
        ["Precision", "precision"],
        ["Recall", "recall"],
        ["Duty caught", "dutyCaught"]
      ])
    );
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

describe("the /zh/validation page model (lang = zh)", () => {
  // Expected Chinese texts are the catalogue's (src/lib/i18n/texts/validation.ts) and the zone names of
  // src/lib/method/zones.ts; the numbers are the English tests' own.
  const fragments = englishFragments();
  const names = ["gbdt", "gbdtLabelEncoded", "lookupPrice", "bpNetwork", "logistic", "gbdtRouted", "gbdtNovel", "indexDataDriven"];
  const all = names.map((n, i) => ranking(n, "all", 0.8 + i / 100, 0.9));
  const nov = names.map((n, i) => ranking(n, "novel", 0.55 + i / 100, 0.2));
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
  const raw = {
    rankings: [...all, ...nov, ...ecom],
    published,
    protocol: {
      rows: {all: {train: 38000, valid: 2, test: 3}, ecommerce: {train: 1, valid: 1, test: 1}},
      frauds: {all: {train: 0, valid: 1, test: 1}, ecommerce: {train: 0, valid: 0, test: 0}},
      gbdt: {rounds: 100},
      replicates: 200,
      seeds: 5
    },
    overlap: {valid: side, test: side, testHs6Price: side, novelRows: 2},
    duty: {frontier: [5, 10].flatMap((ratePercent) => [0, 1].map((alpha) => ({alpha, ratePercent, precision: 0.5, dutyCaught: 0.5})))}
  };
  const v = localised(raw as never as ValidationResult, "zh") as never;
  const texts = (rows: readonly object[]) => rows.flatMap((r) => [...Object.keys(r), ...Object.values(r).map(String)]);

  test("rankings are named and described from the catalogue; English is the data itself", () => {
    const r = {name: "gbdtNovel", label: "GBDT novel", description: "An attempt …: trained on the 1,234 training declarations whose …"};
    expect(rankingLabel("zh", r)).toBe("面向新申报的梯度提升树");
    expect(rankingLabel("en", r)).toBe("GBDT novel");
    expect(rankingLabel("zh", {name: "unknown", label: "Unknown"})).toBe("Unknown");
    // the specialist's training rows are read from the English text (the build records them only there)
    expect(rankingDescription("zh", r, 38000)).toContain("1,234 条训练申报");
    expect(rankingDescription("zh", {name: "gbdtAll", description: "x"}, 38000)).toBe(
      "直方图梯度提升树，输入为目标编码/频次编码的类别变量及派生数量；按验证期提前停止。用全部 38,000 条训练申报拟合，为其中的跨境电商申报评分。"
    );
    expect(localised(raw as never as ValidationResult, "en")).toBe(raw);
    expect(featureLabel("zh", "declarant×hs6: fraud rate")).toBe("declarant×hs6：瞒骗率");
    expect(featureLabel("zh", "logUnitValue − HS6 mean")).toBe("logUnitValue − HS6 mean");
  });
  test("tables are keyed and filled in Chinese, with no English catalogue text", () => {
    const P = validationPage(v, "zh");
    const rows = allVsNovelRows(v, "zh");
    expect(Object.keys(rows[0])).toEqual([
      "排序方法",
      "类型",
      "AUC（全部）",
      "AUC（新申报）",
      "精确率@5%（全部）",
      "精确率@5%（新申报）",
      "精确率@10%（全部）",
      "精确率@10%（新申报）"
    ]);
    expect(rows[0]["排序方法"]).toBe("论文风险指数（数据驱动评分，论文发表权重）"); // highest novel AUC, as in English
    expect(rows[0]["类型"]).toBe("模型");
    expect(P.overlapRows[0]).toEqual({数据划分: "验证期（2021 年第一季度）", 申报数: 10, "完税价格在 2020 年出现过": 8, 占比: "80.0%"});
    expect(Object.keys(P.protocolRows[0])).toEqual([
      "总体",
      "训练期申报数",
      "训练期瞒骗数",
      "验证期申报数",
      "验证期瞒骗数",
      "测试期申报数",
      "测试期瞒骗数"
    ]);
    const shown = (v as ValidationResult).rankings.filter((r) => r.population === "all");
    const rated = rateTable(shown, [1, 2], 2, "all", "zh");
    expect(Object.keys(rated.table.rows[0])).toEqual(["排序方法", "精确率", "召回率", "追回税款占比"]);
    expect(Object.keys(rated.download[0])).toEqual(["ranking", "precision", "recall", "duty caught"]);
    expect((rated.table.options.format["精确率"] as (x: number) => string)(0.475)).toBe("47.5%");
    expect([...curveMetricChoices("zh").keys()]).toEqual(["精确率", "召回率", "追回税款"]);
    const standard = standardRateRows(shown, [5], "zh");
    expect(Object.keys(standard[0])).toEqual([
      "排序方法",
      "种子数",
      "AUC",
      "精确率@5%",
      "召回率@5%",
      "税款@5%",
      "严重瞒骗召回率@5%",
      "宏平均 F1"
    ]);
    const all = [rows, P.overlapRows, P.protocolRows, P.rankingRows, rated.table.rows, standard].flatMap(texts);
    expect(englishLeaks([...all, ...Object.values(P.captions)], fragments)).toEqual([]);
    expect(P.captions.frontier).toContain("查验率为 5% 与 10% 时");
    // every ranking of this fixture is a "model", so the last (highest novel AUC) is the best: named in Chinese
    expect(P.bestNovel.label).toBe("论文风险指数（数据驱动评分，论文发表权重）");
  });
  test("captions, choices, zones and the random note in Chinese", () => {
    const r = {label: "指数", zones: [{zone: "safety", n: 8481, frauds: 1835, rate: 0.2164}]};
    expect(zoneCaption(r, "全部申报", "zh")).toContain("全部 8,481 条申报都落在安全区");
    expect(zoneText(r, "zh")).toBe("安全区 21.6%（8,481 条申报）");
    const two = {...r, zones: [...r.zones, {zone: "general", n: 5, frauds: 1, rate: 0.2}]};
    expect(zoneText(two, "zh")).toBe("安全区 21.6%（8,481 条申报），一般预警区 20.0%（5 条申报）");
    expect(zoneCaption({...r, name: "indexDataDriven"}, "x", "zh")).toContain("数据驱动评分等于 100 × 类别在训练期的瞒骗率");
    expect([...populationChoices(raw as never, "zh").keys()]).toEqual([
      "全部 3 条测试申报",
      "2 条新申报（价格未出现过）",
      "1 条跨境电商测试申报"
    ]);
    expect(populationNames("zh").novel).toBe("新申报");
    expect(curveCaption("precision", "all", "zh")).toContain("菱形");
    const random = {
      rankings: [{...ranking("random", "all", 0.5, 0.2292), seeds: 5}],
      protocol: {rows: {all: {test: 8481}}, frauds: {all: {test: 1835}}},
      overlap: {novel: {fraudRate: 0.2}}
    } as never;
    expect(randomNote(random, "all", 5, "zh")).toBe(
      "随机查验在 5% 处的 22.9% 是 5 次随机抽取的均值；其期望值为基准瞒骗率 21.6%（即本页与摘要页正文和卡片中的“随机查验”）：两者之差是抽取的运气。"
    );
    const texts = [
      zoneCaption(r, "全部申报", "zh"),
      zoneCaption(two, "全部申报", "zh"),
      curveCaption("recall", "all", "zh"),
      curveCaption("dutyCaught", "novel", "zh"),
      randomNote(random, "all", 5, "zh"),
      ...Object.values(driftLabels("zh"))
    ];
    expect(englishLeaks(texts, fragments)).toEqual([]);
  });
  test("month by month in Chinese: regimes, rows and metrics; the drift table's columns", () => {
    const score = (auc: number | null) => ({precisionAt5: 0.5, auc, novel: {rows: 3, precisionAt5: 0.4, auc}});
    const drift: DriftMonth[] = [
      {month: "2021-01", rows: 10, fraudRate: 0.2, novelShare: 0.3, models: {gbdt: {static: score(0.8), retrained: score(null)}}}
    ];
    const pts = driftPoints(drift, driftLabels("zh"), "zh");
    expect(pts.map((p) => `${p.model}|${p.training}|${p.rows}|${p.metric}`)).toEqual([
      "梯度提升树（本报告）|仅用 2020 年数据训练一次|全部申报|精确率@5%",
      "梯度提升树（本报告）|仅用 2020 年数据训练一次|全部申报|AUC",
      "梯度提升树（本报告）|仅用 2020 年数据训练一次|新申报|精确率@5%",
      "梯度提升树（本报告）|仅用 2020 年数据训练一次|新申报|AUC",
      "梯度提升树（本报告）|每月重新训练|全部申报|精确率@5%",
      "梯度提升树（本报告）|每月重新训练|新申报|精确率@5%"
    ]);
    expect(driftTrainings("zh")).toEqual(["仅用 2020 年数据训练一次", "每月重新训练"]);
    expect(driftMonthRows(drift, "zh")).toEqual([
      {月份: "2021-01", 申报数: 10, 瞒骗率: "20.0%", 新申报占比: "30.0%", "新申报数（每月重训模型）": 3}
    ]);
    // English unchanged
    expect(driftMonthRows(drift)[0]).toEqual({
      month: "2021-01",
      declarations: 10,
      "fraud rate": "20.0%",
      "novel share": "30.0%",
      "novel rows (retrained)": 3
    });
    expect(aucPoints(v, "zh").map((p) => p.population)).toContain("新申报");
  });
});

describe("published baselines on the Chinese page", () => {
  // rows as in data/published-baselines.csv; the Chinese sources are the catalogue's val.source.* texts
  const rows = [
    {
      model: "Random Forest (real data)",
      data: "real" as const,
      precisionAt5: 0.472,
      precisionAt10: 0.421,
      macroF1: null,
      source: "arXiv 2208.02484, Table 3"
    },
    {
      model: "XGBoost (dataset notebook)",
      data: "synthetic" as const,
      precisionAt5: null,
      precisionAt10: null,
      macroF1: 0.7187,
      source: "elsewhere"
    }
  ];
  test("columns, models, data and known sources in Chinese; English rows unchanged", () => {
    expect(publishedRows(rows)).toBe(rows);
    expect(publishedRows(rows, "zh")).toEqual([
      {
        模型: "随机森林（真实数据）",
        数据: "真实数据",
        "精确率@5%": 0.472,
        "精确率@10%": 0.421,
        "宏平均 F1": "",
        来源: "arXiv 2208.02484，表 3"
      },
      {模型: "XGBoost（数据集示例 notebook）", 数据: "合成数据", "精确率@5%": "", "精确率@10%": "", "宏平均 F1": 0.7187, 来源: "elsewhere"}
    ]);
    expect(publishedModelName("zh", "LightGBM")).toBe("LightGBM");
    expect(publishedModelName("en", "Random Forest (real data)")).toBe("Random Forest (real data)");
  });
});
