/**
 * The health check's "load by ID": the 954 e-commerce declarations at hand, every other one from the whole
 * dataset, fetched once and only when an ID outside the 954 is asked for.
 */
import type {Declaration} from "../data/declarations.js";
import {t} from "../i18n/catalogue.js";
import type {Lang} from "../i18n/lang.js";
import {readParams, text} from "../report/urlState.js";

/**
 * @param ecommerce the declarations shipped with the page
 * @param loadAll fetches and parses all 54,000 (called at most once)
 * @param lang the page's language (the message)
 * @returns a lookup: the declaration, or a message naming the ID that is not in the dataset
 */
export function declarationLookup(
  ecommerce: readonly Declaration[],
  loadAll: () => Promise<readonly Declaration[]>,
  lang: Lang = "en"
): (id: string) => Promise<Declaration | string> {
  const near = new Map(ecommerce.map((d) => [d.id, d]));
  let all: Promise<Map<string, Declaration>> | null = null;
  return async (raw) => {
    const id = raw.trim();
    const hit = near.get(id);
    if (hit) return hit;
    all ??= loadAll().then((ds) => new Map(ds.map((d) => [d.id, d])));
    const every = await all;
    return every.get(id) ?? t(lang, "form.notFound", {id, n: every.size});
  };
}

/**
 * The declaration the health check opens with: the one its address names (`?id=`), else `fallback`; when the
 * named one is not in the dataset, a note saying so and which declaration the form starts from instead.
 * @param search the page's query string
 * @param lookup {@link declarationLookup}
 * @param fallback the first e-commerce declaration
 * @param lang the page's language (the note)
 */
export async function openingDeclaration(
  search: string,
  lookup: (id: string) => Promise<Declaration | string>,
  fallback: Declaration,
  lang: Lang = "en"
): Promise<{declaration: Declaration; note: string | null}> {
  const id = readParams(search, {id: text}).values.id;
  const asked = id ? await lookup(id) : null;
  if (asked === null) return {declaration: fallback, note: null};
  if (typeof asked !== "string") return {declaration: asked, note: null};
  return {declaration: fallback, note: t(lang, "form.startsFrom", {message: asked, id: fallback.id})};
}
