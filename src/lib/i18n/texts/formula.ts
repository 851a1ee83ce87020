/** Words inside the method's display formulas (src/lib/method/formulas.ts). Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const FORMULA_TEXTS = {
  "formula.benefit": {en: "(benefit)", zh: "（效益型）"},
  "formula.cost": {en: "(cost)", zh: "（成本型）"},
  "formula.textbook": {en: "textbook", zh: "教科书"},
  "formula.paper": {en: "paper", zh: "论文"},
  "formula.precision": {en: "precision", zh: "精确率"},
  "formula.recall": {en: "recall", zh: "召回率"},
  // {k} is TeX math inside \text (KaTeX reads $…$ there)
  "formula.fraudsInTop": {en: "frauds in the top {k}", zh: "前 {k} 中的瞒骗申报"},
  "formula.top": {en: "top {k}", zh: "前 {k} 的申报"},
  "formula.frauds": {en: "frauds", zh: "瞒骗申报"}
} as const satisfies Record<string, Text>;
