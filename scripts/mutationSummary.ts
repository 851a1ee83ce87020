/**
 * After `stryker run`: the mutation score per folder of src/lib (and loaders/reproduce), from Stryker's
 * JSON report, beside issue 19's budgets (90% on the method, 80% elsewhere).
 */
import {readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {PROJECT_ROOT} from "../loaders/dataset.js";

const BUDGET: Record<string, number> = {"src/lib/method": 90};
const DEFAULT_BUDGET = 80;
const report = JSON.parse(readFileSync(join(PROJECT_ROOT, "reports", "mutation", "mutation.json"), "utf8")) as {
  files: Record<string, {mutants: {status: string}[]}>;
};
const folders = new Map<string, {killed: number; total: number}>();
for (const [file, {mutants}] of Object.entries(report.files)) {
  const f = folders.get(dirname(file)) ?? {killed: 0, total: 0};
  for (const m of mutants) {
    if (m.status === "Ignored" || m.status === "CompileError") continue;
    f.total++;
    if (m.status === "Killed" || m.status === "Timeout") f.killed++;
  }
  folders.set(dirname(file), f);
}
console.log("Mutation score per folder (killed or timed out / valid mutants):");
for (const [folder, {killed, total}] of [...folders].sort()) {
  const score = total === 0 ? 100 : (100 * killed) / total,
    budget = BUDGET[folder] ?? DEFAULT_BUDGET;
  console.log(
    `  ${folder.padEnd(22)} ${score.toFixed(1).padStart(5)}%  (${killed}/${total}; budget ${budget}%: ${score >= budget ? "met" : "MISSED"})`
  );
}
