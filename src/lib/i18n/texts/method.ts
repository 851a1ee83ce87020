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
  "data.importType": {en: "Import Type", zh: "进口类型"},
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

  // The e-commerce declarations table: one header per shipped field (loaders/summary.ts ECOMMERCE_FIELDS);
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
  "data.field.criticalFraud": {en: "criticalFraud", zh: "严重瞒骗"}
} as const satisfies Record<string, Text>;
