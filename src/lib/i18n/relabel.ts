/**
 * Tables on a Chinese page keyed by their Chinese column heads. Inputs.table's `header` option changes a head's
 * text but keeps the column's key as the head's tooltip (`<th title>`), so a Chinese page given English-keyed
 * rows would still show the English keys; the rows are re-keyed instead. Downloads keep the original rows,
 * English keys and all (each page's caption says so).
 */
import type {Lang} from "./lang.js";

function checkDistinct(heads: readonly string[]): void {
  const twice = heads.find((h, i) => heads.indexOf(h) !== i);
  if (twice !== undefined) throw new Error(`relabel: two columns are headed "${twice}"`);
}

/**
 * Every row with its keys renamed: key k becomes `names[k]`, a key without a name stays; values and key order kept.
 * @param rows the rows, keyed as the downloads write them
 * @param names key → shown head; null keeps the rows as they are (an English page)
 * @throws if two columns would get the same head (one would silently replace the other)
 * @example relabelRows([{zone: "安全区", n: 3}], {zone: "预警分区"}) // [{预警分区: "安全区", n: 3}]
 */
export function relabelRows(rows: readonly object[], names: Readonly<Record<string, string>> | null): Record<string, unknown>[] {
  if (!names) return rows.map((r) => ({...r}));
  if (rows.length > 0) checkDistinct(Object.keys(rows[0]).map((k) => names[k] ?? k));
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [names[k] ?? k, v])));
}

/**
 * A table's rows and Inputs.table `format` keyed by the heads of `header`: only the columns it names are kept,
 * in its order (it doubles as Inputs.table's `columns`), and `format` is re-keyed alike.
 * @param rows the table's rows
 * @param header column key → head
 * @param format Inputs.table `format`, by column key
 * @throws if two columns have the same head
 * @example relabelTable([{rows: 3, x: 1}], {rows: "申报数"}).rows // [{申报数: 3}]
 */
export function relabelTable<F>(
  rows: readonly object[],
  header: Readonly<Record<string, string>>,
  format: Readonly<Record<string, F>> = {}
): {rows: Record<string, unknown>[]; format: Record<string, F>} {
  const keys = Object.keys(header);
  checkDistinct(keys.map((k) => header[k]));
  return {
    rows: rows.map((r) => Object.fromEntries(keys.map((k) => [header[k], (r as Record<string, unknown>)[k]]))),
    format: Object.fromEntries(Object.entries(format).flatMap(([k, f]) => (k in header ? [[header[k], f]] : [])))
  };
}

/** A table as Inputs.table takes it: its rows and options. */
export interface LocalTable {
  rows: Record<string, unknown>[];
  options: {
    select: false;
    layout: "auto";
    rows?: number;
    height?: number;
    columns?: string[];
    header?: Record<string, string>;
    format: Record<string, (x: never) => string>;
  };
}

/** A page model's table with the English-keyed rows its download writes and the download's file name. */
export interface DownloadableTable {
  table: LocalTable;
  download: readonly object[];
  name: string;
}

/** What a page asks of a table: the columns shown (all when absent), the format by English key, its size. */
export interface LocalTableSpec {
  columns?: readonly string[];
  format?: Readonly<Record<string, (x: never) => string>>;
  /** rows shown before the table scrolls */
  rows?: number;
  /** the table's height in px */
  height?: number;
}

/**
 * A table in a language. An English page keeps the rows' keys and names the heads that differ from their key
 * with Inputs.table's `header`; a Chinese page gets rows keyed by their heads ({@link relabelRows}: `header`
 * would leave the English key as each head's tooltip), its columns and format re-keyed alike. Downloads take
 * the original rows.
 * @param rows the rows, keyed in English
 * @param lang the page's language ("en" keeps the keys)
 * @param head English key → the head shown in `lang` (keys without a head are shown as they are)
 * @param spec columns, format (by English key), rows before scrolling, height
 * @throws if two columns would get the same head
 * @example localTable([{zone: "safety"}], "zh", {zone: "预警分区"}).rows // [{预警分区: "safety"}]
 */
export function localTable(
  rows: readonly object[],
  lang: Lang,
  head: Readonly<Record<string, string>>,
  spec: LocalTableSpec = {}
): LocalTable {
  const name = (k: string) => head[k] ?? k;
  const base = {
    select: false,
    layout: "auto",
    ...(spec.rows === undefined ? {} : {rows: spec.rows}),
    ...(spec.height === undefined ? {} : {height: spec.height})
  } as const;
  const format = spec.format ?? {};
  if (lang === "en") {
    const keys = spec.columns ?? Object.keys(rows[0] ?? {});
    const header = Object.fromEntries(keys.filter((k) => name(k) !== k).map((k) => [k, name(k)]));
    return {
      rows: rows.map((r) => ({...r})),
      options: {
        ...base,
        ...(spec.columns ? {columns: [...spec.columns]} : {}),
        ...(Object.keys(header).length ? {header} : {}),
        format: {...format}
      }
    };
  }
  return {
    rows: relabelRows(rows, head),
    options: {
      ...base,
      ...(spec.columns ? {columns: spec.columns.map(name)} : {}),
      format: Object.fromEntries(Object.entries(format).map(([k, f]) => [name(k), f]))
    }
  };
}
