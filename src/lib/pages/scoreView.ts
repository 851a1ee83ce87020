/**
 * The /score page's model: a scored file (src/lib/fileScoring/fileSession.ts) ranked by the reader's
 * choice, the top n% selected, and, where the file carries Fraud labels, what that selection catches
 * (src/lib/fraud/selection.ts, the measure /validation and /planner use).
 */
import {ZONE_CODES, type FileResult} from "../fileScoring/fileSession.js";
import {inspectedCount, rankOrder, selectAt, type SelectionResult} from "../fraud/selection.js";

/** What the file is ranked by. */
export const RANKINGS = {
  probability: "Fraud probability (the routed gradient-boosted trees)",
  risk: "Risk value (the paper's index, ridge-scored indicators)",
  index: "Data-driven index (the paper's formula, category fraud rates)"
} as const;
export type RankBy = keyof typeof RANKINGS;

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
  // selection.ts takes plain arrays (the build's rankings are arrays); a file's columns are typed
  const scores = Array.from(r[by]);
  if (scores.length === 0) return {order: [], inspected: 0, outcome: null};
  return {
    order: rankOrder(scores),
    inspected: inspectedCount(scores.length, ratePercent),
    outcome: r.labelled
      ? selectAt(scores, Array.from(r.fraud), ratePercent, {duty: Array.from(r.duty), critical: Array.from(r.critical)})
      : null
  };
}

/**
 * The table's rows: the first `n` of the ranking with their scores and, where computed, reasons.
 * @param r the scored file
 * @param s its selection
 * @param n rows to show
 */
export function topRows(r: FileResult, s: Selection, n: number) {
  const reasons = new Map(r.explained.map((e) => [e.id, e.reasons.join("; ")]));
  return s.order.slice(0, n).map((i, k) => ({
    rank: k + 1,
    "Declaration ID": r.ids[i],
    zone: ZONE_CODES[r.zone[i]],
    "risk value": r.risk[i],
    "data-driven index": r.index[i],
    "fraud probability": r.probability[i],
    route: r.seen[i] ? "seen price" : "new price",
    ...(r.labelled ? {fraud: r.fraud[i]} : {}),
    reasons: reasons.get(r.ids[i]) ?? ""
  }));
}

/**
 * The selection in words.
 * @param r the scored file
 * @param s its selection at `ratePercent`
 */
export function selectionText(r: FileResult, s: Selection, ratePercent: number): string {
  if (s.inspected === 0) return "No valid declaration to rank.";
  const head = `Inspecting the top ${ratePercent}% means ${s.inspected.toLocaleString("en-US")} of the ${r.rowsScored.toLocaleString("en-US")} scored declarations.`;
  const seen = s.order.slice(0, s.inspected).filter((i) => r.seen[i] === 1).length;
  const copied = ` ${seen.toLocaleString("en-US")} of them carry an exact Item Price the training months had: on this synthetic benchmark such a row's label is recognised, not predicted (see “Does it catch fraud?”).`;
  if (!s.outcome) return `${head} The file has no Fraud column, so what they would catch cannot be measured.${copied}`;
  const o = s.outcome;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return `${head} They hold ${o.caught.toLocaleString("en-US")} frauds: precision ${pct(o.precision)}, recall ${pct(o.recall)}, duty of the frauds caught ${pct(o.dutyCaught)}.${copied}`;
}
