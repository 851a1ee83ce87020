/**
 * Page model of /weights (src/lib/pages/weightsView.ts). The analysis is rebuilt from the paper's tables
 * (data/paper/) where it can be without the dataset (the weights on the printed table); the ridge and
 * clustering parts are small hand-made stand-ins. Expected values: the paper's weight table, entropy-weight
 * properties (weights sum to 1), and the texts /weights showed at commit 46e0df5, before its computations
 * moved here; for the Chinese page, the catalogue (src/lib/i18n/texts/method.ts) and the same numbers.
 */
import {describe, expect, test} from "vitest";
import {loadPaperTables} from "../loaders/paper.js";
import {englishFragments, englishLeaks, t} from "../src/lib/i18n/index.js";
import {METHOD_TEXTS} from "../src/lib/i18n/texts/method.js";
import {entropyWeights} from "../src/lib/method/entropy.js";
import {INDICATOR_IDS, INDICATORS} from "../src/lib/method/indicators.js";
import {toMatrix} from "../src/lib/paper/tables.js";
import {
  correlationRows,
  entropyVsWeight,
  indicatorMatrix,
  indicatorSystem,
  liveTable,
  liveWeights,
  mlRows,
  paperBase,
  weightsExercises,
  weightsFacts,
  weightsHeader,
  weightsTables,
  weightTableRows,
  WEIGHT_CHOICES,
  type WeightChoice,
  type WeightsAnalysis
} from "../src/lib/pages/weightsView.js";

const paper = loadPaperTables();
const printed100 = toMatrix(paper.samples100);
const directions = INDICATORS.map((d) => d.direction);
const published = paper.weights.map((w) => w.weight);
const analysis: WeightsAnalysis = {
  weights: {
    published,
    recomputedPaperRule: entropyWeights(printed100, {directions}).w,
    textbookRule: entropyWeights(printed100, {rule: "textbook", directions}).w,
    unroundedPaperRule: entropyWeights(printed100, {directions}).w,
    maxAbsDiffExcludingTypos: 0,
    maxAbsDiffUnroundedWithCodeC10: 0,
    c10InCode: 0.05405816,
    sumPublished: 0,
    sumCorrected: 0,
    sumCorrectedWithCodeC10: 0,
    typos: [{indicator: "C12", published: 0.000692863, corrected: 0.00692863}]
  },
  mlScoring: {
    scoreIds: ["C1", "C2"],
    trainRows: [5, 2, 3],
    testRows: [12, 1],
    samples: [14, 15],
    maeRounded: {C1: 0, C2: 0},
    maeUnrounded: {C1: 0.2, C2: 0.4},
    maeAll13: {C1: 1, C2: 4},
    maeAll13Rounded: {C1: 1, C2: 4},
    maxAbsRounded: 0
  },
  clustering: {
    method: "test",
    correlation: INDICATOR_IDS.map((_, i) => INDICATOR_IDS.map((_, j) => (i === j ? 1 : i / 100 + j / 1000))),
    merges: [],
    order: [...INDICATOR_IDS].reverse(),
    clusters5: INDICATOR_IDS.map((_, i) => i % 5),
    adjustedRandIndexVsCriteria: 0,
    scoreRank: 9
  },
  printed100
};
const DEFAULT: WeightChoice = {rule: "paper", norm: "minMax", set: "paper100", c5: "cost"};

describe("tables", () => {
  test("the indicator system: one row per indicator, in catalogue order", () => {
    const rows = indicatorSystem();
    expect(rows.map((r) => r.indicator)).toEqual(INDICATOR_IDS);
    expect(rows.find((r) => r.indicator === "C5")).toMatchObject({direction: "cost", kind: "quantity"});
  });
  test("the weight table: difference = recomputed − published; the typo and the dropped digit are noted (D10, D11)", () => {
    const rows = weightTableRows(analysis);
    for (const r of rows) expect(r.difference).toBeCloseTo((r.recomputed as number) - (r.published as number), 15);
    expect(rows.filter((r) => r.note).map((r) => [r.indicator, r.note])).toEqual([
      ["C10", "dropped digit (D11)"],
      ["C12", "typo (D10)"]
    ]);
  });
  test("ridge MAE rows, correlation rows in dendrogram order, the indicator matrix", () => {
    expect(mlRows(analysis)[1]).toEqual({
      indicator: "C2",
      "ours rounded vs printed": 0,
      "ours unrounded vs printed": 0.4,
      "all 13 rows train, rounded": 4,
      "all 13 rows train, unrounded": 4
    });
    const corr = correlationRows(analysis);
    expect(corr[0].indicator).toBe("C17");
    expect(corr[0].C16).toBe(analysis.clustering.correlation[16][15]);
    expect(indicatorMatrix([Object.fromEntries(INDICATOR_IDS.map((id, j) => [id, j]))])).toEqual([INDICATOR_IDS.map((_, j) => j)]);
  });
});

describe("the page's tables (weightsTables, liveTable)", () => {
  const table954 = [
    {declarationId: "A", source: "expert", ...Object.fromEntries(INDICATOR_IDS.map((id, j) => [id, j]))},
    {declarationId: "B", source: "ridge", ...Object.fromEntries(INDICATOR_IDS.map((id, j) => [id, j + 0.125]))}
  ];
  test("English: the rows as downloaded, the heads and formats /weights typed at 5254d62", () => {
    const T = weightsTables(analysis, table954);
    expect(T.weights.table.rows).toEqual(weightTableRows(analysis));
    expect(T.weights.download).toEqual(weightTableRows(analysis));
    // the header the page typed: only the heads that differ from their key
    expect(T.weights.table.options.header).toEqual({textbook: "textbook rule", "authors' inputs": "unrounded scores"});
    expect(T.weights.table.options).toMatchObject({rows: 17, height: 17 * 22.5 + 30, select: false, layout: "auto"});
    const f = T.weights.table.options.format as Record<string, (x: number) => string>;
    expect([f.published(0.0541), f.recomputed(0.054058163), f.difference(-0.00000123), f.textbook(1 / 3)]).toEqual([
      "0.0541",
      "0.05405816",
      "-1.23e-6",
      "0.33333333"
    ]);
    expect(T.system.table.options.header).toBeUndefined();
    expect(T.mae.table.options).toMatchObject({rows: 2, height: 2 * 22.5 + 30});
    const g = T.indicators954.table.options.format as Record<string, (x: never) => string>;
    expect([g.C1(3 as never), g.C2(0.125 as never), g.source("expert" as never)]).toEqual(["3", "0.13", "expert"]);
    expect([T.system.name, T.weights.name, T.mae.name, T.indicators954.name]).toEqual([
      "indicator-system",
      "weights-paper-vs-recomputed",
      "ml-scoring-mae",
      "indicators954"
    ]);
  });
  test("Chinese: rows keyed by the catalogue's heads, the download keeps the English keys", () => {
    const T = weightsTables(analysis, table954, "zh");
    const head = weightsHeader("zh", Object.keys(weightTableRows(analysis, "zh")[0]));
    expect(Object.keys(T.weights.table.rows[0])).toEqual(Object.values(head));
    expect(Object.keys(T.weights.download[0] as object)).toEqual(Object.keys(head));
    expect(T.weights.table.options.header).toBeUndefined();
    expect(Object.keys(T.weights.table.options.format)).toEqual(["论文发表值", "复算值", "差值", "教科书规则", "未取整评分"]);
    const g = T.indicators954.table.options.format as Record<string, (x: never) => string>;
    expect(g[t("zh", "weights.col.source")]("ridge" as never)).toBe("岭回归");
  });
  test("the live table: the setting's rows and download name, weights to 8 decimals", () => {
    const live = liveWeights(analysis, [], DEFAULT);
    const L = liveTable(live);
    expect(L.download).toBe(live.rows);
    expect(L.name).toBe(live.name);
    expect((L.table.options.format.weight as (x: number) => string)(live.rows[0].weight)).toBe(live.rows[0].weight.toFixed(8));
    expect(Object.keys(liveTable(live, "zh").table.rows[0])).toContain("权重");
  });
});

describe("the prose's figures", () => {
  const facts = weightsFacts(analysis);
  test("C12 and the scores' entropies on the printed table, as /weights printed them", () => {
    expect(facts.c12.published).toBe(0.000692863); // the paper's typo (D10)
    expect(facts.c12.recomputed.toFixed(8)).toBe("0.00692937");
    expect(facts.c12.textbook.toFixed(8)).toBe("0.71885406"); // also test/browser/weights.test.ts (numpy)
    expect(facts.c12.e.toFixed(8)).toBe("0.10921252");
    expect(facts.scoreEntropy.map((e) => e.toFixed(2))).toEqual(["0.97", "1.00"]);
  });
  test("rows sorted, mean and max MAE, clusters as sets", () => {
    expect(facts.trainRows).toBe("2, 3, 5");
    expect(facts.testRows).toBe("1, 12");
    expect(facts.meanMaeUnrounded).toBeCloseTo(0.3, 15);
    expect(facts.maxMaeAll13).toBe(4);
    expect(facts.groups).toBe("{C1, C6, C11, C16}, {C2, C7, C12, C17}, {C3, C8, C13}, {C4, C9, C14}, {C5, C10, C15}");
  });
});

describe("live weights", () => {
  test("the default setting is the paper's: its caption as /weights showed it, weights summing to 1", () => {
    const live = liveWeights(analysis, printed100, DEFAULT);
    expect(live.w).toEqual(analysis.weights.recomputedPaperRule);
    expect(live.w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(live.caption).toMatch(
      /^Weights with the paper rule, min-max normalisation, C5 as cost, on the paper's 100 samples\. Largest: C5 \(0\.0633\); smallest: C12 \(0\.0069\)\./
    );
    expect(live.name).toBe("weights-paper-minMax-paper100-C5cost");
  });
  test("every choice reaches the weights: the set, the rule, the normalisation and C5's direction", () => {
    const other = printed100.map((r) => r.map((v, j) => (j === 0 ? v * ((r[1] % 7) + 1) : v)));
    const w = (c: Partial<WeightChoice>) => liveWeights(analysis, other, {...DEFAULT, ...c}).w;
    const base = w({});
    const changes: Partial<WeightChoice>[] = [{set: "all954"}, {rule: "textbook"}, {norm: "proportion"}, {c5: "benefit"}];
    for (const c of changes) expect(w(c)).not.toEqual(base);
    expect(Object.keys(WEIGHT_CHOICES)).toEqual(["rule", "norm", "set", "c5"]); // the URL's parameter order
  });
  test("the scatter has both rules for every indicator, at the printed table's entropies", () => {
    const pts = entropyVsWeight(analysis, paperBase(analysis));
    expect(pts).toHaveLength(34);
    expect(pts.filter((p) => p.indicator === "C12").map((p) => p.rule)).toEqual(["paper", "textbook"]);
  });
});

describe("the exercises", () => {
  test("the answers /weights gave before the move (exercise 3 on a stand-in for the 954)", () => {
    const [e1, e2, e3] = weightsExercises(analysis, printed100);
    expect(e1.answer).toBe(
      "C12 (Assessed value), with a weight of 0.7189. Its entropy is the lowest of the 17 (e = 0.1092): its total is concentrated in a few samples, so 1 − e is large. Under the paper's rule it is the least weighted indicator (0.0069)."
    );
    expect(e2.answer).toBe(
      "From 0.0616 to 0.0632, around 1/17 = 0.0588: every score has an entropy close to 1, so the paper's rule gives them almost equal weights."
    );
    expect(e3.answer).toBe("Yes: C12 (Assessed value) again, with 0.7189 (e = 0.1092).");
  });
  test("exercise 3 says so when another indicator takes over", () => {
    // C10 (a benefit) concentrated in one sample: entropy 0, so the textbook rule gives it the most weight.
    const c10 = INDICATOR_IDS.indexOf("C10");
    const skewed = printed100.map((r, i) => r.map((v, j) => (j === c10 ? (i === 0 ? 1e6 : 1) : v)));
    expect(weightsExercises(analysis, skewed)[2].answer).toMatch(
      /^No: C10 \(.*\) takes over with .*; C12 falls to .*\. Textbook weights depend on which samples are weighted\.$/
    );
  });
  test("inputs are not mutated", () => {
    const copy = structuredClone(analysis);
    weightsExercises(analysis, printed100);
    liveWeights(analysis, printed100, {...DEFAULT, rule: "textbook"});
    expect(analysis).toEqual(copy);
  });
});

describe("the page in Chinese (issue 16)", () => {
  const fragments = englishFragments(METHOD_TEXTS);
  const han = /[\u4e00-\u9fff]/;
  test("the indicator system: Chinese criteria, names, kinds, directions; the paper's wording and columns quoted", () => {
    const en = indicatorSystem(),
      zh = indicatorSystem("zh");
    expect(zh.map((r) => r.indicator)).toEqual(en.map((r) => r.indicator));
    expect(zh.map((r) => r["dataset column"])).toEqual(en.map((r) => r["dataset column"]));
    expect(zh.map((r) => r["paper's wording"])).toEqual(en.map((r) => r["paper's wording"]));
    expect(zh.map((r) => r.name)).toEqual(INDICATORS.map((d) => d.nameZh));
    expect(zh.find((r) => r.indicator === "C5")).toMatchObject({direction: "成本型", kind: "数量", criterion: "供应链风险"});
    expect(
      englishLeaks(
        zh.flatMap((r) => [r.criterion, r.name, r.kind, r.direction]),
        fragments
      )
    ).toEqual([]);
  });
  test("every column head of the page's tables is Chinese; indicator ids keep their name; English heads are the keys", () => {
    const tables = [
      indicatorSystem("zh"),
      weightTableRows(analysis, "zh"),
      liveWeights(analysis, printed100, DEFAULT, "zh").rows,
      mlRows(analysis),
      [{sample: 1, declarationId: "x", source: "expert", C1: 1, C17: 2}]
    ];
    for (const rows of tables) {
      const keys = Object.keys(rows[0]);
      const head = weightsHeader("zh", keys);
      expect(new Set(Object.values(head)).size, "distinct heads (relabel)").toBe(keys.length);
      for (const k of keys) expect(head[k], k).toMatch(/^C\d+$/.test(k) ? /^C\d+$/ : han);
    }
    expect(weightsHeader("en", ["indicator", "authors' inputs", "C5"])).toEqual({
      indicator: "indicator",
      "authors' inputs": "unrounded scores", // the head /weights gives that column
      C5: "C5"
    });
  });
  test("the notes on the typo and the dropped digit (D10, D11)", () => {
    const notes = weightTableRows(analysis, "zh")
      .filter((r) => r.note)
      .map((r) => r.note);
    expect(notes).toEqual([t("zh", "weights.noteDigit"), t("zh", "weights.noteTypo")]);
  });
  test("the live caption: the English one's numbers, in the catalogue's Chinese", () => {
    const zh = liveWeights(analysis, printed100, DEFAULT, "zh");
    expect(zh.w).toEqual(liveWeights(analysis, printed100, DEFAULT).w);
    expect(zh.name).toBe("weights-paper-minMax-paper100-C5cost"); // the download keeps the URL's words
    expect(zh.caption).toMatch(
      /^论文规则、最小-最大归一化、C5 作成本型指标，基于论文的 100 个样本计算的权重。最大：C5（0\.0633）；最小：C12（0\.0069）。/
    );
    expect(zh.rows[0].criterion).toBe("管理风险");
    expect(englishLeaks([zh.caption], fragments)).toEqual([]);
  });
  test("the exercises: the English answers' numbers (above), Chinese texts, nothing English", () => {
    const [e1, e2, e3] = weightsExercises(analysis, printed100, paperBase(analysis), "zh");
    const c12 = INDICATORS.find((d) => d.id === "C12")!.nameZh;
    expect(e1.answer).toBe(
      `C12（${c12}），权重为 0.7189。它的熵在 17 个指标中最低（e = 0.1092）：其总量集中在少数几个样本上，因此 1 − e 很大。在论文的规则下，它是权重最小的指标（0.0069）。`
    );
    expect(e2.answer).toBe("从 0.0616 到 0.0632，都在 1/17 = 0.0588 附近：每个评分指标的熵都接近 1，因此论文的规则给它们几乎相等的权重。");
    expect(e3.answer).toBe(`是的：仍是 C12（${c12}），权重 0.7189（e = 0.1092）。`);
    const texts = [e1, e2, e3].flatMap((e) => [e.question, e.hint ?? "", e.answer]);
    expect(englishLeaks(texts, fragments)).toEqual([]);
    for (const e of [e1, e2, e3]) expect(e.question).toMatch(han);
  });
});
