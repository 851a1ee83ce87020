/**
 * The glossary: each Chinese term the report uses beside its English one. The method's terms are listed
 * here; the indicator, criterion and zone names come from their own catalogues (src/lib/method/), so the
 * glossary and the pages can never disagree.
 *
 * Terms: the standard wording of Chinese customs risk management (海关风险管理: 查验, 布控, 瞒骗) and of
 * the methods as Chinese textbooks and the paper's Chinese literature name them (熵权法, 雷达图法,
 * BP神经网络).
 */
import {CRITERIA, INDICATORS} from "../method/indicators.js";
import {ZONES, ZONE_LABELS} from "../method/zones.js";

/** A glossary entry. */
export interface GlossaryEntry {
  readonly zh: string;
  readonly en: string;
  /** Where the term belongs: the method, customs practice, evaluation, or one of the catalogues. */
  readonly group: "method" | "customs" | "evaluation" | "criterion" | "indicator" | "zone";
}

/** The method's, customs' and evaluation's terms (the catalogues' names are added by {@link glossary}). */
export const TERMS: readonly GlossaryEntry[] = [
  {zh: "风险预警", en: "risk early warning", group: "method"},
  {zh: "风险防控", en: "risk prevention and control", group: "method"},
  {zh: "熵权法", en: "entropy weight method", group: "method"},
  {zh: "信息熵", en: "information entropy", group: "method"},
  {zh: "权重", en: "weight", group: "method"},
  {zh: "雷达图法", en: "radar chart method", group: "method"},
  {zh: "改进雷达图", en: "improved radar chart", group: "method"},
  {zh: "风险值", en: "risk value", group: "method"},
  {zh: "风险指数", en: "risk index", group: "method"},
  {zh: "标准样本", en: "standard sample", group: "method"},
  {zh: "预警阈值", en: "warning threshold", group: "method"},
  {zh: "预警分区", en: "warning zone", group: "method"},
  {zh: "指标体系", en: "indicator system", group: "method"},
  {zh: "准则层", en: "criteria layer", group: "method"},
  {zh: "指标层", en: "indicator layer", group: "method"},
  {zh: "效益型指标", en: "benefit indicator (larger is riskier)", group: "method"},
  {zh: "成本型指标", en: "cost indicator (larger is less risky)", group: "method"},
  {zh: "归一化", en: "normalisation", group: "method"},
  {zh: "BP神经网络", en: "BP (back-propagation) neural network", group: "method"},
  {zh: "隐含层", en: "hidden layer", group: "method"},
  {zh: "平均绝对误差", en: "mean absolute error (MAE)", group: "method"},
  {zh: "岭回归", en: "ridge regression", group: "method"},
  {zh: "梯度提升树", en: "gradient-boosted trees (GBDT)", group: "method"},
  {zh: "数据驱动指数", en: "data-driven index", group: "method"},
  {zh: "跨境电商", en: "cross-border e-commerce", group: "customs"},
  {zh: "报关单", en: "customs declaration", group: "customs"},
  {zh: "申报", en: "declaration", group: "customs"},
  {zh: "查验", en: "inspection", group: "customs"},
  {zh: "查验率", en: "inspection rate", group: "customs"},
  {zh: "布控", en: "targeting (selection for inspection)", group: "customs"},
  {zh: "瞒骗", en: "fraud", group: "customs"},
  {zh: "严重瞒骗", en: "critical fraud", group: "customs"},
  {zh: "完税价格", en: "item price (assessed value)", group: "customs"},
  {zh: "税款", en: "duty", group: "customs"},
  {zh: "精确率（命中率）", en: "precision (hit rate)", group: "evaluation"},
  {zh: "召回率", en: "recall", group: "evaluation"},
  {zh: "训练集", en: "training set", group: "evaluation"},
  {zh: "测试集", en: "test set", group: "evaluation"},
  {zh: "新申报", en: "novel declaration (an Item Price never seen in training)", group: "evaluation"},
  {zh: "置信区间", en: "confidence interval", group: "evaluation"}
];

/**
 * The whole glossary: {@link TERMS}, then the five criteria, the 17 indicators (id and name) and the three
 * zones, each from its catalogue.
 * @returns entries in that order; every Chinese and English term non-empty (test/i18n.test.ts)
 */
export function glossary(): GlossaryEntry[] {
  return [
    ...TERMS,
    ...CRITERIA.map((c) => ({zh: c.nameZh, en: c.name, group: "criterion" as const})),
    ...INDICATORS.map((d) => ({zh: `${d.id} ${d.nameZh}`, en: `${d.id} ${d.name}`, group: "indicator" as const})),
    ...ZONES.map((z) => ({zh: ZONE_LABELS[z].nameZh, en: `${ZONE_LABELS[z].name} zone`, group: "zone" as const}))
  ];
}
