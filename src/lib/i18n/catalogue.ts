/**
 * The catalogue of texts: every string a component or page model shows, keyed, in English and Chinese
 * side by side. `{name}` marks a parameter filled by {@link t}; both languages must use the same
 * parameters (test/i18n.test.ts checks, and that neither language is empty).
 *
 * Terms follow the glossary (./glossary.ts): 熵权法, 雷达图法, 风险值, 安全区 / 一般预警区 / 严重预警区,
 * 瞒骗 (fraud), 查验 (inspection), 精确率 (precision), 召回率 (recall).
 */
import {formatNumber, type Lang} from "./lang.js";
import type {Text} from "./texts/text.js";
import {FORMULA_TEXTS} from "./texts/formula.js";
import {INSTRUMENT_TEXTS} from "./texts/instrument.js";
import {LAB_TEXTS} from "./texts/lab.js";
import {LEDGER_TEXTS} from "./texts/ledger.js";
import {METHOD_TEXTS} from "./texts/method.js";
import {RADAR_TEXTS} from "./texts/radar.js";
import {RISK_TEXTS} from "./texts/risk.js";
import {SHELL_TEXTS} from "./texts/shell.js";
import {VALIDATION_TEXTS} from "./texts/validation.js";

export type {Text} from "./texts/text.js";

/**
 * The catalogue's parts, one module per area of the report (src/lib/i18n/texts/): each area's texts live
 * beside each other, and a page's translator touches one file. Merged into {@link CATALOGUE}; a key
 * defined in two parts is a mistake test/i18n.test.ts catches (the merge would keep only the last).
 */
export const TEXT_PARTS = {
  shell: SHELL_TEXTS,
  radar: RADAR_TEXTS,
  formula: FORMULA_TEXTS,
  method: METHOD_TEXTS,
  risk: RISK_TEXTS,
  instrument: INSTRUMENT_TEXTS,
  lab: LAB_TEXTS,
  validation: VALIDATION_TEXTS,
  ledger: LEDGER_TEXTS
} as const;

export const CATALOGUE = {
  ...SHELL_TEXTS,
  ...RADAR_TEXTS,
  ...FORMULA_TEXTS,
  ...METHOD_TEXTS,
  ...RISK_TEXTS,
  ...INSTRUMENT_TEXTS,
  ...LAB_TEXTS,
  ...VALIDATION_TEXTS,
  ...LEDGER_TEXTS
} as const satisfies Record<string, Text>;

export type TextKey = keyof typeof CATALOGUE;

/** A parameter's value: a string as it is, a number written for the locale ({@link formatNumber}). */
export type Param = string | number;

const PARAM = /\{(\w+)\}/g;

/**
 * The text of `key` in `lang` with its `{name}` parameters filled in. Pass numbers that need fixed
 * decimals, and years or IDs, already formatted as strings; other numbers are written for the locale.
 * @param lang the page's language
 * @param key a catalogue key
 * @param params a value for each `{name}` in the text
 * @throws {Error} naming the key when it is not in the catalogue or a parameter is missing
 * @example t("zh", "form.loaded", {id: "97061800"}) // "已载入申报 97061800。"
 */
export function t(lang: Lang, key: TextKey, params: Readonly<Record<string, Param>> = {}): string {
  const entry: Text | undefined = (CATALOGUE as Record<string, Text>)[key];
  if (!entry) throw new Error(`t: no text "${key}" in the catalogue`);
  return entry[lang].replace(PARAM, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`t: text "${key}" needs the parameter {${name}}`);
    return typeof v === "number" ? formatNumber(lang, v) : v;
  });
}

/**
 * The parameter names a text uses, sorted (what test/i18n.test.ts compares between the languages).
 * @example paramsOf("Loaded declaration {id}.") // ["id"]
 */
export function paramsOf(text: string): string[] {
  return [...new Set([...text.matchAll(PARAM)].map((m) => m[1]))].sort();
}
