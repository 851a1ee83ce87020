/** Texts of the methodology, data and weights pages (methodology, data, weights). Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const METHOD_TEXTS = {
  // The pipeline diagram (src/components/pipeline.ts)
  "method.pipelineAria": {en: "Pipeline: {steps}", zh: "流程：{steps}"},

  // The data page's charts (src/components/dataCharts.ts)
  "data.noFraud": {en: "no fraud", zh: "未发现瞒骗"},
  "data.fraud": {en: "fraud", zh: "瞒骗"},
  "data.declarations": {en: "declarations", zh: "申报数"},
  "data.declarationsLog": {en: "declarations (log scale)", zh: "申报数（对数刻度）"},
  "data.importType": {en: "Import Type", zh: "进口类型（Import Type）"},
  "data.ecommerce15": {en: "e-commerce (15)", zh: "跨境电商（15）"},
  "data.otherType": {en: "other", zh: "其他"},
  "data.typeLabel": {en: "{rows} · fraud {rate}", zh: "{rows} · 瞒骗率 {rate}"},
  "data.importTypesAria": {en: "Bar chart of declarations per import type", zh: "各进口类型申报数的条形图"},
  "data.month": {en: "month", zh: "月份"},
  "data.monthlyAria": {
    en: "Monthly e-commerce declarations, stacked by fraud outcome",
    zh: "跨境电商申报的月度数量，按查验结果（是否瞒骗）堆叠"
  },
  "data.priceAxis": {
    en: "Item Price, log10 KRW (3 = 1,000 KRW, 6 = 1 million)",
    zh: "完税价格（Item Price），log10 韩元（3 = 1,000 韩元，6 = 100 万韩元）"
  },
  "data.priceAria": {
    en: "Histogram of e-commerce item prices on a log10 scale, by fraud outcome",
    zh: "跨境电商申报完税价格（log10 刻度）的直方图，按查验结果区分"
  },

  // The data page's tables (src/lib/pages/dataView.ts): the splits
  "data.split.train": {en: "train", zh: "训练集"},
  "data.split.valid": {en: "valid", zh: "验证集"},
  "data.split.test": {en: "test", zh: "测试集"},
  "data.periodYear": {en: "{year}", zh: "{year} 年"},
  "data.periodQuarter": {en: "{year} Q{quarter}", zh: "{year} 年第 {quarter} 季度"},
  "data.colSplit": {en: "split", zh: "数据划分"},
  "data.colPeriod": {en: "period", zh: "时段"},
  "data.colRows": {en: "rows", zh: "申报数"},
  "data.colFraudRate": {en: "fraud", zh: "瞒骗率"},
  "data.colCriticalRate": {en: "critical", zh: "严重瞒骗率"},
  "data.colFrom": {en: "from", zh: "起"},
  "data.colTo": {en: "to", zh: "止"},
  "data.colEcommerce": {en: "e-comm.", zh: "跨境电商"},
  "data.colEcommerceFraud": {en: "e-comm. fraud", zh: "跨境电商瞒骗"},

  // The schema table: its columns, the column types, each column's meaning (the English is
  // COLUMN_DESCRIPTIONS of src/lib/data/declarations.ts, word for word: test/dataView.test.ts checks)
  "data.colNumber": {en: "#", zh: "序号"},
  "data.colColumn": {en: "column", zh: "字段"},
  "data.colType": {en: "type", zh: "类型"},
  "data.colMeaning": {en: "meaning", zh: "含义"},
  "data.colIndicator": {en: "indicator", zh: "对应指标"},
  "data.type.id": {en: "id", zh: "编号"},
  "data.type.date": {en: "date", zh: "日期"},
  "data.type.category": {en: "category", zh: "类别"},
  "data.type.number": {en: "number", zh: "数值"},
  "data.type.binary": {en: "binary", zh: "二值"},
  "data.type.critical": {en: "critical", zh: "瞒骗等级"},
  "data.col.Declaration ID": {en: "Unique identifier of the declaration", zh: "申报的唯一编号"},
  "data.col.Date": {en: "Declaration date (YYYY-MM-DD)", zh: "申报日期（YYYY-MM-DD）"},
  "data.col.Office ID": {en: "Customs office that received the declaration", zh: "受理申报的海关关区"},
  "data.col.Process Type": {
    en: "Declaration processing type (e.g. after-arrival, pre-arrival)",
    zh: "申报处理方式（如到货后申报、到货前申报）"
  },
  "data.col.Import Type": {en: "Import type code; 15 = e-commerce import", zh: "进口类型代码；15 = 跨境电商进口"},
  "data.col.Import Use": {
    en: "Import purpose code (e.g. raw material for domestic consumption)",
    zh: "进口用途代码（如供国内消费的原材料）"
  },
  "data.col.Payment Type": {en: "Tariff payment type (e.g. sight, usance letter of credit)", zh: "关税缴纳方式（如即期、远期信用证）"},
  "data.col.Mode of Transport": {en: "Transport mode code (sea, air, ...)", zh: "运输方式代码（海运、空运等）"},
  "data.col.Declarant ID": {en: "Person or broker who declared the goods", zh: "申报货物的个人或报关行"},
  "data.col.Importer ID": {en: "Importer (consignee)", zh: "进口商（收货人）"},
  "data.col.Seller ID": {en: "Overseas seller", zh: "境外卖家"},
  "data.col.Courier ID": {en: "Delivery service provider; mostly empty (no courier)", zh: "配送服务商；大多为空（无快递商）"},
  "data.col.HS6 Code": {en: "6-digit Harmonized System product code", zh: "6 位协调制度（HS）商品编码"},
  "data.col.Country of Departure": {en: "Country the goods were shipped from (ISO 3166 alpha-2)", zh: "货物启运国（ISO 3166 二字母代码）"},
  "data.col.Country of Origin": {en: "Country of origin (ISO 3166 alpha-2)", zh: "原产国（ISO 3166 二字母代码）"},
  "data.col.Tax Rate": {en: "Tariff rate (%)", zh: "关税税率（%）"},
  "data.col.Tax Type": {en: "Tariff type (e.g. FTA preferential rate)", zh: "关税类型（如自贸协定优惠税率）"},
  "data.col.Country of Origin Indicator": {
    en: "How the origin is indicated (e.g. marking on the package)",
    zh: "原产地标示方式（如包装上的标记）"
  },
  "data.col.Net Mass": {en: "Net mass excluding packaging (kg)", zh: "不含包装的净重（kg）"},
  "data.col.Item Price": {en: "Assessed value (KRW)", zh: "完税价格（韩元）"},
  "data.col.Fraud": {en: "1 if the inspection found fraud, else 0", zh: "查验发现瞒骗为 1，否则为 0"},
  "data.col.Critical Fraud": {en: "0 none, 1 fraud, 2 critical fraud", zh: "0 无瞒骗，1 瞒骗，2 严重瞒骗"},

  // The e-commerce declarations table: one header per shipped field (ECOMMERCE_FIELDS in src/lib/data/declarations.ts);
  // the English is the field's key, as the English page's table heads its columns
  "data.field.id": {en: "id", zh: "申报编号"},
  "data.field.split": {en: "split", zh: "数据划分"},
  "data.field.date": {en: "date", zh: "申报日期"},
  "data.field.office": {en: "office", zh: "关区"},
  "data.field.processType": {en: "processType", zh: "处理方式"},
  "data.field.importUse": {en: "importUse", zh: "进口用途"},
  "data.field.paymentType": {en: "paymentType", zh: "缴税方式"},
  "data.field.transport": {en: "transport", zh: "运输方式"},
  "data.field.declarant": {en: "declarant", zh: "申报人"},
  "data.field.importer": {en: "importer", zh: "进口商"},
  "data.field.seller": {en: "seller", zh: "卖家"},
  "data.field.courier": {en: "courier", zh: "快递商"},
  "data.field.hs6": {en: "hs6", zh: "HS6 编码"},
  "data.field.departure": {en: "departure", zh: "启运国"},
  "data.field.origin": {en: "origin", zh: "原产国"},
  "data.field.taxRate": {en: "taxRate", zh: "税率"},
  "data.field.taxType": {en: "taxType", zh: "税种"},
  "data.field.originIndicator": {en: "originIndicator", zh: "原产地标示"},
  "data.field.netMass": {en: "netMass", zh: "净重"},
  "data.field.itemPrice": {en: "itemPrice", zh: "完税价格"},
  "data.field.fraud": {en: "fraud", zh: "瞒骗"},
  "data.field.criticalFraud": {en: "criticalFraud", zh: "严重瞒骗"},

  // The weights page's charts (src/components/weightsChart.ts)
  "weights.weight": {en: "weight", zh: "权重"},
  "weights.published": {en: "published", zh: "论文发表值"},
  "weights.publishedPrinted": {en: "published (as printed)", zh: "论文发表值（按印刷值）"},
  "weights.chartX": {en: "indicator (grouped by criterion)", zh: "指标（按准则层分组）"},
  "weights.barTitle": {en: "{id} {name} ({criterion}): {w}", zh: "{id} {name}（{criterion}）：{w}"},
  "weights.tickTitle": {en: "{id} {label}: {value}", zh: "{id} {label}：{value}"},
  "weights.chartAria": {en: "Bar chart of the 17 indicator weights, coloured by criterion", zh: "17 个指标权重的条形图，按准则层着色"},
  "weights.scatterPaper": {en: "paper", zh: "论文规则"},
  "weights.scatterTextbook": {en: "textbook", zh: "教科书规则"},
  "weights.scatterX": {en: "entropy e (paper's 100 samples)", zh: "熵 e（论文的 100 个样本）"},
  "weights.scatterAria": {en: "Scatter of entropy against weight under the two rules", zh: "两种规则下熵与权重的散点图"},
  "weights.dendrogramY": {en: "merge height: average 1 − Spearman ρ", zh: "合并高度：1 − Spearman ρ 的平均值"},
  "weights.dendrogramAria": {
    en: "Dendrogram of the 17 indicators, leaves coloured by the paper's criteria",
    zh: "17 个指标的树状图，叶节点按论文的准则层着色"
  },
  "weights.rho": {en: "Spearman ρ", zh: "Spearman 秩相关系数 ρ"},
  "weights.heatmapAria": {
    en: "Heatmap of the Spearman correlations between the 17 indicators, in dendrogram order",
    zh: "17 个指标间 Spearman 相关系数的热图，按树状图顺序排列"
  },
  "weights.rampAria": {en: "Colour legend: Spearman ρ from −1 (blue) to +1 (red)", zh: "颜色图例：Spearman ρ 从 −1（蓝）到 +1（红）"},

  // The "Change the method" controls (src/components/weightsControls.ts)
  "weights.ctlRule": {en: "Weighting rule", zh: "赋权规则"},
  "weights.ctlRulePaper": {en: "paper: w = e / Σe", zh: "论文：w = e / Σe"},
  "weights.ctlRuleTextbook": {en: "textbook: w = (1 − e) / Σ(1 − e)", zh: "教科书：w = (1 − e) / Σ(1 − e)"},
  "weights.ctlSet": {en: "Samples", zh: "样本"},
  "weights.ctlSetPaper": {en: "the paper's 100 (printed table)", zh: "论文的 100 个样本（印刷表）"},
  "weights.ctlSetAll": {en: "all 954 declarations", zh: "全部 954 条申报"},
  "weights.ctlNorm": {en: "Normalisation", zh: "归一化"},
  "weights.ctlNormMinMax": {en: "min-max (the paper)", zh: "最小-最大（论文）"},
  "weights.ctlNormProportion": {en: "proportion of the column sum", zh: "占列和的比例"},
  "weights.ctlNormShifted": {en: "min-max shifted by 0.01", zh: "最小-最大后平移 0.01"},
  "weights.ctlC5": {en: "C5 net mass", zh: "C5 净重"},
  "weights.ctlC5Cost": {en: "cost (the paper)", zh: "成本型（论文）"},
  "weights.ctlC5Benefit": {en: "benefit", zh: "效益型"},

  // The weights page model (src/lib/pages/weightsView.ts): values in its tables
  "weights.kind.score": {en: "score", zh: "评分"},
  "weights.kind.quantity": {en: "quantity", zh: "数量"},
  "weights.dir.benefit": {en: "benefit", zh: "效益型"},
  "weights.dir.cost": {en: "cost", zh: "成本型"},
  "weights.noteTypo": {en: "typo (D10)", zh: "印刷错误（D10）"},
  "weights.noteDigit": {en: "dropped digit (D11)", zh: "漏印一位数字（D11）"},
  "weights.source.expert": {en: "expert", zh: "专家评分"},
  "weights.source.ridge": {en: "ridge", zh: "岭回归"},

  // Column heads of its tables (the English is the row key, as the English page's tables head them; the
  // downloads keep the English keys)
  "weights.col.criterion": {en: "criterion", zh: "准则层"},
  "weights.col.indicator": {en: "indicator", zh: "指标"},
  "weights.col.name": {en: "name", zh: "名称"},
  "weights.col.paper's wording": {en: "paper's wording", zh: "论文原文表述（英文）"},
  "weights.col.dataset column": {en: "dataset column", zh: "数据集字段"},
  "weights.col.kind": {en: "kind", zh: "类型"},
  "weights.col.direction": {en: "direction", zh: "方向"},
  "weights.col.unit": {en: "unit", zh: "单位"},
  "weights.col.published": {en: "published", zh: "论文发表值"},
  "weights.col.recomputed": {en: "recomputed", zh: "复算值"},
  "weights.col.difference": {en: "difference", zh: "差值"},
  "weights.col.textbook": {en: "textbook rule", zh: "教科书规则"},
  "weights.col.authors' inputs": {en: "unrounded scores", zh: "未取整评分"},
  "weights.col.note": {en: "note", zh: "备注"},
  "weights.col.e": {en: "e", zh: "熵 e"},
  "weights.col.d": {en: "d", zh: "差异系数 d"},
  "weights.col.weight": {en: "weight", zh: "权重"},
  "weights.col.ours rounded vs printed": {en: "ours rounded vs printed", zh: "本报告取整值对印刷值"},
  "weights.col.ours unrounded vs printed": {en: "ours unrounded vs printed", zh: "本报告未取整值对印刷值"},
  "weights.col.all 13 rows train, rounded": {en: "all 13 rows train, rounded", zh: "13 行全部用于训练，取整"},
  "weights.col.all 13 rows train, unrounded": {en: "all 13 rows train, unrounded", zh: "13 行全部用于训练，未取整"},
  "weights.col.sample": {en: "sample", zh: "样本"},
  "weights.col.declarationId": {en: "declarationId", zh: "申报编号"},
  "weights.col.source": {en: "source", zh: "评分来源"},

  // The live weights' caption (weightsView.ts liveWeights)
  "weights.rule.paper": {en: "paper", zh: "论文"},
  "weights.rule.textbook": {en: "textbook", zh: "教科书"},
  "weights.norm.minMax": {en: "min-max", zh: "最小-最大"},
  "weights.norm.proportion": {en: "proportion", zh: "列和比例"},
  "weights.norm.shiftedMinMax": {en: "shifted min-max", zh: "平移最小-最大"},
  "weights.set.paper100": {en: "the paper's 100 samples", zh: "论文的 100 个样本"},
  "weights.set.all954": {en: "all 954 declarations", zh: "全部 954 条申报"},
  "weights.liveCaption": {
    en: "Weights with the {rule} rule, {norm} normalisation, C5 as {c5}, on {set}. Largest: {max} ({maxW}); smallest: {min} ({minW}). Black ticks: the published weights, as printed. Switch the rule to see the low-entropy indicators go from least to most weighted.",
    zh: "{rule}规则、{norm}归一化、C5 作{c5}指标，基于{set}计算的权重。最大：{max}（{maxW}）；最小：{min}（{minW}）。黑色短线：论文发表的权重（按印刷值）。切换赋权规则，可以看到低熵指标由权重最小变为权重最大。"
  },

  // The exercises (weightsView.ts weightsExercises)
  "weights.idName": {en: "{id} ({name})", zh: "{id}（{name}）"},
  "weights.ex1.question": {
    en: "Switch the weighting rule to the textbook rule, keeping the paper's 100 samples. Which indicator now gets the largest weight, and why?",
    zh: "把赋权规则切换为教科书规则，样本仍用论文的 100 个。现在哪个指标的权重最大？为什么？"
  },
  "weights.ex1.hint": {
    en: "Look at the entropy e column of the table: which indicator has the lowest entropy?",
    zh: "看表中熵 e 一列：哪个指标的熵最低？"
  },
  "weights.ex1.answer": {
    en: "{indicator}, with a weight of {w}. Its entropy is the lowest of the 17 (e = {e}): its total is concentrated in a few samples, so 1 − e is large. Under the paper's rule it is the {rank} weighted indicator ({pw}).",
    zh: "{indicator}，权重为 {w}。它的熵在 17 个指标中最低（e = {e}）：其总量集中在少数几个样本上，因此 1 − e 很大。在论文的规则下，它是权重{rank}的指标（{pw}）。"
  },
  "weights.rankLeast": {en: "least", zh: "最小"},
  "weights.rankNth": {en: "{n}th least", zh: "第 {n} 小"},
  "weights.ex2.question": {
    en: "Stay with the paper's rule. How far apart are the largest and the smallest weight of the 14 scored indicators? Compare with 1/17.",
    zh: "保持论文的规则。14 个评分指标中最大与最小的权重相差多少？与 1/17 比较。"
  },
  "weights.ex2.answer": {
    en: "From {min} to {max}, around 1/17 = {even}: every score has an entropy close to 1, so the paper's rule gives them almost equal weights.",
    zh: "从 {min} 到 {max}，都在 1/17 = {even} 附近：每个评分指标的熵都接近 1，因此论文的规则给它们几乎相等的权重。"
  },
  "weights.ex3.question": {
    en: "With the textbook rule, switch the samples to all 954 declarations. Does the same indicator still dominate?",
    zh: "使用教科书规则，把样本切换为全部 954 条申报。权重最大的还是同一个指标吗？"
  },
  "weights.ex3.yes": {en: "Yes: {indicator} again, with {w} (e = {e}).", zh: "是的：仍是 {indicator}，权重 {w}（e = {e}）。"},
  "weights.ex3.no": {
    en: "No: {indicator} takes over with {w} (e = {e}); {previous} falls to {pw}. Textbook weights depend on which samples are weighted.",
    zh: "不是：{indicator} 以 {w}（e = {e}）居首；{previous} 降至 {pw}。教科书规则的权重取决于参与计算的样本。"
  }
} as const satisfies Record<string, Text>;
