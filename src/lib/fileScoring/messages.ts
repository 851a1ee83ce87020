/**
 * What the dataset's reader (src/lib/data/declarations.ts, declarationStream.ts, csvRecords.ts) says about
 * a file, in the page's language. The reader speaks English, and stays so: `npm run score` and the build
 * print its words. A Chinese page matches each message against the English of its catalogue text ("msg.*",
 * whose English is the reader's own template) and writes the Chinese with the same parameters, nested
 * reasons translated too. A message the catalogue does not know is shown as the reader wrote it.
 */
import {CATALOGUE, t, type TextKey} from "../i18n/catalogue.js";
import type {Lang} from "../i18n/lang.js";

/** The reader's messages, the most specific first (an anchored template may contain another's words). */
const KEYS = [
  "msg.empty",
  "msg.notDate",
  "msg.notNumber",
  "msg.notFinite",
  "msg.negative",
  "msg.binary",
  "msg.critical",
  "msg.rowShort",
  "msg.rowLong",
  "msg.rowEmpty",
  "msg.rowCsv",
  "msg.quoteText",
  "msg.quoteOpen",
  "msg.fieldLong",
  "msg.duplicate",
  "msg.noteExtra",
  "msg.noteExtra1",
  "msg.noteUnlabelled",
  "msg.noteReordered",
  "msg.headerColumn",
  "msg.headerCount",
  "msg.headerTwice",
  "msg.headerNone",
  "msg.firstEmpty",
  "msg.firstHas",
  "msg.lacks1",
  "msg.lacksN",
  "msg.headerCsv",
  "msg.line",
  "msg.fileEmpty",
  "msg.withValue"
] as const satisfies readonly TextKey[];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each template as an anchored pattern: `{name}` matches any text, named in order. */
const PATTERNS = KEYS.map((key) => {
  const en = CATALOGUE[key].en;
  const names = [...en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const source = en
    .split(/\{\w+\}/)
    .map(escapeRegExp)
    .join("(.*?)");
  return {key, names, re: new RegExp(`^${source}$`, "s")};
});

/** Parameters that are themselves reader messages (a CSV reason inside a row's reason). */
const NESTED = new Set(["reason", "problem", "found"]);

/** A list of quoted column names: `"A", "B" and "C"`, with any `(found "x" instead, column 3)`. */
function listText(lang: Lang, list: string): string {
  return list
    .replace(/ ?\(found "(.*?)" instead, column (\d+)\)/g, (_, found: string, col: string) => t(lang, "msg.foundInstead", {found, col}))
    .replace(/(”|"|）) (and|or) (?=")/g, "$1、")
    .replace(/(”|"|）), (?=")/g, "$1、");
}

/**
 * A reader's message in a language.
 * @param lang the page's language: English returns the text as it is
 * @param text the reader's message (a field problem, a row's reason, a note, a file's problem)
 * @returns the message in `lang`; an unknown message unchanged
 * @example problemText("zh", "is not a number") // "不是数字"
 */
export function problemText(lang: Lang, text: string): string {
  if (lang === "en") return text;
  for (const {key, names, re} of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const params = Object.fromEntries(
      names.map((name, j) => {
        const v = m[j + 1];
        return [name, NESTED.has(name) ? problemText(lang, v) : name === "list" ? listText(lang, v) : v];
      })
    );
    return t(lang, key, params);
  }
  return text;
}

/**
 * A file's error (a DatasetError's parts) in a language: where, then what.
 * @param lang the page's language
 * @param e the file, the 1-based row (or null), the field (or null), the problem without the location
 * @example datasetErrorText("zh", {file: "f.csv", row: null, field: "Date", problem: "the file is empty"}) // "f.csv，字段“Date”：文件为空"
 */
export function datasetErrorText(lang: Lang, e: {file: string; row: number | null; field: string | null; problem: string}): string {
  let place = e.file;
  if (e.row !== null) place = t(lang, "msg.atRow", {place, row: String(e.row)});
  if (e.field !== null) place = t(lang, "msg.atField", {place, field: e.field});
  return t(lang, "msg.located", {place, problem: problemText(lang, e.problem)});
}
