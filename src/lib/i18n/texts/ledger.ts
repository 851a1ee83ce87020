/** Texts of reproducibility, the discrepancy log and the citation page (reproducibility, cite). Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const LEDGER_TEXTS = {
  // The ledger's statuses (src/lib/paper/ledger.ts LEDGER_STATUSES) and the targets' (loaders/reproduce/types.ts Status).
  "repro.status.matches": {en: "matches", zh: "一致"},
  "repro.status.explained": {en: "explained", zh: "已解释"},
  "repro.status.input": {en: "input", zh: "输入值"},
  "repro.status.fails": {en: "fails", zh: "不符"},
  "repro.status.pass": {en: "pass", zh: "通过"},
  "repro.status.fail": {en: "fail", zh: "未通过"},
  "repro.status.oursOnly": {en: "ours only", zh: "仅本报告"},

  // The paper's six tables (LEDGER_TABLES), as the ledger names them.
  "repro.table.expert13": {en: "expert13", zh: "13 样本专家评分表"},
  "repro.table.samples100": {en: "samples100", zh: "100 样本表"},
  "repro.table.weights": {en: "weights", zh: "权重表"},
  "repro.table.zones": {en: "zones", zh: "预警分区表"},
  "repro.table.sample17": {en: "sample17", zh: "17 样本表"},
  "repro.table.bpTest": {en: "bpTest", zh: "BP 测试结果表"},
  "repro.counts.total": {en: "all", zh: "合计"},
  "repro.filter.allTables": {en: "all", zh: "全部表格"},
  "repro.filter.table": {en: "Table", zh: "表格"},
  "repro.filter.status": {en: "Status", zh: "状态"},
  "repro.filter.show": {en: "Show", zh: "显示"},
  "repro.filter.section": {en: "Section", zh: "部分"},
  "repro.filter.allSections": {en: "All sections", zh: "全部部分"},

  // Column headers of the counts, cells and targets tables.
  "repro.col.table": {en: "table", zh: "表格"},
  "repro.col.cells": {en: "cells", zh: "单元格数"},
  "repro.col.status": {en: "status", zh: "状态"},
  "repro.col.row": {en: "row", zh: "行"},
  "repro.col.column": {en: "column", zh: "列"},
  "repro.col.paper": {en: "paper", zh: "论文值"},
  "repro.col.ours": {en: "ours", zh: "复算值"},
  "repro.col.tolerance": {en: "tolerance", zh: "容差"},
  "repro.col.cites": {en: "cites", zh: "引用条目"},
  "repro.col.evidence": {en: "evidence", zh: "依据"},
  "repro.col.section": {en: "section", zh: "部分"},
  "repro.col.target": {en: "target", zh: "目标"},
  "repro.col.reference": {en: "reference", zh: "参照来源"},
  "repro.col.value": {en: "value", zh: "参照值"},
  "repro.col.difference": {en: "difference", zh: "差值"},
  "repro.source.paper": {en: "paper", zh: "论文"},
  "repro.source.derived": {en: "derived", zh: "推得"},

  // The cells citing one discrepancy entry (src/components/ledger.ts discrepancyCells).
  "repro.cited.none": {
    en: "Cited by no cell of the six tables (an entry about the paper's text).",
    zh: "六张表中没有单元格引用此条（这是关于论文正文的条目）。"
  },
  "repro.cited.one": {en: "Cited by {n} cell: {counts}", zh: "被 {n} 个单元格引用：{counts}"},
  "repro.cited.many": {en: "Cited by {n} cells: {counts}", zh: "被 {n} 个单元格引用：{counts}"},
  "repro.cited.count": {en: "{n} {status}", zh: "{status} {n} 个"},
  "repro.cited.cell": {
    en: "{table} · {row} · {column}: paper {paper}, ours {ours}.",
    zh: "{table} · {row} · {column}：论文 {paper}，复算 {ours}。"
  },
  "repro.cited.more": {
    en: "… and {n} more (filter the table above by table and status).",
    zh: "……另有 {n} 个（可在上方表格中按表格与状态筛选）。"
  },
  "repro.list.sep": {en: ", ", zh: "，"},

  // The discrepancy log's fields (src/components/reproducibility.ts discrepancyLog).
  "repro.log.where": {en: "Where", zh: "位置"},
  "repro.log.paper": {en: "Paper", zh: "论文"},
  "repro.log.ours": {en: "Ours", zh: "复算"},
  "repro.log.size": {en: "Size", zh: "差异大小"},
  "repro.log.cause": {en: "Cause", zh: "原因"},
  "repro.log.evidence": {en: "Evidence", zh: "依据"},
  "repro.log.code": {en: "Authors' code", zh: "作者代码"},
  "repro.log.atCommit": {en: "at commit", zh: "提交版本"},
  "repro.log.lines": {en: ", lines {lines}", zh: "，第 {lines} 行"},
  "repro.colon": {en: ": ", zh: "："},

  // The versions table.
  "repro.versions.name": {en: "name", zh: "软件包"},
  "repro.versions.version": {en: "version", zh: "版本"},
  "repro.versions.dev": {en: "dev only", zh: "仅用于开发"},
  "repro.versions.yes": {en: "true", zh: "是"},
  "repro.versions.no": {en: "false", zh: "否"},

  // The sections of `npm run reproduce` (loaders/reproduce/*.ts), by key; the English title is the loader's.
  "repro.section.dataset": {en: "Dataset", zh: "数据集"},
  "repro.section.paperSamples": {
    en: "Paper samples 1-100 linked to declarations (C5, C10, C12 vs Net Mass, Tax Rate, Item Price)",
    zh: "论文样本 1-100 与申报的对应（C5、C10、C12 对照 Net Mass、Tax Rate、Item Price）"
  },
  "repro.section.weights": {
    en: "Entropy weights (paper rule w = e/sum e; printed 100-sample table; C5 cost, min-max)",
    zh: "熵权（论文公式 w = e/sum e；印刷的 100 样本表；C5 为成本型，min-max 归一化）"
  },
  "repro.section.mlScoring": {
    en: "Ridge scoring of samples 14-100 (one-hot, alpha 1, trained on expert samples {rows})",
    zh: "岭回归为样本 14-100 评分（one-hot，alpha 1，用专家样本 {rows} 训练）"
  },
  "repro.section.riskIndex": {
    en: "Risk index: standard samples, thresholds, the 17-sample table, zones of samples 1-100",
    zh: "风险值：标准样本、预警阈值、17 样本表、样本 1-100 的预警分区"
  },
  "repro.section.bp": {
    en: "BP network: the paper's test table recomputed, and our trained networks",
    zh: "BP神经网络：复算论文的测试结果表，以及我们训练的网络"
  },
  "repro.section.earlyWarning954": {
    en: "Early warning: the 954 e-commerce declarations (published weights, the paper's zones; not in the paper)",
    zh: "风险预警：954 条跨境电商申报（发表的权重、论文的预警分区；论文中没有）"
  },
  "repro.section.validation": {
    en: "Does it catch fraud? Test months (2021 Q2) of all 54,000 declarations, beside the best published result",
    zh: "能否发现瞒骗？全部 54,000 条申报的测试期（2021 年第二季度），与已发表的最佳结果并列"
  },
  "repro.section.planner": {
    en: "Plan inspections: frauds found and duty recovered by a budget of inspections (test months)",
    zh: "查验计划：给定查验数量下发现的瞒骗与追回的税款（测试期）"
  },

  // The targets' names of `npm run reproduce` (loaders/reproduce/*.ts): each English text is the loader's
  // template with its values as {parameters}; targetName (src/lib/pages/ledgerView.ts) matches a name
  // against them and fills the Chinese with the same values. A name no template matches stays English.
  "repro.target.bpPaperMae17": {
    en: "paper's network, MAE over the 17 rows (recomputed from its table)",
    zh: "论文的网络：17 行上的 MAE（由其表复算）"
  },
  "repro.target.bpPaperMae4": {
    en: "paper's network, MAE over rows 14-17, the only held-out rows",
    zh: "论文的网络：第 14-17 行（仅有的留出样本）上的 MAE"
  },
  "repro.target.bpPaperMax": {en: "paper's network, largest absolute error", zh: "论文的网络：最大绝对误差"},
  "repro.target.bpPaperMaxRow": {en: "paper's network, row of the largest error", zh: "论文的网络：误差最大的行"},
  "repro.target.bpPaperZones": {
    en: "paper's network, rows whose zone matches the expected value's zone (rows 2, 3, 12 do not)",
    zh: "论文的网络：预警分区与期望值分区一致的行数（第 2、3、12 行不一致）"
  },
  "repro.target.bpRow2": {
    en: 'row 2 "absolute error" vs expected - network',
    zh: "第 2 行的“absolute error”（绝对误差）对照期望值 - 网络输出"
  },
  "repro.target.bpNegative": {
    en: 'negative entries in the "absolute error" column (an absolute value is never negative)',
    zh: "“absolute error”（绝对误差）一列中的负值个数（绝对值不可能为负）"
  },
  "repro.target.kerasMae17": {
    en: "Keras preset (seed {seed}), MAE over 17 rows, 13 of them training rows (paper's run: {mae}, derived)",
    zh: "Keras 预设（种子 {seed}）：17 行上的 MAE，其中 13 行为训练样本（论文那次运行：{mae}，推得）"
  },
  "repro.target.kerasMae4": {
    en: "Keras preset (seed {seed}), MAE over the 4 held-out rows (paper's run: {mae}, derived)",
    zh: "Keras 预设（种子 {seed}）：4 个留出样本上的 MAE（论文那次运行：{mae}，推得）"
  },
  "repro.target.kerasMedian": {
    en: "Keras preset over {seeds} seeds, median MAE over 17 rows (paper's run: {mae}, derived)",
    zh: "Keras 预设，{seeds} 个种子：17 行上 MAE 的中位数（论文那次运行：{mae}，推得）"
  },
  "repro.target.kerasWorse": {
    en: "Keras preset over {seeds} seeds: seeds whose held-out MAE is at least the paper's run's {mae} (derived)",
    zh: "Keras 预设，{seeds} 个种子：留出 MAE 不低于论文那次运行（{mae}）的种子数（推得）"
  },
  "repro.target.kerasZones": {
    en: "Keras preset, rows whose zone matches the expected value's zone (paper's run: {n}, derived)",
    zh: "Keras 预设：预警分区与期望值分区一致的行数（论文那次运行：{n}，推得）"
  },
  "repro.target.lmMae17": {
    en: "MATLAB preset (Levenberg-Marquardt), MAE over 17 rows (paper's run: {mae}, derived)",
    zh: "MATLAB 预设（Levenberg-Marquardt）：17 行上的 MAE（论文那次运行：{mae}，推得）"
  },
  "repro.target.lmMae4": {
    en: "MATLAB preset, MAE over the 4 held-out rows (paper's run: {mae}, derived)",
    zh: "MATLAB 预设：4 个留出样本上的 MAE（论文那次运行：{mae}，推得）"
  },
  "repro.target.honestCv": {
    en: "honest: 5-fold cross-validated MAE over the 100 samples (not in the paper)",
    zh: "如实评估：100 个样本上 5 折交叉验证的 MAE（论文中没有）"
  },
  "repro.target.honestChrono": {
    en: "honest: MAE on the newest {test} of the 954 declarations, trained on the oldest {train} (not in the paper)",
    zh: "如实评估：用 954 条申报中最早的 {train} 条训练，在最新的 {test} 条上的 MAE（论文中没有）"
  },
  "repro.target.declarations": {en: "declarations in the dataset (paper: 54,000)", zh: "数据集中的申报数（论文：54,000）"},
  "repro.target.ecommerce": {en: "e-commerce declarations, Import Type 15 (paper: 954)", zh: "跨境电商申报数，Import Type 15（论文：954）"},
  "repro.target.ecommerceFrauds": {en: "e-commerce frauds (not in the paper)", zh: "跨境电商申报中的瞒骗数（论文中没有）"},
  "repro.target.sha256": {en: "sha256 of the three files verified", zh: "三个文件的 sha256 已校验"},
  "repro.target.linked": {en: "samples linked to a declaration", zh: "已对应到申报的样本数"},
  "repro.target.quantities": {en: "samples whose 3 quantities match the dataset", zh: "3 项数量均与数据集一致的样本数"},
  "repro.target.mismatch": {en: "sample {sample} {indicator} vs declaration {id}", zh: "样本 {sample} 的 {indicator} 对照申报 {id}"},
  "repro.target.scored": {en: "declarations scored", zh: "已评分的申报数"},
  "repro.target.zoneSafety": {en: "safety zone: declarations (fraud rate {rate})", zh: "安全区：申报数（瞒骗率 {rate}）"},
  "repro.target.zoneGeneral": {en: "general zone: declarations (fraud rate {rate})", zh: "一般预警区：申报数（瞒骗率 {rate}）"},
  "repro.target.zoneSevere": {en: "severe zone: declarations (fraud rate {rate})", zh: "严重预警区：申报数（瞒骗率 {rate}）"},
  "repro.target.auc": {
    en: "ROC AUC of the risk value against the fraud label (0.5 = chance)",
    zh: "风险值对瞒骗标签的 ROC AUC（0.5 即随机）"
  },
  "repro.target.plannerShare": {
    en: "{ranking}: share of frauds found at {rate}% (/validation's recall: {recall})",
    zh: "{ranking}：查验率 {rate}% 时发现的瞒骗占比（/validation 的召回率：{recall}）"
  },
  "repro.target.standardRisk": {en: "{label}: risk value (published weights)", zh: "{label}：风险值（发表的权重）"},
  "repro.target.threshold": {en: "threshold {k} (printed to 4 decimals)", zh: "阈值 {k}（印刷保留 4 位小数）"},
  "repro.target.randomW13": {
    en: "sample {sample}: risk value with W13 and the authors' typed vector",
    zh: "样本 {sample}：用 W13 与作者手工录入的向量算得的风险值"
  },
  "repro.target.randomPublished": {
    en: "sample {sample}: risk value with the published weights (the method as described)",
    zh: "样本 {sample}：用发表的权重算得的风险值（按论文所述的方法）"
  },
  "repro.target.samplesSafety": {en: "samples 1-100 in the safety zone (not printed)", zh: "样本 1-100 中位于安全区的个数（论文未印）"},
  "repro.target.samplesGeneral": {
    en: "samples 1-100 in the general zone (not printed)",
    zh: "样本 1-100 中位于一般预警区的个数（论文未印）"
  },
  "repro.target.samplesSevere": {en: "samples 1-100 in the severe zone (not printed)", zh: "样本 1-100 中位于严重预警区的个数（论文未印）"},
  "repro.target.check": {en: "{key} vs the independent check ({source})", zh: "{key} 对照独立核对（{source}）"},
  "repro.target.gbdt": {
    en: "our GBDT precision@{rate}% (mean of {seeds} seeds) vs the best published, LightGBM {published} (arXiv 2208.02484 Table 3; not the paper)",
    zh: "我们的 GBDT 精确率@{rate}%（{seeds} 个种子的平均）对照已发表的最佳结果 LightGBM {published}（arXiv 2208.02484 表 3；并非本论文）"
  },
  "repro.target.ranking": {en: "{population}/{name}: precision@5% / @10% / AUC", zh: "{population}/{name}：精确率@5% / @10% / AUC"},
  "repro.target.rankingRounds": {
    en: "{population}/{name}: precision@5% / @10% / AUC; rounds per seed {rounds}",
    zh: "{population}/{name}：精确率@5% / @10% / AUC；每个种子的轮数 {rounds}"
  },
  "repro.target.weight": {
    en: "{id} weight, paper rule e/sum(e), from the printed 100-sample table",
    zh: "{id} 权重，论文公式 e/sum(e)，由印刷的 100 样本表算得"
  },
  "repro.target.corrected": {
    en: "{indicator} weight against the corrected value {corrected} (printed {published})",
    zh: "{indicator} 权重对照更正值 {corrected}（印刷值 {published}）"
  },
  "repro.target.maxDiff": {
    en: "max |published - recomputed| excluding the typo (the printed scores are rounded: D14)",
    zh: "除印刷错误外的 max |发表值 - 复算值|（印刷的评分经过取整：D14）"
  },
  "repro.target.sumPrinted": {
    en: "sum of the published weights as printed (weights sum to 1)",
    zh: "按印刷值，发表权重之和（权重之和应为 1）"
  },
  "repro.target.sumC12": {en: "sum of the published weights, C12 corrected", zh: "发表权重之和，更正 C12 后"},
  "repro.target.sumC10": {
    en: "sum, C12 corrected and C10 as in the authors' code ({c10})",
    zh: "权重之和，更正 C12 且 C10 取作者代码中的值（{c10}）"
  },
  "repro.target.c10Authors": {
    en: "C10 weight from the authors' inputs (unrounded ridge scores) vs printed 0.0540816",
    zh: "由作者输入（未取整的岭回归评分）算得的 C10 权重，对照印刷值 0.0540816"
  },
  "repro.target.maxDiffAuthors": {
    en: "max |diff| of all 17 weights from the authors' inputs (C12, C10 corrected)",
    zh: "由作者输入算得的全部 17 个权重的 max |差|（C12、C10 已更正）"
  },
  "repro.target.textbookC12": {
    en: "C12 textbook-rule weight (1-e)/sum(1-e), printed table (not in the paper)",
    zh: "按教科书公式 (1-e)/sum(1-e) 的 C12 权重，印刷表（论文中没有）"
  },
  "repro.target.all954C12": {
    en: "C12 weight over all 954 declarations, paper rule (not in the paper)",
    zh: "全部 954 条申报上的 C12 权重，论文公式（论文中没有）"
  },
  "repro.target.scoreMae": {
    en: "{id}: mean |round(ours) - printed| over samples 14-100",
    zh: "{id}：样本 14-100 上的 mean |round(复算) - 印刷值|"
  },
  "repro.target.scoreMax": {en: "largest |round(ours) - printed| over 87 x 14 scores", zh: "87 x 14 个评分上最大的 |round(复算) - 印刷值|"},
  "repro.target.unrounded": {
    en: "mean |ours - printed| before rounding (the paper prints integers)",
    zh: "取整前的 mean |复算 - 印刷值|（论文印的是整数）"
  },
  "repro.target.all13": {
    en: "mean |ours - printed| if all 13 expert rows train the ridge",
    zh: "若用全部 13 行专家样本训练岭回归，mean |复算 - 印刷值|"
  },
  "repro.target.rank": {
    en: "rank of the 14 ridge scores over declarations 14-954 (centred)",
    zh: "申报 14-954 上 14 个岭回归评分（中心化后）的秩"
  },
  "repro.target.ari": {
    en: "adjusted Rand index, 5 indicator clusters vs the 5 criteria (not in the paper)",
    zh: "调整兰德指数：5 个指标簇对照 5 个准则（论文中没有）"
  },

  // The parts of a ledger cell's evidence (src/lib/paper/paperLedger.ts joins them with "; "): each English
  // text is the template, values as {parameters}; evidenceText (src/lib/pages/ledgerView.ts) fills the
  // Chinese. A part no template matches stays English. Specific templates before general ones.
  "repro.ev.samples100Differs": {en: "samples100 {x} (differs)", zh: "100 样本表 {x}（不一致）"},
  "repro.ev.samples100": {en: "samples100 {x}", zh: "100 样本表 {x}"},
  "repro.ev.expert13Differs": {en: "expert13 {x} (differs)", zh: "13 样本专家评分表 {x}（不一致）"},
  "repro.ev.expert13": {en: "expert13 {x}", zh: "13 样本专家评分表 {x}"},
  "repro.ev.sample17Differs": {en: "sample17 {x} (differs)", zh: "17 样本表 {x}（不一致）"},
  "repro.ev.sample17": {en: "sample17 {x}", zh: "17 样本表 {x}"},
  "repro.ev.datasetDiffers": {en: "dataset {field} {x} (declaration {id}): differs", zh: "数据集 {field} {x}（申报 {id}）：不一致"},
  "repro.ev.dataset": {en: "dataset {field} {x} (declaration {id})", zh: "数据集 {field} {x}（申报 {id}）"},
  "repro.ev.ridge": {en: "ridge score {x}, printed rounded to an integer", zh: "岭回归评分 {x}，印刷时取整"},
  "repro.ev.authorsRule": {
    en: "rule e/sum(e) on the authors' inputs: {x} (|diff| {d})",
    zh: "对作者的输入用公式 e/sum(e)：{x}（|差| {d}）"
  },
  "repro.ev.displayedRows": {
    en: "with the {n} ridge rows the authors' notebook displays substituted: {x}",
    zh: "代入作者 notebook 显示的 {n} 行岭回归评分：{x}"
  },
  "repro.ev.printedTable": {en: "from the printed 100-sample table: {x}", zh: "由印刷的 100 样本表：{x}"},
  "repro.ev.ridgeDiff": {
    en: "our ridge scores differ from the authors' displayed predictions by up to {x}",
    zh: "我们的岭回归评分与作者显示的预测值最多相差 {x}"
  },
  "repro.ev.rank": {en: "rank of {x} among our 17 weights (1 = largest)", zh: "{x} 在我们 17 个权重中的名次（1 = 最大）"},
  "repro.ev.f0": {en: "f of the 0 standard sample: 0 exactly", zh: "0 标准样本的 f：恰为 0"},
  "repro.ev.f65": {en: "f(0.65), corrected weights: {x}", zh: "f(0.65)，更正后的权重：{x}"},
  "repro.ev.f85": {
    en: "f(0.85), corrected weights: {x} (below the printed end, so the 85 sample falls in the general zone)",
    zh: "f(0.85)，更正后的权重：{x}（低于印刷的区间端点，因此 85 样本落入一般预警区）"
  },
  "repro.ev.asPrinted": {en: "with the weight table as printed: {x}", zh: "按印刷的权重表：{x}"},
  "repro.ev.f100": {
    en: "f of the 100 standard sample: 1 exactly, outside the printed half-open interval {interval}",
    zh: "100 标准样本的 f：恰为 1，在印刷的半开区间 {interval} 之外"
  },
  "repro.ev.fPublished": {
    en: "f with the published weights: {x} (exact for every weight vector)",
    zh: "用发表的权重算得的 f：{x}（对任何权重向量都精确成立）"
  },
  "repro.ev.publishedCorrected": {en: "published weights (corrected): {x}", zh: "发表的权重（更正后）：{x}"},
  "repro.ev.triedPrinted": {en: "tried: the weight table as printed: {x}", zh: "已尝试：按印刷的权重表：{x}"},
  "repro.ev.variantPrintedTable": {
    en: "weights recomputed from the printed 100-sample table: {x}",
    zh: "由印刷的 100 样本表复算的权重：{x}"
  },
  "repro.ev.variantAuthors": {en: "weights from the authors' inputs: {x}", zh: "由作者输入算得的权重：{x}"},
  "repro.ev.variantW13Vectors": {en: "W13, the authors' notebook vectors: {x}", zh: "W13 配合作者 notebook 中的向量：{x}"},
  "repro.ev.variantW13": {en: "W13: {x}", zh: "W13：{x}"},
  "repro.ev.w13Typed": {en: "W13 and the authors' typed vector: {x}", zh: "W13 与作者手工录入的向量：{x}"},
  "repro.ev.w13Logged": {en: "W13, our x* with only the logged typos: {x}", zh: "W13 与我们的 x*（只代入已记录的录入错误）：{x}"},
  "repro.ev.published": {en: "published weights: {x}", zh: "发表的权重：{x}"},
  "repro.ev.level": {en: "the raw value at level {level}: {x}", zh: "水平 {level} 对应的原始值：{x}"},
  "repro.ev.signedPrinted": {en: "expected - network from the printed columns: {x}", zh: "由印刷的两列算得的期望值 - 网络输出：{x}"},
  "repro.ev.signed": {en: "expected - network: {x}", zh: "期望值 - 网络输出：{x}"},
  "repro.ev.implied": {en: "network + printed error: {x}", zh: "网络输出 + 印刷的误差：{x}"},
  "repro.ev.earlier": {
    en: "the earlier value {x} (W13, the authors' notebook vector) ends in the same five digits: {same}",
    zh: "较早的值 {x}（W13 配合作者 notebook 中的向量）末五位相同：{same}"
  },
  "repro.ev.same17": {en: "the 17-sample table prints the same", zh: "17 样本表印的是同一个值"},
  "repro.ev.other17": {en: "the 17-sample table prints another value ({x})", zh: "17 样本表印的是另一个值（{x}）"},
  "repro.ev.keras": {en: "our Keras preset (seed {seed}): {x}", zh: "我们的 Keras 预设（种子 {seed}）：{x}"},
  "repro.ev.seedsInside": {en: "{n} seeds: {lo} to {hi} (printed value inside)", zh: "{n} 个种子：{lo} 至 {hi}（印刷值在此范围内）"},
  "repro.ev.seedsOutside": {en: "{n} seeds: {lo} to {hi} (printed value outside)", zh: "{n} 个种子：{lo} 至 {hi}（印刷值在此范围外）"},
  "repro.ev.lm": {en: "LM preset: {x}", zh: "LM 预设：{x}"},
  "repro.ev.training": {en: "a training row (the authors' code trains on rows 1-{n})", zh: "训练样本（作者的代码用第 1-{n} 行训练）"},
  "repro.ev.heldOut": {en: "held out", zh: "留出样本"},
  "repro.evidence.sep": {en: "; ", zh: "；"},
  "repro.row.sample": {en: "sample {n}", zh: "样本 {n}"},
  "repro.row.standard": {en: "standard {n}", zh: "标准样本 {n}"},
  "repro.column.weight": {en: "weight", zh: "权重"},
  "repro.column.rank": {en: "rank", zh: "名次"},
  "repro.column.lower": {en: "lower", zh: "下界"},
  "repro.column.upper": {en: "upper", zh: "上界"},
  "repro.column.risk": {en: "risk", zh: "风险值"},
  "repro.column.expected": {en: "expected", zh: "期望值"},
  "repro.column.network": {en: "network", zh: "网络输出"},
  "repro.column.absError": {en: "absError", zh: "绝对误差"},

  // The Cite page.
  "cite.what.customsRiskReport2026": {en: "This report (code, recomputed numbers, figures)", zh: "本报告（代码、复算数值、图表）"},
  "cite.what.zhangCustomsRiskBP": {en: "The paper reproduced", zh: "所复现的论文"},
  "cite.what.jeong2022customs": {en: "The dataset", zh: "数据集"},
  "cite.bib": {en: "Download all three entries (BibTeX, .bib)", zh: "下载全部三条文献（BibTeX，.bib）"},
  "cite.cff": {en: "CITATION.cff of this build", zh: "本次构建的 CITATION.cff"},
  "cite.file.summary": {en: "Dataset summary: splits, fraud rates, import types", zh: "数据集概况：划分、瞒骗率、进口类型"},
  "cite.file.ecommerce": {en: "The 954 e-commerce declarations (columns)", zh: "954 条跨境电商申报（按列存储）"},
  "cite.file.paper": {
    en: "The paper's tables as transcribed, each sample linked to its declaration",
    zh: "按原样誊录的论文各表，每个样本都对应到其申报"
  },
  "cite.file.indicators954": {
    en: "The 954 x 17 indicator table: expert and ridge scores, quantities (columns)",
    zh: "954 x 17 指标表：专家评分与岭回归评分、数量（按列存储）"
  },
  "cite.file.weights": {
    en: "Entropy weights (published, both rules, all 954), the ridge scoring check, the indicator clustering",
    zh: "熵权（发表值、两种公式、全部 954 条）、岭回归评分的核对、指标聚类"
  },
  "cite.table.expert13": {en: "13 expert-scored samples", zh: "13 个专家评分样本"},
  "cite.table.samples100": {en: "100-sample table", zh: "100 样本表"},
  "cite.table.weights": {en: "Weight table", zh: "权重表"},
  "cite.table.zones": {en: "Warning zones", zh: "预警分区"},
  "cite.table.sample17": {en: "Standard and random samples with risk values", zh: "标准样本与随机样本及其风险值"},
  "cite.table.bpTest": {en: "BP test results", zh: "BP 测试结果"},
  "cite.table.links": {en: "Samples linked to declarations", zh: "样本与申报的对应"},
  "cite.col.table": {en: "table", zh: "表格"},
  "cite.col.rows": {en: "rows", zh: "行数"},
  "cite.col.download": {en: "download", zh: "下载"},
  "cite.source": {en: "Source", zh: "源代码"},
  "cite.noRepository": {en: "no public address configured", zh: "未配置公开地址"},
  "cite.commit": {en: "Built from commit", zh: "构建所用的提交"},
  "cite.dirty": {en: " (with uncommitted changes)", zh: "（含未提交的修改）"},
  "cite.version": {en: "Version", zh: "版本"}
} as const satisfies Record<string, Text>;
