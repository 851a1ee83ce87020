/**
 * How to cite this report, the paper and the dataset (BibTeX), in one place for the Cite page and the
 * README. CITATION.cff at the repository root carries the same facts for GitHub's "Cite" button.
 */

export interface Citation {
  key: string;
  what: string;
  bibtex: string;
}

export const CITATIONS: readonly Citation[] = [
  {
    key: "customsRiskReport2026",
    what: "This report (code, recomputed numbers, figures)",
    bibtex: `@software{customsRiskReport2026,
  title   = {Customs risk early warning for cross-border e-commerce: an interactive, reproducible report},
  author  = {{The customs-risk-report contributors}},
  year    = {2026},
  version = {0.1.0},
  license = {Apache-2.0},
  note    = {Recomputes every number of Zhang's BP-network customs risk model and checks it against fraud labels}
}`
  },
  {
    key: "zhangCustomsRiskBP",
    what: "The paper reproduced",
    bibtex: `@misc{zhangCustomsRiskBP,
  title        = {Customs risk early warning and prevention model for cross-border e-commerce goods based on {BP} neural network},
  author       = {Zhang, Shuhan},
  institution  = {Shanghai Customs University},
  howpublished = {Paper with code: github.com/Gblgblgbl/Customs-risk-early-warning-and-prevention-model-for-cross-border-e-commerce-goods}
}`
  },
  {
    key: "jeong2022customs",
    what: "The dataset",
    bibtex: `@misc{jeong2022customs,
  title         = {Customs Import Declaration Datasets},
  author        = {Jeong, Chaeyoon and Kim, Sundong and Park, Jaewoo and Choi, Yeonsoo},
  year          = {2022},
  eprint        = {2208.02484},
  archivePrefix = {arXiv},
  url           = {https://github.com/Seondong/Customs-Declaration-Datasets}
}`
  }
];

/** All entries as one .bib file. */
export function bibliography(): string {
  return CITATIONS.map((c) => c.bibtex).join("\n\n") + "\n";
}
