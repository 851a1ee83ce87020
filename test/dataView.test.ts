/**
 * Page model of /data (src/lib/pages/dataView.ts). Expected values: counted by hand on the toy rows below,
 * the schema (src/lib/data/declarations.ts), the indicator catalogue (src/lib/method/indicators.ts) and,
 * for the Chinese page, the catalogue (src/lib/i18n/texts/method.ts).
 */
import {describe, expect, test} from "vitest";
import {relabelTable} from "../src/lib/i18n/relabel.js";
import {COLUMNS, COLUMN_DESCRIPTIONS} from "../src/lib/data/declarations.js";
import {englishFragments, englishLeaks, t} from "../src/lib/i18n/index.js";
import {METHOD_TEXTS} from "../src/lib/i18n/texts/method.js";
import {INDICATORS} from "../src/lib/method/indicators.js";
import {
  ecommerceHeader,
  monthRows,
  periodName,
  schemaHeader,
  schemaRows,
  splitName,
  splitsHeader,
  topGroups
} from "../src/lib/pages/dataView.js";
import {ECOMMERCE_FIELDS} from "../src/lib/data/declarations.js";

const rows = [
  {date: "2020-02-03", fraud: 1, office: "40", departure: "CN"},
  {date: "2020-01-31", fraud: 0, office: "16", departure: "US"},
  {date: "2020-01-02", fraud: 1, office: "40", departure: "US"},
  {date: "2021-01-15", fraud: 0, office: "30", departure: "CN"},
  {date: "2020-02-28", fraud: 0, office: "40", departure: "JP"}
];

describe("data page model", () => {
  test("the schema: 22 columns in file order; each indicator's column names it", () => {
    const s = schemaRows();
    expect(s.map((r) => r.column)).toEqual(COLUMNS.map((c) => c.name));
    expect(s[0]["#"]).toBe(1);
    for (const d of INDICATORS) expect(s.find((r) => r.column === d.column)?.indicator.split(", ")).toContain(d.id);
    expect(s.filter((r) => r.indicator).length).toBe(new Set(INDICATORS.map((d) => d.column)).size);
  });
  test("per month, ascending, frauds counted (hand count)", () => {
    expect(monthRows(rows)).toEqual([
      {month: "2020-01", declarations: 2, fraud: 1},
      {month: "2020-02", declarations: 2, fraud: 1},
      {month: "2021-01", declarations: 1, fraud: 0}
    ]);
  });
  test("top groups: most frequent first, fraud share, ties in order of first appearance, cut at n", () => {
    expect(topGroups(rows, "office")).toEqual([
      {key: "40", n: 3, fraud: 2 / 3},
      {key: "16", n: 1, fraud: 0},
      {key: "30", n: 1, fraud: 0}
    ]);
    expect(topGroups(rows, "departure", 2)).toEqual([
      {key: "CN", n: 2, fraud: 0.5},
      {key: "US", n: 2, fraud: 0.5}
    ]);
  });
  test("inputs are not mutated", () => {
    const copy = structuredClone(rows);
    monthRows(rows);
    topGroups(rows, "office");
    expect(rows).toEqual(copy);
  });
});

describe("the data page in Chinese (issue 16)", () => {
  test("the English schema is as /data showed it: COLUMN_DESCRIPTIONS word for word, the raw types", () => {
    const s = schemaRows();
    expect(s.map((r) => r.meaning)).toEqual(COLUMNS.map((c) => COLUMN_DESCRIPTIONS[c.name]));
    expect(s.map((r) => r.type)).toEqual(COLUMNS.map((c) => c.type));
    expect(splitsHeader()).toEqual({
      fraudRate: "fraud",
      criticalRate: "critical",
      firstDate: "from",
      lastDate: "to",
      ecommerce: "e-comm.",
      ecommerceFraud: "e-comm. fraud"
    });
    expect(ecommerceHeader()).toEqual(Object.fromEntries(ECOMMERCE_FIELDS.map((k) => [k, k])));
  });
  test("the Chinese schema: same columns and indicators, Chinese types and meanings, no English text of the catalogue", () => {
    const en = schemaRows(),
      zh = schemaRows("zh");
    expect(zh.map((r) => [r["#"], r.column, r.indicator])).toEqual(en.map((r) => [r["#"], r.column, r.indicator]));
    expect(zh.find((r) => r.column === "Item Price")?.meaning).toBe(t("zh", "data.col.Item Price"));
    const texts = [...zh.flatMap((r) => [r.type, r.meaning]), ...Object.values(schemaHeader("zh"))];
    expect(englishLeaks(texts, englishFragments(METHOD_TEXTS))).toEqual([]);
    for (const x of texts) expect(x).toMatch(/[\u4e00-\u9fff]/);
  });
  test("Chinese heads for every column shown: the splits, the 22 e-commerce fields", () => {
    const splits = splitsHeader("zh");
    expect(Object.keys(splits).sort()).toEqual(
      ["split", "period", "rows", "fraudRate", "criticalRate", "firstDate", "lastDate", "ecommerce", "ecommerceFraud"].sort()
    );
    const fields = ecommerceHeader("zh");
    expect(Object.keys(fields)).toEqual([...ECOMMERCE_FIELDS]);
    for (const x of [...Object.values(splits), ...Object.values(fields)]) expect(x).toMatch(/[\u4e00-\u9fff]/);
  });
  test("split names and periods (loaders/dataset.ts writes 2020, 2021 Q1, 2021 Q2)", () => {
    expect(["train", "valid", "test"].map((s) => splitName("zh", s))).toEqual(["训练集", "验证集", "测试集"]);
    expect(splitName("en", "test")).toBe("test");
    expect(splitName("zh", "other")).toBe("other");
    expect(periodName("zh", "2021 Q1")).toBe("2021 年第 1 季度");
    expect(periodName("zh", "2020")).toBe("2020 年");
    expect(periodName("en", "2021 Q2")).toBe("2021 Q2");
    expect(periodName("zh", "spring")).toBe("spring");
  });
});

describe("relabelTable: tables keyed by their Chinese heads (a head's tooltip is its key)", () => {
  test("keeps the header's columns in its order, re-keys the format, leaves the rows alone", () => {
    const input = [{rows: 3, x: 1, fraudRate: 0.5}];
    const copy = structuredClone(input);
    const pct = (v: number) => `${v}`;
    const r = relabelTable(input, {fraudRate: "瞒骗率", rows: "申报数"}, {fraudRate: pct, x: pct});
    expect(r.rows).toEqual([{瞒骗率: 0.5, 申报数: 3}]);
    expect(Object.keys(r.rows[0])).toEqual(["瞒骗率", "申报数"]);
    expect(r.format).toEqual({瞒骗率: pct});
    expect(input).toEqual(copy);
  });
  test("the page's Chinese heads are distinct, so no column replaces another; a collision throws", () => {
    for (const h of [schemaHeader("zh"), splitsHeader("zh"), ecommerceHeader("zh")]) expect(() => relabelTable([], h)).not.toThrow();
    expect(() => relabelTable([], {a: "同", b: "同"})).toThrow(/two columns are headed "同"/);
  });
});
