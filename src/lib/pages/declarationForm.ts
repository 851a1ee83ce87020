/**
 * A declaration typed into the health check's form or pasted as one CSV line, validated by the dataset's
 * own parser (src/lib/data/declarations.ts parseDeclarations), so a field the build would reject is
 * rejected here with the same words. The 20 fields are the dataset's columns without the two labels.
 */
import {csvParseRows} from "d3-dsv";
import {COLUMNS, DatasetError, parseDeclarations, type Declaration} from "../data/declarations.js";
import {problemText} from "../fileScoring/messages.js";
import {t} from "../i18n/catalogue.js";
import type {Lang} from "../i18n/lang.js";

/** The form's fields: every column but Fraud and Critical Fraud, in file order. */
export const FORM_FIELDS: readonly string[] = COLUMNS.filter((c) => c.type !== "binary" && c.type !== "critical").map((c) => c.name);

export type FormTexts = Record<string, string>;

const HEADER = COLUMNS.map((c) => c.name).join(",");
/** A valid value per field type: other fields take it while one field is checked alone. */
const VALID: Record<string, string> = {id: "0", date: "2020-01-01", category: "x", number: "0", binary: "0", critical: "0"};
const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function parseRow(values: readonly string[]): Declaration {
  return parseDeclarations(`${HEADER}\n${values.map(quote).join(",")}`, "the form")[0];
}

/** The form's texts for a declaration (numbers as the dataset writes them). */
export function formTexts(d: Declaration): FormTexts {
  return Object.fromEntries(COLUMNS.filter((c) => FORM_FIELDS.includes(c.name)).map((c) => [c.name, String(d[c.key])]));
}

/**
 * Validate the form: each field alone with the dataset's parser (others valid), then the whole row.
 * @param texts field name → text (a missing field counts as empty)
 * @param lang the page's language (the messages are the parser's, translated: src/lib/fileScoring/messages.ts)
 * @returns the declaration (labels 0, never read by the scoring) when every field is valid, else null;
 *   and a message per invalid field
 */
export function parseForm(
  texts: Readonly<FormTexts>,
  lang: Lang = "en"
): {declaration: Declaration | null; errors: Record<string, string>} {
  const errors: Record<string, string> = {};
  const row = COLUMNS.map((c) => (FORM_FIELDS.includes(c.name) ? (texts[c.name] ?? "").trim() : "0"));
  COLUMNS.forEach((c, j) => {
    if (!FORM_FIELDS.includes(c.name)) return;
    try {
      parseRow(COLUMNS.map((o, k) => (k === j ? row[j] : VALID[o.type])));
    } catch (e) {
      if (!(e instanceof DatasetError)) throw e;
      errors[c.name] = problemText(lang, e.problem.replace(/ \(value "(.*)"\)$/, ""));
    }
  });
  if (Object.keys(errors).length) return {declaration: null, errors};
  return {declaration: parseRow(row), errors};
}

/**
 * Read one pasted CSV line (or a header line and a data line) in the dataset's column order: 20 fields
 * (no labels) or all 22 (the labels are ignored).
 * @param text the pasted text
 * @param lang the page's language
 * @returns the form's texts, or a message saying what is wrong
 */
export function parseCsvLine(text: string, lang: Lang = "en"): {texts: FormTexts} | {error: string} {
  const rows = csvParseRows(text.replace(/^\uFEFF/, "").trim()).filter((r) => r.some((v) => v.trim() !== ""));
  if (rows.length === 0) return {error: t(lang, "form.pasteEmpty")};
  const line = rows[0][0] === COLUMNS[0].name ? rows[1] : rows[0];
  if (!line) return {error: t(lang, "form.pasteHeaderOnly")};
  if (rows.length > (line === rows[0] ? 1 : 2)) return {error: t(lang, "form.pasteMany")};
  const names = line.length === COLUMNS.length ? COLUMNS.map((c) => c.name) : FORM_FIELDS;
  if (line.length !== names.length)
    return {error: t(lang, "form.pasteCount", {n: String(line.length), fields: String(FORM_FIELDS.length), all: String(COLUMNS.length)})};
  return {texts: Object.fromEntries(names.flatMap((n, j) => (FORM_FIELDS.includes(n) ? [[n, line[j]]] : [])))};
}
