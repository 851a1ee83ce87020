/** Worker thread body of ./workers.ts: one GBDT fit, posted back with its predictions. */
import {parentPort, workerData} from "node:worker_threads";
import {fitGbdt, predictGbdt} from "../src/lib/fraud/gbdt.js";
import type {GbdtJob, GbdtJobResult} from "./workers.js";

const job = workerData as GbdtJob;
const t0 = performance.now();
const model = fitGbdt(job.X, job.y, job.params, job.valid);
const predictions = job.predict.map((X) => predictGbdt(model, X));
const last = job.predict[job.predict.length - 1];
const stagePredictions = job.stages
  ?.filter((r) => r < model.trees.length)
  .map((rounds) => ({rounds, predictions: predictGbdt({...model, trees: model.trees.slice(0, rounds)}, last)}));
const result: GbdtJobResult = {
  predictions,
  rounds: model.trees.length,
  gain: model.gain,
  ms: performance.now() - t0,
  stagePredictions,
  model: job.returnModel ? model : undefined
};
parentPort!.postMessage(result);
