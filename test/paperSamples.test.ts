/**
 * The paper's tables (data/paper/, transcribed from the paper) and their link to the dataset.
 * Expected mismatches: REPRODUCTION-NOTES.md and the discrepancy log (D1-D4), established here.
 */
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {loadDataset, PROJECT_ROOT} from "../loaders/dataset.js";
import {loadPaperCsvTexts, loadPaperTables} from "../loaders/paper.js";
import {ecommerceOnly} from "../src/lib/data/declarations.js";
import {agreesUpToPrinting, linkPaperSamples} from "../src/lib/paper/samples.js";
import {parsePaperTables} from "../src/lib/paper/tables.js";

const paper = loadPaperTables();

describe("the paper's tables", () => {
  test("have the printed shapes", () => {
    expect(paper.expert13).toHaveLength(13);
    expect(paper.samples100.map((s) => s.sample)).toEqual(Array.from({length: 100}, (_, i) => i + 1));
    expect(paper.weights.map((w) => w.indicator)).toEqual(Array.from({length: 17}, (_, i) => `C${i + 1}`));
    expect(paper.sample17.filter((r) => r.kind === "standard").map((r) => r.risk)).toEqual([0, 0.314203691, 0.684636773, 1]);
    expect(paper.bpTest).toHaveLength(17);
  });

  test("sample 5 C12 as printed (a typo, kept as printed)", () => {
    expect(paper.samples100[4].values.C12).toBe(1116.06);
  });

  test("the 17-sample table's random samples are the 13 expert samples", () => {
    // Scores are identical; quantities are the 100-sample table's unrounded values.
    const random = paper.sample17.filter((r) => r.kind === "random");
    random.forEach((r, i) => expect(r.values).toEqual(paper.samples100[i].values));
  });

  test("a non-numeric cell names file, row and field", () => {
    const bad = {expert13: "sample,C1\n1,x", samples100: "", weights: "", zones: "", sample17: "", bpTest: ""};
    expect(() => parsePaperTables(bad)).toThrow('data/paper/expert13.csv, row 1, field "C1": not a number ("x")');
  });

  test("the standard samples' levels come from their labels (data/paper/sample17.csv: standard 0, 65, 85, 100)", () => {
    expect(paper.sample17.filter((r) => r.kind === "standard").map((r) => r.level)).toEqual([0, 65, 85, 100]);
    expect(paper.sample17.filter((r) => r.kind === "random").every((r) => r.level === null)).toBe(true);
  });

  test("a 17-sample row with an unknown kind or a standard label without its level names file, row and field", () => {
    const csv = (kind: string, label: string) => {
      const texts = loadPaperCsvTexts();
      const [head, first, ...rest] = texts.sample17.split("\n");
      const cells = first.split(",");
      cells[1] = kind;
      cells[2] = label;
      return {...texts, sample17: [head, cells.join(","), ...rest].join("\n")};
    };
    expect(() => parsePaperTables(csv("standrd", "standard 0"))).toThrow(
      'data/paper/sample17.csv, row 1, field "kind": "standrd" is neither'
    );
    expect(() => parsePaperTables(csv("standard", "Standard zero"))).toThrow('data/paper/sample17.csv, row 1, field "label"');
  });
});

describe("agreesUpToPrinting", () => {
  test.each([
    [1676760, 1676759.75, true],
    [4954, 4953.5, true],
    [62.9, 62.9, true],
    [1116.06, 111.06, false],
    [7275.84, 7257.839999999997, false]
  ])("%d printed for %d: %s", (printed, actual, ok) => expect(agreesUpToPrinting(printed, actual)).toBe(ok));
});

const DATA_DIR = process.env.CUSTOMS_DATA_DIR ? resolve(PROJECT_ROOT, process.env.CUSTOMS_DATA_DIR) : null;

describe.runIf(DATA_DIR)("samples 1..100 are the first 100 e-commerce declarations", async () => {
  const ec = ecommerceOnly((await loadDataset({dataDir: DATA_DIR})).declarations);

  test("all 100 link; C5/C10/C12 match except the logged typos D1-D3", () => {
    const {links, mismatches} = linkPaperSamples(paper.samples100, ec);
    expect(links).toHaveLength(100);
    expect(mismatches.map((m) => [m.sample, m.indicator, m.paper, +m.dataset.toFixed(6)])).toEqual([
      [1, "C12", 30866.00004, 30866],
      [3, "C12", 7275.84, 7257.84],
      [5, "C12", 1116.06, 111.06]
    ]);
    expect(links[4].declarationId).toBe("16316084");
  });

  test("the 13-sample table: rounded quantities agree, the same two typos do not (D2, D3, D4)", () => {
    const {mismatches} = linkPaperSamples(paper.expert13, ec);
    expect(mismatches.map((m) => `${m.sample}/${m.indicator}`)).toEqual(["3/C12", "5/C12"]);
  });

  test("linking against shifted declarations finds many mismatches (the check can fail)", () => {
    expect(linkPaperSamples(paper.samples100, ec.slice(1)).mismatches.length).toBeGreaterThan(50);
  });
});
