/**
 * The health check's "load by ID": the 954 e-commerce declarations at hand, every other one from the whole
 * dataset, fetched once and only when an ID outside the 954 is asked for.
 */
import type {Declaration} from "../data/declarations.js";
import {t} from "../i18n/catalogue.js";
import type {Lang} from "../i18n/lang.js";

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
