/** The glossary page's table: each term in both languages and its group, headed in the page's language. */
import {glossary, t, type Lang} from "../i18n/index.js";

/**
 * The glossary as table rows, the page's language first.
 * @param lang the page's language
 * @returns one row per {@link glossary} entry, keyed by the catalogue's column names in `lang`
 */
export function glossaryRows(lang: Lang): Record<string, string>[] {
  const zh = t(lang, "glossary.colZh");
  const en = t(lang, "glossary.colEn");
  const group = t(lang, "glossary.colGroup");
  return glossary().map((g) =>
    lang === "zh"
      ? {[zh]: g.zh, [en]: g.en, [group]: t(lang, `glossary.${g.group}`)}
      : {[en]: g.en, [zh]: g.zh, [group]: t(lang, `glossary.${g.group}`)}
  );
}
