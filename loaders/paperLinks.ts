/** The paper's tables with each sample linked to its declaration (what the pages and `reproduce` read). */
import type {PaperTables} from "../src/lib/paper/tables.js";
import {ecommerceOnly} from "../src/lib/data/declarations.js";
import {linkPaperSamples} from "../src/lib/paper/samples.js";
import type {Dataset} from "./dataset.js";

export function paperWithLinks(dataset: Dataset, tables: PaperTables) {
  const ecommerce = ecommerceOnly(dataset.declarations);
  return {tables, ...linkPaperSamples(tables.samples100, ecommerce), expert13: linkPaperSamples(tables.expert13, ecommerce)};
}
