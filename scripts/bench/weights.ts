/** Bench figures for the weights page: the live entropy recomputation and the build-time ridge scoring. */
import {loadContext} from "../../loaders/context.js";
import {indicatorTable} from "../../loaders/indicatorTable.js";
import {entropyWeights} from "../../src/lib/method/entropy.js";
import {INDICATORS, INDICATOR_IDS} from "../../src/lib/method/indicators.js";

export default async function () {
  const ctx = await loadContext();
  const t0 = performance.now();
  const rows = indicatorTable(ctx);
  const t1 = performance.now();
  // a copy of the dataset object misses indicatorTable's memo: the second build is timed warm, not cached
  const rowsAgain = indicatorTable({...ctx, dataset: {...ctx.dataset}});
  const t2 = performance.now();
  const matrix = rows.map((r) => INDICATOR_IDS.map((id) => r.values[id]));
  const runs = 200;
  const t3 = performance.now();
  for (let k = 0; k < runs; k++)
    entropyWeights(matrix, {directions: INDICATORS.map((d) => d.direction), rule: k % 2 ? "paper" : "textbook"});
  const t4 = performance.now();
  console.log(
    `indicatorTable (one-hot + ridge scoring of ${rows.length} declarations, dataset already loaded): ${((t1 - t0) / 1000).toFixed(2)} s first run, ${((t2 - t1) / 1000).toFixed(2)} s second (${rowsAgain.length} rows)`
  );
  console.log(
    `entropyWeights on ${matrix.length} x ${matrix[0].length} (one live recomputation on the page): ${((t4 - t3) / runs).toFixed(2)} ms`
  );
}
