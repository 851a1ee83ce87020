/**
 * The training lab's controller (src/lib/bp/lab.ts) and worker session (src/lib/bp/labSession.ts):
 * state transitions, the budget rule, divergence detection, URL keys read one by one, and that the
 * session (sliced, paused, resumed) gives exactly the losses of one uninterrupted run.
 */
import {csvParse} from "d3-dsv";
import {describe, expect, test} from "vitest";
import {loadPaperTables} from "../loaders/paper.js";
import {paper17} from "../loaders/bp.js";
import {
  BUDGET,
  divergenceMessage,
  divergenceOf,
  initialLab,
  labUpdate,
  labZone,
  predictionRows,
  predictionsCsv,
  runBudget,
  shapeOf,
  type LabEvent,
  type LabState,
  type Progress
} from "../src/lib/bp/lab.js";
import {labSession, type SessionReply, type SessionRequest} from "../src/lib/bp/labSession.js";
import {
  PRESETS,
  PRESET_IDS,
  parseSettings,
  presetDescription,
  presetLabel,
  settingsFromQuery,
  trainParams,
  type Settings
} from "../src/lib/bp/presets.js";
import {englishFragments, englishLeaks, t, TEXT_PARTS} from "../src/lib/i18n/index.js";
import {firstNSplit} from "../src/lib/bp/splits.js";
import {runTrainerSync, type EpochLog, type TrainingData} from "../src/lib/bp/training.js";
import {typedTrainer} from "../src/lib/bp/typedTrainer.js";

const d17 = {...paper17(loadPaperTables())};
const keras = PRESETS.keras.settings;
const data: TrainingData = {x: d17.x, y: d17.y, ...firstNSplit(17, 13)};
const shape17 = shapeOf(d17, keras);
/** The shape of /training?preset=honest&engine=lm&train=953&hidden=64,64 (954 rows, 17 inputs). */
const lmBig = settingsFromQuery("preset=honest&engine=lm&train=953&hidden=64,64");
const shape954 = {rows: 954, trainRows: 953, inputs: 17};

describe("URL keys are read one by one", () => {
  test("a bad key is reported and ignored; the other keys still apply", () => {
    const {settings, problems} = parseSettings("preset=matlab&seed=7&epochs=1.5&lr=-1&engine=nope&classroom=1");
    expect(settings).toEqual({...PRESETS.matlab.settings, seed: 7});
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/epochs must be an integer.*"1\.5"/);
    expect(problems.join("\n")).toMatch(/lr must be a positive number, got "-1"/);
    expect(problems.join("\n")).toMatch(/engine must be one of typed, tfjs, lm, got "nope"/);
  });

  test("an unknown preset falls back to Keras but keeps the other keys; mismatched layers keep the preset's", () => {
    const a = parseSettings("preset=nope&seed=3");
    expect(a.settings).toEqual({...keras, seed: 3});
    expect(a.problems[0]).toMatch(/preset must be one of/);
    const b = parseSettings("hidden=4,4,4&seed=2");
    expect(b.settings).toEqual({...keras, seed: 2});
    expect(b.problems[0]).toMatch(/3 hidden layers but 2 activations/);
  });

  test("a valid address has no problems and equals the strict reading", () => {
    const q = "preset=honest&hidden=8&act=relu&opt=sgd&lr=0.01";
    expect(parseSettings(q)).toEqual({settings: settingsFromQuery(q), problems: []});
  });
});

describe("the budget rule", () => {
  test("the presets train without asking", () => {
    for (const p of Object.values(PRESETS)) {
      const rows = p.settings.data === "paper17" ? 17 : p.settings.data === "samples104" ? 104 : 954;
      expect(runBudget(p.settings, {rows, trainRows: p.settings.trainRows, inputs: 17}, p.settings.epochs).verdict).toBe("ok");
    }
  });

  test("LM on 953 rows with hidden 64,64 asks first, naming the Jacobian and the work", () => {
    const b = runBudget(lmBig, shape954, lmBig.epochs);
    // P = (17+1)·64 + (64+1)·64 + (64+1)·1 = 5,377; work = 953 · 5377 · 953 · 500.
    expect(b.jacobian).toBe(953 * 5377);
    expect(b.work).toBe(953 * 5377 * 953 * 500);
    expect(b.verdict).toBe("ask");
    expect(b.reason).toContain("953 × 5,377 Jacobian");
    expect(b.reason).toMatch(/hours/);
    // One step is within the budget.
    expect(runBudget(lmBig, shape954, 1).verdict).toBe("ok");
  });

  test("an LM Jacobian over the memory limit is refused, with the numbers", () => {
    const s = settingsFromQuery("preset=honest&engine=lm&train=953&hidden=64,64,64&act=sigmoid,tanh,tanh");
    const b = runBudget(s, shape954, 1);
    expect(b.jacobian).toBeGreaterThan(BUDGET.lmJacobianEntries);
    expect(b.verdict).toBe("refuse");
    expect(b.reason).toMatch(/^Refused: Levenberg-Marquardt needs a 953 × 9,537 Jacobian/);
  });

  test("gradient descent asks exactly when rows × parameters × epochs passes the budget", () => {
    const s = settingsFromQuery("preset=honest&hidden=64,64");
    const perEpoch = 954 * 5377;
    const limit = Math.floor((BUDGET.askSeconds * BUDGET.gradientRate) / perEpoch);
    expect(runBudget(s, shape954, limit).verdict).toBe("ok");
    expect(runBudget(s, shape954, limit + 1).verdict).toBe("ask");
    expect(runBudget(s, shape954, limit + 1).reason).toContain(`954 rows × 5,377 parameters × ${limit + 1} epochs`);
  });
});

describe("divergence", () => {
  const log = (epoch: number, trainLoss: number, testLoss: number | null = 0.1): EpochLog => ({epoch, trainLoss, testLoss});
  test("the first non-finite loss is found, on training or held-out rows", () => {
    expect(divergenceOf([log(1, 0.2), log(2, 0.1)])).toBeNull();
    expect(divergenceOf([log(1, 0.2), log(2, NaN), log(3, Infinity)])).toEqual({epoch: 2, set: "training", value: "NaN"});
    expect(divergenceOf([log(1, 0.2, -Infinity)])).toEqual({epoch: 1, set: "held-out", value: "Infinity"});
    expect(divergenceOf([log(1, 0.2, null)])).toBeNull();
  });

  test("the message names the epoch, the loss and the learning rate, and never prints NaN", () => {
    const m = divergenceMessage({epoch: 3, set: "training", value: "NaN"}, {...keras, optimizer: "sgd", learningRate: 100});
    expect(m).toMatch(/diverged at epoch 3/);
    expect(m).toMatch(/learning rate: 100 is too large for sgd/);
    expect(m).not.toMatch(/NaN/);
  });

  test("the predictions CSV escapes commas and quotes and reads back as written", () => {
    const labels = [`a "quoted", label`, "line\nbreak", ...d17.labels.slice(2)];
    const rows = predictionRows({...d17, labels}, keras, null);
    const back = csvParse(predictionsCsv(rows));
    expect(back).toHaveLength(17);
    expect(back.columns).toEqual(["row", "label", "expected", "ours", "absError", "zoneOurs", "zonePaper", "zoneExpected", "inSample"]);
    expect(back.map((r) => r.label)).toEqual(labels);
    expect(back[0].ours).toBe("");
  });

  test("labZone never throws: not-finite values have no zone, outputs are clipped", () => {
    expect(labZone(NaN)).toBeNull();
    expect(labZone(Infinity)).toBeNull();
    expect(labZone(null)).toBeNull();
    expect(labZone(-0.3)).toBe("safety");
    expect(labZone(1.7)).toBe("severe");
  });

  test("prediction rows show no value for a not-finite prediction", () => {
    const rows = predictionRows(
      d17,
      keras,
      d17.y.map((_, i) => (i === 2 ? NaN : 0.5))
    );
    expect(rows[2]).toMatchObject({ours: null, absError: null, zoneOurs: null});
    expect(rows[0].ours).toBe(0.5);
    expect(rows.filter((r) => r.inSample)).toHaveLength(13);
  });
});

describe("the controller", () => {
  const progress = (s: LabState, p: Partial<Progress>): LabEvent => ({
    type: "progress",
    run: s.run,
    logs: [],
    epoch: s.epoch,
    done: false,
    stopReason: null,
    predictions: d17.y,
    weights: [],
    ms: 1,
    running: true,
    divergence: null,
    ...p
  });
  const apply = (s: LabState, ...events: LabEvent[]) => events.reduce((st, e) => labUpdate(st, e).state, s);
  const ready = () => {
    const {state, commands} = initialLab(keras, shape17);
    expect(state.phase).toBe("loading");
    expect(commands).toEqual([{type: "init", run: 1, settings: keras}]);
    return apply(state, {type: "ready", run: 1});
  };

  test("play, pause and resume: Pause answers at once; late reports still count", () => {
    const s0 = ready();
    expect(s0.phase).toBe("ready");
    const played = labUpdate(s0, {type: "play"});
    expect(played.state.phase).toBe("running");
    expect(played.commands).toEqual([{type: "run", run: 1, epochs: null}]);
    const paused = labUpdate(played.state, {type: "pause"});
    expect(paused.state.phase).toBe("paused");
    expect(paused.commands).toEqual([{type: "pause", run: 1}]);
    const late = apply(paused.state, progress(paused.state, {logs: [{epoch: 1, trainLoss: 0.1, testLoss: 0.2}], epoch: 1, running: false}));
    expect(late).toMatchObject({phase: "paused", epoch: 1});
    expect(late.logs).toHaveLength(1);
    const resumed = labUpdate(late, {type: "play"});
    expect(resumed.state.phase).toBe("running");
    expect(resumed.commands).toEqual([{type: "run", run: 1, epochs: null}]);
  });

  test("step runs one epoch and then pauses; done; Play after done starts a new run", () => {
    const stepped = labUpdate(ready(), {type: "step"});
    expect(stepped.state.phase).toBe("stepping");
    expect(stepped.commands).toEqual([{type: "run", run: 1, epochs: 1}]);
    const after = apply(stepped.state, progress(stepped.state, {epoch: 1, running: false}));
    expect(after.phase).toBe("paused");
    const done = apply(
      labUpdate(after, {type: "play"}).state,
      progress(after, {epoch: 500, done: true, stopReason: "epochs", running: false})
    );
    expect(done.phase).toBe("done");
    const again = labUpdate(done, {type: "play"});
    expect(again.state).toMatchObject({phase: "loading", run: 2, epoch: 0, logs: [], pending: "play"});
    expect(again.commands).toEqual([{type: "init", run: 2, settings: keras}]);
    expect(apply(again.state, {type: "ready", run: 2}).phase).toBe("running");
  });

  test("Play while the trainer loads waits for it; replies of an older run are ignored", () => {
    const {state} = initialLab(keras, shape17);
    const waiting = apply(state, {type: "play"});
    expect(waiting).toMatchObject({phase: "loading", pending: "play"});
    const reset = labUpdate(waiting, {type: "reset"});
    expect(reset.state).toMatchObject({run: 2, pending: null});
    expect(apply(reset.state, {type: "ready", run: 1}).phase).toBe("loading");
    expect(apply(reset.state, {type: "ready", run: 2}).phase).toBe("ready");
    const running = apply(reset.state, {type: "ready", run: 2}, {type: "play"});
    expect(apply(running, {...(progress(running, {epoch: 9}) as Progress & {type: "progress"}), run: 1}).epoch).toBe(0);
  });

  test("over the budget the run asks first: Cancel keeps it, Train anyway starts it", () => {
    const s = apply(initialLab(lmBig, shape954).state, {type: "ready", run: 1});
    const asked = labUpdate(s, {type: "play"});
    expect(asked.state.phase).toBe("confirm");
    expect(asked.commands).toEqual([]);
    expect(asked.state.message).toContain("953 × 5,377 Jacobian");
    expect(apply(asked.state, {type: "cancel"})).toMatchObject({phase: "ready", message: null});
    const go = labUpdate(asked.state, {type: "confirm"});
    expect(go.state.phase).toBe("running");
    expect(go.commands).toEqual([{type: "run", run: 1, epochs: null}]);
    // Paused and played again, the same run does not ask twice.
    expect(labUpdate(apply(go.state, {type: "pause"}), {type: "play"}).state.phase).toBe("running");
  });

  test("a refused run starts nothing and says why", () => {
    const s = settingsFromQuery("preset=honest&engine=lm&train=953&hidden=64,64,64&act=sigmoid,tanh,tanh");
    const r = labUpdate(apply(initialLab(s, shape954).state, {type: "ready", run: 1}), {type: "play"});
    expect(r.state.phase).toBe("refused");
    expect(r.commands).toEqual([]);
    expect(r.state.message).toMatch(/^Refused: /);
  });

  test("a divergence stops the run with a message and keeps only finite values", () => {
    const s = apply(ready(), {type: "play"});
    const d = apply(
      s,
      progress(s, {
        logs: [
          {epoch: 1, trainLoss: 0.3, testLoss: 0.2},
          {epoch: 2, trainLoss: NaN, testLoss: NaN}
        ],
        epoch: 2,
        running: false,
        predictions: d17.y.map(() => NaN),
        divergence: {epoch: 2, set: "training", value: "NaN"}
      })
    );
    expect(d).toMatchObject({phase: "diverged", predictions: null, weights: null});
    expect(d.logs).toEqual([{epoch: 1, trainLoss: 0.3, testLoss: 0.2}]);
    expect(d.message).toMatch(/diverged at epoch 2/);
    expect(labUpdate(d, {type: "play"}).state).toMatchObject({phase: "loading", run: 2});
  });

  test("a worker error fails the run with its message", () => {
    expect(apply(ready(), {type: "error", run: 1, message: "checkParams: bad"})).toMatchObject({
      phase: "failed",
      message: "checkParams: bad"
    });
  });
});

/** Run a session to completion of the requests, collecting its replies. */
async function session(requests: (replies: SessionReply[]) => SessionRequest[], sliceMs = 0) {
  const replies: SessionReply[] = [];
  const handle = labSession((r) => replies.push(r), {sliceMs});
  for (const req of requests(replies)) await handle(req);
  return replies;
}
const progressLogs = (replies: SessionReply[]) => replies.flatMap((r) => (r.type === "progress" ? r.logs : []));

describe("the worker session", () => {
  const s: Settings = {...keras, epochs: 30};
  test("sliced, paused and resumed, it gives exactly the losses of one uninterrupted run", async () => {
    const expected = runTrainerSync(typedTrainer(data, trainParams(s))).history;
    const replies: SessionReply[] = [];
    const handle = labSession((r) => replies.push(r), {sliceMs: 0});
    await handle({type: "init", run: 1, settings: s, data});
    expect(replies[0]).toEqual({type: "ready", run: 1});
    const running = handle({type: "run", run: 1, epochs: null});
    await handle({type: "pause", run: 1}); // read between slices: stops after the first slice
    await running;
    const pausedAt = progressLogs(replies).length;
    expect(pausedAt).toBeGreaterThan(0);
    expect(pausedAt).toBeLessThan(30);
    await handle({type: "run", run: 1, epochs: 1}); // a step
    expect(progressLogs(replies)).toHaveLength(pausedAt + 1);
    await handle({type: "run", run: 1, epochs: null});
    const last = replies[replies.length - 1];
    expect(last).toMatchObject({type: "progress", done: true, running: false, epoch: 30, stopReason: "epochs"});
    expect(progressLogs(replies)).toEqual(expected);
  });

  test("a new init drops the old run: its run requests are ignored", async () => {
    const replies = await session(() => [
      {type: "init", run: 1, settings: s, data},
      {type: "init", run: 2, settings: {...s, epochs: 3}, data},
      {type: "run", run: 1, epochs: null},
      {type: "run", run: 2, epochs: null}
    ]);
    expect(replies.filter((r) => r.type === "progress").every((r) => r.run === 2)).toBe(true);
    expect(progressLogs(replies)).toHaveLength(3);
  });

  for (const [label, query] of [
    ["SGD at learning rate 100", "opt=sgd&lr=100"],
    ["Adam at learning rate 1e308", "lr=1e308"]
  ]) {
    test(`${label} diverges: the run stops at the first non-finite loss and says so`, async () => {
      const bad = settingsFromQuery(query);
      const replies = await session(() => [
        {type: "init", run: 1, settings: bad, data},
        {type: "run", run: 1, epochs: null}
      ]);
      const last = replies[replies.length - 1];
      expect(last.type).toBe("progress");
      if (last.type !== "progress") return;
      expect(last.divergence).not.toBeNull();
      expect(last).toMatchObject({running: false, done: false});
      expect(last.epoch).toBeLessThan(bad.epochs);
      expect(last.epoch).toBe(last.divergence!.epoch);
    });
  }

  test("bad settings are an error reply, not a throw", async () => {
    const replies = await session(() => [{type: "init", run: 1, settings: {...s, batchSize: 0}, data}]);
    expect(replies).toEqual([{type: "error", run: 1, message: expect.stringMatching(/batch size must be a positive integer/)}]);
  });

  test("many seeds: one MAE per seed and set, the same as training each seed directly", async () => {
    const replies = await session(() => [{type: "seeds", run: 4, settings: {...s, epochs: 5}, data, seeds: [1, 2, 3]}]);
    const done = replies.find((r) => r.type === "seeds");
    expect(replies.filter((r) => r.type === "seed")).toHaveLength(3);
    if (done?.type !== "seeds") throw new Error("no seeds reply");
    expect(done.results).toHaveLength(6);
    const direct = runTrainerSync(typedTrainer(data, trainParams({...s, epochs: 5, seed: 2}))).predictions;
    const mae = direct.reduce((a, p, i) => a + Math.abs(p - data.y[i]), 0) / 17;
    expect(done.results.find((r) => r.seed === 2 && r.set === "all rows")!.mae).toBeCloseTo(mae, 12);
  });

  test("many seeds that diverge report which seed, instead of a spread of undefined errors", async () => {
    const replies = await session(() => [
      {type: "seeds", run: 1, settings: settingsFromQuery("opt=sgd&lr=100&epochs=20"), data, seeds: [1, 2]}
    ]);
    expect(replies[replies.length - 1]).toMatchObject({type: "error", message: expect.stringMatching(/^Seed 1 diverged at epoch \d+/)});
  });
});

// Issue 16: the lab's messages in Chinese come from the catalogue (src/lib/i18n/texts/lab.ts), carry the same
// numbers as the English ones (the English expectations above), and leave no English catalogue text.
describe("the lab's messages in Chinese", () => {
  const CJK = /[\u4e00-\u9fff]/;
  const fragments = englishFragments(TEXT_PARTS.lab);
  const chinese = (text: string) => {
    expect(text).toMatch(CJK);
    expect(englishLeaks([text], fragments)).toEqual([]);
  };

  test("presets: labels and descriptions; English stays PRESETS' own", () => {
    for (const id of PRESET_IDS) {
      chinese(presetLabel(id, "zh"));
      chinese(presetDescription(id, "zh"));
      expect(presetLabel(id)).toBe(PRESETS[id].label);
      expect(t("en", `train.preset.${id}`)).toBe(PRESETS[id].label);
      expect(t("en", `train.presetDesc.${id}`)).toBe(PRESETS[id].description);
    }
  });

  test("an address's problems: the same keys and values, reworded", () => {
    const q = "preset=matlab&seed=7&epochs=1.5&lr=-1&engine=nope&l2=-2&classroom=1";
    const en = parseSettings(q),
      zh = parseSettings(q, "zh");
    expect(zh.settings).toEqual(en.settings);
    expect(zh.problems).toHaveLength(en.problems.length);
    for (const p of zh.problems) chinese(p.replace(/^settingsFromQuery: /, ""));
    expect(zh.problems.join("\n")).toContain("epochs 必须是 1 到 100000 之间的整数，实际为“1.5”");
    expect(zh.problems.join("\n")).toContain("engine 必须是 typed, tfjs, lm 之一，实际为“nope”");
    expect(zh.problems.join("\n")).toContain("l2 必须是非负数，实际为“-2”");
    expect(parseSettings("hidden=4,4,4", "zh").problems[0]).toBe("settingsFromQuery: 有 3 个隐藏层，却有 2 个激活函数");
    expect(() => settingsFromQuery("epochs=0", "zh")).toThrow(/epochs 必须是 1 到 100000 之间的整数/);
  });

  test("the budget: the numbers of the English reason, Chinese words", () => {
    const ask = runBudget(lmBig, shape954, lmBig.epochs, "zh");
    expect(ask.verdict).toBe(runBudget(lmBig, shape954, lmBig.epochs).verdict);
    chinese(ask.reason);
    expect(ask.reason).toContain("953 × 5,377 的雅可比矩阵");
    expect(ask.reason).toMatch(/小时/);
    const s = settingsFromQuery("preset=honest&engine=lm&train=953&hidden=64,64,64&act=sigmoid,tanh,tanh");
    const refused = runBudget(s, shape954, 1, "zh");
    chinese(refused.reason);
    expect(refused.reason).toMatch(/^已拒绝：Levenberg-Marquardt 算法需要一个 953 × 9,537 的雅可比矩阵/);
  });

  test("a divergence, and the lab's state keeps its language for the messages it makes", () => {
    const m = divergenceMessage({epoch: 3, set: "training", value: "NaN"}, {...keras, optimizer: "sgd", learningRate: 100}, "zh");
    chinese(m);
    expect(m).toContain("第 3 轮");
    expect(m).toContain("学习率：100 对 sgd 而言过大");
    const {state} = initialLab(lmBig, shape954, "zh");
    expect(state.lang).toBe("zh");
    const ready = labUpdate(state, {type: "ready", run: state.run}).state;
    const asked = labUpdate(ready, {type: "play"}).state;
    expect(asked.phase).toBe("confirm");
    chinese(asked.message!);
    const reset = labUpdate(asked, {type: "reset"}).state;
    expect(reset.lang).toBe("zh");
    expect(initialLab(keras, shape17).state).not.toHaveProperty("lang");
  });
});
