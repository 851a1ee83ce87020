/**
 * Column-oriented tables: the compact form build-time data takes on its way to the browser
 * (one array per field instead of one object per row: about half the bytes for 954 rows).
 */

export type Columns<T> = {[K in keyof T]: T[K][]};

/**
 * Turn rows into columns.
 * @example toColumns([{a: 1}, {a: 2}]) // {a: [1, 2]}
 */
export function toColumns<T extends object>(rows: readonly T[], keys: readonly (keyof T)[]): Columns<T> {
  const out = {} as Columns<T>;
  for (const k of keys) out[k] = rows.map((r) => r[k]);
  return out;
}

/**
 * Turn columns back into rows.
 * @throws if the columns differ in length
 */
export function fromColumns<T extends object>(columns: Columns<T>): T[] {
  const keys = Object.keys(columns) as (keyof T)[];
  const n = keys.length ? columns[keys[0]].length : 0;
  for (const k of keys) {
    if (columns[k].length !== n) throw new Error(`fromColumns: column "${String(k)}" has ${columns[k].length} values, expected ${n}`);
  }
  return Array.from({length: n}, (_, i) => Object.fromEntries(keys.map((k) => [k, columns[k][i]])) as T);
}
