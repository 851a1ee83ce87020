/**
 * Every section of `npm run reproduce`, in output order. A later issue adds its section here; the JSON
 * shape of existing sections stays stable.
 */
import {loadDataset} from "../dataset.js";
import {loadPaperTables} from "../paper.js";
import {bpSection} from "./bp.js";
import {datasetSection, paperSamplesSection} from "./dataset.js";
import {evaluate} from "./evaluate.js";
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
  failed: number;
}

export async function reproduce(): Promise<Report> {
  const ctx: Context = {dataset: await loadDataset(), paper: loadPaperTables()};
  const sections = [];
  for (const make of SECTIONS) {
    const s = await make(ctx);
    sections.push({...s, targets: s.targets.map(evaluate)});
  }
  return {sections, failed: sections.flatMap((s) => s.targets).filter((t) => t.status === "fail").length};
}
