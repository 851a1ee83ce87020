/**
 * Pearson and Spearman correlation matrices of the columns of a data matrix.
 *
 * Pearson r = sum (x - mx)(y - my) / sqrt(sum (x - mx)^2 sum (y - my)^2); Spearman rho is Pearson's r on
 * the ranks (ties get their average rank). Reference: Spearman (1904), Am. J. Psychol. 15(1), 72-101.
 */

export type CorrelationMethod = "pearson" | "spearman";

/**
 * Ranks 1..n, ties sharing their average rank.
 * @example ranks([10, 30, 20, 20]) // [1, 4, 2.5, 2.5]
 */
export function ranks(x: readonly number[]): number[] {
  const order = x.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(x.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) r[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

function pearson(x: readonly number[], y: readonly number[], labels: [string, string]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  if (sxx === 0 || syy === 0)
    throw new Error(`correlationMatrix: ${sxx === 0 ? labels[0] : labels[1]} is constant; its correlation is undefined`);
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * The m x m correlation matrix of the m columns of `matrix` (n x m).
 * @param matrix rows = observations; not mutated
 * @param options.method "pearson" or "spearman" (default)
 * @param options.labels column names for error messages
 * @throws on fewer than 2 rows, ragged rows, a non-finite value or a constant column
 */
export function correlationMatrix(
  matrix: readonly (readonly number[])[],
  {method = "spearman", labels}: {method?: CorrelationMethod; labels?: readonly string[]} = {}
): number[][] {
  if (matrix.length < 2) throw new Error(`correlationMatrix: need at least 2 rows, got ${matrix.length}`);
  const m = matrix[0].length;
  const name = (j: number) => labels?.[j] ?? `column ${j + 1}`;
  matrix.forEach((r, i) => {
    if (r.length !== m) throw new Error(`correlationMatrix: row ${i + 1} has ${r.length} values, expected ${m}`);
    r.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new Error(`correlationMatrix: ${name(j)}, row ${i + 1} is not a finite number (${v})`);
    });
  });
  const cols = Array.from({length: m}, (_, j) => matrix.map((r) => r[j]));
  const data = method === "spearman" ? cols.map(ranks) : cols;
  return data.map((x, a) => data.map((y, b) => (a === b ? 1 : pearson(x, y, [name(a), name(b)]))));
}
