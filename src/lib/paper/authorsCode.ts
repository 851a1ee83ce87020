/**
 * The authors' published code, the source of data/authors/ and of data/paper/w13.csv and typed13.csv:
 * its address and the commit those numbers were read at (data/authors/README.md names d960ef2; the full
 * hash and its date are that commit's, 2025-07-11, when the repository's README, which is the paper, was
 * last changed). Links to their code lines are built here, never typed into pages.
 */

export const AUTHORS_CODE = {
  repository: "https://github.com/Gblgblgbl/Customs-risk-early-warning-and-prevention-model-for-cross-border-e-commerce-goods",
  commit: "d960ef2d855b218dbf138294bef77807ef8f9fde",
  date: "2025-07-11"
} as const;

/** Some lines of one file of the authors' code, and what they show. */
export interface AuthorsCodeRef {
  /** Path in their repository, e.g. "Radar_chart for 13 samples.ipynb". */
  file: string;
  /** First and last line (1-based, inclusive) of the file's raw text at {@link AUTHORS_CODE}.commit. */
  lines: readonly [number, number];
  /** What a reader sees there, e.g. "sample 1's typed vector". */
  shows: string;
}

/**
 * The address of those lines at the pinned commit: `<repository>/blob/<commit>/<file>?plain=1#L<a>-L<b>`.
 * `?plain=1` shows a notebook's raw text, whose line numbers these are (the rendered notebook has none).
 * @throws if the lines are not 1 <= first <= last
 */
export function authorsCodeUrl(ref: AuthorsCodeRef): string {
  const [a, b] = ref.lines;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b < a)
    throw new Error(`authorsCodeUrl: ${ref.file}: lines must be 1 <= first <= last, got ${a}-${b}`);
  // Parentheses too (encodeURIComponent keeps them): the address then survives Markdown links.
  const path = ref.file
    .split("/")
    .map((seg) => encodeURIComponent(seg).replace(/\(/g, "%28").replace(/\)/g, "%29"))
    .join("/");
  return `${AUTHORS_CODE.repository}/blob/${AUTHORS_CODE.commit}/${path}?plain=1#L${a}${b > a ? `-L${b}` : ""}`;
}

/** "file, line 454" or "file, lines 7-10". */
export function authorsCodeLabel(ref: AuthorsCodeRef): string {
  const [a, b] = ref.lines;
  return `${ref.file}, ${b > a ? `lines ${a}-${b}` : `line ${a}`}`;
}
