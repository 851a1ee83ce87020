import {discrepancy} from "../../src/lib/paper/discrepancies.js";
import type {EvaluatedTarget, Target} from "./types.js";

/**
 * Judge a target. Rule: without a reference value it is "ours only" (a number we report, not a
 * reproduction: listed apart, never a pass); else "pass" if |paper - ours| <= tolerance (strings and
 * tolerance null: equality), else "explained" if it cites a logged discrepancy, else "fail".
 * @throws if it cites an id the discrepancy log lacks
 */
export function evaluate(t: Target): EvaluatedTarget {
  for (const id of t.explainedBy?.split(/,\s*/) ?? []) discrepancy(id); // throws if the log lacks an entry
  const source = t.source ?? "paper";
  if (t.paper === null) return {...t, source, difference: null, status: "ours only"};
  const numeric = typeof t.paper === "number" && typeof t.ours === "number";
  const difference = numeric ? (t.ours as number) - (t.paper as number) : null;
  const within = numeric ? Math.abs(difference!) <= (t.tolerance ?? 0) : String(t.paper) === String(t.ours);
  return {...t, source, difference, status: within ? "pass" : t.explainedBy ? "explained" : "fail"};
}

/**
 * The gate of `npm run reproduce`: how many things failed, failed targets plus ledger cells that fail.
 * Explained, matching, input and ours-only entries never count; the command exits 1 unless this is 0.
 */
export function failedCount(targets: readonly Pick<EvaluatedTarget, "status">[], cells: readonly {status: string}[]): number {
  return targets.filter((t) => t.status === "fail").length + cells.filter((c) => c.status === "fails").length;
}

/** The exit code of `npm run reproduce`: 0 when nothing failed, else 1. */
export const exitCodeOf = (failed: number): 0 | 1 => (failed === 0 ? 0 : 1);
