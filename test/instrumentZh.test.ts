/**
 * The instrument's Chinese (issue 16): the assessment's words, the declaration form, the 17-value check, the
 * file scorer's model and the dataset reader's messages in Chinese, from the catalogue
 * (src/lib/i18n/texts/instrument.ts), with no English catalogue text left in them (englishLeaks); the English
 * output stays the reader's and the old texts (the other tests check it word for word).
 * Expected Chinese strings are the catalogue's texts filled in by hand.
 */
import {describe, expect, test} from "vitest";
import {COLUMNS, DatasetError, parseDeclarations} from "../src/lib/data/declarations.js";
import {createDeclarationReader, type RowError} from "../src/lib/data/declarationStream.js";
import type {FileResult} from "../src/lib/fileScoring/fileSession.js";
import {datasetErrorText, problemText} from "../src/lib/fileScoring/messages.js";
import {englishFragments, englishLeaks, t} from "../src/lib/i18n/index.js";
import {featureLabel, reasonText, type Assessment} from "../src/lib/instrument/assess.js";
import {INDICATORS, INDICATOR_IDS} from "../src/lib/method/indicators.js";
import {assessmentTexts} from "../src/lib/pages/assessmentView.js";
import {formTexts, parseCsvLine, parseForm} from "../src/lib/pages/declarationForm.js";
import {declarationLookup} from "../src/lib/pages/declarationLookup.js";
import {declarationCitation} from "../src/lib/pages/declarationPage.js";
import {validateField} from "../src/lib/pages/healthCheck.js";
import {checkExercises, checkStarts, datasetOutcome} from "../src/lib/pages/healthCheckPage.js";
import {
  errorHeader,
  errorRows,
  fileNotes,
  rankingOptions,
  RANKINGS,
  selection,
  selectionText,
  topHeader,
  topRows
} from "../src/lib/pages/scoreView.js";
import {BASE_DECLARATION} from "./fixtures.js";

const fragments = englishFragments();
const leaks = (texts: readonly string[]) => englishLeaks(texts, fragments).map((l) => `${l.key}: ${l.fragment}`);
const CJK = /[\u4e00-\u9fff]/;

const HEADER = COLUMNS.map((c) => c.name).join(",");
const row = (d: Record<string, string | number>) => COLUMNS.map((c) => String(d[c.key])).join(",");
const ROW = row(BASE_DECLARATION as unknown as Record<string, string | number>);
const withField = (name: string, value: string) =>
  row({...(BASE_DECLARATION as unknown as Record<string, string | number>), [COLUMNS.find((c) => c.name === name)!.key]: value});

/** Everything the reader says about a file with one bad row of each kind (src/lib/data/declarationStream.ts). */
function readerMessages(): {errors: RowError[]; notes: string[]} {
  const lines = [
    `${HEADER},Comment`,
    `${ROW},x`,
    "1,2,3",
    `${ROW},x,y`,
    "",
    `${ROW},x`,
    `${withField("Date", "2020-02-30")},x`,
    `${withField("Fraud", "3")},x`,
    `${withField("Critical Fraud", "3")},x`,
    `${withField("Item Price", "-5")},x`,
    `${withField("Net Mass", "12kg")},x`,
    `${withField("Import Type", "")},x`,
    `${withField("Office ID", '"30"x')},x`
  ].map((l, i) => (i > 1 && i !== 2 && i !== 4 ? l.replace(/^1,/, `${100 + i},`) : l));
  lines[5] = `${ROW},x`; // the first row again: a duplicate ID
  const r = createDeclarationReader("in.csv");
  r.push(lines.join("\n"));
  r.end();
  return {errors: [...r.errors], notes: [...r.notes]};
}

describe("the dataset reader's messages (src/lib/fileScoring/messages.ts)", () => {
  const {errors, notes} = readerMessages();
  test("the test file gives a message of every kind the row check has", () => {
    expect(errors.map((e) => e.reason)).toEqual([
      "the row has 3 fields, expected 23: it ends before this field",
      "the row has 24 fields, expected 23: 1 extra after this field",
      "the row is empty",
      "duplicate Declaration ID: first on line 2",
      "is not an ISO date YYYY-MM-DD",
      "must be 0 or 1",
      "must be 0, 1 or 2",
      "is negative",
      "is not a number",
      "is empty",
      'the row is not valid CSV: text after the closing quote of a quoted field (a quote inside a field is written "")'
    ]);
  });
  test("each in Chinese, with its numbers, no English catalogue text; English is left as the reader wrote it", () => {
    const zh = errors.map((e) => problemText("zh", e.reason));
    for (const s of zh) expect(s).toMatch(CJK);
    expect(zh[0]).toBe("该行有 3 个字段，应为 23 个：在此字段之前就结束了");
    expect(zh[3]).toBe("Declaration ID 重复：首次出现在第 2 行");
    expect(zh[10]).toBe('该行不是有效的 CSV：带引号字段的闭合引号之后还有文字（字段内的引号应写作 ""）');
    expect(leaks(zh)).toEqual([]);
    for (const e of errors) expect(problemText("en", e.reason)).toBe(e.reason);
    expect(problemText("zh", "something the catalogue does not know")).toBe("something the catalogue does not know");
  });
  test("notes: extra columns, no labels, another order", () => {
    expect(notes.map((n) => problemText("zh", n))).toEqual(['in.csv：已忽略 1 个不属于数据集格式的列："Comment"']);
    expect(
      problemText(
        "zh",
        'in.csv: no "Fraud" or "Critical Fraud" column: the file is scored, but nothing can be said about what its selection would catch'
      )
    ).toBe('in.csv：没有 "Fraud"、"Critical Fraud" 列：文件照常评分，但无法衡量所选申报能查出多少瞒骗');
    expect(problemText("zh", "in.csv: the columns are not in the dataset's order; they are read by name")).toBe(
      "in.csv：各列顺序与数据集不同，按列名读取"
    );
  });
  test("a refused file: where and what, in Chinese; in English exactly the DatasetError's message", () => {
    const refused = (text: string) => {
      const r = createDeclarationReader("in.csv");
      try {
        r.push(text);
        r.end();
      } catch (e) {
        return e as DatasetError;
      }
      throw new Error("the file was not refused");
    };
    const lacks = refused(HEADER.replace("Item Price", "Item Prise").replace("Net Mass,", "") + "\n");
    expect(datasetErrorText("en", lacks)).toBe(lacks.message);
    const zh = datasetErrorText("zh", lacks);
    expect(zh).toMatch(/^in\.csv，字段“Net Mass”：表头缺少 2 列：/);
    expect(zh).toContain('"Item Price"（第 19 列为“Item Prise”，应是此列）');
    expect(leaks([zh])).toEqual([]);
    const none = refused("a,b\n1,2\n");
    expect(datasetErrorText("zh", none)).toBe(
      'in.csv，字段“Declaration ID”：表头中没有数据集 22 列中的任何一列（第一行为 "a"、"b"）：是否缺少表头行？'
    );
    const empty = new DatasetError("f.csv", null, null, "the file is empty");
    expect(datasetErrorText("zh", empty)).toBe("f.csv：文件为空");
  });
});

describe("one assessed declaration in Chinese (src/lib/pages/assessmentView.ts)", () => {
  const a = {
    values: Array(17).fill(50),
    x: Array(17).fill(0.5),
    risk: 0.2,
    zone: "safety",
    contributions: Array.from({length: 17}, (_, j) => (j === 3 ? 0.05 : 0.15 / 16)),
    zoneFraud: {n: 600, fraud: 120, rate: 0.2, ci95: [0.17, 0.23]},
    index: {risk: 0.4, zone: "general"},
    fraud: {
      probability: 0.123,
      percentile: 0.9,
      route: "new",
      expected: -1,
      margin: -2,
      reasons: [{feature: "importer×hs6: fraud rate", value: 0.25, phi: 0.4, text: "English"}]
    },
    unknowns: [
      {input: "C6 (indicator)", value: "X", treatment: "…", kind: "indicator", id: "C6"},
      {input: "Importer ID", value: "I9", treatment: "…", kind: "category", prior: 0.2}
    ]
  } as unknown as Assessment;
  test("every line from the catalogue: zones, percentages, reasons, what the models never saw", () => {
    const x = assessmentTexts(a, {rate: 0.21, n: 954}, "zh");
    expect(x.zone).toBe("安全区：风险值 0.2000");
    expect(x.zoneFinding).toBe(
      `在 954 条跨境电商申报中，该区 600 条里有 120 条经查验存在瞒骗（20.0%），全体为 21.0%：${t("zh", "assess.verdictSame")}`
    );
    expect(x.index).toContain("0.4000，一般预警区。");
    expect(x.probability).toBe("瞒骗概率 12.3%：高于测试月份 90% 的申报。");
    expect(x.reasons).toEqual(["Importer ID 与 HS6 Code：训练月份的瞒骗率 = 0.25，使对数几率升高 0.400"]);
    expect(x.indicators[0].name).toBe(INDICATORS[3].nameZh);
    expect(x.unknowns[0]).toBe(`C6（指标）“X”：${t("zh", "assess.unknownRidge")}。`);
    expect(x.unknowns[1]).toBe("Importer ID“I9”：训练月份中从未出现：以先验瞒骗率 0.200、频数 0 编码。");
    expect(
      leaks([x.zone, x.zoneFinding, x.index, x.probability, x.route, ...x.reasons, ...x.unknowns, ...x.indicators.map((d) => d.text)])
    ).toEqual([]);
  });
  test("the English of an unknown's kind is the text assess.ts writes", () => {
    expect(assessmentTexts(a, {rate: 0.21, n: 954}).unknowns[1]).toBe(
      "Importer ID “I9”: never seen in the training months: encoded with the prior fraud rate 0.200 and frequency 0."
    );
  });
  test("feature names: derived ones in Chinese, the dataset's columns as it writes them", () => {
    expect(featureLabel("hs2: log frequency", "zh")).toBe("HS2 章：训练期行数（对数）");
    expect(featureLabel("logUnitValue", "zh")).toBe("单位价值，即每千克的 Item Price（对数）");
    expect(reasonText({feature: "taxRate", value: 8, phi: -0.1234}, "en")).toBe("Tax Rate = 8 lowers the log-odds by 0.123");
    expect(reasonText({feature: "taxRate", value: 8, phi: -0.1234}, "zh")).toBe("Tax Rate（税率） = 8，使对数几率降低 0.123");
  });
});

describe("the declaration form and page in Chinese", () => {
  const base = formTexts(BASE_DECLARATION);
  test("field problems are the parser's, translated", () => {
    expect(parseForm({...base, "Tax Rate": "-5", Date: "2020-13-01", "Declaration ID": " ", "Net Mass": "a lot"}, "zh").errors).toEqual({
      "Tax Rate": "为负数",
      Date: "不是 ISO 格式的日期（YYYY-MM-DD）",
      "Declaration ID": "为空",
      "Net Mass": "不是数字"
    });
  });
  test("a pasted line's problems", () => {
    expect(parseCsvLine("1,2,3", "zh")).toEqual({error: "该行有 3 个字段；应为 20 个（不含标签）或 22 个。"});
    expect(parseCsvLine(" ", "zh")).toEqual({error: t("zh", "form.pasteEmpty")});
    expect(parseCsvLine(HEADER, "zh")).toEqual({error: t("zh", "form.pasteHeaderOnly")});
  });
  test("an ID not in the dataset, and the citation", async () => {
    const lookup = declarationLookup([BASE_DECLARATION], async () => [BASE_DECLARATION], "zh");
    expect(await lookup("3")).toBe("数据集的 1 条申报中没有编号为“3”的申报。");
    const c = declarationCitation("1", "https://x/zh/declaration?id=1", "zh");
    expect(c).toContain("申报 1，");
    expect(leaks([c])).toEqual([]);
  });
});

describe("the 17-value check in Chinese (src/lib/pages/healthCheck.ts, healthCheckPage.ts)", () => {
  const values = INDICATOR_IDS.map((id) => (id === "C5" ? 3 : 85));
  const starts = checkStarts([{declarationId: "7", sample: 1, source: "ridge", values}], [{kind: "standard", level: 85, values}], "zh");
  const w = INDICATORS.map(() => 1 / 17);
  test("start labels and field messages", () => {
    expect(starts.map((s) => s.label)).toEqual(["申报 7（第 1 条，岭回归评分）", "标准样本 85"]);
    expect(starts.map((s) => s.key)).toEqual(["declaration-7", "standard-85"]);
    expect(validateField("C5", "-3", "zh")).toEqual({ok: false, message: `${INDICATORS[4].nameZh}不能为负数。`});
    expect(validateField("C1", "abc", "zh")).toEqual({ok: false, message: "“abc”不是数字。"});
    expect(validateField("C1", "101", "zh")).toEqual({ok: false, message: t("zh", "hc.scoreRange")});
  });
  test("the exercises: Chinese, computed, no English catalogue text", () => {
    const ex = checkExercises(starts, w, "zh");
    const texts = ex.flatMap((e) => [e.question, e.hint ?? "", e.answer]);
    for (const e of ex) expect(e.question).toMatch(CJK);
    expect(ex[2].answer).toContain(`“${t("zh", "hc.negative", {name: INDICATORS[9].nameZh})}”`);
    expect(leaks(texts)).toEqual([]);
    // the English exercises are the same computation in other words
    const en = checkExercises(
      checkStarts([{declarationId: "7", sample: 1, source: "ridge", values}], [{kind: "standard", level: 85, values}]),
      w
    );
    expect(en[0].question).toMatch(
      /^Start from “.*” \(C5, net mass, is 3 kg\) and raise C5 to 24 kg\. What happens to x\*₅, the risk value and the zone\?$/
    );
    expect(en[1].question).toBe(
      "From “Standard sample 85”, set one of the 14 scores to 0 at a time. Which score, set to 0, lowers the risk value the most, and why that one?"
    );
  });
  test("what the dataset recorded", () => {
    expect(datasetOutcome({fraud: 1, criticalFraud: 2, date: "2020-01-02"}, "zh")).toBe("经查验存在瞒骗（严重瞒骗）（2020-01-02）");
    expect(datasetOutcome({fraud: 0, criticalFraud: 0, date: "2020-01-02"}, "zh")).toBe("经查验未发现瞒骗（2020-01-02）");
  });
});

describe("the file scorer's model in Chinese (src/lib/pages/scoreView.ts)", () => {
  const file = (labelled: boolean): FileResult => ({
    file: "f.csv",
    rowsRead: 5,
    rowsScored: 4,
    errorCount: 1,
    errors: [{file: "f.csv", line: 3, field: "Net Mass", value: "12kg", reason: "is not a number"}],
    notes: ["f.csv: the columns are not in the dataset's order; they are read by name"],
    labelled,
    ids: ["a", "b", "c", "d"],
    probability: Float64Array.of(0.1, 0.9, 0.5, 0.9),
    risk: Float64Array.of(0.4, 0.3, 0.2, 0.1),
    index: Float64Array.of(0, 0, 0, 0),
    zone: Uint8Array.of(1, 0, 0, 0),
    seen: Uint8Array.of(1, 0, 1, 1),
    fraud: Uint8Array.of(0, 1, 0, 0),
    critical: Uint8Array.of(0, 0, 0, 0),
    duty: Float64Array.of(10, 20, 30, 40),
    csv: new Blob([]),
    explained: [{id: "b", reasons: ["x"]}]
  });
  test("the selection in words, with and without labels (counts as in test/scoreView.test.ts)", () => {
    const s = selection(file(true), "probability", 50);
    expect(selectionText(file(true), s, 50, "zh")).toBe(
      `查验风险最高的 50%，即 4 条已评分申报中的 2 条。其中有 1 条瞒骗：精确率（命中率）50.0%，召回率 100.0%，查出的瞒骗所涉税款占 100.0%。${t("zh", "score.copied", {seen: 1})}`
    );
    const u = selection(file(false), "probability", 50);
    expect(selectionText(file(false), u, 50, "zh")).toMatch(/^查验风险最高的 50%.*没有 Fraud 列/);
    expect(leaks([selectionText(file(true), s, 50, "zh"), selectionText(file(false), u, 50, "zh")])).toEqual([]);
  });
  test("rows, columns, left-out rows and notes for a Chinese table; English keys kept for the download", () => {
    const s = selection(file(true), "probability", 50);
    const rows = topRows(file(true), s, 2, "zh");
    expect(rows.map((r) => [r["Declaration ID"], r.zone, r.route])).toEqual([
      ["b", "安全区", "新价格"],
      ["d", "安全区", "已见价格"]
    ]);
    expect(Object.keys(topHeader("zh")!)).toEqual(Object.keys(rows[0]));
    expect(topHeader("en")).toBeNull();
    expect(errorRows(file(true), "zh")).toEqual([{line: 3, field: "Net Mass", value: "12kg", reason: "不是数字"}]);
    expect(errorHeader("zh")).toEqual({line: "行", field: "字段", value: "取值", reason: "原因"});
    expect(fileNotes(file(true), "zh")).toEqual(["f.csv：各列顺序与数据集不同，按列名读取"]);
    expect([...rankingOptions("en")]).toEqual(Object.entries(RANKINGS).map(([k, v]) => [v, k]));
    expect(leaks([...rankingOptions("zh").keys(), ...Object.values(topHeader("zh")!)])).toEqual([]);
  });
});

test("the reader's messages are still what parseDeclarations throws (the translator's templates are its words)", () => {
  expect(() => parseDeclarations("", "f.csv")).toThrow("f.csv: the file is empty");
});
