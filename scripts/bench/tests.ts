/**
 * Bench figure for issue 14's `npm test` budget: each step of the README's test command timed on its own,
 * in the order `npm test` runs them, and their sum beside the budget. The build is the warm one (models
 * from data/cache); a cold checkout adds the training (see the validation figure). Runs the whole suite,
 * so it takes as long as `npm test` does.
 */
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT} from "../../loaders/dataset.js";
import {NPM_TEST_BUDGET_S} from "../budgets.js";

/** The scripts `npm test` chains, in its order, read from package.json's "test" ("npm run a && npm run b"). */
const STEPS = [
  ...(JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as {scripts: {test: string}}).scripts.test.matchAll(
    /npm run ([\w:-]+)/g
  )
].map((m) => m[1]);

export default async function (): Promise<void> {
  let total = 0;
  for (const step of STEPS) {
    const t0 = performance.now();
    execFileSync("npm", ["run", step], {cwd: PROJECT_ROOT, stdio: ["ignore", "ignore", "inherit"]});
    const s = (performance.now() - t0) / 1000;
    total += s;
    console.log(`  npm run ${step.padEnd(13)} ${s.toFixed(1).padStart(7)} s`);
  }
  console.log(`npm test: ${total.toFixed(1)} s (budget ${NPM_TEST_BUDGET_S} s: ${total <= NPM_TEST_BUDGET_S ? "met" : "MISSED"})`);
}
