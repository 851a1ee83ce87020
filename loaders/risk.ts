/**
 * Build-time inputs of the risk-index pages and the riskIndex section of `npm run reproduce`: the paper's
 * risk tables, the weight vectors, and the 100 samples with both their printed and their dataset values.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {ecommerceOnly} from "../src/lib/data/declarations.js";
import {INDICATOR_IDS} from "../src/lib/method/indicators.js";
import {linkPaperSamples} from "../src/lib/paper/samples.js";
import {toMatrix, type PaperTables} from "../src/lib/paper/tables.js";
import {parseAuthorsCode, publishedWeights, type AuthorsCode} from "../src/lib/paper/weights.js";
import type {Dataset} from "./dataset.js";
import {PAPER_DIR} from "./paper.js";

/** W13 and the typed-vector typos (data/paper/w13.csv, typed13.csv). */
export function loadAuthorsCode(dir = PAPER_DIR): AuthorsCode {
  const read = (n: string) => readFileSync(join(dir, `${n}.csv`), "utf8");
  return parseAuthorsCode({w13: read("w13"), typed13: read("typed13")});
}

export interface RiskSample {
  sample: number;
  declarationId: string;
  /** The 17 values as printed in the paper's 100-sample table (C1..C17). */
  printed: number[];
  /** The same with C5, C10, C12 read from the declaration (Net Mass, Tax Rate, Item Price). */
  dataset: number[];
  fraud: 0 | 1;
}

export interface RiskData {
  weights: {printed: number[]; published: number[]; w13: number[]};
  typed13: AuthorsCode["typed13"];
  sample17: {row: number; kind: string; label: string; level: number | null; values: number[]; risk: number}[];
  samples: RiskSample[];
}

const QUANTITY_FIELDS = {C5: "netMass", C10: "taxRate", C12: "itemPrice"} as const;

/** Everything the risk page needs, from the paper's tables and the dataset. */
export function riskData(dataset: Dataset, paper: PaperTables): RiskData {
  const code = loadAuthorsCode();
  const ecommerce = ecommerceOnly(dataset.declarations);
  const {links} = linkPaperSamples(paper.samples100, ecommerce);
  const printed = toMatrix(paper.samples100);
  return {
    weights: {printed: paper.weights.map((w) => w.weight), published: publishedWeights(paper.weights), w13: code.w13},
    typed13: code.typed13,
    sample17: paper.sample17.map((r) => ({
      row: r.row,
      kind: r.kind,
      label: r.label,
      level: r.level,
      values: INDICATOR_IDS.map((id) => r.values[id]),
      risk: r.risk
    })),
    samples: paper.samples100.map((s, i) => {
      const d = ecommerce[s.sample - 1];
      return {
        sample: s.sample,
        declarationId: links[i].declarationId,
        printed: printed[i],
        dataset: INDICATOR_IDS.map((id, j) =>
          id in QUANTITY_FIELDS ? d[QUANTITY_FIELDS[id as keyof typeof QUANTITY_FIELDS]] : printed[i][j]
        ),
        fraud: d.fraud
      };
    })
  };
}
