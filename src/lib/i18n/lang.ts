/**
 * The report's two languages and what depends on the page's address alone: which language a path is
 * in, its twin in the other language, and numbers written for the locale. Pure: used by the config, the
 * post-build step, page models and components alike.
 */

/** The report's languages: English pages at /…, their Chinese twins at /zh/…. */
export type Lang = "en" | "zh";

export const LANGS: readonly Lang[] = ["en", "zh"];

/** BCP 47 tags: the `<html lang>` of a page and the locale its numbers are formatted in. */
export const LOCALE: Readonly<Record<Lang, string>> = {en: "en-US", zh: "zh-CN"};

/**
 * The language of a page from its path: /zh/ and everything under it is Chinese, the rest English.
 * @param path a page path as Framework gives it ("/zh/score", "/zh/index", "/zh/", "/score")
 * @example langOfPath("/zh/score") // "zh"
 */
export function langOfPath(path: string): Lang {
  return /^\/?zh(\/|$)/.test(path) ? "zh" : "en";
}

/**
 * The same page in a language: /score ↔ /zh/score, / ↔ /zh/ ("/index" counts as "/").
 * @param path a page path
 * @param lang the language wanted
 * @returns the absolute path of the twin (the path itself if already in `lang`)
 * @example twinPath("/zh/index", "en") // "/"
 */
export function twinPath(path: string, lang: Lang): string {
  const p = (path.startsWith("/") ? path : `/${path}`).replace(/(^|\/)index$/, "$1");
  const en = langOfPath(p) === "zh" ? p.replace(/^\/zh(\/|$)/, "/") : p;
  return lang === "en" ? en : `/zh${en}`;
}

/**
 * A link from one page to another that works wherever the site is served (a relative href).
 * @param from the linking page's path ("/zh/score")
 * @param to the target's path ("/score", "/zh/")
 * @example relativeHref("/zh/score", "/score") // "../score"
 */
export function relativeHref(from: string, to: string): string {
  const depth = from.replace(/^\//, "").split("/").length - 1;
  const up = depth === 0 ? "./" : "../".repeat(depth);
  return up + to.replace(/^\//, "");
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number written for the language's locale (en-US 12,345.6; zh-CN 12,345.6: both group by thousands
 * with a comma and use a point). With `digits`, exactly that many decimals rounded as toFixed does (the
 * exact binary value, half up: 1.005 → "1.00"; Intl would print 1.01), so an English page reads as it did
 * before the catalogue; without, up to `maxDigits` decimals (default 3) as toLocaleString does.
 * A non-finite number is written "—": a page never shows NaN.
 * @param lang the page's language
 * @param x the number
 * @param digits fixed decimals, 0-20
 * @param maxDigits without `digits`: at most this many decimals
 * @example formatNumber("zh", 54000) // "54,000"
 */
export function formatNumber(lang: Lang, x: number, digits?: number, maxDigits = 3): string {
  if (!Number.isFinite(x)) return "—";
  if (digits !== undefined) {
    const [int, frac] = Math.abs(x).toFixed(digits).split(".");
    const sign = x < 0 && /[1-9]/.test(int + (frac ?? "")) ? "-" : "";
    return `${sign}${int.replace(/\B(?=(\d{3})+$)/g, ",")}${frac === undefined ? "" : `.${frac}`}`;
  }
  const key = `${lang}:${maxDigits}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(LOCALE[lang], {maximumFractionDigits: maxDigits})));
  return f.format(x);
}

/**
 * A share as a percentage: 100·x with `digits` decimals and "%" (both locales write 12.3%).
 * @example formatPercent("en", 0.1234) // "12.3%"
 */
export function formatPercent(lang: Lang, x: number, digits = 1): string {
  return Number.isFinite(x) ? `${formatNumber(lang, 100 * x, digits)}%` : "—";
}
