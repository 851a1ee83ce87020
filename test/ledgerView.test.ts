/** The ledger's page model (src/lib/pages/ledgerView.ts): counts with a total, filters, an entry's cells. Cases made up here. */
import {describe, expect, test} from "vitest";
import {englishFragments, englishLeaks, t} from "../src/lib/i18n/index.js";
import {LEDGER_TEXTS} from "../src/lib/i18n/texts/ledger.js";
import {LEDGER_STATUSES, LEDGER_TABLES, ledgerCounts, type LedgerCell} from "../src/lib/paper/ledger.js";
import {
  cellsCiting,
  citedSummary,
  columnText,
  countsRows,
  evidenceText,
  filterCells,
  filterTargets,
  formatLedgerValue,
  formatTargetValue,
  rowText,
  sectionTitle,
  statusCounts,
  statusText,
  tableText,
  targetName,
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

describe("the ledger's words in both languages", () => {
  const fragments = englishFragments(LEDGER_TEXTS);
  const TARGET_STATUSES = ["pass", "explained", "fail", "ours only"];
  test("English: each status and table is its own name, as the page showed them before the catalogue", () => {
    for (const s of [...LEDGER_STATUSES, ...TARGET_STATUSES]) expect(statusText("en", s)).toBe(s);
    for (const x of LEDGER_TABLES) expect(tableText("en", x)).toBe(x);
    expect(tableText("en", "all", "total")).toBe("all");
  });
  test("Chinese: the catalogue's words, none English; an unknown status or table shows as it is", () => {
    const zh = [...LEDGER_STATUSES, ...TARGET_STATUSES].map((s) => statusText("zh", s));
    expect(zh).toEqual(["一致", "已解释", "输入值", "不符", "通过", "已解释", "未通过", "仅本报告"]);
    const tables = LEDGER_TABLES.map((x) => tableText("zh", x));
    expect(tables).toContain("BP 测试结果表");
    expect(englishLeaks([...zh, ...tables, tableText("zh", "all", "total")], fragments)).toEqual([]);
    expect(statusText("zh", "odd")).toBe("odd");
    expect(tableText("zh", "w13")).toBe("w13");
  });
  test("an entry's cited-by line: as before in English (singular and plural), in Chinese from the catalogue", () => {
    const cited = [cell("weights", "explained"), cell("weights", "matches"), cell("weights", "explained")];
    expect(citedSummary("en", cited)).toBe("Cited by 3 cells: 1 matches, 2 explained");
    expect(citedSummary("en", [cited[0]])).toBe("Cited by 1 cell: 1 explained");
    expect(citedSummary("zh", cited)).toBe("被 3 个单元格引用：一致 1 个，已解释 2 个");
    expect(englishLeaks([citedSummary("zh", cited)], fragments)).toEqual([]);
  });
  test("section titles: the loader's in English; in Chinese by the section's key, mlScoring keeping its rows", () => {
    const ml = {key: "mlScoring", title: "Ridge scoring of samples 14-100 (one-hot, alpha 1, trained on expert samples 2, 3, 11)"};
    expect(sectionTitle("en", ml)).toBe(ml.title);
    expect(sectionTitle("zh", ml)).toBe(t("zh", "repro.section.mlScoring", {rows: "2、3、11"}));
    // the English catalogue text is the loader's title (loaders/reproduce/weights.ts), so a leak of it is caught
    expect(t("en", "repro.section.mlScoring", {rows: "2, 3, 11"})).toBe(ml.title);
    expect(sectionTitle("zh", {key: "bp", title: "BP network"})).toBe("BP神经网络：复算论文的测试结果表，以及我们训练的网络");
    expect(sectionTitle("zh", {key: "new", title: "A new section"})).toBe("A new section");
    const rows = targetRows(
      [{key: "bp", title: "BP network", targets: [{name: "x", paper: 1, ours: 1, tolerance: 0, status: "pass"}]}],
      "zh"
    );
    expect(rows[0].section).toBe(t("zh", "repro.section.bp"));
  });
});

describe("targetName: the targets' names of npm run reproduce in Chinese", () => {
  // names as the loaders write them (loaders/reproduce/*.ts templates, values made up)
  const names = [
    "declarations scored",
    "Keras preset (seed 7), MAE over the 4 held-out rows (paper's run: 0.0613, derived)",
    "sample 5 C12 vs declaration 16316084",
    "general zone: declarations (fraud rate 9.3%)",
    "all/ridge: precision@5% / @10% / AUC",
    "all/gbdt: precision@5% / @10% / AUC; rounds per seed 120, 140",
    "C12 weight against the corrected value 0.00692863 (printed 0.000692863)"
  ];
  test("English: the name itself", () => {
    for (const n of names) expect(targetName("en", n)).toBe(n);
  });
  test("Chinese: the template's Chinese with the name's values, no English catalogue text", () => {
    const zh = names.map((n) => targetName("zh", n));
    expect(zh[0]).toBe("已评分的申报数");
    expect(zh[1]).toBe("Keras 预设（种子 7）：4 个留出样本上的 MAE（论文那次运行：0.0613，推得）");
    expect(zh[2]).toBe("样本 5 的 C12 对照申报 16316084");
    expect(zh[3]).toBe("一般预警区：申报数（瞒骗率 9.3%）");
    expect(zh[4]).toBe("all/ridge：精确率@5% / @10% / AUC");
    expect(zh[5]).toBe("all/gbdt：精确率@5% / @10% / AUC；每个种子的轮数 120, 140");
    expect(zh[6]).toBe("C12 权重对照更正值 0.00692863（印刷值 0.000692863）");
    expect(englishLeaks(zh, englishFragments(LEDGER_TEXTS))).toEqual([]);
  });
  test("a name no template matches stays as it is", () => expect(targetName("zh", "a new target")).toBe("a new target"));
});

describe("a cell's row, column and evidence in Chinese", () => {
  test("rows and columns: samples, standard samples, zones and named columns translated; indicators as they are", () => {
    expect(["sample 3", "standard 65", "safety", "C12", "2"].map((r) => rowText("zh", r))).toEqual([
      "样本 3",
      "标准样本 65",
      "安全区",
      "C12",
      "2"
    ]);
    expect(["weight", "absError", "C5"].map((c) => columnText("zh", c))).toEqual(["权重", "绝对误差", "C5"]);
    expect(rowText("en", "sample 3")).toBe("sample 3");
    expect(columnText("en", "absError")).toBe("absError");
  });
  // evidence as src/lib/paper/paperLedger.ts writes it (values made up)
  const evidence = [
    "samples100 7275.84; sample17 7275.84; dataset Item Price 7257.84 (declaration 65912175): differs",
    "published weights (corrected): 0.3142315; tried: the weight table as printed: 0.3122963; W13: 0.3; W13, the authors' notebook vectors: 0.26191497",
    "our Keras preset (seed 1): 0.31; 20 seeds: 0.30 to 0.33 (printed value outside); LM preset: 0.32; a training row (the authors' code trains on rows 1-13)"
  ];
  test("English: as the build wrote it", () => {
    for (const e of evidence) expect(evidenceText("en", e)).toBe(e);
  });
  test("Chinese: each part from its template with its values; a part no template matches as it is", () => {
    const zh = evidence.map((e) => evidenceText("zh", e));
    expect(zh[0]).toBe("100 样本表 7275.84；17 样本表 7275.84；数据集 Item Price 7257.84（申报 65912175）：不一致");
    expect(zh[1]).toBe(
      "发表的权重（更正后）：0.3142315；已尝试：按印刷的权重表：0.3122963；W13：0.3；W13 配合作者 notebook 中的向量：0.26191497"
    );
    expect(zh[2]).toBe(
      "我们的 Keras 预设（种子 1）：0.31；20 个种子：0.30 至 0.33（印刷值在此范围外）；LM 预设：0.32；训练样本（作者的代码用第 1-13 行训练）"
    );
    expect(englishLeaks(zh, englishFragments(LEDGER_TEXTS))).toEqual([]);
    expect(evidenceText("zh", "something new; held out")).toBe("something new；留出样本");
  });
});
