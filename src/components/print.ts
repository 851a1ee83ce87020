/**
 * Tables in print. Inputs.table renders its rows lazily, as its scroll box scrolls, so a printed table
 * would hold only the ~23 rows rendered so far (style.css lifts the box's height in print, but cannot add
 * rows). {@link expandTablesForPrint} runs on `beforeprint` (every page's head, observablehq.config.ts;
 * Chromium fires it for the print dialog and for page.pdf alike): it scrolls each table through until every
 * row is rendered, up to a limit; a longer table prints an excerpt, its first rows, and a note naming the
 * CSV download that holds them all.
 *
 * The note is in the page's language (its `<html lang>`): the head passes both languages' texts from the
 * catalogue, since the inlined function can import nothing.
 *
 * The head inlines the function by its source text: it is self-contained (no imports, no outside names,
 * no inner named functions, which a transpiler may wrap in helpers the page lacks).
 */

import type {Lang} from "../lib/i18n/lang.js";
import {LANGS} from "../lib/i18n/lang.js";
import {t} from "../lib/i18n/catalogue.js";

/**
 * The print note per language: `excerpt` holds "{where}", filled with `named` (its "{file}" replaced by the
 * download's name) or, where no download is found, with `unnamed`.
 */
export type PrintNotes = Record<Lang, {excerpt: string; named: string; unnamed: string}>;

/** Rows a table prints in full (the 185 targets of /reproducibility among them). */
export const PRINT_ROW_LIMIT = 400;
/** Rows a longer table prints (the 2,318-cell ledger, the 954 declarations), before naming its download. */
export const PRINT_EXCERPT_ROWS = 40;

/**
 * Render every row of each Inputs.table under `root` (up to `limit`); a table with more rows prints its
 * first `excerpt` rows (the others get class "print-skip", hidden in print) and a `.print-note` after it
 * naming its download (the `download` file of the nearest `.downloads` link after it). Notes and marks
 * from an earlier print are replaced.
 * @param root the document (or any element) holding the tables
 * @param limit the most rows a table prints in full
 * @param excerpt the rows a longer table prints
 * @param notes the note's texts per language ({@link printNotes}); "zh" where the page's lang starts so
 * @returns per table, the rows it prints and whether it has more
 */
export function expandTablesForPrint(root: ParentNode, limit: number, excerpt: number, notes: PrintNotes): {rows: number; more: boolean}[] {
  const result: {rows: number; more: boolean}[] = [];
  root.querySelectorAll(".print-note").forEach((n) => n.remove());
  root.querySelectorAll(".print-skip").forEach((n) => n.classList.remove("print-skip"));
  root.querySelectorAll("form[class$='-table']").forEach((form) => {
    const body = form.querySelector("tbody");
    if (!body) return;
    let rows = body.rows.length;

    // Inputs.table adds a screenful of rows per scroll event near the bottom of its box. Under print
    // styles (page.pdf after emulating print) the box has no height limit and never scrolls, so it gets a
    // 1px scroll box while it fills, and its own style back afterwards.
    const style = (form as HTMLElement).style;
    const saved = style.cssText;
    style.setProperty("height", "1px", "important");
    style.setProperty("max-height", "1px", "important");
    style.setProperty("overflow", "hidden", "important");
    for (let guard = 0; guard < 10000; guard++) {
      form.scrollTop = form.scrollHeight;
      form.dispatchEvent(new Event("scroll"));
      const now = body.rows.length;
      if (now === rows) break;
      rows = now;
      // one screenful past the limit tells whether rows remain
      if (rows > limit) break;
    }
    const more = rows > limit;
    form.scrollTop = 0;
    style.cssText = saved;
    if (more) {
      // Rows past the excerpt are not printed (style.css hides rows marked so); the note names the file.
      for (let i = excerpt; i < body.rows.length; i++) body.rows[i].classList.add("print-skip");
      let file = "";
      let el: Element | null = form;
      for (let up = 0; up < 3 && el && !file; up++, el = el.parentElement) {
        let sib = el.nextElementSibling;
        for (let k = 0; k < 3 && sib && !file; k++, sib = sib.nextElementSibling) {
          const a = sib.matches(".downloads") ? sib.querySelector("a[download]") : sib.querySelector(".downloads a[download]");
          if (a) file = a.getAttribute("download") || "";
        }
      }
      const doc = form.ownerDocument;
      const text = notes[doc.documentElement.lang.startsWith("zh") ? "zh" : "en"];
      const note = doc.createElement("p");
      note.className = "print-note";
      note.textContent = text.excerpt.replace("{where}", file ? text.named.replace("{file}", file) : text.unnamed);
      form.after(note);
    }
    result.push({rows: more ? excerpt : rows, more});
  });
  return result;
}

/**
 * The print notes of every language from the catalogue, numbers filled in, "{where}" and "{file}" left to fill.
 * @param limit the most rows a table prints in full
 * @param excerpt the rows a longer table prints
 */
export function printNotes(limit: number, excerpt: number): PrintNotes {
  const entry = (lang: Lang) => ({
    excerpt: t(lang, "print.excerpt", {excerpt, limit, where: "{where}"}),
    named: t(lang, "print.namedDownload", {file: "{file}"}),
    unnamed: t(lang, "print.tableDownload")
  });
  return Object.fromEntries(LANGS.map((lang) => [lang, entry(lang)])) as PrintNotes;
}

/** The inline script for the page head: expand the tables before every print. */
export function printHeadScript(): string {
  const notes = JSON.stringify(printNotes(PRINT_ROW_LIMIT, PRINT_EXCERPT_ROWS));
  return `addEventListener("beforeprint", function () { (${expandTablesForPrint.toString()})(document, ${PRINT_ROW_LIMIT}, ${PRINT_EXCERPT_ROWS}, ${notes}); });`;
}
