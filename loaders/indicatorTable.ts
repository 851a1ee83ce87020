/**
 * The 954 x 17 indicator table at build time: the paper's 13 expert rows, the authors' ridge scoring for
 * the other 941 e-commerce declarations (src/lib/method/indicatorScoring.ts), quantities from the dataset.
 * Later loaders (the risk index) call `indicatorTable(ctx)`.
 */
import {ecommerceOnly} from "../src/lib/data/declarations.js";
import {buildIndicatorTable, type IndicatorRow, type ScoringOptions} from "../src/lib/method/indicatorScoring.js";
import type {BuildContext} from "./context.js";

const built = new WeakMap<BuildContext["dataset"], IndicatorRow[]>();

/**
 * The indicator table of all e-commerce declarations, in file order (row i = the paper's sample i for
 * i <= 100). With the default options it is built once per dataset and shared (the ridge fit runs once).
 * @param ctx the dataset and the paper's tables (its 13 expert rows train the ridge scoring)
 * @param options scoring options (a non-default set is built afresh)
 */
export function indicatorTable({dataset, paper}: BuildContext, options: ScoringOptions = {}): IndicatorRow[] {
  const shared = Object.keys(options).length === 0;
  const hit = shared ? built.get(dataset) : undefined;
  if (hit) return hit;
  const rows = buildIndicatorTable(ecommerceOnly(dataset.declarations), paper.expert13, options);
  if (shared) built.set(dataset, rows);
  return rows;
}
