/**
 * The tables and the discrepancy log of /reproducibility: data in, DOM out. The model is
 * src/lib/pages/ledgerView.ts.
 */
import * as Inputs from "@observablehq/inputs";
import {html} from "htl";
import {t, type TextKey} from "../lib/i18n/catalogue.js";
import type {Lang} from "../lib/i18n/lang.js";
import {AUTHORS_CODE, authorsCodeLabel, authorsCodeUrl, type AuthorsCodeRef} from "../lib/paper/authorsCode.js";
import {citedIds, type LedgerCell} from "../lib/paper/ledger.js";
import {
  formatLedgerValue,
  formatTargetValue,
  columnText,
  evidenceText,
  rowText,
  statusText,
  tableText,
  targetName,
  type TargetRow
} from "../lib/pages/ledgerView.js";
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

/** Column headers from the catalogue: in English each is the column's own name but the renamed ones. */
const headers = (lang: Lang, keys: Readonly<Record<string, TextKey>>) =>
  Object.fromEntries(Object.entries(keys).map(([column, key]) => [column, t(lang, key)]));

/**
 * Inputs.table titles each header cell with the column's key (an English word); on a Chinese page the
 * tooltip says what the header says. The header row is made once, so retitling it after render holds.
 */
function titledByHeader(table: HTMLElement, lang: Lang): HTMLElement {
  if (lang !== "en") for (const th of table.querySelectorAll("thead th[title]")) th.setAttribute("title", th.textContent?.trim() ?? "");
  return table;
}

/** A status word in a span classed by the status (its colour), written in the page's language. */
const statusCell = (lang: Lang) => (s: string) => html`<span class="status-${s.replace(" ", "-")}">${statusText(lang, s)}</span>`;

/**
 * The ledger's cells, status first (visible without horizontal scrolling at 1280 px).
 * @param cells the cells shown
 * @param lang the page's language: headers, status words, table names, rows, named columns and the
 *   evidence (src/lib/pages/ledgerView.ts); English exactly as the ledger writes them
 */
export function ledgerCellsTable(cells: readonly LedgerCell[], lang: Lang = "en"): HTMLElement {
  return titledByHeader(
    Inputs.table(cells, {
      columns: ["status", "table", "row", "column", "paper", "ours", "tolerance", "discrepancy", "evidence"],
      header: headers(lang, {
        status: "repro.col.status",
        table: "repro.col.table",
        row: "repro.col.row",
        column: "repro.col.column",
        paper: "repro.col.paper",
        ours: "repro.col.ours",
        tolerance: "repro.col.tolerance",
        discrepancy: "repro.col.cites",
        evidence: "repro.col.evidence"
      }),
      format: {
        status: statusCell(lang),
        // English shows the ledger's own names, as before
        ...(lang === "en"
          ? {}
          : {table: (x: string) => tableText(lang, x), row: (x: string) => rowText(lang, x), column: (x: string) => columnText(lang, x)}),
        ours: formatLedgerValue,
        tolerance: formatTargetValue,
        discrepancy: ids,
        evidence: (e: string) => {
          const text = evidenceText(lang, e);
          return html`<span title=${text}>${text}</span>`;
        }
      },
      width: {status: 72, table: lang === "en" ? 80 : 120, row: 90, column: 60, paper: 95, ours: 95, tolerance: 55, discrepancy: 70},
      rows: 20,
      select: false
    }),
    lang
  );
}

/**
 * The reproduction targets, status first.
 * @param targets the targets shown
 * @param lang the page's language: headers, status words, the reference's source and the targets' names
 *   (written from `npm run reproduce`'s English by catalogue templates: targetName)
 */
export function targetsTable(targets: readonly TargetRow[], lang: Lang = "en"): HTMLElement {
  return titledByHeader(
    Inputs.table(targets, {
      columns: ["status", "name", "source", "paper", "ours", "difference", "tolerance", "explainedBy"],
      header: headers(lang, {
        status: "repro.col.status",
        name: "repro.col.target",
        source: "repro.col.reference",
        paper: "repro.col.value",
        ours: "repro.col.ours",
        difference: "repro.col.difference",
        tolerance: "repro.col.tolerance",
        explainedBy: "repro.col.cites"
      }),
      format: {
        // English shows the names and sources as `npm run reproduce` writes them, as before
        ...(lang === "en" ? {} : {name: (x: string) => targetName(lang, x)}),
        ...(lang === "en"
          ? {}
          : {source: (x: string | undefined) => (x === "derived" || x === "paper" ? t(lang, `repro.source.${x}`) : (x ?? ""))}),
        paper: formatTargetValue,
        ours: formatTargetValue,
        difference: formatTargetValue,
        tolerance: formatTargetValue,
        explainedBy: ids,
        status: statusCell(lang)
      },
      width: {status: 72, name: 300, source: 70, paper: 90, ours: 90, difference: 70, tolerance: 55, explainedBy: 70},
      rows: 20,
      select: false
    }),
    lang
  );
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

/**
 * The file and lines cited: in English authorsCodeLabel's "…, lines 7-10", all as code; in another
 * language the file as code and the lines as text (the code font has no Chinese glyphs).
 */
function codeLabel(r: AuthorsCodeRef, lang: Lang): HTMLElement | DocumentFragment {
  if (lang === "en") return html`<code>${authorsCodeLabel(r)}</code>`;
  const [a, b] = r.lines;
  return html.fragment`<code>${r.file}</code>${t(lang, "repro.log.lines", {lines: b > a ? `${a}-${b}` : String(a)})}`;
}

/** Links to the lines of the authors' code an entry rests on, at the commit its numbers were read from. */
function codeLinks(refs: readonly AuthorsCodeRef[], lang: Lang): HTMLElement {
  return html`<ul>
    ${refs.map((r) => html`<li><a href=${authorsCodeUrl(r)}>${codeLabel(r, lang)}</a>${t(lang, "repro.colon")}${r.shows}</li>`)}
  </ul>`;
}

/**
 * The discrepancy log: each entry as a card with its fields and the ledger cells that cite it.
 * @param entries the log's entries in the page's language (`discrepanciesIn(lang)`, src/lib/paper/discrepanciesZh.ts)
 * @param cells the ledger's cells
 * @param lang the page's language (the fields' labels and the citing cells' texts)
 */
export function discrepancyLog(entries: readonly LogEntry[], cells: readonly LedgerCell[], lang: Lang = "en"): HTMLElement {
  return html`${entries.map(
    (d) =>
      html`<section class="card discrepancy" id=${d.id}>
        <h3>${d.id}. ${inline(d.title)}</h3>
        <dl>
          <dt>${t(lang, "repro.log.where")}</dt>
          <dd>${inline(d.where)}</dd>
          <dt>${t(lang, "repro.log.paper")}</dt>
          <dd>${inline(d.paper)}</dd>
          <dt>${t(lang, "repro.log.ours")}</dt>
          <dd>${inline(d.ours)}</dd>
          <dt>${t(lang, "repro.log.size")}</dt>
          <dd>${inline(d.size)}</dd>
          <dt>${t(lang, "repro.log.cause")}</dt>
          <dd>${inline(d.cause)}</dd>
          <dt>${t(lang, "repro.log.evidence")}</dt>
          <dd>${inline(d.evidence)}</dd>
          ${
            d.code?.length
              ? html.fragment`<dt>${t(lang, "repro.log.code")}</dt>
                  <dd>${t(lang, "repro.log.atCommit")} <code>${AUTHORS_CODE.commit.slice(0, 7)}</code>${t(lang, "repro.colon")}${codeLinks(d.code, lang)}</dd>`
              : ""
          }
        </dl>
        ${discrepancyCells(cells, d.id, {lang})}
      </section>`
  )}`;
}
