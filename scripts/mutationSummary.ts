/**
 * After `stryker run`: the mutation score per folder of src/lib (and loaders/reproduce), from Stryker's
 * JSON report, beside issue 19's budgets: 90% on the method (src/lib/method) and the selection metrics
 * (src/lib/fraud/selection.ts), 85% on every other folder in scope.
 *
 * A surviving mutant that cannot change behaviour (an equivalent mutant) is listed, with its reason, in
 * test/mutation-equivalents.json; listed survivors leave the denominator, and a listed entry that no longer
 * matches a survivor is reported as stale, so the file cannot silently excuse a real gap.
 * Exit code 1 if any budget is missed or an entry is stale.
 */
import {readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {PROJECT_ROOT} from "../loaders/dataset.js";

/** Budgets by folder or file (a file's own budget also counts it in its folder). */
const BUDGET: Record<string, number> = {"src/lib/method": 90, "src/lib/fraud/selection.ts": 90};
const DEFAULT_BUDGET = 85;

interface Mutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: {start: {line: number}};
}
/** An equivalent mutant: where it is, what Stryker replaced, and why the program cannot tell. */
interface Equivalent {
  file: string;
  line: number;
  mutator: string;
  replacement?: string;
  reason: string;
}

const report = JSON.parse(readFileSync(join(PROJECT_ROOT, "reports", "mutation", "mutation.json"), "utf8")) as {
  files: Record<string, {mutants: Mutant[]}>;
};
const equivalents = JSON.parse(readFileSync(join(PROJECT_ROOT, "test", "mutation-equivalents.json"), "utf8")) as Equivalent[];
const used = new Set<number>();

const isEquivalent = (file: string, m: Mutant): boolean => {
  const k = equivalents.findIndex(
    (e, i) =>
      !used.has(i) &&
      e.file === file &&
      e.line === m.location.start.line &&
      e.mutator === m.mutatorName &&
      (e.replacement === undefined || e.replacement === m.replacement)
  );
  if (k < 0) return false;
  used.add(k);
  return true;
};

type Tally = {killed: number; total: number; equivalent: number; survivors: string[]};
const tallies = new Map<string, Tally>();
function tally(key: string): Tally {
  if (!tallies.has(key)) tallies.set(key, {killed: 0, total: 0, equivalent: 0, survivors: []});
  return tallies.get(key)!;
}
for (const [file, {mutants}] of Object.entries(report.files)) {
  const groups = [tally(dirname(file)), ...(BUDGET[file] !== undefined ? [tally(file)] : [])];
  for (const m of mutants) {
    if (m.status === "Ignored" || m.status === "CompileError") continue;
    const killed = m.status === "Killed" || m.status === "Timeout";
    const equivalent = !killed && isEquivalent(file, m);
    for (const g of groups) {
      if (equivalent) {
        g.equivalent++;
        continue;
      }
      g.total++;
      if (killed) g.killed++;
      else
        g.survivors.push(
          `${file}:${m.location.start.line} ${m.mutatorName}${m.replacement ? ` → ${m.replacement.split("\n")[0].slice(0, 60)}` : ""} (${m.status})`
        );
    }
  }
}

let missed = false;
console.log("Mutation score (killed or timed out / mutants, equivalents listed in test/mutation-equivalents.json left out):");
for (const [key, t] of [...tallies].sort()) {
  const score = t.total === 0 ? 100 : (100 * t.killed) / t.total,
    budget = BUDGET[key] ?? DEFAULT_BUDGET,
    met = score >= budget;
  missed ||= !met;
  console.log(
    `  ${key.padEnd(32)} ${score.toFixed(1).padStart(5)}%  (${t.killed}/${t.total}, ${t.equivalent} equivalent; budget ${budget}%: ${met ? "met" : "MISSED"})`
  );
}
const stale = equivalents.filter((_, i) => !used.has(i));
for (const e of stale) console.log(`  stale equivalent (no such survivor): ${e.file}:${e.line} ${e.mutator}`);
if (process.argv.includes("--survivors")) for (const t of tallies.values()) for (const s of t.survivors) console.log(`  survived: ${s}`);
if (missed || stale.length > 0) process.exitCode = 1;
