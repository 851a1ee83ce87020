/**
 * The training page's live lab (TensorFlow Playground style): controls, Play / Pause / Step / Reset,
 * a live loss curve, the test table, a predicted-vs-expected scatter, a "many seeds" run and exports.
 * Every control, the preset and the seed live in the URL. This is the view only: the state and its
 * rules are src/lib/bp/lab.ts, and training runs in a Web Worker (trainingWorker.ts), so the page never
 * blocks and Pause always answers.
 */
import {replaceOwnKeys} from "../lib/report/urlState.js";
import {
  labTrainingData,
  labUpdate,
  initialLab,
  predictionRows,
  predictionsCsv,
  runBudget,
  shapeOf,
  type LabCommand,
  type LabDataSet,
  type LabEvent,
  type LabState
} from "../lib/bp/lab.js";
import type {SessionReply, SessionRequest} from "../lib/bp/labSession.js";
import {errorStats} from "../lib/bp/metrics.js";
import {ACTIVATIONS} from "../lib/bp/network.js";
import {
  DATA_SOURCES,
  ENGINES,
  PRESETS,
  PRESET_IDS,
  isLabKey,
  parseSettings,
  presetDescription,
  presetLabel,
  SPREAD_SEEDS,
  settingsFromQuery,
  settingsToQuery,
  type DataSource,
  type PresetId,
  type Settings
} from "../lib/bp/presets.js";
import {OPTIMIZERS} from "../lib/bp/training.js";
import {el, fmt, lossChart, predictionScatter, predictionsTable, seedsFigure} from "./labCharts.js";
import {t, type Lang, type TextKey} from "../lib/i18n/index.js";

export interface LabData {
  paper17: LabDataSet;
  samples104: LabDataSet | null;
  declarations954: LabDataSet | null;
}

const dataLabels = (lang: Lang): Record<DataSource, string> =>
  Object.fromEntries(DATA_SOURCES.map((d) => [d, t(lang, `train.data.${d}`)])) as Record<DataSource, string>;

/**
 * A labelled control. `advanced` controls hide in classroom mode. The id comes from the English label in
 * every language ("lab-learning-rate"), so addresses, tests and styles find the same control.
 */
function field(key: TextKey, input: HTMLElement, advanced: boolean, lang: Lang): HTMLElement {
  const id = `lab-${t("en", key)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")}`;
  input.id = id;
  return el("div", {class: advanced ? "lab-field advanced" : "lab-field"}, el("label", {htmlFor: id}, t(lang, key)), input);
}

function select(options: readonly string[], value: string, labels?: Record<string, string>): HTMLSelectElement {
  const s = el("select");
  for (const o of options) s.append(el("option", {value: o, selected: o === value}, labels?.[o] ?? o));
  return s;
}

function numberInput(value: number, {min, max, step}: {min?: number; max?: number; step?: number | "any"} = {}): HTMLInputElement {
  return el("input", {
    type: "number",
    value: String(value),
    ...(min !== undefined && {min}),
    ...(max !== undefined && {max}),
    step: String(step ?? "any")
  });
}

function blobLink(label: string, filename: string, text: () => string, type: string): HTMLAnchorElement {
  const a = el("a", {href: "#", class: "download-link"}, label);
  a.addEventListener("click", (e) => {
    e.preventDefault();
    const url = URL.createObjectURL(new Blob([text()], {type}));
    const tmp = el("a", {href: url, download: filename});
    document.body.append(tmp);
    tmp.click();
    tmp.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  return a;
}

/**
 * One training worker, started on first use. A new trainer (`init`) while the worker is still busy
 * (a long epoch, tfjs loading) terminates it and starts a fresh one, so Reset never waits.
 */
function workerHost(onReply: (r: SessionReply) => void, lang: Lang) {
  let worker: Worker | null = null;
  let busy = false;
  let lastRun = 0;
  const spawn = () => {
    const w = new Worker(import.meta.resolve("./trainingWorker.js"), {type: "module"});
    w.onmessage = (e: MessageEvent<SessionReply>) => {
      const r = e.data;
      if (r.type === "ready" || r.type === "error" || r.type === "seeds" || (r.type === "progress" && !r.running)) busy = false;
      onReply(r);
    };
    w.onerror = (e) => {
      busy = false;
      onReply({type: "error", run: lastRun, message: t(lang, "train.workerFailed", {why: e.message || t(lang, "train.workerNoStart")})});
    };
    return w;
  };
  return {
    post(req: SessionRequest) {
      if ((req.type === "init" || req.type === "seeds") && busy) this.terminate();
      worker ??= spawn();
      if (req.type !== "pause") busy = true;
      lastRun = req.run;
      worker.postMessage(req);
    },
    terminate() {
      worker?.terminate();
      worker = null;
      busy = false;
    }
  };
}

/**
 * The lab. `query` is the page's location.search (the shared state); the lab writes its own keys back
 * with history.replaceState and keeps the page's other keys. A bad key is reported and ignored alone.
 * `lang` is the page's language (every label, message and figure; English by default).
 */
export function trainingLab(
  data: LabData,
  {query = "", width = 640, lang = "en"}: {query?: string; width?: number; lang?: Lang} = {}
): HTMLElement {
  const DATA_LABELS = dataLabels(lang);
  const root = el("div", {class: "training-lab"});
  const note = el("p", {class: "lab-message lab-note", role: "status"});
  const message = el("p", {class: "lab-message lab-run-message", role: "status"});
  const parsed = parseSettings(query, lang);
  if (parsed.problems.length)
    note.textContent = t(lang, "train.ignored", {
      list: parsed.problems.map((p) => p.replace(/^settingsFromQuery: /, "")).join(t(lang, "train.listSep"))
    });
  const dataset = (s: Settings): LabDataSet => data[s.data] ?? data.paper17;

  const c = {
    preset: select(PRESET_IDS, parsed.settings.preset, Object.fromEntries(PRESET_IDS.map((p) => [p, presetLabel(p, lang)]))),
    data: select(DATA_SOURCES, parsed.settings.data, DATA_LABELS),
    engine: select(ENGINES, parsed.settings.engine, Object.fromEntries(ENGINES.map((e) => [e, t(lang, `train.engine.${e}`)]))),
    hidden: el("input", {type: "text", size: 8}),
    activations: el("input", {type: "text", size: 14, title: t(lang, "train.activationsTitle", {list: ACTIVATIONS.join(", ")})}),
    optimizer: select(OPTIMIZERS, parsed.settings.optimizer),
    learningRate: numberInput(parsed.settings.learningRate, {min: 0}),
    epochs: numberInput(parsed.settings.epochs, {min: 1, step: 1}),
    batchSize: numberInput(parsed.settings.batchSize, {min: 1, step: 1}),
    seed: numberInput(parsed.settings.seed, {min: 0, step: 1}),
    l2: numberInput(parsed.settings.l2, {min: 0}),
    trainRows: numberInput(parsed.settings.trainRows, {min: 1, step: 1}),
    goal: numberInput(parsed.settings.goal, {min: 0}),
    regularization: numberInput(parsed.settings.regularization, {min: 0, max: 0.99})
  };
  for (const d of DATA_SOURCES) if (!data[d]) (c.data.querySelector(`option[value="${d}"]`) as HTMLOptionElement).disabled = true;
  const presetNote = el("p", {class: "caption lab-preset-note"});
  const controls = el(
    "form",
    {class: "lab-controls", "aria-label": t(lang, "train.settingsAria")},
    field("train.f.preset", c.preset, false, lang),
    field("train.f.data", c.data, false, lang),
    field("train.f.trainRows", c.trainRows, false, lang),
    field("train.f.epochs", c.epochs, false, lang),
    field("train.f.seed", c.seed, false, lang),
    field("train.f.engine", c.engine, true, lang),
    field("train.f.hidden", c.hidden, true, lang),
    field("train.f.activations", c.activations, true, lang),
    field("train.f.optimizer", c.optimizer, true, lang),
    field("train.f.learningRate", c.learningRate, true, lang),
    field("train.f.batchSize", c.batchSize, true, lang),
    field("train.f.l2", c.l2, true, lang),
    field("train.f.goal", c.goal, true, lang),
    field("train.f.regularization", c.regularization, true, lang)
  );
  controls.addEventListener("submit", (e) => e.preventDefault());

  const btn = (key: TextKey, cls = "") => el("button", {type: "button", class: `lab-button ${cls}`}, t(lang, key));
  const play = btn("train.play", "lab-play"),
    step = btn("train.step", "lab-step"),
    reset = btn("train.reset", "lab-reset"),
    seedsBtn = el(
      "button",
      {type: "button", class: "lab-button lab-seeds"},
      t(lang, "train.seedsButton", {n: String(SPREAD_SEEDS.length)})
    );
  const confirmBtn = btn("train.confirm", "lab-confirm"),
    cancelBtn = btn("train.cancel", "lab-cancel");
  const confirmBox = el("div", {class: "lab-buttons lab-confirm-box", hidden: true}, confirmBtn, cancelBtn);
  const epochOut = el("span", {class: "lab-epoch"});
  const progress = el("progress", {max: 1, value: 0, "aria-label": t(lang, "train.progressAria")});
  const metrics = el("div", {class: "lab-metrics", "aria-live": "polite"});
  const lossDiv = el("div", {class: "lab-loss"});
  const tableDiv = el("div", {class: "lab-table"});
  const scatterDiv = el("div", {class: "lab-scatter"});
  const seedsDiv = el("div", {class: "lab-seeds-out"});
  const exportsDiv = el("p", {class: "downloads lab-exports"});

  root.append(
    controls,
    presetNote,
    note,
    message,
    confirmBox,
    el("div", {class: "lab-buttons"}, play, step, reset, " ", epochOut, " ", progress),
    metrics,
    el("h3", {}, t(lang, "train.h.loss")),
    lossDiv,
    el("h3", {}, t(lang, "train.h.predictions")),
    tableDiv,
    scatterDiv,
    exportsDiv,
    el("h3", {}, t(lang, "train.h.seeds")),
    el("p", {class: "caption"}, t(lang, "train.seedsIntro")),
    el("div", {class: "lab-buttons"}, seedsBtn),
    seedsDiv
  );

  // The controller's state; every change goes through dispatch, which runs its commands and renders.
  let state: LabState;
  let lastFull = 0,
    lastLoss = 0;
  const host = workerHost((r) => r.type !== "seed" && r.type !== "seeds" && dispatch(r), lang);
  function execute(cmd: LabCommand) {
    if (cmd.type !== "init") return host.post(cmd);
    if (!data[cmd.settings.data]) {
      const msg = t(lang, "train.notInBuild", {data: DATA_LABELS[cmd.settings.data]});
      return queueMicrotask(() => dispatch({type: "error", run: cmd.run, message: msg}));
    }
    host.post({...cmd, data: labTrainingData(dataset(cmd.settings), cmd.settings)});
  }
  function dispatch(e: LabEvent) {
    const prev = state;
    const next = labUpdate(state, e);
    state = next.state;
    next.commands.forEach(execute);
    render(prev);
  }

  function readControls(): Settings {
    const q = new URLSearchParams({
      preset: c.preset.value,
      data: c.data.value,
      engine: c.engine.value,
      hidden: c.hidden.value.replace(/\s/g, ""),
      act: c.activations.value.replace(/\s/g, ""),
      opt: c.optimizer.value,
      lr: c.learningRate.value,
      epochs: c.epochs.value,
      batch: c.batchSize.value,
      seed: c.seed.value,
      l2: c.l2.value,
      train: c.trainRows.value,
      goal: c.goal.value,
      reg: c.regularization.value
    });
    return settingsFromQuery(q.toString(), lang);
  }

  function writeControls(s: Settings) {
    c.preset.value = s.preset;
    c.data.value = s.data;
    c.engine.value = s.engine;
    c.hidden.value = s.hidden.join(",");
    c.activations.value = s.activations.join(",");
    c.optimizer.value = s.optimizer;
    c.learningRate.value = String(s.learningRate);
    c.epochs.value = String(s.epochs);
    c.batchSize.value = String(s.batchSize);
    c.seed.value = String(s.seed);
    c.l2.value = String(s.l2);
    c.trainRows.value = String(s.trainRows);
    c.goal.value = String(s.goal);
    c.regularization.value = String(s.regularization);
  }

  function writeUrl(s: Settings) {
    window.history.replaceState(null, "", `${location.pathname}${replaceOwnKeys(location.search, isLabKey, settingsToQuery(s))}`);
  }

  controls.addEventListener("change", (e) => {
    try {
      if (e.target === c.preset) writeControls(PRESETS[c.preset.value as PresetId].settings);
      const next = readControls();
      if (e.target === c.data && next.data !== state.settings.data)
        next.trainRows = Math.min(next.trainRows, (data[next.data]?.x.length ?? 2) - 1);
      writeControls(next);
      note.textContent = "";
      writeUrl(next);
      dispatch({type: "settings", settings: next, shape: shapeOf(dataset(next), next)});
    } catch (err) {
      note.textContent = (err as Error).message.replace(/^settingsFromQuery: /, "");
    }
  });

  play.addEventListener("click", () => dispatch({type: state.phase === "running" ? "pause" : "play"}));
  step.addEventListener("click", () => dispatch({type: "step"}));
  reset.addEventListener("click", () => dispatch({type: "reset"}));
  confirmBtn.addEventListener("click", () => dispatch({type: "confirm"}));
  cancelBtn.addEventListener("click", () => dispatch({type: "cancel"}));

  // the engines' stop reasons ("goal"), named in the page's language; an unknown one as it is
  const stopReason = (r: string | null) => (r === "goal" || r === "epochs" ? t(lang, `train.stop.${r}`) : String(r));

  function render(prev: LabState | undefined) {
    const s = state;
    root.dataset.state = s.phase;
    play.textContent = t(lang, s.phase === "running" ? "train.pause" : "train.play");
    confirmBox.hidden = s.phase !== "confirm";
    // the box's class sets display: flex, which would override [hidden]: hide it explicitly
    confirmBox.style.display = confirmBox.hidden ? "none" : "";
    message.textContent = s.message
      ? s.phase === "confirm"
        ? t(lang, "train.confirmQuestion", {message: s.message})
        : s.message
      : s.phase === "loading" && s.settings.engine === "tfjs"
        ? t(lang, "train.loadingTfjs")
        : "";
    epochOut.textContent =
      t(lang, "train.epoch", {epoch: String(s.epoch), epochs: String(s.epochs)}) +
      (s.phase === "done" && s.stopReason !== "epochs" ? t(lang, "train.stopped", {reason: stopReason(s.stopReason)}) : "");
    progress.value = s.epochs ? s.epoch / s.epochs : 0;
    if (s.logs.length)
      Object.assign(lossDiv.dataset, {firstLoss: String(s.logs[0].trainLoss), lastLoss: String(s.logs[s.logs.length - 1].trainLoss)});
    else for (const k of ["firstLoss", "lastLoss"]) delete lossDiv.dataset[k];
    const now = performance.now();
    // Big tables are rebuilt at most once a second while training; every change of phase shows at once.
    const full =
      !prev || prev.phase !== s.phase || prev.run !== s.run || now - lastFull > (dataset(s.settings).y.length > 200 ? 1000 : 250);
    if (full) renderResults();
    else metrics.querySelector(".lab-time")!.textContent = t(lang, "train.time", {ms: String(Math.round(s.trainMs))});
    if (full || now - lastLoss > 60) {
      lastLoss = now;
      lossDiv.replaceChildren(lossChart(s.logs, {width, epochs: s.epochs, lang}));
    }
  }

  function renderResults() {
    const s = state,
      d = dataset(s.settings);
    lastFull = performance.now();
    presetNote.textContent = t(lang, "train.presetNote", {
      label: presetLabel(s.settings.preset, lang),
      description: presetDescription(s.settings.preset, lang)
    });
    const rows = predictionRows(d, s.settings, s.logs.length ? s.predictions : null);
    const trained = rows.every((r) => r.ours !== null);
    const split = labTrainingData(d, s.settings);
    const pred = rows.map((r) => r.ours ?? NaN);
    const tr = trained ? errorStats(d.y, pred, split.train) : null;
    const te = trained && split.test.length ? errorStats(d.y, pred, split.test) : null;
    metrics.replaceChildren(
      el(
        "span",
        {class: "lab-metric"},
        t(lang, "train.metricTrain", {n: String(split.train.length)}),
        el("strong", {class: "lab-mae-train"}, fmt(tr?.mae)),
        t(lang, "train.metricRmse", {rmse: fmt(tr?.rmse)})
      ),
      el(
        "span",
        {class: "lab-metric"},
        t(lang, "train.metricHeldOut", {n: String(split.test.length)}),
        el("strong", {class: "lab-mae-test"}, fmt(te?.mae)),
        t(lang, "train.metricRmse", {rmse: fmt(te?.rmse)})
      ),
      el("span", {class: "lab-metric lab-time"}, t(lang, "train.time", {ms: String(Math.round(s.trainMs))}))
    );
    tableDiv.replaceChildren(predictionsTable(rows, {lang}));
    scatterDiv.replaceChildren(predictionScatter(rows, {width, lang}));
    if (!trained || !s.weights) {
      exportsDiv.replaceChildren(t(lang, "train.exportFirst"));
      return;
    }
    const weights = s.weights,
      epoch = s.epoch,
      settings = s.settings;
    exportsDiv.replaceChildren(
      t(lang, "train.export"),
      blobLink(
        t(lang, "train.exportWeights"),
        "bp-weights.json",
        () =>
          JSON.stringify(
            {
              settings,
              epoch,
              note: "kernel[i][j] connects input i to unit j; inputs and targets min-max scaled to [0, 1] on the training rows",
              weights
            },
            null,
            1
          ),
        "application/json"
      ),
      " · ",
      blobLink(t(lang, "train.exportPredictions"), "bp-predictions.csv", () => predictionsCsv(rows), "text/csv")
    );
  }

  // Many seeds: a second worker, so the main run and the spread can train side by side.
  let seedsRun = 0;
  const seedsHost = workerHost((r) => {
    if (r.run !== seedsRun) return;
    if (r.type === "seed")
      seedsDiv.replaceChildren(
        el("p", {class: "lab-seeds-status"}, t(lang, "train.seedProgress", {k: String(Math.min(r.done + 1, r.of)), n: String(r.of)}))
      );
    else if (r.type === "error") seedsDiv.replaceChildren(el("p", {class: "lab-seeds-status lab-message"}, r.message));
    else if (r.type === "seeds") {
      const s = state.settings,
        d = dataset(s),
        split = labTrainingData(d, s);
      const paperMae = d.paperNetwork
        ? {
            "all rows": errorStats(d.y, d.paperNetwork).mae,
            ...(split.test.length ? {"held-out rows": errorStats(d.y, d.paperNetwork, split.test).mae} : {})
          }
        : null;
      seedsDiv.dataset.ms = String(Math.round(r.ms));
      seedsDiv.replaceChildren(
        seedsFigure(r.results, {
          width,
          ms: r.ms,
          paperMae,
          engine: t(lang, s.engine === "lm" ? "train.engine.lm" : "train.engineTyped"),
          lang
        })
      );
    }
  }, lang);
  seedsBtn.addEventListener("click", () => {
    const s = state.settings,
      seeds = [...SPREAD_SEEDS];
    if (!data[s.data])
      return seedsDiv.replaceChildren(
        el("p", {class: "lab-seeds-status lab-message"}, t(lang, "train.notInBuild", {data: DATA_LABELS[s.data]}))
      );
    // tfjs is replaced by the typed engine (same numbers, faster); the budget counts every run.
    const engineSettings = {...s, engine: s.engine === "tfjs" ? ("typed" as const) : s.engine};
    const budget = runBudget(engineSettings, shapeOf(dataset(s), s), s.epochs * seeds.length, lang);
    if (budget.verdict !== "ok")
      return seedsDiv.replaceChildren(
        el("p", {class: "lab-seeds-status lab-message"}, t(lang, "train.seedsOver", {n: String(seeds.length), reason: budget.reason}))
      );
    seedsHost.terminate(); // a new click restarts the spread
    seedsDiv.replaceChildren(el("p", {class: "lab-seeds-status"}, t(lang, "train.seedProgress", {k: "1", n: String(seeds.length)})));
    seedsHost.post({type: "seeds", run: ++seedsRun, settings: engineSettings, data: labTrainingData(dataset(s), s), seeds, lang});
  });

  writeControls(parsed.settings);
  const first = initialLab(parsed.settings, shapeOf(dataset(parsed.settings), parsed.settings), lang === "en" ? undefined : lang);
  state = first.state;
  first.commands.forEach(execute);
  render(undefined);
  return root;
}
