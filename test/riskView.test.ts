/**
 * Page model of /risk (src/lib/pages/riskView.ts). Inputs: the paper's tables (data/paper/) and the authors'
 * code (W13, typed vectors); the dataset is not needed (stand-in declaration IDs, dataset values = printed
 * except where a test changes them). Expected values: the paper's standard-sample table, properties of the
 * method (src/lib/method/zones.ts), and the texts /risk showed at commit 46e0df5, before its computations
 * moved here (the move must change no number).
 */
import {describe, expect, test} from "vitest";
import {relabelRows} from "../src/lib/i18n/relabel.js";
import {loadPaperTables} from "../loaders/paper.js";
import {loadAuthorsCode} from "../loaders/risk.js";
import {INDICATOR_IDS} from "../src/lib/method/indicators.js";
import {normalise, riskValue} from "../src/lib/method/radar.js";
import {PAPER_THRESHOLDS, standardThresholds, zoneOf, zoneTable} from "../src/lib/method/zones.js";
import {toMatrix} from "../src/lib/paper/tables.js";
import {publishedWeights} from "../src/lib/paper/weights.js";
import {englishFragments, englishLeaks, t} from "../src/lib/i18n/index.js";
import {
  choiceLabel,
  movedLevels,
  paper17Model,
  pickSample,
  quantitiesAtLevel,
  radarPick,
  riskExercises,
  riskHeader,
  sampleLabel,
  scoreHundred,
  sortedByRisk,
  textbookWeights,
  weightOf,
  zoneRows,
  type RiskPageData,
  riskTables,
  smallRadarWidth
} from "../src/lib/pages/riskView.js";

const paper = loadPaperTables();
const code = loadAuthorsCode();
const printed = toMatrix(paper.samples100);
const data: RiskPageData = {
  weights: {published: publishedWeights(paper.weights), w13: code.w13},
  typed13: code.typed13,
  sample17: paper.sample17.map((r) => ({
    row: r.row,
    kind: r.kind,
    label: r.label,
    values: INDICATOR_IDS.map((id) => r.values[id]),
    risk: r.risk
  })),
  samples: paper.samples100.map((s, i) => ({
    sample: s.sample,
    declarationId: String(90000000 + s.sample),
    printed: printed[i],
    dataset: printed[i],
    fraud: 0
  }))
};
const PUBLISHED = {weights: "published (paper)", inputs: "paper's printed table"} as const;
const TEXTBOOK = {weights: "textbook entropy", inputs: "paper's printed table"} as const;

describe("the paper's 17 samples", () => {
  const m = paper17Model(data);
  test("the standard-sample table: 4 rows, C1..C17 as printed, x* = 0, 0.65, 0.85, 1; our thresholds are the 65 and 85 samples' values", () => {
    expect(m.standardTable.map((r) => r["x*"])).toEqual([0, 0.65, 0.85, 1]);
    expect(Object.keys(m.standardTable[0])).toEqual(["sample", ...INDICATOR_IDS, "x*", "paper", "ours"]);
    expect(m.ours).toEqual(standardThresholds(data.weights.published));
    expect(m.printed).toEqual(
      paper.sample17
        .filter((r) => r.kind === "standard")
        .slice(1, 3)
        .map((r) => r.risk)
    );
  });
  test("the prose's figures, as /risk printed them before the move", () => {
    expect(m.ours.map((x) => x.toFixed(7))).toEqual(["0.3142315", "0.6845921"]);
    expect(m.maxPublishedDiff.toFixed(4)).toBe("0.0328");
    expect(m.within1e9).toBe(11); // also test/radar.test.ts (D33)
    expect(m.maxAuthorsDiff.toExponential(1)).toBe("1.1e-5");
    expect(m.table).toHaveLength(17);
    for (const r of m.table) expect(r["diff (published)"]).toBeCloseTo(r["published weights"] - r.printed, 15);
  });
  test("the zone table is the paper's", () => {
    expect(zoneRows().map((r) => r.interval)).toEqual(zoneTable(PAPER_THRESHOLDS).map((z) => z.interval));
    expect(zoneRows().map((r) => r.zone)).toEqual(["Safety", "General", "Severe"]);
  });
});

describe("moving the standard levels", () => {
  test("at the quantities' anchors, the raw values are the paper's 65 and 85 standard samples' C5, C10, C12", () => {
    const standard = paper.sample17.filter((r) => r.kind === "standard");
    const fmt = (r: (typeof standard)[number]) =>
      ["C5", "C10", "C12"].map((id) => `${id} ${r.values[id as "C5"].toLocaleString("en-US", {maximumFractionDigits: 2})}`).join(", ");
    expect(quantitiesAtLevel(0.65)).toBe(fmt(standard[1]));
    expect(quantitiesAtLevel(0.85)).toBe(fmt(standard[2]));
  });
  test("65 and 85 give the zones of the 100 samples; the counts add up to 100", () => {
    const m = movedLevels(data, {a: 65, b: 85});
    if (!m.ok) throw new Error("expected zones");
    expect(m.thresholds).toEqual(standardThresholds(data.weights.published));
    expect(m.cards.map((c) => c.detail)).toEqual([
      "30 of the paper's 100 samples",
      "70 of the paper's 100 samples",
      "0 of the paper's 100 samples"
    ]);
    expect(m.quantities).toBe("C5 24, C10 6.5, C12 36,575 (lower) and C5 3, C10 10, C12 884,698.36 (upper)");
  });
  test("a lower level at or above the upper one is a message, not an error", () => {
    expect(movedLevels(data, {a: 85, b: 85})).toEqual({
      ok: false,
      message: "The lower level must be below the upper level.",
      quantities: "no defined quantities"
    });
  });
});

describe("scoring the 100 samples", () => {
  test("published weights use the paper's thresholds; textbook weights their own standard thresholds", () => {
    const p = scoreHundred(data, PUBLISHED),
      t = scoreHundred(data, TEXTBOOK);
    expect(p.thresholds).toEqual(PAPER_THRESHOLDS);
    expect(t.weights).toEqual(textbookWeights(printed));
    expect(t.thresholds).toEqual(standardThresholds(t.weights));
    for (const h of [p, t]) {
      expect(h.scored).toHaveLength(100);
      expect(Object.values(h.counts).reduce((a, b) => a + b, 0)).toBe(100);
      for (const s of h.scored) expect(s.zone).toBe(zoneOf(s.risk, h.thresholds));
    }
    expect(p.caption).toBe(
      "Risk values of the paper's samples 1–100 (published (paper) weights, paper's printed table). Vertical lines: the zone thresholds 0.3142 and 0.6846; no sample reaches the severe zone."
    );
    expect(weightOf(textbookWeights(printed), "C12").toFixed(4)).toBe("0.7189");
  });
  test("dataset values replace the raw inputs (and only them)", () => {
    const changed: RiskPageData = {
      ...data,
      samples: data.samples.map((s) => ({...s, dataset: s.printed.map((v, j) => (INDICATOR_IDS[j] === "C12" ? v * 2 : v))}))
    };
    const h = scoreHundred(changed, {weights: "published (paper)", inputs: "dataset values"});
    expect(h.raws[0][INDICATOR_IDS.indexOf("C12")]).toBe(2 * printed[0][INDICATOR_IDS.indexOf("C12")]);
    expect(scoreHundred(changed, PUBLISHED).raws[0]).toEqual(printed[0]);
  });
  test("sorted by risk: ascending, all 100, x* columns per indicator", () => {
    const s = sortedByRisk(scoreHundred(data, PUBLISHED));
    expect(s.charts).toHaveLength(100);
    const risks = s.rows.map((r) => r.risk as number);
    expect(risks).toEqual([...risks].sort((a, b) => a - b));
    expect(Object.keys(s.rows[0])).toEqual(["sample", "risk", "zone", ...INDICATOR_IDS.map((id) => `x*_${id}`)]);
  });
});

describe("picking a sample for the radar chart", () => {
  test("a number 1–100 or a declaration ID; empty is null; anything else undefined", () => {
    expect(pickSample("12", data.samples)).toBe(12);
    expect(pickSample(" 90000005 ", data.samples)).toBe(5);
    expect(pickSample("", data.samples)).toBeNull();
    for (const bad of ["0", "101", "1.5", "abc"]) expect(pickSample(bad, data.samples)).toBeUndefined();
  });
  test("the pick carries the section's own raw values, label and caption; bad picks give the page's messages", () => {
    const h = scoreHundred(data, PUBLISHED);
    const p = radarPick(data, h, "1", "2");
    if (!p.ok) throw new Error("expected a chart");
    expect(p.sample).toEqual({label: "Sample 1 (90000001)", raw: printed[0]});
    expect(p.compare?.label).toBe("Sample 2 (90000002)");
    expect(p.name).toBe("radar-sample-1-vs-2");
    expect(p.caption).toMatch(/^The improved radar chart of sample 1 \(filled\) and sample 2 \(dashed\): one sector/);
    expect(radarPick(data, h, "abc", "")).toEqual({
      ok: false,
      message: "“abc” is neither a sample number 1–100 nor the declaration ID of one of the 100 samples."
    });
    expect(radarPick(data, h, "1", "x")).toEqual({
      ok: false,
      message: "Compare: “x” is neither a sample number 1–100 nor a sample's declaration ID."
    });
  });
});

describe("the exercises", () => {
  const [e1, e2, e3] = riskExercises(data);
  test("the answers /risk gave before the move", () => {
    expect(e1.answer).toBe(
      "The lower threshold rises from 0.3142 to 0.3810. 65 of 100 samples change zone (65 from general to safety). A 5-point change in one standard sample moves most of the population: the zones are only as meaningful as the standard levels."
    );
    expect(e2.answer).toBe(
      "85 safety, 15 general, 0 severe (thresholds 0.2417 and 0.5243). C12 (Assessed value) gets 0.7189 of the weight, so the risk value mostly follows that one indicator."
    );
    expect(e3.answer).toBe("Sample 1: 0.2883, safety zone; Sample 2: 0.3688, general zone. Sample 2 is riskier.");
  });
  test("each answer agrees with the section it asks about, whatever another section shows", () => {
    const t = scoreHundred(data, TEXTBOOK);
    expect(e2.answer.startsWith(`${t.counts.safety} safety, ${t.counts.general} general, ${t.counts.severe} severe`)).toBe(true);
    // Exercise 3 reads the radar section at its defaults, which the 100-sample switch no longer moves.
    const radar = scoreHundred(data, PUBLISHED);
    const f1 = riskValue(normalise(radar.raws[0]), radar.weights),
      f2 = riskValue(normalise(radar.raws[1]), radar.weights);
    expect(e3.answer).toContain(
      `Sample 1: ${f1.toFixed(4)}, ${zoneOf(f1, radar.thresholds)} zone; Sample 2: ${f2.toFixed(4)}, ${zoneOf(f2, radar.thresholds)} zone`
    );
  });
  test("the page's data is not mutated", () => {
    const copy = structuredClone(data);
    riskExercises(data);
    scoreHundred(data, TEXTBOOK);
    sortedByRisk(scoreHundred(data, PUBLISHED));
    expect(data).toEqual(copy);
  });
});

describe("in Chinese (src/zh/risk.md)", () => {
  // Expected values: the English tests above (same numbers), the catalogue (src/lib/i18n/texts/risk.ts) and
  // the zone names of src/lib/method/zones.ts; the Chinese texts must hold no English text of the catalogue.
  const fragments = englishFragments();
  const leaks = (texts: readonly string[]) => englishLeaks(texts, fragments);
  test("tables: the sample labels and zone names in Chinese, the numbers as in English", () => {
    const zh = paper17Model(data, "zh"),
      en = paper17Model(data);
    expect(zh.standardTable.map((r) => r.sample)).toEqual(["标准样本 0", "标准样本 65", "标准样本 85", "标准样本 100"]);
    expect(zh.table[4].sample).toBe("样本 1");
    expect(zh.table.map((r) => r.printed)).toEqual(en.table.map((r) => r.printed));
    expect(zh.ours).toEqual(en.ours);
    expect(sampleLabel("zh", "anything else")).toBe("anything else");
    expect(zoneRows(PAPER_THRESHOLDS, "zh")).toEqual(
      zoneRows().map((r, k) => ({zone: ["安全区", "一般预警区", "严重预警区"][k], interval: r.interval}))
    );
    const header = riskHeader("zh");
    expect(header.ours).toBe(t("zh", "risk.col.ours"));
    expect(leaks(Object.values(header))).toEqual([]);
  });
  test("tables shown in Chinese are keyed in Chinese (Inputs.table shows a key as its column's tooltip); values and order kept", () => {
    const rows = [{zone: "安全区", interval: "[0, 0.3142)", extra: 1}];
    const copy = structuredClone(rows);
    expect(relabelRows(rows, riskHeader("zh"))).toEqual([{预警分区: "安全区", 区间: "[0, 0.3142)", extra: 1}]);
    expect(Object.keys(relabelRows(paper17Model(data, "zh").table, riskHeader("zh"))[0])).toEqual([
      "row",
      "样本",
      "论文印刷值",
      "本报告：发表权重",
      "Δ",
      "本报告：作者的输入",
      "Δ "
    ]);
    expect(rows).toEqual(copy);
    expect(() => relabelRows([{zone: 1, 预警分区: 2}], riskHeader("zh"))).toThrow(/two columns are headed "预警分区"/);
    expect(relabelRows(rows, null)).toEqual(rows);
  });
  test("moving the levels: the same counts, Chinese cards and message", () => {
    const m = movedLevels(data, {a: 65, b: 85}, "zh");
    if (!m.ok) throw new Error("expected zones");
    expect(m.cards.map((c) => c.detail)).toEqual(["论文 100 个样本中的 30 个", "论文 100 个样本中的 70 个", "论文 100 个样本中的 0 个"]);
    expect(m.cards.map((c) => c.title)).toEqual(["安全区", "一般预警区", "严重预警区"]);
    expect(m.quantities).toBe("C5 24，C10 6.5，C12 36,575（较低）与 C5 3，C10 10，C12 884,698.36（较高）");
    const bad = movedLevels(data, {a: 85, b: 85}, "zh");
    expect(bad).toEqual({ok: false, message: t("zh", "risk.levels.order"), quantities: t("zh", "risk.levels.none")});
  });
  test("scoring, the radar pick and their captions", () => {
    const h = scoreHundred(data, PUBLISHED, "zh");
    expect(h.counts).toEqual(scoreHundred(data, PUBLISHED).counts);
    expect(h.caption).toBe(
      "论文样本 1–100 的风险值（权重：论文发表的权重；输入：论文印刷的样本表）。竖线为预警阈值 0.3142 与 0.6846；没有样本进入严重预警区。"
    );
    expect(choiceLabel("zh", "textbook entropy")).toBe(t("zh", "risk.weights.textbook"));
    expect(choiceLabel("en", "textbook entropy")).toBe("textbook entropy");
    const p = radarPick(data, h, "1", "2", "zh");
    if (!p.ok) throw new Error("expected a chart");
    expect(p.sample.label).toBe("样本 1（90000001）");
    expect(p.name).toBe("radar-sample-1-vs-2");
    expect(p.caption).toMatch(/^样本 1（实心）与样本 2（虚线）的改进雷达图：/);
    const bad = radarPick(data, h, "abc", "", "zh"),
      badCompare = radarPick(data, h, "1", "x", "zh");
    expect(bad).toEqual({ok: false, message: "“abc”既不是 1–100 的样本编号，也不是这 100 个样本中任何一个的申报编号。"});
    if (bad.ok || badCompare.ok) throw new Error("expected messages");
    expect(
      leaks([h.caption, p.caption, p.sample.label, bad.message, badCompare.message, ...h.cards.flatMap((c) => [c.title, c.detail])])
    ).toEqual([]);
  });
  test("the exercises: the English answers' numbers, in Chinese", () => {
    const [e1, e2, e3] = riskExercises(data, "zh");
    expect(e1.answer).toBe(
      "较低阈值从 0.3142 升至 0.3810。100 个样本中有 65 个改变了预警分区（65 个从一般预警区移至安全区）。一个标准样本改动 5 分，就移动了大部分样本：预警分区的意义取决于标准水平的设定。"
    );
    expect(e2.answer).toBe(
      "安全区 85 个，一般预警区 15 个，严重预警区 0 个（阈值 0.2417 与 0.5243）。C12（商品完税价格）的权重为 0.7189，因此风险值主要跟随这一个指标变化。"
    );
    expect(e3.answer).toBe("样本 1：0.2883，安全区；样本 2：0.3688，一般预警区。样本 2 的风险更高。");
    expect(leaks([e1, e2, e3].flatMap((e) => [e.question, e.hint ?? "", e.answer]))).toEqual([]);
  });
});

describe("the page's tables (riskTables) and small charts", () => {
  const model = paper17Model(data);
  test("English: the rows as they are, heads named by Inputs.table's header, as the English page had them", () => {
    const {standard, zones, samples} = riskTables(model, PAPER_THRESHOLDS);
    expect(standard.rows).toEqual(model.standardTable);
    expect(standard.options.header).toBeUndefined();
    expect(zones.rows).toEqual(zoneRows());
    expect(samples.options.columns).toEqual([
      "sample",
      "printed",
      "published weights",
      "diff (published)",
      "authors' inputs",
      "diff (authors')"
    ]);
    // the heads the English page typed before (src/risk.md at e5eb2ff)
    expect(samples.options.header).toEqual({
      "published weights": "ours: published w",
      "diff (published)": "Δ",
      "authors' inputs": "ours: authors' inputs",
      "diff (authors')": "Δ "
    });
    expect(samples.options.rows).toBe(18);
  });
  test("Chinese: rows, columns and format keyed by the Chinese heads", () => {
    const zh = riskTables(paper17Model(data, "zh"), PAPER_THRESHOLDS, "zh");
    const head = riskHeader("zh");
    expect(zh.samples.options.columns).toEqual(["样本", "论文印刷值", "本报告：发表权重", "Δ", "本报告：作者的输入", "Δ "]);
    expect(Object.keys(zh.samples.options.format)).toContain(head["published weights"]);
    expect(Object.keys(zh.zones.rows[0])).toEqual([head.zone, head.interval]);
    expect(zh.samples.options.header).toBeUndefined();
  });
  test("small radar charts: 120 px, three to a row on a phone, never under 96 px", () => {
    expect(smallRadarWidth(1280)).toBe(120);
    expect(smallRadarWidth(300)).toBe(97); // floor((300 − 8) / 3)
    expect(smallRadarWidth(200)).toBe(96);
  });
});
