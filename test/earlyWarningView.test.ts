/**
 * Page model of /early-warning (src/lib/pages/earlyWarningView.ts). Toy declarations built from the
 * paper's printed 100 samples (data/paper/) with hand-set labels and offices check the rules; with the
 * dataset (CUSTOMS_DATA_DIR), the 954 declarations give the texts /early-warning showed at commit 46e0df5,
 * before its computations moved here.
 */
import {resolve} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {loadDataset, PROJECT_ROOT} from "../loaders/dataset.js";
import {earlyWarning} from "../loaders/earlyWarning.js";
import {loadPaperTables} from "../loaders/paper.js";
import {publishedWeights} from "../src/lib/paper/weights.js";
import {toMatrix} from "../src/lib/paper/tables.js";
import {PAPER_THRESHOLDS, standardThresholds, zoneOf} from "../src/lib/method/zones.js";
import {englishFragments, englishLeaks, t} from "../src/lib/i18n/index.js";
import {
  earlyWarningExercises,
  filterLabel,
  filterOptions,
  findDeclarations,
  intervalsOverlap,
  scoreWarnings,
  sourceLabel,
  textbook954,
  verdict,
  warningHeader,
  weightsLabel,
  zoneHexOf
} from "../src/lib/pages/earlyWarningView.js";
import type {WarningRow} from "../src/lib/method/earlyWarning.js";

const paper = loadPaperTables();
const published = publishedWeights(paper.weights);
const toy: WarningRow[] = toMatrix(paper.samples100).map((values, i) => ({
  sample: i + 1,
  declarationId: String(1000 + i),
  source: i < 13 ? "expert" : "ridge",
  split: "train",
  date: "2020-01-01",
  office: ["40", "16", "30"][i % 3],
  departure: i % 2 ? "CN" : "US",
  hs6: i % 4 ? "851762" : "300490",
  fraud: i % 5 === 0 ? 1 : 0,
  criticalFraud: 0,
  values,
  risk: 0,
  zone: "safety"
}));
const text = (parts: ReturnType<typeof verdict>) => parts.map((p) => (typeof p === "string" ? p : p.bold)).join("");

describe("scoring the declarations", () => {
  test("published weights with the paper's thresholds; textbook weights with their standard thresholds", () => {
    const p = scoreWarnings(published, toy, "published (paper)");
    const t = scoreWarnings(published, toy, "textbook entropy, 954 declarations");
    expect(p.thresholds).toEqual(PAPER_THRESHOLDS);
    expect(t.weights).toEqual(textbook954(toy));
    expect(t.thresholds).toEqual(standardThresholds(t.weights));
    for (const w of [p, t]) {
      for (const r of w.rows) expect(r.zone).toBe(zoneOf(r.risk, w.thresholds));
      expect(w.rateRows.map((r) => r.declarations)).toEqual([w.counts.safety, w.counts.general, w.counts.severe, toy.length]);
      expect(w.rateRows[3].frauds).toBe(20); // every fifth toy declaration
    }
    expect(p.rows[0].risk).toBeCloseTo(0.2883418, 6); // sample 1, published weights (test/earlyWarning.test.ts)
  });
  test("an empty zone has no rate: '–' on its card, no interval", () => {
    const p = scoreWarnings(published, toy, "published (paper)");
    expect(p.counts.severe).toBe(0);
    expect(p.cards[2]).toMatchObject({title: "Severe [0.6846, 1]", big: "0", unit: " declarations", detail: "fraud rate –"});
    expect(p.rateRows[2]).toMatchObject({"fraud rate": null, "95% CI low": null, "95% CI high": null});
  });
  test("the inputs are not mutated", () => {
    const copy = structuredClone(toy);
    scoreWarnings(published, toy, "textbook entropy, 954 declarations");
    earlyWarningExercises(published, toy);
    expect(toy).toEqual(copy);
  });
});

describe("the verdict", () => {
  const rate = (n: number, fraud: number, ci95: [number, number] | null) => ({n, fraud, rate: n ? fraud / n : null, ci95});
  test("intervals overlap when each starts before the other ends; a missing interval never overlaps", () => {
    expect(intervalsOverlap([0.1, 0.3], [0.3, 0.5])).toBe(true);
    expect(intervalsOverlap([0.1, 0.2], [0.3, 0.5])).toBe(false);
    expect(intervalsOverlap(null, [0.3, 0.5])).toBe(false);
  });
  test("the general zone holding more fraud, intervals apart: the zones work as a first look", () => {
    const rates = {
      safety: rate(100, 10, [0.05, 0.17]),
      general: rate(100, 40, [0.31, 0.5]),
      severe: rate(0, 0, null),
      all: rate(200, 50, [0.2, 0.3])
    };
    expect(text(verdict(rates, {safety: 100, general: 100, severe: 0}, 0.7))).toBe(
      "With these weights the safety zone's fraud rate is 10.0% and the general zone's is 40.0%: the “safer” zone holds less fraud, and the 95% intervals do not overlap. No declaration is severe. Over all declarations the risk value ranks a fraudulent declaration above a clean one with probability 0.700 (ROC AUC; 0.5 is chance). As a first look, the general zone does hold more fraud than the safety zone."
    );
  });
  test("an empty zone: no comparison", () => {
    const rates = {safety: rate(0, 0, null), general: rate(10, 1, [0, 0.4]), severe: rate(0, 0, null), all: rate(10, 1, [0, 0.4])};
    expect(verdict(rates, {safety: 0, general: 10, severe: 0}, 0.5)).toEqual([
      "One zone is empty with these weights, so the zones cannot be compared; ROC AUC of the risk value: 0.500."
    ]);
  });
});

describe("finding declarations", () => {
  test("filters narrow the rows; the frauds are counted; options are sorted and distinct", () => {
    const rows = scoreWarnings(published, toy, "published (paper)").rows;
    const all = findDeclarations(rows, {zone: "all", office: "all", departure: "all", hs6: ""});
    expect(all.rows).toHaveLength(100);
    expect(all.frauds).toBe(20);
    const some = findDeclarations(rows, {office: "40", hs6: "3004"});
    expect(some.rows.every((r) => r.office === "40" && r.hs6.startsWith("3004"))).toBe(true);
    expect(Object.keys(some.rows[0])).toEqual([
      "sample",
      "declaration",
      "date",
      "office",
      "departure",
      "hs6",
      "risk",
      "zone",
      "fraud",
      "scores"
    ]);
    expect(filterOptions(toy, "office")).toEqual(["16", "30", "40"]);
  });
});

describe("in Chinese (src/zh/early-warning.md)", () => {
  // Expected values: the English tests above (same numbers), the catalogue (src/lib/i18n/texts/risk.ts) and
  // the zone names of src/lib/method/zones.ts; the Chinese texts must hold no English text of the catalogue.
  const fragments = englishFragments();
  const leaks = (texts: readonly string[]) => englishLeaks(texts, fragments);
  test("cards, captions, rate rows and the verdict in Chinese, the numbers as in English", () => {
    const zh = scoreWarnings(published, toy, "published (paper)", "zh"),
      en = scoreWarnings(published, toy, "published (paper)");
    expect(zh.counts).toEqual(en.counts);
    expect(zh.rateRows.map((r) => r.zone)).toEqual(["安全区", "一般预警区", "严重预警区", "全部"]);
    expect(zh.rateRows.map((r) => r["fraud rate"])).toEqual(en.rateRows.map((r) => r["fraud rate"]));
    expect(zh.cards[2]).toMatchObject({title: "严重预警区 [0.6846, 1]", big: "0", unit: " 条申报", detail: "瞒骗率 –"});
    expect(zh.histogramCaption).toBe(
      "100 条跨境电商申报的风险值（权重：论文发表的权重）。虚线为预警阈值 0.3142 与 0.6846；没有申报进入严重预警区。"
    );
    const texts = [zh.histogramCaption, zh.rateCaption, text(zh.verdict), ...zh.cards.flatMap((c) => [c.title, c.unit ?? "", c.detail])];
    expect(leaks(texts)).toEqual([]);
    expect(zh.verdict.filter((p) => typeof p !== "string")).toEqual(
      en.verdict.filter((p) => typeof p !== "string").map((p, k) => (k === 0 ? {bold: "安全区"} : k === 2 ? {bold: "一般预警区"} : p))
    );
  });
  test("the verdict's bold parts land where the Chinese sentence puts them", () => {
    const rate = (n: number, fraud: number, ci95: [number, number] | null) => ({n, fraud, rate: n ? fraud / n : null, ci95});
    const rates = {
      safety: rate(100, 10, [0.05, 0.17]),
      general: rate(100, 40, [0.31, 0.5]),
      severe: rate(0, 0, null),
      all: rate(200, 50, [0.2, 0.3])
    };
    const v = verdict(rates, {safety: 100, general: 100, severe: 0}, 0.7, "zh");
    expect(v.slice(0, 4)).toEqual(["在这组权重下，", {bold: "安全区"}, "的瞒骗率为 ", {bold: "10.0%"}]);
    expect(text(v)).toBe(
      "在这组权重下，安全区的瞒骗率为 10.0%，一般预警区为 40.0%：“更安全”的分区瞒骗更少，且两者的 95% 区间不重叠。没有申报进入严重预警区。在全部申报中，风险值把一条瞒骗申报排在一条正常申报之前的概率为 0.700（ROC AUC；0.5 即随机）。初步看来，一般预警区的瞒骗确实多于安全区。"
    );
  });
  test("labels of the controls and table columns; the zones' colours by either name", () => {
    expect(weightsLabel("zh", "textbook entropy, 954 declarations")).toBe(t("zh", "ew.weights.textbook"));
    expect(weightsLabel("en", "published (paper)")).toBe("published (paper)");
    expect(["all", "general", "40"].map((v) => filterLabel("zh", v))).toEqual(["全部", "一般预警区", "40"]);
    expect(["expert", "ridge"].map((s) => sourceLabel("zh", s))).toEqual(["专家评分", "岭回归"]);
    expect(zoneHexOf("一般预警区")).toBe(zoneHexOf("General"));
    expect(zoneHexOf("Severe")).toBe("#d55e00");
    const en = warningHeader("en");
    for (const [key, name] of Object.entries(en)) expect(name).toBe(key); // English: the column names as they were
    expect(leaks(Object.values(warningHeader("zh")))).toEqual([]);
    const rows = scoreWarnings(published, toy, "published (paper)").rows;
    expect(findDeclarations(rows, {zone: "severe"}, "zh").rows).toEqual([]);
    expect(findDeclarations(rows, {office: "40"}, "zh").rows.map((r) => r.zone)).toEqual(
      findDeclarations(rows, {office: "40"}).rows.map((r) => ({Safety: "安全区", General: "一般预警区", Severe: "严重预警区"})[r.zone])
    );
  });
  test("the exercises in Chinese", () => {
    const zh = earlyWarningExercises(published, toy, "zh");
    expect(zh[2].question).toContain("海关关区设为 40"); // the office of the most toy declarations, ties by name
    expect(leaks(zh.flatMap((e) => [e.question, e.hint ?? "", e.answer]))).toEqual([]);
  });
});

const DATA_DIR = process.env.CUSTOMS_DATA_DIR ? resolve(PROJECT_ROOT, process.env.CUSTOMS_DATA_DIR) : null;

describe.runIf(DATA_DIR)("the 954 declarations: the page's texts before the move", () => {
  // Loaded in beforeAll, which a skipped suite never runs (its body still runs to collect the tests).
  let weights: number[], rows: WarningRow[];
  beforeAll(async () => {
    ({weights, rows} = earlyWarning({dataset: await loadDataset({dataDir: DATA_DIR!}), paper}));
  });
  test("zone cards, histogram caption, verdict", () => {
    const w = scoreWarnings(weights, rows, "published (paper)");
    expect(w.cards.map((c) => `${c.title} ${c.big}${c.unit} ${c.detail}`)).toEqual([
      "Safety [0, 0.3142) 252 declarations fraud rate 30.6% (95% CI 25.2%–36.5%)",
      "General [0.3142, 0.6846) 702 declarations fraud rate 23.8% (95% CI 20.8%–27.1%)",
      "Severe [0.6846, 1] 0 declarations fraud rate –"
    ]);
    expect(w.histogramCaption).toBe(
      "Risk values of the 954 e-commerce declarations (published (paper) weights). Dashed lines: the zone thresholds 0.3142 and 0.6846; no declaration reaches the severe zone."
    );
    expect(text(w.verdict)).toBe(
      "With these weights the safety zone's fraud rate is 30.6% and the general zone's is 23.8%: the “safer” zone holds more fraud (the 95% intervals overlap). No declaration is severe. Over all declarations the risk value ranks a fraudulent declaration above a clean one with probability 0.484 (ROC AUC; 0.5 is chance). As a first look, the zones do not separate fraud from clean declarations in this dataset: the risk value measures how the 17 indicators score, and neither the scores nor the weights were fitted to inspection outcomes."
    );
  });
  test("the exercises' answers", () => {
    expect(earlyWarningExercises(weights, rows).map((e) => e.answer)).toEqual([
      "Safety: 30.6% (77 of 252); general: 23.8% (167 of 702). The “safer” zone holds more fraud, not less. Over all declarations the rate is 25.6%; the ROC AUC of the risk value is 0.484 (0.5 is chance).",
      "524 of 954 declarations change zone (the thresholds move to 0.2371 and 0.5075). The ROC AUC goes from 0.484 to 0.444: not better, and still close to chance.",
      "242 declarations match; fraudulent: 57 of 242, 23.6%. In the whole general zone: 167 of 702, 23.8%."
    ]);
  });
  test("the exercises' answers in Chinese: the same numbers", () => {
    expect(earlyWarningExercises(weights, rows, "zh").map((e) => e.answer)).toEqual([
      "安全区：30.6%（252 条中 77 条）；一般预警区：23.8%（702 条中 167 条）。“更安全”的分区瞒骗反而更多。全部申报的瞒骗率为 25.6%；风险值的 ROC AUC 为 0.484（0.5 即随机）。",
      "954 条申报中有 524 条改变了预警分区（阈值变为 0.2371 与 0.5075）。ROC AUC 从 0.484 变为 0.444：没有提高，且仍接近随机。",
      "符合条件的申报 242 条；瞒骗：242 条中 57 条，23.6%。整个一般预警区：702 条中 167 条，23.8%。"
    ]);
  });
});
