/**
 * The tables and the discrepancy log of /reproducibility: data in, DOM out. The model is
 * src/lib/pages/ledgerView.ts.
 */
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import {AUTHORS_CODE, authorsCodeLabel, authorsCodeUrl, type AuthorsCodeRef} from "../lib/paper/authorsCode.js";
import {citedIds, type LedgerCell} from "../lib/paper/ledger.js";
import {formatLedgerValue, formatTargetValue, type TargetRow} from "../lib/pages/ledgerView.js";
import {discrepancyCells} from "./ledger.js";

/** Links to the cited discrepancy entries. */
const ids = (s: string | null | undefined) =>
  html`${citedIds({discrepancy: s ?? null}).map((d, i) => html`${i ? ", " : ""}<a href="#${d}">${d}</a>`)}`;

/** The log's text uses `code` and *emphasis*: render just those two. */
export const inline = (text: string) =>
  html`${text
    .split(/(`[^`]+`|\*[^*]+\*)/)
    .map((part) =>
      part.startsWith("`")
        ? html`<code>${part.slice(1, -1)}</code>`
        : part.startsWith("*") && part.length > 2
          ? html`<em>${part.slice(1, -1)}</em>`
          : part
    )}`;

/** The ledger's cells, status first (visible without horizontal scrolling at 1280 px). */
export function ledgerCellsTable(cells: readonly LedgerCell[]): HTMLElement {
  return Inputs.table(cells, {
    columns: ["status", "table", "row", "column", "paper", "ours", "tolerance", "discrepancy", "evidence"],
    header: {discrepancy: "cites"},
    format: {
      status: (s: string) => html`<span class="status-${s}">${s}</span>`,
      ours: formatLedgerValue,
      tolerance: formatTargetValue,
      discrepancy: ids,
      evidence: (e: string) => html`<span title=${e}>${e}</span>`
    },
    width: {status: 72, table: 80, row: 90, column: 60, paper: 95, ours: 95, tolerance: 55, discrepancy: 70},
    rows: 20,
    select: false
  });
}

/** The reproduction targets, status first. */
export function targetsTable(targets: readonly TargetRow[]): HTMLElement {
  return Inputs.table(targets, {
    columns: ["status", "name", "source", "paper", "ours", "difference", "tolerance", "explainedBy"],
    header: {name: "target", source: "reference", paper: "value", explainedBy: "cites"},
    format: {
      paper: formatTargetValue,
      ours: formatTargetValue,
      difference: formatTargetValue,
      tolerance: formatTargetValue,
      explainedBy: ids,
      status: (s: string) => html`<span class="status-${s.replace(" ", "-")}">${s}</span>`
    },
    width: {status: 72, name: 300, source: 70, paper: 90, ours: 90, difference: 70, tolerance: 55, explainedBy: 70},
    rows: 20,
    select: false
  });
}

/** One entry of the discrepancy log (src/lib/paper/discrepancies.ts). */
export interface LogEntry {
  id: string;
  title: string;
  where: string;
  paper: string;
  ours: string;
  size: string;
  cause: string;
  evidence: string;
  code?: readonly AuthorsCodeRef[];
}

/** Links to the lines of the authors' code an entry rests on, at the commit its numbers were read from. */
function codeLinks(refs: readonly AuthorsCodeRef[]): HTMLElement {
  return html`<ul>
    ${refs.map(
      (r) =>
        html`<li>
          <a href=${authorsCodeUrl(r)}><code>${authorsCodeLabel(r)}</code></a
          >: ${r.shows}
        </li>`
    )}
  </ul>`;
}

/** The discrepancy log: each entry as a card with its fields and the ledger cells that cite it. */
export function discrepancyLog(entries: readonly LogEntry[], cells: readonly LedgerCell[]): HTMLElement {
  return html`${entries.map(
    (d) =>
      html`<section class="card discrepancy" id=${d.id}>
        <h3>${d.id}. ${inline(d.title)}</h3>
        <dl>
          <dt>Where</dt>
          <dd>${inline(d.where)}</dd>
          <dt>Paper</dt>
          <dd>${inline(d.paper)}</dd>
          <dt>Ours</dt>
          <dd>${inline(d.ours)}</dd>
          <dt>Size</dt>
          <dd>${inline(d.size)}</dd>
          <dt>Cause</dt>
          <dd>${inline(d.cause)}</dd>
          <dt>Evidence</dt>
          <dd>${inline(d.evidence)}</dd>
          ${
            d.code?.length
              ? html.fragment`<dt>Authors' code</dt>
                  <dd>at commit <code>${AUTHORS_CODE.commit.slice(0, 7)}</code>: ${codeLinks(d.code)}</dd>`
              : ""
          }
        </dl>
        ${discrepancyCells(cells, d.id)}
      </section>`
  )}`;
}
