/**
 * The entropy weight method (EWM), general: three normalisations, a direction per indicator, and the two
 * weighting rules met in practice, the paper's w = e / sum(e) and the textbook w = (1 - e) / sum(1 - e).
 *
 * For an n x m matrix x (n samples, m indicators):
 *   1. normalise each column to N_ij >= 0 (see {@link Normalisation});
 *   2. p_ij = N_ij / sum_i N_ij;
 *   3. e_j = -(1 / ln n) sum_i p_ij ln p_ij, with 0 ln 0 = 0 (so 0 <= e_j <= 1);
 *   4. d_j = 1 - e_j (the "degree of divergence");
 *   5. w_j = d_j / sum_k d_k ("textbook") or w_j = e_j / sum_k e_k ("paper").
 *
 * References: Shannon (1948) for the entropy; the textbook weight is e.g. Zou, Yun & Sun (2006),
 * "Entropy method for determination of weight of evaluating indicators in fuzzy synthetic evaluation
 * for water quality assessment", J. Environ. Sci. 18(5), 1020-1023. The paper's rule (e / sum e) is
 * established in docs/discrepancies.md by recomputing its weight table.
 */
import type {Direction} from "./indicators.js";

/**
 * - `minMax` (the paper): benefit N = (x - min)/(max - min), cost N = (max - x)/(max - min);
 *   the extreme sample of each column gets N = 0 and drops out of the entropy.
 * - `proportion`: N = x for benefit, N = max + min - x for cost (a reflection that keeps the range);
 *   every x must be >= 0.
 * - `shiftedMinMax`: min-max plus a small shift (default 0.01) so no sample has N = 0.
 */
export type Normalisation = "minMax" | "proportion" | "shiftedMinMax";

/** `paper`: w = e / sum(e) (what the paper did); `textbook`: w = (1 - e) / sum(1 - e). */
export type WeightRule = "paper" | "textbook";

export const NORMALISATIONS: readonly Normalisation[] = ["minMax", "proportion", "shiftedMinMax"];
export const WEIGHT_RULES: readonly WeightRule[] = ["paper", "textbook"];

export interface EntropyOptions {
  /** Default `minMax`. */
  normalisation?: Normalisation;
  /** One per column; default all `benefit`. */
  directions?: readonly Direction[];
  /** Default `paper`. */
  rule?: WeightRule;
  /** The shift of `shiftedMinMax` (> 0); default 0.01. */
  shift?: number;
  /** Column names for error messages (e.g. C1..C17); default "column 1", "column 2", ... */
  labels?: readonly string[];
}

export interface EntropyResult {
  /** Entropy e_j per column, in [0, 1]. */
  e: number[];
  /** Divergence d_j = 1 - e_j. */
  d: number[];
  /** Weights w_j (sum to 1) under the chosen rule. */
  w: number[];
}

/**
 * Normalise one column (step 1).
 * @throws naming the column if it is constant, or has a negative value under `proportion`.
 */
export function normaliseColumn(
  column: readonly number[],
  direction: Direction,
  normalisation: Normalisation,
  {shift = 0.01, label = "column"}: {shift?: number; label?: string} = {}
): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (const x of column) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (!(max > min)) throw new Error(`entropyWeights: ${label} is constant (${min}): its entropy weight is undefined`);
  switch (normalisation) {
    case "minMax":
    case "shiftedMinMax": {
      const s = normalisation === "shiftedMinMax" ? shift : 0;
      return column.map((x) => (direction === "cost" ? max - x : x - min) / (max - min) + s);
    }
    case "proportion":
      if (min < 0) throw new Error(`entropyWeights: ${label} has a negative value (${min}); "proportion" needs x >= 0`);
      return column.map((x) => (direction === "cost" ? max + min - x : x));
    default:
      throw new Error(`entropyWeights: unknown normalisation "${String(normalisation)}" (expected ${NORMALISATIONS.join(", ")})`);
  }
}

/**
 * Entropy weights of the columns of `matrix` (rows = samples, columns = indicators).
 *
 * e_j = -(1/ln n) sum_i p_ij ln p_ij with p_ij = N_ij / sum_i N_ij; w_j = e_j / sum_k e_k (rule "paper")
 * or (1 - e_j) / sum_k (1 - e_k) (rule "textbook").
 *
 * @param matrix n x m, n >= 2; not mutated
 * @param options normalisation, directions, rule, shift, labels
 * @returns e, d = 1 - e and w per column
 * @throws on fewer than 2 rows, ragged rows, a non-finite value, a constant column, a negative value
 *   under `proportion`, directions of the wrong length, an unknown rule or normalisation, a shift <= 0
 * @example entropyWeights([[1, 10], [2, 10.5], [3, 30]], {rule: "textbook"}).w
 */
export function entropyWeights(matrix: readonly (readonly number[])[], options: EntropyOptions = {}): EntropyResult {
  const {normalisation = "minMax", rule = "paper", shift = 0.01} = options;
  const n = matrix.length;
  if (n < 2) throw new Error(`entropyWeights: need at least 2 rows (samples), got ${n}`);
  const m = matrix[0].length;
  if (m < 1) throw new Error("entropyWeights: the matrix has no columns");
  const directions = options.directions ?? Array<Direction>(m).fill("benefit");
  if (directions.length !== m) throw new Error(`entropyWeights: ${directions.length} directions for ${m} columns`);
  const labels = options.labels ?? Array.from({length: m}, (_, j) => `column ${j + 1}`);
  if (!WEIGHT_RULES.includes(rule)) throw new Error(`entropyWeights: unknown rule "${String(rule)}" (expected paper or textbook)`);
  if (normalisation === "shiftedMinMax" && !(shift > 0)) throw new Error(`entropyWeights: shift must be > 0, got ${shift}`);
  matrix.forEach((row, i) => {
    if (row.length !== m) throw new Error(`entropyWeights: row ${i + 1} has ${row.length} values, expected ${m}`);
    row.forEach((x, j) => {
      if (!Number.isFinite(x)) throw new Error(`entropyWeights: ${labels[j]}, row ${i + 1} is not a finite number (${x})`);
    });
  });
  const e: number[] = [];
  for (let j = 0; j < m; j++) {
    const N = normaliseColumn(
      matrix.map((r) => r[j]),
      directions[j],
      normalisation,
      {shift, label: labels[j]}
    );
    const total = N.reduce((s, x) => s + x, 0);
    let h = 0;
    for (const x of N) {
      const p = x / total;
      if (p > 0) h -= p * Math.log(p);
    }
    e.push(h / Math.log(n));
  }
  const d = e.map((x) => 1 - x);
  const basis = rule === "paper" ? e : d;
  const sum = basis.reduce((s, x) => s + x, 0);
  if (!(sum > 0))
    throw new Error(`entropyWeights: the ${rule} rule has a zero denominator (every column has e = ${rule === "paper" ? 0 : 1})`);
  return {e, d, w: basis.map((x) => x / sum)};
}
