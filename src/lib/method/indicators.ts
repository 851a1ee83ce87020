/**
 * The indicator catalogue: the single source of truth for C1..C17.
 *
 * Source: the paper's "Data Adjustment" paragraph and its weight table (criteria and indicator layers);
 * the dataset column each indicator reads is established in docs/methodology.md and
 * ../shared/REPRODUCTION-NOTES.md ("Samples and indicators").
 */

/** The five criteria (the paper's "criteria layer"). */
export const CRITERIA = [
  {id: "management", name: "Management risk", nameZh: "管理风险"},
  {id: "supplyChain", name: "Supply chain risk", nameZh: "供应链风险"},
  {id: "tax", name: "Tax risk", nameZh: "税收风险"},
  {id: "product", name: "Product risk", nameZh: "产品风险"},
  {id: "compliance", name: "Compliance risk", nameZh: "合规风险"}
] as const;

export type CriterionId = (typeof CRITERIA)[number]["id"];

/**
 * `score`: a 0-100 risk score (expert or machine-learned) derived from a qualitative column;
 * `quantity`: the dataset's own number (kg, %, KRW).
 */
export type IndicatorKind = "score" | "quantity";

/** `benefit`: larger raw value = more risk; `cost`: larger raw value = less risk. */
export type Direction = "benefit" | "cost";

export interface Indicator {
  readonly id: IndicatorId;
  /** The Declaration field the indicator reads (src/lib/data/declarations.ts). */
  readonly field: DeclarationField;
  readonly index: number;
  readonly name: string;
  readonly nameZh: string;
  /** The paper's long wording in its weight table. */
  readonly paperName: string;
  readonly criterion: CriterionId;
  readonly column: DatasetColumn;
  readonly kind: IndicatorKind;
  readonly direction: Direction;
  readonly unit?: string;
  /**
   * Quantities only: the raw values of the four standard samples (levels 0, 0.65, 0.85, 1 of
   * src/lib/method/radar.ts STANDARD_LEVELS), strictly monotone; x* interpolates through them.
   */
  readonly anchors?: readonly [number, number, number, number];
}

/** One value per indicator, keyed C1..C17: the method's core type. */
export type IndicatorValues = Record<IndicatorId, number>;

export type IndicatorId =
  "C1" | "C2" | "C3" | "C4" | "C5" | "C6" | "C7" | "C8" | "C9" | "C10" | "C11" | "C12" | "C13" | "C14" | "C15" | "C16" | "C17";

/** Dataset columns that indicators read (a subset of the 22 columns). */
export type DatasetColumn =
  | "Date"
  | "Office ID"
  | "Country of Departure"
  | "Mode of Transport"
  | "Net Mass"
  | "Courier ID"
  | "Declarant ID"
  | "Importer ID"
  | "Seller ID"
  | "Tax Rate"
  | "Tax Type"
  | "Item Price"
  | "Country of Origin"
  | "HS6 Code"
  | "Country of Origin Indicator"
  | "Payment Type"
  | "Import Use";

/** The Declaration fields indicators read (keys of src/lib/data/declarations.ts Declaration). */
export type DeclarationField =
  | "date"
  | "office"
  | "departure"
  | "transport"
  | "netMass"
  | "courier"
  | "declarant"
  | "importer"
  | "seller"
  | "taxRate"
  | "taxType"
  | "itemPrice"
  | "origin"
  | "hs6"
  | "originIndicator"
  | "paymentType"
  | "importUse";

type Row = [
  IndicatorId,
  string,
  string,
  string,
  CriterionId,
  DatasetColumn,
  DeclarationField,
  IndicatorKind,
  Direction,
  string?,
  (readonly [number, number, number, number])?
];

// id, short name, Chinese name, the paper's wording, criterion, column, field, kind, direction, unit, anchors
// (the anchors: the standard samples' raw values, REPRODUCTION-NOTES "Risk value"; C5 is a cost indicator)
const ROWS: readonly Row[] = [
  ["C1", "Declaration time", "申报时间", "Declaration time", "management", "Date", "date", "score", "benefit"],
  ["C2", "Customs office", "申报关区", "Declaration to the customs department", "management", "Office ID", "office", "score", "benefit"],
  [
    "C3",
    "High-risk country of departure",
    "高风险启运国",
    "Passing through high-risk countries, countries shipped or planned to be shipped",
    "supplyChain",
    "Country of Departure",
    "departure",
    "score",
    "benefit"
  ],
  ["C4", "Transport mode", "运输方式", "Transportation method", "supplyChain", "Mode of Transport", "transport", "score", "benefit"],
  [
    "C5",
    "Net mass",
    "净重（不含包装）",
    "Excluding packaging weight",
    "supplyChain",
    "Net Mass",
    "netMass",
    "quantity",
    "cost",
    "kg",
    [1630000, 24, 3, 0]
  ],
  [
    "C6",
    "Delivery service provider",
    "配送服务商",
    "Risk of distribution service providers (e.g. DHL, FedEx)",
    "supplyChain",
    "Courier ID",
    "courier",
    "score",
    "benefit"
  ],
  ["C7", "Declarant", "申报人", "People who declare items", "supplyChain", "Declarant ID", "declarant", "score", "benefit"],
  ["C8", "Importer", "进口商（消费者）", "Consumers who import the goods", "supplyChain", "Importer ID", "importer", "score", "benefit"],
  [
    "C9",
    "Overseas seller",
    "境外供货商",
    "Overseas business partners who supply goods to China",
    "supplyChain",
    "Seller ID",
    "seller",
    "score",
    "benefit"
  ],
  ["C10", "Tax rate", "商品税率", "Item tax rate", "tax", "Tax Rate", "taxRate", "quantity", "benefit", "%", [0, 6.5, 10, 377.5]],
  ["C11", "Tax type", "税收类型", "Tax type (e.g., FTA preferential tax rate)", "tax", "Tax Type", "taxType", "score", "benefit"],
  [
    "C12",
    "Assessed value",
    "商品完税价格",
    "Item Assessment Value",
    "tax",
    "Item Price",
    "itemPrice",
    "quantity",
    "benefit",
    "KRW",
    [0, 36575, 884698.36, 630810000]
  ],
  [
    "C13",
    "Country-of-origin anomaly",
    "原产国异常",
    "Country of Origin Anomaly",
    "product",
    "Country of Origin",
    "origin",
    "score",
    "benefit"
  ],
  [
    "C14",
    "6-digit product code",
    "6位商品编码",
    "6-digit product code (e.g. 090121 = coffee, roasted, not decaffeinated)",
    "product",
    "HS6 Code",
    "hs6",
    "score",
    "benefit"
  ],
  [
    "C15",
    "Origin marking",
    "原产地标识方式",
    "Means of indicating country of origin (e.g., marking on packaging)",
    "compliance",
    "Country of Origin Indicator",
    "originIndicator",
    "score",
    "benefit"
  ],
  [
    "C16",
    "Payment type",
    "关税支付类型",
    "Distinguishing between types of customs duty payment (e.g., sight payment, usance letter of credit)",
    "compliance",
    "Payment Type",
    "paymentType",
    "score",
    "benefit"
  ],
  [
    "C17",
    "Import purpose",
    "进口用途",
    "Import purpose code (e.g., raw materials for domestic consumption)",
    "compliance",
    "Import Use",
    "importUse",
    "score",
    "benefit"
  ]
];

/** C1..C17 in order. */
export const INDICATORS: readonly Indicator[] = ROWS.map(
  ([id, name, nameZh, paperName, criterion, column, field, kind, direction, unit, anchors], index) => ({
    id,
    field,
    index,
    name,
    nameZh,
    paperName,
    criterion,
    column,
    kind,
    direction,
    ...(unit ? {unit} : {}),
    ...(anchors ? {anchors} : {})
  })
);

/** How many indicators the method has (17): vectors of values, weights and x* have this length. */
export const INDICATOR_COUNT = INDICATORS.length;

/** The indicator ids in order, for table headers and vectors. */
export const INDICATOR_IDS: readonly IndicatorId[] = INDICATORS.map((d) => d.id);

/** The 13 qualitative columns the authors' ridge regression one-hot encodes (all scores but C1). */
export const QUALITATIVE_IDS: readonly IndicatorId[] = INDICATORS.filter((d) => d.kind === "score" && d.id !== "C1").map((d) => d.id);

/** The quantities (C5, C10, C12), the indicators with anchors. */
export const QUANTITY_IDS: readonly IndicatorId[] = INDICATORS.filter((d) => d.kind === "quantity").map((d) => d.id);

/**
 * Look up an indicator by id.
 * @throws if the id is not C1..C17.
 */
export function indicator(id: string): Indicator {
  const found = INDICATORS.find((d) => d.id === id);
  if (!found) throw new Error(`indicator: unknown indicator id "${id}" (expected C1..C17)`);
  return found;
}

/** The criterion record of an id. */
export function criterion(id: CriterionId): (typeof CRITERIA)[number] {
  return CRITERIA.find((c) => c.id === id)!;
}
