/**
 * Bench figures for /planner: the size of its build data beside the 1 MB budget, and the time the page's
 * recomputation takes per control change (the pure functions the page calls, in Node) beside 50 ms.
 */
import {plannerData} from "../../loaders/planner.js";
import {chartRows, planSentence, plannerModel, plannerOptions, plannerView, standardRows} from "../../src/lib/pages/plannerView.js";
import {readState, writeState} from "../../src/lib/pages/plannerState.js";

const DATA_BUDGET = 1_000_000;
const CHANGE_BUDGET_MS = 50;

export default async function (): Promise<void> {
  const data = await plannerData();
  const bytes = Buffer.byteLength(JSON.stringify(data));
  const t0 = performance.now();
  const m = plannerModel(data);
  const decodeMs = performance.now() - t0;
  const options = plannerOptions(m);
  // one change of each control, in turn: population, ranking, rate, count, cost, share
  const searches = [
    "",
    "?population=novel",
    "?ranking=gbdt",
    "?rate=12.5",
    "?mode=count&count=300",
    "?cost=25000",
    "?share=0.7",
    "?population=ecommerce",
    "?compare=lookupPrice&rate=37"
  ];
  const times: number[] = [];
  for (let run = 0; run < 30; run++) {
    for (const search of searches) {
      const s = performance.now();
      const {state} = readState(search, options);
      const view = plannerView(m, state);
      planSentence(m, state, view);
      chartRows(m, state);
      standardRows(m, state);
      writeState("", state, options);
      times.push(performance.now() - s);
    }
  }
  const first = times[0]; // before the JIT has warmed up: the page's first change is like it
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `planner data (src/data/planner.json): ${(bytes / 1024).toFixed(1)} KiB of a ${(DATA_BUDGET / 1e6).toFixed(0)} MB budget (${((100 * bytes) / DATA_BUDGET).toFixed(0)}%)`
  );
  console.log(`decoding it on page load (once): ${decodeMs.toFixed(1)} ms`);
  console.log(
    `recomputation per control change (state, plans, optimum, chart rows, table, sentence; ${times.length} changes): mean ${mean.toFixed(2)} ms, median ${times[times.length >> 1].toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms, the first (cold) ${first.toFixed(2)} ms; budget ${CHANGE_BUDGET_MS} ms`
  );
}
