/**
 * Build-time training of the "Does it catch fraud?" page: time of each model (per seed) and the whole
 * computation, retrained from scratch (the loader's cache is bypassed).
 */
import {loadContext} from "../../loaders/context.js";
import {availableParallelism} from "node:os";
import {computeValidation} from "../../loaders/validation.js";
import {COLD_BUILD_BUDGET_S} from "../budgets.js";

export default async function (): Promise<void> {
  const v = await computeValidation(await loadContext(), (s) => console.log(`  ${s}`));
  const s = v.totalMs / 1000;
  // a cold build is this training plus a warm build: compare with the cold-build budget
  console.log(
    `Validation: all rankings trained and evaluated in ${s.toFixed(1)} s on ${availableParallelism()} cores (cold-build budget ${COLD_BUILD_BUDGET_S} s for everything: ${s <= COLD_BUILD_BUDGET_S ? "this part fits" : "MISSED by the training alone"})`
  );
  for (const r of v.rankings) {
    console.log(
      `  ${`${r.population}/${r.name}`.padEnd(26)} ${(r.trainMs / 1000).toFixed(2).padStart(7)} s per seed (${r.seeds} seed${r.seeds > 1 ? "s" : ""})`
    );
  }
  const all = (n: string) => v.rankings.find((r) => r.population === "all" && r.name === n)!.trainMs;
  console.log(
    `  ratio GBDT / logistic regression (per fit): ${(all("gbdt") / all("logistic")).toFixed(1)}; BP network / logistic: ${(all("bpNetwork") / all("logistic")).toFixed(1)}`
  );
}
