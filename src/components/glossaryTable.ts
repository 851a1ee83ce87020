/**
 * The glossary as a table with its downloads: each term in both languages, each column marked with its
 * language (`lang`), so screen readers and the Chinese pages' checks read the English column as English.
 */
import {tableWithDownload} from "./download.js";
import {glossaryRows} from "../lib/pages/glossaryView.js";
import {t, type Lang} from "../lib/i18n/index.js";

const marked = (lang: string) => (x: string) => {
  const span = document.createElement("span");
  span.lang = lang;
  span.textContent = x;
  return span;
};

/** @param lang the page's language (headers, group names, column order) */
export function glossaryTable(lang: Lang): HTMLElement {
  return tableWithDownload(glossaryRows(lang), "glossary", {
    rows: 80,
    lang,
    format: {[t(lang, "glossary.colZh")]: marked("zh-CN"), [t(lang, "glossary.colEn")]: marked("en")}
  });
}
