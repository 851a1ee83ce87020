/** Section "dataset" and "paperSamples" of `npm run reproduce`. */
import {ecommerceOnly} from "../../src/lib/data/declarations.js";
import {linkPaperSamples} from "../../src/lib/paper/samples.js";
import type {Context, Section} from "./types.js";

/** Which logged discrepancy explains a sample/indicator mismatch with the dataset. */
const EXPLAINED: Record<string, string> = {"1/C12": "D1", "3/C12": "D2", "5/C12": "D3"};

/** The ids explaining every mismatch, or undefined if any mismatch is unexplained. */
function explainAll(ids: (string | undefined)[]): string | undefined {
  return ids.every(Boolean) ? [...new Set(ids)].join(", ") : undefined;
}

export function datasetSection({dataset}: Context): Section {
  const count = (split: string) => dataset.declarations.filter((d) => d.split === split).length;
  const ecommerce = ecommerceOnly(dataset.declarations);
  const json = {
    rows: dataset.declarations.length,
    splits: {train: count("train"), valid: count("valid"), test: count("test")},
    ecommerceRows: ecommerce.length,
    ecommerceFraud: ecommerce.filter((d) => d.fraud === 1).length,
    checksumsVerified: dataset.splits.every((s) => s.checksumVerified)
  };
  return {
    key: "dataset",
    title: "Dataset",
    json,
    targets: [
      {name: "declarations in the dataset (paper: 54,000)", paper: 54000, ours: json.rows, tolerance: 0},
      {name: "e-commerce declarations, Import Type 15 (paper: 954)", paper: 954, ours: json.ecommerceRows, tolerance: 0},
      {name: "e-commerce frauds (not in the paper)", paper: null, ours: json.ecommerceFraud, tolerance: null},
      {name: "sha256 of the three files verified", paper: null, ours: String(json.checksumsVerified), tolerance: null}
    ]
  };
}

export function paperSamplesSection({dataset, paper}: Context): Section {
  const {links, mismatches} = linkPaperSamples(paper.samples100, ecommerceOnly(dataset.declarations));
  return {
    key: "paperSamples",
    title: "Paper samples 1-100 linked to declarations (C5, C10, C12 vs Net Mass, Tax Rate, Item Price)",
    json: {
      count: paper.samples100.length,
      linkedToDeclarations: links.length,
      mismatches: mismatches.map(({sample, indicator, paper, dataset}) => ({sample, indicator, paper, dataset}))
    },
    targets: [
      {name: "samples linked to a declaration", paper: 100, ours: links.length, tolerance: 0},
      {
        name: "samples whose 3 quantities match the dataset",
        paper: 100,
        ours: links.filter((l) => l.quantitiesMatch).length,
        tolerance: 0,
        explainedBy: explainAll(mismatches.map((m) => EXPLAINED[`${m.sample}/${m.indicator}`]))
      },
      ...mismatches.map((m) => ({
        name: `sample ${m.sample} ${m.indicator} vs declaration ${m.declarationId}`,
        paper: m.paper,
        ours: m.dataset,
        tolerance: 1e-9,
        explainedBy: EXPLAINED[`${m.sample}/${m.indicator}`]
      }))
    ]
  };
}
