/**
 * The per-declaration health check: validating what a reader types into each of the 17 fields, and the
 * check's state as a URL query string (so a check can be shared).
 *
 * Ranges: the 14 scores are 0-100 (the paper's scoring scale); net mass (C5), tax rate (C10) and assessed
 * value (C12) are non-negative quantities (the dataset's validation rejects negative ones too). Larger
 * quantities are allowed and normalise to 1 beyond the top anchor (src/lib/method/radar.ts).
 */
import {mergeSearch, readParams, text} from "../report/urlState.js";
import {INDICATORS, INDICATOR_IDS, type IndicatorId} from "../method/indicators.js";
import {t} from "../i18n/catalogue.js";
import type {Lang} from "../i18n/lang.js";
import {indicatorName} from "../i18n/terms.js";

export type FieldResult = {ok: true; value: number} | {ok: false; message: string};

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Validate one field's text.
 * @param id the indicator
 * @param text what the reader typed
 * @param lang the page's language (the message)
 * @returns the number, or a message saying what is wrong (never NaN)
 * @example validateField("C5", "-3") // {ok: false, message: "Net mass cannot be negative."}
 */
export function validateField(id: IndicatorId, text: string, lang: Lang = "en"): FieldResult {
  const d = INDICATORS.find((x) => x.id === id);
  if (!d) return {ok: false, message: t(lang, "hc.unknownIndicator", {id})};
  const typed = text.trim();
  if (typed === "") return {ok: false, message: t(lang, "hc.empty")};
  if (!NUMBER.test(typed)) return {ok: false, message: t(lang, "hc.notNumber", {text: typed})};
  const value = Number(typed);
  if (!Number.isFinite(value)) return {ok: false, message: t(lang, "hc.tooLarge")};
  if (d.kind === "score") {
    if (value < 0 || value > 100) return {ok: false, message: t(lang, "hc.scoreRange")};
  } else if (value < 0) {
    return {ok: false, message: t(lang, "hc.negative", {name: indicatorName(lang, d)})};
  }
  return {ok: true, value};
}

/**
 * A value as a field shows it: at most 12 significant digits, trailing zeros dropped, so a sum's binary
 * noise (1.7999999999999998) reads as the number it stands for (1.8) while a real fraction (30866.00004)
 * is kept. {@link validateField} of the text gives the value back within 5e-12 relative.
 * @param value a finite number
 * @example inputText(1.7999999999999998) // "1.8"
 */
export function inputText(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/**
 * Whether a field's value differs from where the check started, beyond {@link inputText}'s rounding.
 * @param start the start's value
 * @param value the field's value now
 */
export function isEdited(start: number, value: number): boolean {
  return Math.abs(start - value) > 1e-11 * Math.max(1, Math.abs(start));
}

/**
 * Validate all 17 fields.
 * @param texts what each field holds
 * @param lang the page's language (the messages)
 * @returns the values if every field is valid, else null; and each field's result
 */
export function validateAll(
  texts: Readonly<Record<IndicatorId, string>>,
  lang: Lang = "en"
): {
  values: number[] | null;
  fields: Record<IndicatorId, FieldResult>;
} {
  const fields = Object.fromEntries(INDICATOR_IDS.map((id) => [id, validateField(id, texts[id] ?? "", lang)])) as Record<
    IndicatorId,
    FieldResult
  >;
  const values = INDICATOR_IDS.every((id) => fields[id].ok) ? INDICATOR_IDS.map((id) => (fields[id] as {value: number}).value) : null;
  return {values, fields};
}

export interface CheckState {
  /** Where the check started (e.g. "sample-12", "declaration-16316084", "blank"). */
  from: string;
  texts: Record<IndicatorId, string>;
}

/** The state as a query string: ?from=...&C1=...&...&C17=... */
export function stateToSearch(state: CheckState, search = ""): string {
  return mergeSearch(search, {from: state.from, ...Object.fromEntries(INDICATOR_IDS.map((id) => [id, state.texts[id]]))});
}

/** A state read from a URL: fields the URL does not name are absent (the form fills them from the start). */
export interface SharedState {
  from: string;
  texts: Partial<Record<IndicatorId, string>>;
}

/**
 * Read a state from a query string (?from=declaration-123 alone opens that declaration unedited).
 * @returns null if the query names no field and no start
 */
export function searchToState(search: string): SharedState | null {
  const {values} = readParams<Record<"from" | IndicatorId, string>>(
    search,
    Object.fromEntries(["from", ...INDICATOR_IDS].map((k) => [k, text])) as Record<"from" | IndicatorId, typeof text>
  );
  const texts = Object.fromEntries(INDICATOR_IDS.filter((id) => values[id] !== undefined).map((id) => [id, values[id]!]));
  if (values.from === undefined && Object.keys(texts).length === 0) return null;
  return {from: values.from ?? "blank", texts};
}

/**
 * Over this width (px, the check's own column) the 17 fields and the result sit side by side; style.css
 * switches the layout at the same width with a container query on `.health-check`.
 */
export const HC_SIDE_BY_SIDE = 800;

/**
 * The radar chart's width in the 17-value check: beside the fields (24rem and the gap, 420 px) when the
 * column is wider than {@link HC_SIDE_BY_SIDE}, else below them at the column's width; at most 440 px.
 * @param width the check's column width (Framework's `width`)
 * @example hcChartWidth(1100) // 440
 * @example hcChartWidth(811) // 391
 * @example hcChartWidth(608) // 440 (below the fields)
 * @example hcChartWidth(350) // 350
 */
export function hcChartWidth(width: number): number {
  return width > HC_SIDE_BY_SIDE ? Math.max(280, Math.min(440, width - 420)) : Math.min(width, 440);
}
