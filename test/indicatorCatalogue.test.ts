/**
 * The indicator catalogue (src/lib/method/indicators.ts) against the dataset schema and the pages' needs (issue 19):
 * each indicator reads the Declaration field of its dataset column (src/lib/data/declarations.ts COLUMNS, the
 * published header); the quantities carry the dataset's units (its README: KRW and kg; Tax Rate in %); every label
 * shown in a table is non-empty and names one indicator only.
 */
import {describe, expect, test} from "vitest";
import {COLUMNS} from "../src/lib/data/declarations.js";
import {CRITERIA, INDICATORS, INDICATOR_COUNT, INDICATOR_IDS, criterion, indicator} from "../src/lib/method/indicators.js";

describe("the catalogue and the dataset schema", () => {
  test("each indicator's field is the key of its column in the schema", () => {
    for (const d of INDICATORS) expect(COLUMNS.find((c) => c.name === d.column)?.key).toBe(d.field);
  });
  test("the quantities' units: Net Mass kg, Tax Rate %, Item Price KRW; scores have none", () => {
    expect(INDICATORS.filter((d) => d.unit).map((d) => [d.id, d.column, d.unit])).toEqual([
      ["C5", "Net Mass", "kg"],
      ["C10", "Tax Rate", "%"],
      ["C12", "Item Price", "KRW"]
    ]);
    expect(INDICATORS.filter((d) => d.anchors).map((d) => d.id)).toEqual(["C5", "C10", "C12"]);
  });
  test("ids C1..C17 and index j - 1", () => {
    expect(INDICATOR_COUNT).toBe(17);
    expect(INDICATOR_IDS).toEqual(Array.from({length: 17}, (_, j) => `C${j + 1}`));
    INDICATORS.forEach((d, j) => expect(d.index).toBe(j));
    expect(indicator("C1")).toBe(INDICATORS[0]);
  });
});

describe("labels", () => {
  test("every indicator has an English, a Chinese and the paper's name, none empty, none shared", () => {
    for (const key of ["name", "nameZh", "paperName"] as const) {
      const names = INDICATORS.map((d) => d[key]);
      for (const n of names) expect(n.trim().length).toBeGreaterThan(1);
      expect(new Set(names).size).toBe(17);
    }
    for (const d of INDICATORS) expect(d.nameZh).toMatch(/\p{Script=Han}/u);
  });
  test("criteria: five ids, English and Chinese names, none empty, none shared", () => {
    expect(CRITERIA.map((c) => c.id)).toEqual(["management", "supplyChain", "tax", "product", "compliance"]);
    for (const key of ["name", "nameZh"] as const) {
      const names = CRITERIA.map((c) => c[key]);
      for (const n of names) expect(n.length).toBeGreaterThan(1);
      expect(new Set(names).size).toBe(5);
    }
    expect(criterion("tax")).toBe(CRITERIA[2]);
  });
});
