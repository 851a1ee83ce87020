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
  settingsFromQuery,
  settingsToQuery,
  type DataSource,
  type PresetId,
  type Settings
} from "../lib/bp/presets.js";
import {OPTIMIZERS} from "../lib/bp/training.js";
import {el, fmt, lossChart, predictionScatter, predictionsTable, seedsFigure} from "./labCharts.js";

export interface LabData {
  paper17: LabDataSet;
  samples104: LabDataSet | null;
  declarations954: LabDataSet | null;
}

const DATA_LABELS: Record<DataSource, string> = {
  paper17: "the paper's 17-row table",
  samples104: "4 standard + 100 samples",
  declarations954: "954 declarations, oldest first"
};

/** A labelled control. `advanced` controls hide in classroom mode. */
function field(label: string, input: HTMLElement, advanced: boolean): HTMLElement {
  const id = `lab-${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  input.id = id;
  return el("div", {class: advanced ? "lab-field advanced" : "lab-field"}, el("label", {htmlFor: id}, label), input);
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
function workerHost(onReply: (r: SessionReply) => void) {
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
      onReply({type: "error", run: lastRun, message: `The training worker failed: ${e.message || "it could not be started"}`});
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
 */
export function trainingLab(data: LabData, {query = "", width = 640}: {query?: string; width?: number} = {}): HTMLElement {
  const root = el("div", {class: "training-lab"});
  const note = el("p", {class: "lab-message lab-note", role: "status"});
  const message = el("p", {class: "lab-message lab-run-message", role: "status"});
  const parsed = parseSettings(query);
  if (parsed.problems.length)
    note.textContent = `Ignored in the address: ${parsed.problems.map((p) => p.replace(/^settingsFromQuery: /, "")).join("; ")}.`;
  const dataset = (s: Settings): LabDataSet => data[s.data] ?? data.paper17;

  const c = {
    preset: select(PRESET_IDS, parsed.settings.preset, Object.fromEntries(PRESET_IDS.map((p) => [p, PRESETS[p].label]))),
    data: select(DATA_SOURCES, parsed.settings.data, DATA_LABELS),
    engine: select(ENGINES, parsed.settings.engine, {
      typed: "typed arrays (fast)",
      tfjs: "TensorFlow.js (reference)",
      lm: "Levenberg-Marquardt"
    }),
    hidden: el("input", {type: "text", size: 8}),
    activations: el("input", {type: "text", size: 14, title: `one per hidden layer: ${ACTIVATIONS.join(", ")}`}),
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
    {class: "lab-controls", "aria-label": "Training settings"},
    field("Preset", c.preset, false),
    field("Data", c.data, false),
    field("Training rows (first n)", c.trainRows, false),
    field("Epochs", c.epochs, false),
    field("Seed", c.seed, false),
    field("Engine", c.engine, true),
    field("Hidden layers", c.hidden, true),
    field("Activations", c.activations, true),
    field("Optimizer", c.optimizer, true),
    field("Learning rate", c.learningRate, true),
    field("Batch size", c.batchSize, true),
    field("L2", c.l2, true),
    field("LM goal", c.goal, true),
    field("LM regularization", c.regularization, true)
  );
  controls.addEventListener("submit", (e) => e.preventDefault());

  const btn = (label: string, cls = "") => el("button", {type: "button", class: `lab-button ${cls}`}, label);
  const play = btn("▶ Play", "lab-play"),
    step = btn("Step", "lab-step"),
    reset = btn("Reset", "lab-reset"),
    seedsBtn = btn("Run 20 seeds", "lab-seeds");
  const confirmBtn = btn("Train anyway", "lab-confirm"),
    cancelBtn = btn("Cancel", "lab-cancel");
  const confirmBox = el("div", {class: "lab-buttons lab-confirm-box", hidden: true}, confirmBtn, cancelBtn);
  const epochOut = el("span", {class: "lab-epoch"});
  const progress = el("progress", {max: 1, value: 0, "aria-label": "Training progress"});
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
    el("h3", {}, "Loss"),
    lossDiv,
    el("h3", {}, "Predictions"),
    tableDiv,
    scatterDiv,
    exportsDiv,
    el("h3", {}, "Many seeds"),
    el(
      "p",
      {class: "caption"},
      "Train the current set-up with seeds 1 to 20 and see how much the error moves with nothing but the random start."
    ),
    el("div", {class: "lab-buttons"}, seedsBtn),
    seedsDiv
  );

  // The controller's state; every change goes through dispatch, which runs its commands and renders.
  let state: LabState;
  let lastFull = 0,
    lastLoss = 0;
  const host = workerHost((r) => r.type !== "seed" && r.type !== "seeds" && dispatch(r));
  function execute(cmd: LabCommand) {
    if (cmd.type !== "init") return host.post(cmd);
    if (!data[cmd.settings.data]) {
      const msg = `${DATA_LABELS[cmd.settings.data]}: not in this build yet`;
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
    return settingsFromQuery(q.toString());
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

  function render(prev: LabState | undefined) {
    const s = state;
    root.dataset.state = s.phase;
    play.textContent = s.phase === "running" ? "⏸ Pause" : "▶ Play";
    confirmBox.hidden = s.phase !== "confirm";
    message.textContent = s.message
      ? s.phase === "confirm"
        ? `${s.message} It trains in a background worker and Pause stops it. Train anyway?`
        : s.message
      : s.phase === "loading" && s.settings.engine === "tfjs"
        ? "Loading TensorFlow.js (1.9 MB)…"
        : "";
    epochOut.textContent = `Epoch ${s.epoch} / ${s.epochs}${s.phase === "done" && s.stopReason !== "epochs" ? ` (stopped: ${s.stopReason})` : ""}`;
    progress.value = s.epochs ? s.epoch / s.epochs : 0;
    if (s.logs.length)
      Object.assign(lossDiv.dataset, {firstLoss: String(s.logs[0].trainLoss), lastLoss: String(s.logs[s.logs.length - 1].trainLoss)});
    else for (const k of ["firstLoss", "lastLoss"]) delete lossDiv.dataset[k];
    const now = performance.now();
    // Big tables are rebuilt at most once a second while training; every change of phase shows at once.
    const full =
      !prev || prev.phase !== s.phase || prev.run !== s.run || now - lastFull > (dataset(s.settings).y.length > 200 ? 1000 : 250);
    if (full) renderResults();
    else metrics.querySelector(".lab-time")!.textContent = `Training time ${Math.round(s.trainMs)} ms`;
    if (full || now - lastLoss > 60) {
      lastLoss = now;
      lossDiv.replaceChildren(lossChart(s.logs, {width, epochs: s.epochs}));
    }
  }

  function renderResults() {
    const s = state,
      d = dataset(s.settings);
    lastFull = performance.now();
    presetNote.textContent = `${PRESETS[s.settings.preset].label}: ${PRESETS[s.settings.preset].description}`;
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
        `Training rows (${split.train.length}): MAE `,
        el("strong", {class: "lab-mae-train"}, fmt(tr?.mae)),
        `, RMSE ${fmt(tr?.rmse)}`
      ),
      el(
        "span",
        {class: "lab-metric"},
        `Held-out rows (${split.test.length}): MAE `,
        el("strong", {class: "lab-mae-test"}, fmt(te?.mae)),
        `, RMSE ${fmt(te?.rmse)}`
      ),
      el("span", {class: "lab-metric lab-time"}, `Training time ${Math.round(s.trainMs)} ms`)
    );
    tableDiv.replaceChildren(predictionsTable(rows));
    scatterDiv.replaceChildren(predictionScatter(rows, {width}));
    if (!trained || !s.weights) {
      exportsDiv.replaceChildren("Train to export the weights and predictions.");
      return;
    }
    const weights = s.weights,
      epoch = s.epoch,
      settings = s.settings;
    exportsDiv.replaceChildren(
      "Export: ",
      blobLink(
        "weights (JSON)",
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
      blobLink("predictions (CSV)", "bp-predictions.csv", () => predictionsCsv(rows), "text/csv")
    );
  }

  // Many seeds: a second worker, so the main run and the spread can train side by side.
  let seedsRun = 0;
  const seedsHost = workerHost((r) => {
    if (r.run !== seedsRun) return;
    if (r.type === "seed")
      seedsDiv.replaceChildren(el("p", {class: "lab-seeds-status"}, `Training seed ${Math.min(r.done + 1, r.of)} of ${r.of}…`));
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
        seedsFigure(r.results, {width, ms: r.ms, paperMae, engine: s.engine === "lm" ? "Levenberg-Marquardt" : "typed-array engine"})
      );
    }
  });
  seedsBtn.addEventListener("click", () => {
    const s = state.settings,
      seeds = Array.from({length: 20}, (_, i) => i + 1);
    if (!data[s.data])
      return seedsDiv.replaceChildren(el("p", {class: "lab-seeds-status lab-message"}, `${DATA_LABELS[s.data]}: not in this build yet`));
    // tfjs is replaced by the typed engine (same numbers, faster); the budget counts all 20 runs.
    const engineSettings = {...s, engine: s.engine === "tfjs" ? ("typed" as const) : s.engine};
    const budget = runBudget(engineSettings, shapeOf(dataset(s), s), s.epochs * seeds.length);
    if (budget.verdict !== "ok")
      return seedsDiv.replaceChildren(
        el("p", {class: "lab-seeds-status lab-message"}, `Not run: 20 seeds are over the lab's budget. ${budget.reason}`)
      );
    seedsHost.terminate(); // a new click restarts the spread
    seedsDiv.replaceChildren(el("p", {class: "lab-seeds-status"}, "Training seed 1 of 20…"));
    seedsHost.post({type: "seeds", run: ++seedsRun, settings: engineSettings, data: labTrainingData(dataset(s), s), seeds});
  });

  writeControls(parsed.settings);
  const first = initialLab(parsed.settings, shapeOf(dataset(parsed.settings), parsed.settings));
  state = first.state;
  first.commands.forEach(execute);
  render(undefined);
  return root;
}
