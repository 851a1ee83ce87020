/**
 * Page model of "Data" (src/data.md): the schema table, the e-commerce declarations per month and the
 * top countries and offices, computed from data/ecommerce.json (loaders/summary.ts), so the page only
 * imports, loads and displays.
 */
import {COLUMNS, COLUMN_DESCRIPTIONS} from "../data/declarations.js";
import {INDICATORS} from "../method/indicators.js";

/** The fields of an e-commerce declaration these tables read. */
export interface EcommerceFields {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  fraud: number;
  office: string;
  departure: string;
}

/** The 22 columns in file order: number, name, type, meaning, and the indicators that read the column. */
export function schemaRows(): {"#": number; column: string; type: string; meaning: string; indicator: string}[] {
  return COLUMNS.map((c, i) => ({
    "#": i + 1,
    column: c.name,
    type: c.type,
    meaning: COLUMN_DESCRIPTIONS[c.name],
    indicator: INDICATORS.filter((d) => d.column === c.name)
      .map((d) => d.id)
      .join(", ")
  }));
}

/**
 * Declarations and frauds per calendar month (the date's first 7 characters), months ascending.
 * @example monthRows([{date: "2020-01-05", fraud: 1, …}]) // [{month: "2020-01", declarations: 1, fraud: 1}]
 */
export function monthRows(rows: readonly EcommerceFields[]): {month: string; declarations: number; fraud: number}[] {
  const byMonth = new Map<string, {month: string; declarations: number; fraud: number}>();
  for (const d of rows) {
    const month = d.date.slice(0, 7);
    const r = byMonth.get(month) ?? {month, declarations: 0, fraud: 0};
    r.declarations++;
    r.fraud += d.fraud ? 1 : 0;
    byMonth.set(month, r);
  }
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

/**
 * The n most frequent values of a field, with their count and fraud share (frauds / count); ties keep the
 * order in which the values first appear (a stable sort).
 */
export function topGroups(
  rows: readonly EcommerceFields[],
  key: "office" | "departure",
  n = 10
): {key: string; n: number; fraud: number}[] {
  const groups = new Map<string, {n: number; frauds: number}>();
  for (const d of rows) {
    const g = groups.get(d[key]) ?? {n: 0, frauds: 0};
    g.n++;
    g.frauds += d.fraud ? 1 : 0;
    groups.set(d[key], g);
  }
  return Array.from(groups, ([k, g]) => ({key: k, n: g.n, fraud: g.frauds / g.n}))
    .sort((a, b) => b.n - a.n)
    .slice(0, n);
}
