/** The paper's tables with each sample linked to its declaration (what the pages and `reproduce` read). */
import {ecommerceOnly} from "../src/lib/data/declarations.js";
import {linkPaperSamples} from "../src/lib/paper/samples.js";
import type {Dataset} from "./dataset.js";
import {loadPaperTables} from "./paper.js";

export function paperWithLinks(dataset: Dataset) {
  const tables = loadPaperTables();
  const ecommerce = ecommerceOnly(dataset.declarations);
  return {tables, ...linkPaperSamples(tables.samples100, ecommerce), expert13: linkPaperSamples(tables.expert13, ecommerce)};
}
