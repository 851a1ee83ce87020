/** Section "earlyWarning954" of `npm run reproduce`: zones and observed fraud rates of all 954 e-commerce declarations. */
import {rocAuc} from "../../src/lib/fraud/selection.js";
import {earlyWarning, earlyWarningSummary} from "../earlyWarning.js";
import type {Context, Section, Target} from "./types.js";

export function earlyWarningSection(ctx: Context): Section {
  const {rows} = earlyWarning(ctx);
  const json = earlyWarningSummary(rows);
  const auc = rocAuc(
    rows.map((r) => r.risk),
    rows.map((r) => r.fraud)
  );
  const pct = (x: number | null) => (x === null ? "-" : `${(100 * x).toFixed(1)}%`);
  return {
    key: "earlyWarning954",
    title: "Early warning: the 954 e-commerce declarations (published weights, the paper's zones; not in the paper)",
    json,
    targets: [
      {name: "declarations scored", paper: 954, ours: rows.length, tolerance: 0},
      ...(["safety", "general", "severe"] as const).map((z): Target => ({
        name: `${z} zone: declarations (fraud rate ${pct(json.fraudRateByZone[z].rate)})`,
        paper: null,
        ours: json.zones[z],
        tolerance: null
      })),
      {name: "ROC AUC of the risk value against the fraud label (0.5 = chance)", paper: null, ours: auc, tolerance: null}
    ]
  };
}
