// @vitest-environment jsdom
/**
 * The components of /reproducibility in both languages (src/components/ledger.ts, reproducibility.ts):
 * English as the page showed it before the catalogue, Chinese from the catalogue with no English
 * catalogue text left. Cells and entries made up here; the log's Chinese from src/lib/paper/discrepanciesZh.ts.
 */
import {describe, expect, test} from "vitest";
import {discrepancyCells, ledgerCountsTable} from "../src/components/ledger.js";
import {discrepancyLog, ledgerCellsTable, targetsTable} from "../src/components/reproducibility.js";
import {englishFragments, englishLeaks, t} from "../src/lib/i18n/index.js";
import {LEDGER_TEXTS} from "../src/lib/i18n/texts/ledger.js";
import {discrepanciesIn} from "../src/lib/paper/discrepanciesZh.js";
import {ledgerCounts, type LedgerCell} from "../src/lib/paper/ledger.js";

const cell = (status: LedgerCell["status"], discrepancy: string | null): LedgerCell => ({
  table: "weights",
  row: "C12",
  column: "weight",
  paper: "0.000692863",
  ours: 0.00692863,
  tolerance: 5e-10,
  status,
  discrepancy,
  evidence: "computed"
});
const cells = [cell("explained", "D10"), cell("matches", "D12"), cell("explained", "D10, D30")];
const fragments = englishFragments(LEDGER_TEXTS);
/** Every text node, with the attributes a reader sees (title). */
const texts = (e: Element) => {
  const out: string[] = [];
  const walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) if (walk.currentNode.textContent?.trim()) out.push(walk.currentNode.textContent);
  return out;
};

describe("ledgerCountsTable", () => {
  test("English headers and names as before", () => {
    const e = ledgerCountsTable(ledgerCounts(cells));
    expect([...e.querySelectorAll("thead th")].map((x) => x.textContent)).toEqual([
      "table",
      "cells",
      "matches",
      "explained",
      "input",
      "fails"
    ]);
    expect(e.querySelector("tr.ledger-total th")?.textContent).toBe("all");
  });
  test("Chinese: headers, statuses and table names from the catalogue, the status class unchanged", () => {
    const e = ledgerCountsTable(ledgerCounts(cells), "zh");
    expect([...e.querySelectorAll("thead th")].map((x) => x.textContent)).toEqual(["表格", "单元格数", "一致", "已解释", "输入值", "不符"]);
    expect(e.querySelector("thead .status-matches")?.textContent).toBe("一致");
    expect(e.querySelector("tr.ledger-total th")?.textContent).toBe("合计");
    expect(englishLeaks(texts(e), fragments)).toEqual([]);
  });
});

describe("discrepancyCells", () => {
  test("English as before", () => {
    const e = discrepancyCells(cells, "D10", {limit: 1});
    expect(e.querySelector("summary")?.textContent).toBe("Cited by 2 cells: 2 explained");
    expect(e.querySelector("li")?.textContent).toBe("explained weights · C12 · weight: paper 0.000692863, ours 0.00692863. computed");
    expect(e.querySelector("p")?.textContent).toBe("… and 1 more (filter the table above by table and status).");
    expect(discrepancyCells(cells, "D15").textContent).toBe("Cited by no cell of the six tables (an entry about the paper's text).");
  });
  test("Chinese from the catalogue (an evidence no template matches as the build wrote it)", () => {
    const e = discrepancyCells(cells, "D10", {limit: 1, lang: "zh"});
    expect(e.querySelector("summary")?.textContent).toBe("被 2 个单元格引用：已解释 2 个");
    expect(e.querySelector("li")?.textContent).toBe("已解释 权重表 · C12 · 权重：论文 0.000692863，复算 0.00692863。 computed");
    expect(englishLeaks(texts(e), fragments)).toEqual([]);
    expect(discrepancyCells(cells, "D15", {lang: "zh"}).textContent).toBe(t("zh", "repro.cited.none"));
  });
});

describe("the tables and the log", () => {
  const targets = [{section: "A", name: "a", source: "derived", paper: 1, ours: 1, difference: 0, tolerance: 0, status: "ours only"}];
  test("English headers as before", () => {
    const heads = (e: HTMLElement) => [...e.querySelectorAll("thead th")].map((x) => x.textContent?.trim()).filter(Boolean);
    expect(heads(ledgerCellsTable(cells))).toEqual(["status", "table", "row", "column", "paper", "ours", "tolerance", "cites", "evidence"]);
    expect(heads(targetsTable(targets))).toEqual(["status", "target", "reference", "value", "ours", "difference", "tolerance", "cites"]);
  });
  test("Chinese headers and words, no English catalogue text", () => {
    const heads = (e: HTMLElement) => [...e.querySelectorAll("thead th")].map((x) => x.textContent?.trim()).filter(Boolean);
    const c = ledgerCellsTable(cells, "zh");
    const g = targetsTable(targets, "zh");
    expect(heads(c)).toEqual(["状态", "表格", "行", "列", "论文值", "复算值", "容差", "引用条目", "依据"]);
    expect(heads(g)).toEqual(["状态", "目标", "参照来源", "参照值", "复算值", "差值", "容差", "引用条目"]);
    // Inputs.table titles a header by its column's key: in Chinese the tooltip is the header
    const titles = (e: HTMLElement) => [...e.querySelectorAll("thead th[title]")].map((x) => x.getAttribute("title"));
    expect(titles(c)).toEqual(heads(c));
    expect(titles(ledgerCellsTable(cells))).toContain("discrepancy");
    expect(englishLeaks([...texts(c), ...texts(g)], fragments)).toEqual([]);
  });
  test("the log in Chinese: each entry's Chinese texts and labels, its cells, no English catalogue text", () => {
    const entries = discrepanciesIn("zh");
    const e = discrepancyLog(entries, cells, "zh") as unknown as DocumentFragment;
    const box = document.createElement("div");
    box.append(e);
    const d10 = box.querySelector("#D10")!;
    expect(d10.querySelector("h3")?.textContent).toBe(`D10. ${entries.find((d) => d.id === "D10")!.title}`);
    expect([...d10.querySelectorAll("dt")].map((x) => x.textContent)).toEqual(["位置", "论文", "复算", "差异大小", "原因", "依据"]);
    expect(box.querySelector("#D52 dd:last-of-type")?.textContent).toContain("第 7-10 行");
    expect(englishLeaks(texts(box), fragments)).toEqual([]);
  });
});
