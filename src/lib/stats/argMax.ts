/** The index of a vector's largest entry: a general helper, kept out of the domain modules. */

/**
 * Index of the largest value (the first on ties): argmax_j v_j. −Infinity may mark entries to skip.
 * @throws if the array is empty or holds NaN
 */
export function argMax(v: readonly number[]): number {
  if (v.length === 0) throw new Error("argMax: empty array");
  if (v.some(Number.isNaN)) throw new Error("argMax: NaN in the values");
  return v.reduce((best, x, j) => (x > v[best] ? j : best), 0);
}
