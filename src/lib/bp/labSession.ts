/**
 * The training lab's worker side, without DOM: it holds one trainer, runs it in slices of epochs
 * between which it yields to its event loop (so a pause message is read at the next epoch boundary),
 * stops on a divergence, and reports each slice. It also trains the "many seeds" runs. The same code
 * runs in a Web Worker (src/components/trainingWorker.ts) and in the unit tests.
 */
import {errorStats} from "./metrics.js";
import {divergenceOf, setName, type Divergence, type Progress} from "./lab.js";
import {t as text, type Lang} from "../i18n/index.js";
import {lmTrainer} from "./lm.js";
import {lmParams, trainParams, type Settings} from "./presets.js";
import type {EpochLog, Trainer, TrainingData} from "./training.js";
import {typedTrainer} from "./typedTrainer.js";

export type SessionRequest =
  | {type: "init"; run: number; settings: Settings; data: TrainingData}
  | {type: "run"; run: number; epochs: number | null}
  | {type: "pause"; run: number}
  | {type: "seeds"; run: number; settings: Settings; data: TrainingData; seeds: readonly number[]; lang?: Lang};

/** One seed's mean absolute error over all rows and over the held-out rows. */
export interface SeedResult {
  seed: number;
  set: "all rows" | "held-out rows";
  mae: number;
}

export type SessionReply =
  | {type: "ready"; run: number}
  | ({type: "progress"} & Progress)
  | {type: "seed"; run: number; done: number; of: number}
  | {type: "seeds"; run: number; results: SeedResult[]; ms: number}
  | {type: "error"; run: number; message: string};

/**
 * A trainer for settings: typed arrays, Levenberg-Marquardt, or tfjs, which is imported only here and
 * only when chosen (it is 1.9 MB) and set to its deterministic CPU backend.
 * @throws (rejects) if the data or settings are invalid.
 */
export async function createTrainer(s: Settings, data: TrainingData): Promise<Trainer> {
  if (s.engine === "lm") return lmTrainer(data, lmParams(s));
  if (s.engine === "typed") return typedTrainer(data, trainParams(s));
  const m = await import("./tfjsTrainer.js");
  await m.tf.setBackend("cpu");
  return m.tfjsTrainer(data, trainParams(s));
}

const pause = () => new Promise<void>((ok) => setTimeout(ok, 0));

/**
 * The session: a message handler that answers through `post`. Requests of an older run than the last
 * `init` are ignored. `run` adds epochs to do (null: to the end); `pause` cancels what is left. After
 * every epoch the losses are checked: a non-finite loss stops the run and is reported as a divergence.
 * @param post sends a reply (postMessage in the worker).
 * @param sliceMs how long one slice of epochs runs before it reports and yields.
 */
export function labSession(
  post: (r: SessionReply) => void,
  {sliceMs = 50}: {sliceMs?: number} = {}
): (req: SessionRequest) => Promise<void> {
  let run = 0;
  let trainer: Trainer | null = null;
  let remaining = 0;
  /** The run whose loop is going (0: none): a loop of an older run ends at its next slice. */
  let looping = 0;

  const fail = (r: number, e: unknown) => post({type: "error", run: r, message: (e as Error).message ?? String(e)});

  async function loop(r: number) {
    looping = r;
    try {
      while (r === run && trainer) {
        const t = trainer,
          t0 = performance.now(),
          logs: EpochLog[] = [];
        let divergence: Divergence | null = null;
        while (remaining > 0 && !t.done && !divergence) {
          const epoch = t.runEpochs(1);
          logs.push(...epoch);
          remaining--;
          divergence = divergenceOf(epoch);
          if (performance.now() - t0 >= sliceMs) break;
        }
        const stopped = remaining <= 0 || t.done || divergence !== null;
        if (divergence) remaining = 0;
        post({
          type: "progress",
          run: r,
          logs,
          epoch: t.epoch,
          done: t.done,
          stopReason: t.stopReason,
          predictions: t.predict(),
          weights: t.weights(),
          ms: performance.now() - t0,
          running: !stopped,
          divergence
        });
        if (stopped) return;
        await pause(); // read pause / run / init messages between slices
      }
    } catch (e) {
      fail(r, e);
    } finally {
      if (looping === r) looping = 0;
    }
  }

  return async (req) => {
    if (req.type === "init") {
      run = req.run;
      remaining = 0;
      trainer?.dispose();
      trainer = null;
      try {
        const t = await createTrainer(req.settings, req.data);
        if (req.run !== run) return t.dispose(); // a newer init arrived while tfjs loaded
        trainer = t;
        post({type: "ready", run: req.run});
      } catch (e) {
        if (req.run === run) fail(req.run, e);
      }
    } else if (req.type === "run") {
      if (req.run !== run || !trainer) return;
      remaining = req.epochs === null ? Infinity : remaining + req.epochs;
      if (looping !== run) await loop(run);
    } else if (req.type === "pause") {
      if (req.run === run) remaining = 0;
    } else {
      await seeds(req, post);
    }
  };
}

/** Train `settings` once per seed (tfjs replaced by the typed engine, which gives the same numbers faster) and measure each seed's MAE. */
async function seeds(req: Extract<SessionRequest, {type: "seeds"}>, post: (r: SessionReply) => void) {
  const t0 = performance.now();
  const results: SeedResult[] = [];
  const engine = req.settings.engine === "tfjs" ? "typed" : req.settings.engine;
  try {
    for (const [k, seed] of req.seeds.entries()) {
      const t = await createTrainer({...req.settings, engine, seed}, req.data);
      try {
        const divergence = divergenceOf(t.runEpochs(t.epochs));
        if (divergence)
          throw new Error(
            text(req.lang ?? "en", "train.seedDiverged", {
              seed: String(seed),
              epoch: String(divergence.epoch),
              set: setName(divergence.set, req.lang)
            })
          );
        const pred = t.predict();
        results.push({seed, set: "all rows", mae: errorStats(req.data.y, pred).mae});
        if (req.data.test.length) results.push({seed, set: "held-out rows", mae: errorStats(req.data.y, pred, req.data.test).mae});
      } finally {
        t.dispose();
      }
      post({type: "seed", run: req.run, done: k + 1, of: req.seeds.length});
    }
    post({type: "seeds", run: req.run, results, ms: performance.now() - t0});
  } catch (e) {
    post({type: "error", run: req.run, message: (e as Error).message});
  }
}
