/**
 * One-hot encoding of categorical columns: each (column, category) pair becomes a 0/1 feature, as
 * `pandas.get_dummies` or scikit-learn's `OneHotEncoder(handle_unknown="ignore")`.
 *
 * Which rows the categories are collected from does not change a ridge fit with intercept: a feature that
 * is 0 on every training row gets coefficient 0 (test/ridge.test.ts checks it), so categories seen only in
 * the rows being predicted contribute nothing either way.
 */

export interface OneHotEncoder {
  /** The categories of each column, sorted. */
  categories: string[][];
  /** Feature names "column=category", in feature order. */
  features: string[];
  /** Encode rows (one string per column); an unseen category encodes as all zeros. */
  transform(rows: readonly (readonly string[])[]): number[][];
}

/**
 * Collect the categories of each column of `rows`.
 * @param rows one string per column; not mutated
 * @param names column names for the feature names (default "0", "1", ...)
 * @throws on ragged rows or no rows
 * @example fitOneHot([["a", "x"], ["b", "x"]]).transform([["b", "x"]]) // [[0, 1, 1]]
 */
export function fitOneHot(rows: readonly (readonly string[])[], names?: readonly string[]): OneHotEncoder {
  if (rows.length === 0) throw new Error("fitOneHot: no rows");
  const m = rows[0].length;
  rows.forEach((r, i) => {
    if (r.length !== m) throw new Error(`fitOneHot: row ${i + 1} has ${r.length} values, expected ${m}`);
  });
  const categories = Array.from({length: m}, (_, j) => [...new Set(rows.map((r) => r[j]))].sort());
  const index = categories.map((cats) => new Map(cats.map((c, i) => [c, i])));
  const offsets = categories.map((_, j) => categories.slice(0, j).reduce((s, c) => s + c.length, 0));
  const width = categories.reduce((s, c) => s + c.length, 0);
  const features = categories.flatMap((cats, j) => cats.map((c) => `${names?.[j] ?? j}=${c}`));
  return {
    categories,
    features,
    transform(data) {
      return data.map((r, i) => {
        if (r.length !== m) throw new Error(`fitOneHot.transform: row ${i + 1} has ${r.length} values, expected ${m}`);
        const v = new Array<number>(width).fill(0);
        r.forEach((c, j) => {
          const k = index[j].get(c);
          if (k !== undefined) v[offsets[j] + k] = 1;
        });
        return v;
      });
    }
  };
}
