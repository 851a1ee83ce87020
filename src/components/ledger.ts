/**
 * The reproduction ledger's display on /reproducibility: the per-table counts, and the cells a
 * discrepancy entry is cited by. Data in, DOM out; the model is src/lib/pages/ledgerView.ts.
 */
import {t} from "../lib/i18n/catalogue.js";
import type {Lang} from "../lib/i18n/lang.js";
import {LEDGER_STATUSES, type LedgerCell, type LedgerTable, type StatusCounts} from "../lib/paper/ledger.js";
import {
  cellsCiting,
  citedSummary,
  columnText,
  countsRows,
  evidenceText,
  formatLedgerValue,
  rowText,
  statusText,
  tableText
} from "../lib/pages/ledgerView.js";

/** An element with a class and children (text or elements). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: {className?: string; scope?: string} = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.scope) e.setAttribute("scope", props.scope);
  e.append(...children);
  return e;
}

/** A status word, classed by the status itself (the colours of style.css) whatever the language. */
const statusSpan = (s: string, lang: Lang) => el("span", {className: `status-${s}`}, statusText(lang, s));

/**
 * The counts table: one row per table and a total, status columns in the gate's order.
 * @param tables the ledger's counts per table
 * @param lang the page's language (headers, table names, status words)
 */
export function ledgerCountsTable(tables: Readonly<Record<LedgerTable, StatusCounts>>, lang: Lang = "en"): HTMLTableElement {
  const head = el(
    "tr",
    {},
    el("th", {scope: "col"}, t(lang, "repro.col.table")),
    el("th", {scope: "col"}, t(lang, "repro.col.cells")),
    ...LEDGER_STATUSES.map((s) => el("th", {scope: "col"}, statusSpan(s, lang)))
  );
  const body = countsRows(tables).map((r) =>
    el(
      "tr",
      {className: r.table === "all" ? "ledger-total" : ""},
      el("th", {scope: "row"}, tableText(lang, r.table, "total")),
      el("td", {}, String(r.cells)),
      ...LEDGER_STATUSES.map((s) => el("td", {}, String(r[s])))
    )
  );
  return el("table", {className: "ledger-counts"}, el("thead", {}, head), el("tbody", {}, ...body));
}

/**
 * The cells citing one discrepancy entry, in a <details> (fails and explained first, each with its
 * evidence); beyond `limit` cells the rest are counted, not listed (the filterable table has them all).
 * @param cells the ledger's cells
 * @param id the entry's id ("D31")
 * @param options `limit` cells listed; `lang` the page's language
 */
export function discrepancyCells(
  cells: readonly LedgerCell[],
  id: string,
  {limit = 25, lang = "en"}: {limit?: number; lang?: Lang} = {}
): HTMLElement {
  const cited = cellsCiting(cells, id);
  if (cited.length === 0) return el("p", {className: "ledger-none"}, t(lang, "repro.cited.none"));
  const items = cited.slice(0, limit).map((c) =>
    el(
      "li",
      {},
      statusSpan(c.status, lang),
      ` ${t(lang, "repro.cited.cell", {
        table: tableText(lang, c.table),
        row: rowText(lang, c.row),
        column: columnText(lang, c.column),
        paper: c.paper,
        ours: formatLedgerValue(c.ours)
      })} `,
      el("span", {className: "ledger-evidence"}, evidenceText(lang, c.evidence))
    )
  );
  const more = cited.length > limit ? [el("p", {}, t(lang, "repro.cited.more", {n: String(cited.length - limit)}))] : [];
  return el("details", {className: "ledger-cells"}, el("summary", {}, citedSummary(lang, cited)), el("ul", {}, ...items), ...more);
}
