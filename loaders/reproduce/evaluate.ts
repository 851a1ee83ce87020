import {discrepancy} from "../../src/lib/paper/discrepancies.js";
import type {EvaluatedTarget, Target} from "./types.js";

/**
 * Judge a target: "pass" if |paper - ours| <= tolerance (or equal, without tolerance), else "explained"
 * if it cites a logged discrepancy, else "fail". A target without a paper value passes by definition
 * (a new number we report, not a reproduction).
 */
export function evaluate(t: Target): EvaluatedTarget {
  for (const id of t.explainedBy?.split(/,\s*/) ?? []) discrepancy(id); // throws if the log lacks an entry
  if (t.paper === null) return {...t, difference: null, status: "pass"};
  const numeric = typeof t.paper === "number" && typeof t.ours === "number";
  const difference = numeric ? (t.ours as number) - (t.paper as number) : null;
  const within = numeric
    ? Math.abs(difference!) <= (t.tolerance ?? 0)
    : String(t.paper) === String(t.ours);
  return {...t, difference, status: within ? "pass" : t.explainedBy ? "explained" : "fail"};
}
