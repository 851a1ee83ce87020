/**
 * Page model of "Data" (src/data.md): the schema table, the e-commerce declarations per month and the
 * top countries and offices, computed from data/ecommerce.json (loaders/summary.ts), so the page only
 * imports, loads and displays.
 */
import {COLUMNS, ECOMMERCE_FIELDS} from "../data/declarations.js";
import {t, type Lang, type TextKey} from "../i18n/index.js";
import {INDICATORS} from "../method/indicators.js";

/** The fields of an e-commerce declaration these tables read. */
export interface EcommerceFields {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  fraud: number;
  office: string;
  departure: string;
}

/**
 * The 22 columns in file order: number, name, type, meaning, and the indicators that read the column.
 * The keys stay English in both languages (the downloads' column names); {@link schemaHeader} heads the
 * table shown. Column names are the dataset's own and stay as they are.
 * @param lang the page's language: the type and the meaning (English: COLUMN_DESCRIPTIONS word for word)
 */
export function schemaRows(lang: Lang = "en"): {"#": number; column: string; type: string; meaning: string; indicator: string}[] {
  return COLUMNS.map((c, i) => ({
    "#": i + 1,
    column: c.name,
    type: t(lang, `data.type.${c.type}` as TextKey),
    meaning: t(lang, `data.col.${c.name}` as TextKey),
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

/** Inputs.table `header` for keys in a language: each key's text from the catalogue. */
const header = (lang: Lang, keys: Readonly<Record<string, TextKey>>): Record<string, string> =>
  Object.fromEntries(Object.entries(keys).map(([k, key]) => [k, t(lang, key)]));

/**
 * The schema table's column heads (Inputs.table `header`): the row keys in English, in Chinese on a
 * Chinese page.
 * @param lang the page's language
 */
export function schemaHeader(lang: Lang = "en"): Record<string, string> {
  return header(lang, {
    "#": "data.colNumber",
    column: "data.colColumn",
    type: "data.colType",
    meaning: "data.colMeaning",
    indicator: "data.colIndicator"
  });
}

/**
 * The splits table's column heads (Inputs.table `header`). English: the heads /data has always shown
 * (the other columns under their keys); Chinese: every column.
 * @param lang the page's language
 */
export function splitsHeader(lang: Lang = "en"): Record<string, string> {
  const heads: Record<string, TextKey> = {
    fraudRate: "data.colFraudRate",
    criticalRate: "data.colCriticalRate",
    firstDate: "data.colFrom",
    lastDate: "data.colTo",
    ecommerce: "data.colEcommerce",
    ecommerceFraud: "data.colEcommerceFraud"
  };
  return header(lang, lang === "en" ? heads : {split: "data.colSplit", period: "data.colPeriod", rows: "data.colRows", ...heads});
}

/**
 * A split's name ("train", "valid", "test") in a language.
 * @example splitName("zh", "test") // "测试集"
 */
export function splitName(lang: Lang, split: string): string {
  return ["train", "valid", "test"].includes(split) ? t(lang, `data.split.${split}` as TextKey) : split;
}

/**
 * A split's period ("2020", "2021 Q1", as loaders/dataset.ts writes it) in a language; anything else as it is.
 * @example periodName("zh", "2021 Q1") // "2021 年第 1 季度"
 */
export function periodName(lang: Lang, period: string): string {
  const m = /^(\d{4})(?: Q([1-4]))?$/.exec(period);
  if (!m) return period;
  return m[2] ? t(lang, "data.periodQuarter", {year: m[1], quarter: m[2]}) : t(lang, "data.periodYear", {year: m[1]});
}

/**
 * The e-commerce declarations table's column heads (Inputs.table `header`): the field keys themselves in
 * English (as /data shows them), Chinese names on a Chinese page.
 * @param lang the page's language
 */
export function ecommerceHeader(lang: Lang = "en"): Record<string, string> {
  return header(lang, Object.fromEntries(ECOMMERCE_FIELDS.map((k) => [k, `data.field.${k}` as TextKey])));
}
