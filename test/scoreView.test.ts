/** The /score page model (src/lib/pages/scoreView.ts) on a hand-made scored file: counts written out by hand. */
import {expect, test} from "vitest";
import type {FileResult} from "../src/lib/fileScoring/fileSession.js";
import {selection, selectionText, topRows} from "../src/lib/pages/scoreView.js";

const file = (labelled: boolean): FileResult => ({
  file: "f.csv",
  rowsRead: 5,
  rowsScored: 4,
  errorCount: 1,
  errors: [],
  notes: [],
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
  explained: [{id: "b", reasons: ["x", "y"]}]
});

test("ranks highest first, ties in file order; selects round(rate · n); measures only a labelled file", () => {
  const s = selection(file(true), "probability", 50);
  expect(s.order).toEqual([1, 3, 2, 0]);
  expect(s.inspected).toBe(2);
  expect(s.outcome).toMatchObject({caught: 1, precision: 0.5, recall: 1, dutyCaught: 1});
  expect(selection(file(false), "probability", 50).outcome).toBeNull();
  expect(selection(file(true), "risk", 25).order[0]).toBe(0);
});

test("the table's rows carry their reasons where computed; the text names copied prices", () => {
  const r = file(true);
  const s = selection(r, "probability", 50);
  expect(topRows(r, s, 2).map((x) => [x.rank, x["Declaration ID"], x.reasons])).toEqual([
    [1, "b", "x; y"],
    [2, "d", ""]
  ]);
  expect(selectionText(r, s, 50)).toBe(
    "Inspecting the top 50% means 2 of the 4 scored declarations. They hold 1 frauds: precision 50.0%, recall 100.0%, duty of the frauds caught 100.0%. 1 of them carry an exact Item Price the training months had: on this synthetic benchmark such a row's label is recognised, not predicted (see “Does it catch fraud?”)."
  );
  expect(selectionText(file(false), selection(file(false), "probability", 50), 50)).toMatch(/no Fraud column/);
});
