/**
 * The 954 x 17 indicator table at build time: the paper's 13 expert rows, the authors' ridge scoring for
 * the other 941 e-commerce declarations (src/lib/method/indicatorScoring.ts), quantities from the dataset.
 * Later loaders (the risk index) call `indicatorTable(dataset)`.
 */
import {ecommerceOnly} from "../src/lib/data/declarations.js";
import {buildIndicatorTable, type IndicatorRow, type ScoringOptions} from "../src/lib/method/indicatorScoring.js";
import type {Dataset} from "./dataset.js";
import {loadPaperTables} from "./paper.js";

/** The indicator table of all e-commerce declarations, in file order (row i = the paper's sample i for i <= 100). */
export function indicatorTable(dataset: Dataset, options: ScoringOptions = {}): IndicatorRow[] {
  return buildIndicatorTable(ecommerceOnly(dataset.declarations), loadPaperTables().expert13, options);
}
