/**
 * Page model of /data (src/lib/pages/dataView.ts). Expected values: counted by hand on the toy rows below,
 * the schema (src/lib/data/declarations.ts) and the indicator catalogue (src/lib/method/indicators.ts).
 */
import {describe, expect, test} from "vitest";
import {COLUMNS} from "../src/lib/data/declarations.js";
import {INDICATORS} from "../src/lib/method/indicators.js";
import {monthRows, schemaRows, topGroups} from "../src/lib/pages/dataView.js";

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
