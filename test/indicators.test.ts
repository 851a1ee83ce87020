import {describe, expect, test} from "vitest";
import {loadPaperTables} from "../loaders/paper.js";
import {CRITERIA, INDICATORS, QUALITATIVE_IDS, QUANTITY_IDS, criterion, indicator} from "../src/lib/method/indicators.js";

describe("the indicator catalogue", () => {
  test("C1..C17 under the paper's 5 criteria (the paper's weight table, criteria column)", () => {
    const paper = loadPaperTables();
    expect(INDICATORS.map((d) => d.id)).toEqual(paper.weights.map((w) => w.indicator));
    INDICATORS.forEach((d, i) => {
      expect(criterion(d.criterion).name.toLowerCase()).toBe(paper.weights[i].criterion.toLowerCase());
      expect(d.paperName).toBe(paper.weights[i].name);
    });
    expect(new Set(INDICATORS.map((d) => d.criterion)).size).toBe(CRITERIA.length);
  });

  test("14 scores, 3 quantities; C5 is the only cost indicator; 13 qualitative columns for the ridge scoring", () => {
    expect(QUANTITY_IDS).toEqual(["C5", "C10", "C12"]);
    expect(INDICATORS.filter((d) => d.kind === "score")).toHaveLength(14);
    expect(INDICATORS.filter((d) => d.direction === "cost").map((d) => d.id)).toEqual(["C5"]);
    expect(QUALITATIVE_IDS).toEqual(["C2", "C3", "C4", "C6", "C7", "C8", "C9", "C11", "C13", "C14", "C15", "C16", "C17"]);
    expect(new Set(INDICATORS.map((d) => d.column)).size).toBe(17);
  });

  test("unknown ids are an error", () => {
    expect(indicator("C12").column).toBe("Item Price");
    expect(() => indicator("C18")).toThrow(/unknown indicator id "C18"/);
  });
});
