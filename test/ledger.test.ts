/**
 * The reproduction ledger (issue 11): the gate, the printed-digit tolerance, and the whole ledger of the
 * paper's six tables (with the dataset). Expected counts: the audit table (221 + 1,700 + 34 + 6 +
 * 306 + 51 = 2,318 cells).
 */
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {loadDataset, PROJECT_ROOT} from "../loaders/dataset.js";
import {loadPaperTables} from "../loaders/paper.js";
import {ledgerComputed, readLedgerCsv} from "../loaders/reproduce/ledger.js";
import {DISCREPANCIES} from "../src/lib/paper/discrepancies.js";
import {cellsByDiscrepancy, judgeCell, ledgerCounts, printedTolerance, type CellInput} from "../src/lib/paper/ledger.js";
import {paperLedger} from "../src/lib/paper/paperLedger.js";

const known = new Set(["D1", "D2"]);
const recomputed = (paper: string, ours: number, extra: Partial<CellInput> = {}): CellInput => ({
  table: "weights",
  row: "C1",
  column: "weight",
  paper,
  claim: {kind: "recomputed", ours},
  evidence: "computed",
  ...extra
});

describe("printedTolerance: half a unit of the last printed digit", () => {
  test.each([
    ["0.424141301", 5e-10],
    ["61", 0.5],
    ["6.5", 0.05],
    ["-0.0004", 5e-5],
    ["0.0323", 5e-5],
    ["1630000", 0.5],
    ["30866.00004", 5e-6],
    ["1.5e-6", 5e-8]
  ])("%s -> %d", (printed, tol) => expect(printedTolerance(printed)).toBe(tol));
  test("a cell that is not a number is an error", () => expect(() => printedTolerance("n/a")).toThrow(/not a printed number/));
});

describe("judgeCell: the gate", () => {
  test("within half a unit of the last digit: matches; beyond: fails", () => {
    // sample 10's risk value: ours with the logged typos only 0.4241413003, printed 0.424141301 (issue 11)
    expect(judgeCell(recomputed("0.424141301", 0.4241413012), known).status).toBe("matches");
    expect(judgeCell(recomputed("0.424141301", 0.4241413003), known).status).toBe("fails");
  });
  test("a difference citing a known entry with evidence is explained; an unknown entry or no evidence fails", () => {
    expect(judgeCell(recomputed("7275.84", 7257.84, {discrepancy: "D2"}), known).status).toBe("explained");
    expect(judgeCell(recomputed("7275.84", 7257.84, {discrepancy: "D99"}), known).status).toBe("fails");
    expect(judgeCell(recomputed("7275.84", 7257.84, {discrepancy: "D2", evidence: " "}), known).status).toBe("fails");
  });
  test("a citation on a matching cell is a note: still matches", () => {
    expect(judgeCell(recomputed("61", 61.3, {discrepancy: "D1"}), known)).toMatchObject({
      status: "matches",
      tolerance: 0.5,
      discrepancy: "D1"
    });
  });
  test("an input is input when consistent, explained when cited, else fails", () => {
    const input = (consistent: boolean, discrepancy?: string): CellInput => ({
      table: "expert13",
      row: "sample 1",
      column: "C2",
      paper: "60",
      claim: {kind: "input", consistent, ours: 60},
      discrepancy,
      evidence: "samples100 60"
    });
    expect(judgeCell(input(true), known).status).toBe("input");
    expect(judgeCell(input(false, "D1"), known).status).toBe("explained");
    expect(judgeCell(input(false), known).status).toBe("fails");
  });
  test("a tolerance looser than the printed digits needs its reason", () => {
    expect(() => judgeCell(recomputed("0.5", 0.5, {claim: {kind: "recomputed", ours: 0.5, tolerance: 0.1}}), known)).toThrow(
      /needs a reason/
    );
    expect(
      judgeCell(recomputed("0.5", 0.58, {claim: {kind: "recomputed", ours: 0.58, tolerance: 0.1, toleranceReason: "why"}}), known)
    ).toMatchObject({status: "matches", toleranceReason: "why"});
  });
  test("ledgerCounts counts every status per table, every table present", () => {
    const c = ledgerCounts([
      {table: "zones", status: "matches"},
      {table: "zones", status: "fails"}
    ]);
    expect(c.zones).toEqual({cells: 2, matches: 1, explained: 0, input: 0, fails: 1});
    expect(c.bpTest.cells).toBe(0);
  });
});

const DATA_DIR = process.env.CUSTOMS_DATA_DIR ? resolve(PROJECT_ROOT, process.env.CUSTOMS_DATA_DIR) : null;

describe.runIf(DATA_DIR)("the ledger of the paper's six tables", async () => {
  const ctx = {dataset: await loadDataset({dataDir: DATA_DIR}), paper: loadPaperTables()};
  const computed = ledgerComputed(ctx);
  const csv = readLedgerCsv();
  const ids = new Set(DISCREPANCIES.map((d) => d.id));
  const cells = paperLedger(csv, computed, ids);

  test("accounts for all 2,318 cells (the issue's audit table), none failing", () => {
    const n = ledgerCounts(cells);
    expect(Object.fromEntries(Object.entries(n).map(([t, c]) => [t, c.cells]))).toEqual({
      expert13: 221,
      samples100: 1700,
      weights: 34,
      zones: 6,
      sample17: 306,
      bpTest: 51
    });
    expect(cells.filter((c) => c.status === "fails")).toEqual([]);
  });

  test("every explained cell cites an entry and shows evidence", () => {
    for (const c of cells.filter((x) => x.status === "explained")) {
      expect(c.discrepancy).toMatch(/^D\d+/);
      expect(c.evidence.length).toBeGreaterThan(10);
    }
  });

  test("every discrepancy entry about the tables is cited by a cell", () => {
    const by = cellsByDiscrepancy(cells, [...ids]);
    const uncited = DISCREPANCIES.filter((d) => d.scope !== "text" && by.get(d.id)!.length === 0).map((d) => d.id);
    expect(uncited).toEqual([]);
  });

  test("the 13 random samples' risk values match with the authors' typed vectors (D33)", () => {
    const risk = cells.filter((c) => c.table === "sample17" && c.column === "risk" && c.row.startsWith("sample"));
    expect(risk.map((c) => c.status)).toEqual(Array(13).fill("matches"));
  });

  test("a mutated transcription cell turns into fails", () => {
    const mutate = (table: keyof typeof csv, from: string, to: string) => {
      expect(csv[table]).toContain(from);
      return paperLedger({...csv, [table]: csv[table].replace(from, to)}, computed, ids);
    };
    // samples100 sample 14 (a ridge-scored row) C2 printed 69; sample17 sample 10's risk printed 0.424141301;
    // expert13 sample 1 C2 printed 60: changed, it no longer agrees with its two other appearances, and
    // the ledger cannot tell which of the three is wrong, so all three fail
    const failing = (cs: typeof cells) => cs.filter((c) => c.status === "fails").map((c) => `${c.table} ${c.row} ${c.column}`);
    expect(failing(mutate("sample17", "0.424141301", "0.424141311"))).toEqual(["sample17 sample 10 risk"]);
    expect(failing(mutate("expert13", "1,61,60,62", "1,61,61,62"))).toEqual([
      "expert13 sample 1 C2",
      "samples100 sample 1 C2",
      "sample17 sample 1 C2"
    ]);
    const row14 = csv.samples100.split("\n")[14];
    const fields = row14.split(",");
    fields[2] = String(Number(fields[2]) + 1);
    expect(failing(mutate("samples100", row14, fields.join(",")))).toEqual(["samples100 sample 14 C2"]);
  });
});
