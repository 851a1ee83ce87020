/**
 * Build-time training of the "Does it catch fraud?" page: time of each model (per seed) and the whole
 * computation, retrained from scratch (the loader's cache is bypassed).
 */
import {loadDataset} from "../../loaders/dataset.js";
import {computeValidation} from "../../loaders/validation.js";

export default async function (): Promise<void> {
  const dataset = await loadDataset();
  const v = await computeValidation(dataset, (s) => console.log(`  ${s}`));
  console.log(`Validation: all rankings trained and evaluated in ${(v.totalMs / 1000).toFixed(1)} s`);
  for (const r of v.rankings) {
    console.log(`  ${`${r.population}/${r.name}`.padEnd(26)} ${(r.trainMs / 1000).toFixed(2).padStart(7)} s per seed (${r.seeds} seed${r.seeds > 1 ? "s" : ""})`);
  }
  const all = (n: string) => v.rankings.find((r) => r.population === "all" && r.name === n)!.trainMs;
  console.log(`  ratio GBDT / logistic regression (per fit): ${(all("gbdt") / all("logistic")).toFixed(1)}; BP network / logistic: ${(all("bpNetwork") / all("logistic")).toFixed(1)}`);
}
