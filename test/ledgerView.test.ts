/** The ledger's page model (src/lib/pages/ledgerView.ts): counts with a total, filters, an entry's cells. Cases made up here. */
import {describe, expect, test} from "vitest";
import {ledgerCounts, type LedgerCell} from "../src/lib/paper/ledger.js";
import {
  cellsCiting,
  countsRows,
  filterCells,
  filterTargets,
  formatLedgerValue,
  formatTargetValue,
  statusCounts,
  targetRows
} from "../src/lib/pages/ledgerView.js";

const cell = (table: LedgerCell["table"], status: LedgerCell["status"], discrepancy: string | null = null): LedgerCell => ({
  table,
  row: "r",
  column: "c",
  paper: "1",
  ours: 1,
  tolerance: 0.5,
  status,
  discrepancy,
  evidence: "e"
});
const cells = [
  cell("zones", "matches", "D34"),
  cell("weights", "explained", "D10, D12"),
  cell("weights", "matches", "D12"),
  cell("bpTest", "fails")
];

describe("ledgerView", () => {
  test("countsRows: every table, then a total that sums them", () => {
    const rows = countsRows(ledgerCounts(cells));
    expect(rows.map((r) => r.table)).toEqual(["expert13", "samples100", "weights", "zones", "sample17", "bpTest", "all"]);
    expect(rows.at(-1)).toEqual({table: "all", cells: 4, matches: 2, explained: 1, input: 0, fails: 1});
  });
  test("filterCells by table and status", () => {
    expect(filterCells(cells, "weights", ["matches"])).toEqual([cells[2]]);
    expect(filterCells(cells, "all", ["matches", "fails"])).toHaveLength(3);
  });
  test("cellsCiting lists explained before matches; an uncited id gets none", () => {
    expect(cellsCiting([cells[2], cells[1]], "D12")).toEqual([cells[1], cells[2]]);
    expect(cellsCiting(cells, "D99")).toEqual([]);
  });
  test("formatLedgerValue", () => {
    expect(formatLedgerValue(0.31423154691714666)).toBe("0.3142315469");
    expect(formatLedgerValue(null)).toBe("–");
    expect(formatLedgerValue("7276")).toBe("7276");
  });
});

describe("the targets on /reproducibility", () => {
  const sections = [
    {
      title: "A",
      targets: [
        {name: "a1", paper: 1, ours: 1, tolerance: 0, status: "pass"},
        {name: "a2", paper: null, ours: 2, tolerance: null, status: "ours only"}
      ]
    },
    {title: "B", targets: [{name: "b1", paper: 1, ours: 3, tolerance: 0, status: "explained", explainedBy: "D1"}]}
  ];
  test("flattened with their section, counted and filtered by status and section", () => {
    const t = targetRows(sections);
    expect(t.map((x) => `${x.section}/${x.name}`)).toEqual(["A/a1", "A/a2", "B/b1"]);
    expect(statusCounts(t)).toEqual({pass: 1, "ours only": 1, explained: 1});
    expect(filterTargets(t, ["pass", "explained"], null).map((x) => x.name)).toEqual(["a1", "b1"]);
    expect(filterTargets(t, ["pass", "explained"], "B").map((x) => x.name)).toEqual(["b1"]);
  });
  test("values as the tables show them", () => {
    expect(formatTargetValue(null)).toBe("–");
    expect(formatTargetValue("true")).toBe("true");
    expect(formatTargetValue(0.00001234)).toBe("1.23e-5");
    expect(formatTargetValue(0.31423151234)).toBe("0.31423151");
    expect(formatTargetValue(0)).toBe("0");
  });
});
