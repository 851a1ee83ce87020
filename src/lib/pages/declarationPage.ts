/**
 * The /declaration page's citable line: one declaration of the dataset, as this report assesses it, at its
 * own address (/declaration?id=<Declaration ID>).
 */
import {t} from "../i18n/catalogue.js";
import type {Lang} from "../i18n/lang.js";

/**
 * @param id the Declaration ID
 * @param url the page's address
 * @param lang the page's language
 * @returns e.g. "Declaration 97061800, Customs Import Declaration Datasets (Jeong et al., 2022), assessed in
 *   “Customs risk early warning for cross-border e-commerce: an interactive, reproducible report”, <url>"
 */
export function declarationCitation(id: string, url: string, lang: Lang = "en"): string {
  return t(lang, "declaration.citation", {id, url});
}
