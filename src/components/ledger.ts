/**
 * The reproduction ledger's display on /reproducibility: the per-table counts, and the cells a
 * discrepancy entry is cited by. Data in, DOM out; the model is src/lib/pages/ledgerView.ts.
 */
import {LEDGER_STATUSES, type LedgerCell, type LedgerTable, type StatusCounts} from "../lib/paper/ledger.js";
import {cellsCiting, countsRows, formatLedgerValue} from "../lib/pages/ledgerView.js";

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

const statusSpan = (s: string) => el("span", {className: `status-${s}`}, s);

/** The counts table: one row per table and a total, status columns in the gate's order. */
export function ledgerCountsTable(tables: Readonly<Record<LedgerTable, StatusCounts>>): HTMLTableElement {
  const head = el(
    "tr",
    {},
    el("th", {scope: "col"}, "table"),
    el("th", {scope: "col"}, "cells"),
    ...LEDGER_STATUSES.map((s) => el("th", {scope: "col"}, statusSpan(s)))
  );
  const body = countsRows(tables).map((r) =>
    el(
      "tr",
      {className: r.table === "all" ? "ledger-total" : ""},
      el("th", {scope: "row"}, r.table),
      el("td", {}, String(r.cells)),
      ...LEDGER_STATUSES.map((s) => el("td", {}, String(r[s])))
    )
  );
  return el("table", {className: "ledger-counts"}, el("thead", {}, head), el("tbody", {}, ...body));
}

/**
 * The cells citing one discrepancy entry, in a <details> (fails and explained first, each with its
 * evidence); beyond `limit` cells the rest are counted, not listed (the filterable table has them all).
 */
export function discrepancyCells(cells: readonly LedgerCell[], id: string, {limit = 25} = {}): HTMLElement {
  const cited = cellsCiting(cells, id);
  if (cited.length === 0)
    return el("p", {className: "ledger-none"}, "Cited by no cell of the six tables (an entry about the paper's text).");
  const counts = LEDGER_STATUSES.map((s) => [s, cited.filter((c) => c.status === s).length] as const).filter(([, n]) => n > 0);
  const items = cited
    .slice(0, limit)
    .map((c) =>
      el(
        "li",
        {},
        statusSpan(c.status),
        ` ${c.table} · ${c.row} · ${c.column}: paper ${c.paper}, ours ${formatLedgerValue(c.ours)}. `,
        el("span", {className: "ledger-evidence"}, c.evidence)
      )
    );
  const more =
    cited.length > limit ? [el("p", {}, `… and ${cited.length - limit} more (filter the table above by table and status).`)] : [];
  return el(
    "details",
    {className: "ledger-cells"},
    el("summary", {}, `Cited by ${cited.length} cell${cited.length === 1 ? "" : "s"}: ${counts.map(([s, n]) => `${n} ${s}`).join(", ")}`),
    el("ul", {}, ...items),
    ...more
  );
}
