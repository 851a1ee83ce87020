/**
 * `npm run reproduce [-- --json]`: recompute every paper number the project covers; print, per target,
 * the paper's value, ours, the difference and pass / explained / fail. Exits 1 if any target fails.
 */
import {reproduce} from "../loaders/reproduce/index.js";
import {DatasetError} from "../src/lib/data/declarations.js";

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
  process.stdout.write(JSON.stringify(Object.fromEntries(report.sections.map((s) => [s.key, s.json])), null, 2) + "\n");
} else {
  for (const s of report.sections) {
    console.log(`\n== ${s.title}`);
    for (const t of s.targets) {
      const mark = t.status === "pass" ? "pass" : t.status === "explained" ? `explained (${t.explainedBy})` : "FAIL";
      console.log(`  ${mark.padEnd(15)} ${t.name}: paper ${fmt(t.paper)} | ours ${fmt(t.ours)} | diff ${fmt(t.difference)}` +
        (t.tolerance !== null ? ` | tol ${fmt(t.tolerance)}` : ""));
    }
  }
  console.log(`\n${report.failed === 0 ? "All targets pass or are explained." : `${report.failed} target(s) FAILED.`}`);
}
process.exitCode = report.failed === 0 ? 0 : 1;
