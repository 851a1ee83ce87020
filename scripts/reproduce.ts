/**
 * `npm run reproduce [-- --json]`: recompute every paper number the project covers; print, per target,
 * the paper's value, ours, the difference and pass / explained / fail / ours only, then the ledger of the
 * paper's six tables (per table: cells, matches, explained, input, fails) and every failing cell.
 * Exits 1 if any target or ledger cell fails.
 */
import {exitCodeOf} from "../loaders/reproduce/evaluate.js";
import {reproduce} from "../loaders/reproduce/index.js";
import {DatasetError} from "../src/lib/data/declarations.js";
import {LEDGER_STATUSES} from "../src/lib/paper/ledger.js";

const fmt = (x: unknown) => (x === null || x === undefined ? "-" : typeof x === "number" ? String(+x.toPrecision(10)) : String(x));

const report = await reproduce().catch((e: unknown) => {
  // A dataset problem is the reader's to fix: say what and where, without a stack trace.
  if (e instanceof DatasetError) {
    console.error(`reproduce: ${e.message}`);
    process.exit(2);
  }
  throw e;
});
if (process.argv.includes("--json")) {
  process.stdout.write(
    JSON.stringify({...Object.fromEntries(report.sections.map((s) => [s.key, s.json])), ledger: report.ledger}, null, 2) + "\n"
  );
} else {
  for (const s of report.sections) {
    console.log(`\n== ${s.title}`);
    for (const t of s.targets) {
      const mark = t.status === "explained" ? `explained (${t.explainedBy})` : t.status === "fail" ? "FAIL" : t.status;
      const ref = t.source === "derived" ? "derived" : "paper";
      console.log(
        `  ${mark.padEnd(15)} ${t.name}: ${ref} ${fmt(t.paper)} | ours ${fmt(t.ours)} | diff ${fmt(t.difference)}` +
          (t.tolerance !== null ? ` | tol ${fmt(t.tolerance)}` : "")
      );
    }
  }
  const {tables, oursOnly, cells} = report.ledger;
  console.log("\n== Ledger: every cell of the paper's six tables (data/paper/)");
  console.log(`  ${"table".padEnd(12)}${["cells", ...LEDGER_STATUSES].map((h) => h.padStart(10)).join("")}`);
  for (const [table, n] of Object.entries(tables)) {
    console.log(`  ${table.padEnd(12)}${[n.cells, ...LEDGER_STATUSES.map((s) => n[s])].map((x) => String(x).padStart(10)).join("")}`);
  }
  const total = (k: "cells" | (typeof LEDGER_STATUSES)[number]) => Object.values(tables).reduce((a, n) => a + n[k], 0);
  console.log(`  ${"all".padEnd(12)}${(["cells", ...LEDGER_STATUSES] as const).map((k) => String(total(k)).padStart(10)).join("")}`);
  console.log(`  ours only (targets without a paper value, never counted as matches): ${oursOnly}`);
  for (const c of cells.filter((x) => x.status === "fails")) {
    console.log(`  FAIL ${c.table} ${c.row} ${c.column}: paper ${c.paper} | ours ${fmt(c.ours)} | tol ${fmt(c.tolerance)} | ${c.evidence}`);
  }
  console.log(
    `\n${report.failed === 0 ? "All targets and ledger cells pass, match or are explained." : `${report.failed} target(s) or cell(s) FAILED.`}`
  );
}
process.exitCode = exitCodeOf(report.failed);
