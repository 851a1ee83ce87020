/**
 * Every section of `npm run reproduce`, in output order, and the ledger of the paper's six tables. A later
 * issue adds its section here; the JSON shape of existing sections stays stable.
 */
import {loadContext} from "../context.js";
import {bpSection} from "./bp.js";
import {datasetSection, paperSamplesSection} from "./dataset.js";
import {evaluate, failedCount} from "./evaluate.js";
import {ledger, type Ledger} from "./ledger.js";
import {mlScoringSection, weightsSection} from "./weights.js";
import {earlyWarningSection} from "./earlyWarning.js";
import {riskIndexSection} from "./risk.js";
import {validationSection} from "./validation.js";
import {plannerSection} from "./planner.js";
import type {Context, EvaluatedTarget, Section} from "./types.js";

export const SECTIONS: ReadonlyArray<(ctx: Context) => Section | Promise<Section>> = [
  datasetSection,
  paperSamplesSection,
  weightsSection,
  mlScoringSection,
  riskIndexSection,
  earlyWarningSection,
  bpSection,
  validationSection,
  plannerSection
];

export interface Report {
  sections: (Omit<Section, "targets"> & {targets: EvaluatedTarget[]})[];
  ledger: Ledger;
  /** Failed targets plus ledger cells that fail: `reproduce` exits 1 unless 0. */
  failed: number;
}

export async function reproduce(): Promise<Report> {
  const ctx: Context = await loadContext();
  const sections = [];
  for (const make of SECTIONS) {
    const s = await make(ctx);
    sections.push({...s, targets: s.targets.map(evaluate)});
  }
  const targets = sections.flatMap((s) => s.targets);
  const l = ledger(ctx, targets);
  return {
    sections,
    ledger: l,
    failed: failedCount(targets, l.cells)
  };
}
