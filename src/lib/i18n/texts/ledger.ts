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
  "repro.log.lines": {en: "{file}, lines {lines}", zh: "{file}，第 {lines} 行"},
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
