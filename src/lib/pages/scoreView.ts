/**
 * The /score page's model: a scored file (src/lib/fileScoring/fileSession.ts) ranked by the reader's
 * choice, the top n% selected, and, where the file carries Fraud labels, what that selection catches
 * (src/lib/fraud/selection.ts, the measure /validation and /planner use).
 */
import {ZONE_CODES, type FileResult} from "../fileScoring/fileSession.js";
import {inspectedCount, rankOrder, selectAt, type SelectionResult} from "../fraud/selection.js";
import {problemText} from "../fileScoring/messages.js";
import {t, type TextKey} from "../i18n/catalogue.js";
import {formatPercent, type Lang} from "../i18n/lang.js";
import {zoneName} from "../i18n/terms.js";

/** What the file is ranked by. */
export const RANKINGS = {
  probability: "Fraud probability (the routed gradient-boosted trees)",
  risk: "Risk value (the paper's index, ridge-scored indicators)",
  index: "Data-driven index (the paper's formula, category fraud rates)"
} as const;
export type RankBy = keyof typeof RANKINGS;

const RANKING_KEYS: Record<RankBy, TextKey> = {probability: "score.rankProbability", risk: "score.rankRisk", index: "score.rankIndex"};

/**
 * The rankings as a select's options: label in the page's language → ranking.
 * @param lang the page's language
 * @example rankingOptions("en").get(RANKINGS.risk) // "risk"
 */
export function rankingOptions(lang: Lang = "en"): Map<string, RankBy> {
  return new Map((Object.keys(RANKINGS) as RankBy[]).map((k) => [t(lang, RANKING_KEYS[k]), k]));
}

/** A ranked file and its selection at a rate. */
export interface Selection {
  order: number[];
  inspected: number;
  /** What the selection catches, or null for a file without labels (or with no valid row). */
  outcome: SelectionResult | null;
}

/**
 * Rank the file's valid rows (highest first, ties in file order) and select the top rate%.
 * @param r the scored file
 * @param by the ranking
 * @param ratePercent the inspection rate, in (0, 100]
 */
export function selection(r: FileResult, by: RankBy, ratePercent: number): Selection {
  const scores = r[by];
  if (scores.length === 0) return {order: [], inspected: 0, outcome: null};
  return {
    order: rankOrder(scores),
    inspected: inspectedCount(scores.length, ratePercent),
    outcome: r.labelled ? selectAt(scores, r.fraud, ratePercent, {duty: r.duty, critical: r.critical}) : null
  };
}

/**
 * The table's rows: the first `n` of the ranking with their scores and, where computed, reasons.
 * @param r the scored file
 * @param s its selection
 * @param n rows to show
 * @param lang the page's language (the zone and route values; the columns keep their English names, as the
 *   download does: {@link topHeader} names them for the table)
 */
export function topRows(r: FileResult, s: Selection, n: number, lang: Lang = "en") {
  const reasons = new Map(r.explained.map((e) => [e.id, e.reasons.join(t(lang, "score.reasonSep"))]));
  return s.order.slice(0, n).map((i, k) => ({
    rank: k + 1,
    "Declaration ID": r.ids[i],
    zone: lang === "en" ? ZONE_CODES[r.zone[i]] : zoneName(lang, ZONE_CODES[r.zone[i]]),
    "risk value": r.risk[i],
    "data-driven index": r.index[i],
    "fraud probability": r.probability[i],
    route: t(lang, r.seen[i] ? "score.routeSeen" : "score.routeNew"),
    ...(r.labelled ? {fraud: r.fraud[i]} : {}),
    reasons: reasons.get(r.ids[i]) ?? ""
  }));
}

/**
 * The top rows' column names in the page's language (Inputs.table's `header`); null in English, where the
 * keys are the names.
 * @param lang the page's language
 */
export function topHeader(lang: Lang = "en"): Record<string, string> | null {
  if (lang === "en") return null;
  return {
    rank: t(lang, "score.colRank"),
    "Declaration ID": t(lang, "score.colId"),
    zone: t(lang, "score.colZone"),
    "risk value": t(lang, "score.colRisk"),
    "data-driven index": t(lang, "score.colIndex"),
    "fraud probability": t(lang, "score.colProbability"),
    route: t(lang, "score.colRoute"),
    fraud: t(lang, "score.colFraud"),
    reasons: t(lang, "score.colReasons")
  };
}

/**
 * The rows left out, for a table: line, field, value and the reader's reason in the page's language.
 * @param r the scored file
 * @param lang the page's language
 */
export function errorRows(
  r: Pick<FileResult, "errors">,
  lang: Lang = "en"
): {line: number; field: string; value: string; reason: string}[] {
  return r.errors.map((e) => ({line: e.line, field: e.field ?? "", value: e.value ?? "", reason: problemText(lang, e.reason)}));
}

/**
 * The left-out table's column names in the page's language (Inputs.table's `header`); null in English.
 * @param lang the page's language
 */
export function errorHeader(lang: Lang = "en"): Record<string, string> | null {
  if (lang === "en") return null;
  return {
    line: t(lang, "score.colLine"),
    field: t(lang, "score.colField"),
    value: t(lang, "score.colValue"),
    reason: t(lang, "score.colReason")
  };
}

/**
 * The reader's notes on the file (extra columns, no labels, another order) in the page's language.
 * @param r the scored file
 * @param lang the page's language
 */
export function fileNotes(r: Pick<FileResult, "notes">, lang: Lang = "en"): string[] {
  return r.notes.map((n) => problemText(lang, n));
}

/**
 * The selection in words.
 * @param r the scored file
 * @param s its selection at `ratePercent`
 * @param ratePercent the inspection rate
 * @param lang the page's language
 */
export function selectionText(r: FileResult, s: Selection, ratePercent: number, lang: Lang = "en"): string {
  if (s.inspected === 0) return t(lang, "score.noValid");
  const head = t(lang, "score.head", {rate: String(ratePercent), inspected: s.inspected, scored: r.rowsScored});
  const seen = s.order.slice(0, s.inspected).filter((i) => r.seen[i] === 1).length;
  const copied = t(lang, "score.copied", {seen});
  if (!s.outcome) return t(lang, "score.noLabels", {head, copied});
  const o = s.outcome;
  const pct = (x: number) => formatPercent(lang, x, 1);
  return t(lang, "score.outcome", {
    head,
    caught: o.caught,
    precision: pct(o.precision),
    recall: pct(o.recall),
    duty: pct(o.dutyCaught),
    copied
  });
}
