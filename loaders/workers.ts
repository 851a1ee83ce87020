/**
 * Fit gradient-boosted trees on both cores: each fit runs in a worker thread (node:worker_threads), at
 * most one per core at a time. The fits are independent and each is deterministic for its seed, so the
 * result does not depend on how many run at once. The worker's entry (./gbdtWorker.mjs) registers tsx, then runs ./gbdtWorker.ts.
 */
import {availableParallelism} from "node:os";
import {Worker} from "node:worker_threads";
import type {FeatureColumns, GbdtModel, GbdtParams} from "../src/lib/fraud/gbdt.js";

/** One GBDT fit: training columns and labels, optional early-stopping rows, and the columns to score. */
export interface GbdtJob {
  X: FeatureColumns;
  y: readonly number[];
  params: Partial<GbdtParams>;
  valid?: {X: FeatureColumns; y: readonly number[]};
  predict: FeatureColumns[];
  /** Also score the last `predict` set with the model cut after each of these rounds. */
  stages?: number[];
  /** Post the fitted model back too (the instrument ships it). */
  returnModel?: boolean;
}

/** A fit's output: probabilities for each `predict` set, rounds kept, split gain per feature. */
export interface GbdtJobResult {
  predictions: Float64Array[];
  rounds: number;
  gain: number[];
  /** Predictions of the last `predict` set by the model cut after each stage's rounds. */
  stagePredictions?: {rounds: number; predictions: Float64Array}[];
  /** Time of the fit and predictions in the worker. */
  ms: number;
  /** The model, when the job asked for it. */
  model?: GbdtModel;
}

/**
 * Run GBDT fits in worker threads, results in job order.
 * @param jobs the fits
 * @param concurrency workers at once (default: the cores available)
 * @throws the first worker's error, naming the job
 */
export async function fitGbdtJobs(jobs: readonly GbdtJob[], concurrency = availableParallelism()): Promise<GbdtJobResult[]> {
  const results = new Array<GbdtJobResult>(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await new Promise<GbdtJobResult>((ok, fail) => {
        const w = new Worker(new URL("./gbdtWorker.mjs", import.meta.url), {workerData: jobs[i]});
        w.once("message", (m: GbdtJobResult) => {
          ok(m);
          void w.terminate();
        });
        w.once("error", (e) => fail(new Error(`GBDT job ${i}: ${e.message}`)));
        w.once("exit", (code) => {
          if (code !== 0 && results[i] === undefined) fail(new Error(`GBDT job ${i}: worker exited with code ${code}`));
        });
      });
    }
  };
  await Promise.all(Array.from({length: Math.max(1, Math.min(concurrency, jobs.length))}, lane));
  return results;
}
