import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {parsePublishedBaselines} from "../src/lib/fraud/publishedBaselines.js";

const HEADER = "model,data,precisionAt5,precisionAt10,macroF1,source";

describe("published baselines (data/published-baselines.csv)", () => {
  test("the tracked file parses; every row is synthetic or real", () => {
    const rows = parsePublishedBaselines(readFileSync("data/published-baselines.csv", "utf8"), "published-baselines.csv");
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(["synthetic", "real"]).toContain(r.data);
  });
  test("an empty figure is null, a number is a number", () => {
    const [r] = parsePublishedBaselines(`${HEADER}\nX,synthetic,0.5,,0.25,paper`, "f.csv");
    expect(r).toEqual({model: "X", data: "synthetic", precisionAt5: 0.5, precisionAt10: null, macroF1: 0.25, source: "paper"});
  });
  test("a bad value names the file, row and field", () => {
    expect(() => parsePublishedBaselines(`${HEADER}\nX,synthetic,0.5,,0.25,a\nY,simulated,,,,b`, "f.csv")).toThrow(
      'f.csv, row 2, field "data" is "simulated"'
    );
    expect(() => parsePublishedBaselines(`${HEADER}\nX,real,high,,,a`, "f.csv")).toThrow(
      'f.csv, row 1, field "precisionAt5" is not a number'
    );
  });
});
