/**
 * The discrepancy log: every difference between the paper and our recomputation, its size, cause and
 * evidence. One source of truth for docs/discrepancies.md (generated: `npm run docs`), the
 * Reproducibility page and `npm run reproduce` (a target that differs is "explained" only if it cites
 * an entry here).
 */

export interface Discrepancy {
  id: string;
  /** Where in the paper. */
  where: string;
  title: string;
  paper: string;
  ours: string;
  size: string;
  cause: string;
  evidence: string;
}

export const DISCREPANCIES: readonly Discrepancy[] = [
  {
    id: "D1",
    where: "100-sample table, sample 1, C12",
    title: "Sample 1's assessed value printed from a floating-point artefact",
    paper: "30866.00004",
    ours: "30866.000000000004 (Item Price of declaration 83743051)",
    size: "4e-5 (1.3e-9 relative)",
    cause: "The dataset stores 30866.000000000004 (a floating-point artefact); the paper dropped zeros when copying it.",
    evidence: "test/paperSamples.test.ts; `npm run reproduce` section paperSamples."
  },
  {
    id: "D2",
    where: "100-sample table and 17-sample table, sample 3, C12; 13-sample table prints 7276",
    title: "Sample 3's assessed value has two digits swapped",
    paper: "7275.84",
    ours: "7257.84 (Item Price of declaration 65912175)",
    size: "18 KRW (0.25%)",
    cause: "Transcription typo: 7257.84 typed as 7275.84, then carried into every later table.",
    evidence: "test/paperSamples.test.ts; `npm run reproduce` section paperSamples."
  },
  {
    id: "D3",
    where: "100-sample table and 17-sample table, sample 5, C12; 13-sample table prints 1116",
    title: "Sample 5's assessed value has an extra digit",
    paper: "1116.06",
    ours: "111.06 (Item Price of declaration 16316084)",
    size: "1005 KRW (a factor of 10.05)",
    cause: "Transcription typo: a doubled 1. Every other quantity of samples 1-100 matches the dataset up to printed rounding.",
    evidence: "test/paperSamples.test.ts; `npm run reproduce` section paperSamples."
  },
  {
    id: "D4",
    where: "13-sample expert table, C5 and C12",
    title: "The 13-sample table rounds the quantities",
    paper: "e.g. C5 4954, 6048, 63, 1; C12 1676760",
    ours: "4953.5, 6048.2, 62.9, 0.6; 1676759.75",
    size: "below the printed precision",
    cause: "The first table prints quantities rounded to integers; the 100-sample table keeps the decimals.",
    evidence: "test/paperSamples.test.ts (rounded values agree up to printing)."
  }
];

/** Look up a discrepancy by id. @throws if unknown (a target may only cite a logged discrepancy). */
export function discrepancy(id: string): Discrepancy {
  const d = DISCREPANCIES.find((x) => x.id === id);
  if (!d) throw new Error(`discrepancy: no entry "${id}" in the discrepancy log`);
  return d;
}

/** The log as Markdown (docs/discrepancies.md is this text; a test keeps the file in step). */
export function discrepanciesMarkdown(): string {
  const lines = [
    "# Discrepancy log",
    "",
    "Every difference between the paper and this project's recomputation. Generated from",
    "`src/lib/discrepancies.ts` by `npm run docs`; do not edit by hand.",
    ""
  ];
  for (const d of DISCREPANCIES) {
    lines.push(`## ${d.id}. ${d.title}`, "", `- **Where**: ${d.where}`, `- **Paper**: ${d.paper}`, `- **Ours**: ${d.ours}`,
      `- **Size**: ${d.size}`, `- **Cause**: ${d.cause}`, `- **Evidence**: ${d.evidence}`, "");
  }
  return lines.join("\n");
}
