/**
 * The training page's live lab (TensorFlow Playground style): controls, Play / Pause / Step / Reset,
 * a live loss curve, the test table, a predicted-vs-expected scatter, a "many seeds" run and exports.
 * Every control, the preset and the seed live in the URL. Training runs in short time slices between
 * frames, so the page stays responsive.
 */
import * as Plot from "@observablehq/plot";
import {lmTrainer} from "../lib/bp/lm.js";
import {errorStats, median} from "../lib/bp/metrics.js";
import {ACTIVATIONS, type Weights} from "../lib/bp/network.js";
import {DATA_SOURCES, ENGINES, PRESETS, PRESET_IDS, lmParams, settingsFromQuery, settingsToQuery, trainParams, type DataSource, type PresetId, type Settings} from "../lib/bp/presets.js";
import {firstNSplit} from "../lib/bp/splits.js";
import type {tfjsTrainer as TfjsTrainer} from "../lib/bp/tfjsTrainer.js";
import {OPTIMIZERS, type EpochLog, type Trainer, type TrainingData} from "../lib/bp/training.js";
import {typedTrainer} from "../lib/bp/typedTrainer.js";
import {PAPER_THRESHOLDS, zoneOf as zoneOfRisk} from "../lib/method/zones.js";
import {downloadChart, downloadTable} from "./download.js";

export interface LabDataSet {
  labels: string[];
  x: number[][];
  y: number[];
  /** The paper's network outputs (paper17 only). */
  paperNetwork?: number[];
}

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

/** Zone of a risk value or network output (clipped to [0, 1]; the paper's thresholds). */
const zoneOf = (v: number) => zoneOfRisk(Math.min(1, Math.max(0, v)));
const fmt = (v: number | null | undefined, d = 4) => (v === null || v === undefined || !Number.isFinite(v) ? "–" : v.toFixed(d));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") e.className = String(v);
    else if (k in e) (e as unknown as Record<string, unknown>)[k] = v;
    else e.setAttribute(k, String(v));
  }
  e.append(...children);
  return e;
}

function zoneBadge(zone: string): HTMLElement {
  return el("span", {class: `zone-badge zone-${zone}`}, zone);
}

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
  return el("input", {type: "number", value: String(value), ...(min !== undefined && {min}), ...(max !== undefined && {max}), step: String(step ?? "any")});
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
 * The lab. `query` is the page's location.search (the shared state); the lab writes its state back
 * with history.replaceState.
 */
export function trainingLab(data: LabData, {query = "", width = 640}: {query?: string; width?: number} = {}): HTMLElement {
  const root = el("div", {class: "training-lab"});
  const message = el("p", {class: "lab-message", role: "status"});
  let settings: Settings;
  try {
    settings = settingsFromQuery(query);
  } catch (e) {
    settings = {...PRESETS.keras.settings};
    message.textContent = `${(e as Error).message}; showing the Keras preset instead.`;
  }
  const classroom = new URLSearchParams(query).has("classroom");

  // Controls.
  const c = {
    preset: select(PRESET_IDS, settings.preset, Object.fromEntries(PRESET_IDS.map((p) => [p, PRESETS[p].label]))),
    data: select(DATA_SOURCES, settings.data, DATA_LABELS),
    engine: select(ENGINES, settings.engine, {typed: "typed arrays (fast)", tfjs: "TensorFlow.js (reference)", lm: "Levenberg-Marquardt"}),
    hidden: el("input", {type: "text", value: settings.hidden.join(","), size: 8}),
    activations: el("input", {type: "text", value: settings.activations.join(","), size: 14, title: `one per hidden layer: ${ACTIVATIONS.join(", ")}`}),
    optimizer: select(OPTIMIZERS, settings.optimizer),
    learningRate: numberInput(settings.learningRate, {min: 0}),
    epochs: numberInput(settings.epochs, {min: 1, step: 1}),
    batchSize: numberInput(settings.batchSize, {min: 1, step: 1}),
    seed: numberInput(settings.seed, {min: 0, step: 1}),
    l2: numberInput(settings.l2, {min: 0}),
    trainRows: numberInput(settings.trainRows, {min: 1, step: 1}),
    goal: numberInput(settings.goal, {min: 0}),
    regularization: numberInput(settings.regularization, {min: 0, max: 0.99})
  };
  for (const d of DATA_SOURCES) if (!data[d]) (c.data.querySelector(`option[value="${d}"]`) as HTMLOptionElement).disabled = true;
  const presetNote = el("p", {class: "caption lab-preset-note"});
  const controls = el("form", {class: "lab-controls", "aria-label": "Training settings"},
    field("Preset", c.preset, false), field("Data", c.data, false), field("Training rows (first n)", c.trainRows, false),
    field("Epochs", c.epochs, false), field("Seed", c.seed, false),
    field("Engine", c.engine, true), field("Hidden layers", c.hidden, true),
    field("Activations", c.activations, true), field("Optimizer", c.optimizer, true),
    field("Learning rate", c.learningRate, true), field("Batch size", c.batchSize, true), field("L2", c.l2, true),
    field("LM goal", c.goal, true), field("LM regularization", c.regularization, true));
  controls.addEventListener("submit", (e) => e.preventDefault());

  const btn = (label: string, cls = "") => el("button", {type: "button", class: `lab-button ${cls}`}, label);
  const play = btn("▶ Play", "lab-play"), step = btn("Step", "lab-step"), reset = btn("Reset", "lab-reset"), seedsBtn = btn("Run 20 seeds", "lab-seeds");
  const epochOut = el("span", {class: "lab-epoch"});
  const progress = el("progress", {max: 1, value: 0, "aria-label": "Training progress"});
  const metrics = el("div", {class: "lab-metrics", "aria-live": "polite"});
  const lossDiv = el("div", {class: "lab-loss"});
  const tableDiv = el("div", {class: "lab-table"});
  const scatterDiv = el("div", {class: "lab-scatter"});
  const seedsDiv = el("div", {class: "lab-seeds-out"});
  const exportsDiv = el("p", {class: "downloads lab-exports"});

  root.append(controls, presetNote, message,
    el("div", {class: "lab-buttons"}, play, step, reset, " ", epochOut, " ", progress),
    metrics,
    el("h3", {}, "Loss"), lossDiv,
    el("h3", {}, "Predictions"), tableDiv, scatterDiv, exportsDiv,
    el("h3", {}, "Many seeds"), el("p", {class: "caption"}, "Train the current set-up with seeds 1 to 20 and see how much the error moves with nothing but the random start."),
    el("div", {class: "lab-buttons"}, seedsBtn), seedsDiv);

  // State.
  let trainer: Trainer | null = null;
  let logs: EpochLog[] = [];
  let running = false;
  let trainStart = 0, trainMs = 0;
  let lastFull = 0, lastLoss = 0;
  let seedsToken = 0;

  const dataset = (): LabDataSet => data[settings.data] ?? data.paper17;
  const split = () => firstNSplit(dataset().x.length, Math.min(settings.trainRows, dataset().x.length - 1));
  const trainingData = (): TrainingData => ({x: dataset().x, y: dataset().y, ...split()});
  // The tfjs engine is imported only when chosen: the default page does not download the 1.9 MB library.
  let tfjsTrainer: typeof TfjsTrainer | null = null;
  let tfjsLoading = false;
  let playWhenLoaded = false;
  const makeTrainer = (s: Settings, d: TrainingData): Trainer =>
    s.engine === "lm" ? lmTrainer(d, lmParams(s)) : s.engine === "tfjs" ? tfjsTrainer!(d, trainParams(s)) : typedTrainer(d, trainParams(s));

  /** Import the tfjs engine once, then rebuild the trainer (and start it if Play was pressed meanwhile). */
  function loadTfjs() {
    if (tfjsLoading) return;
    tfjsLoading = true;
    root.dataset.engineLoading = "tfjs";
    import("../lib/bp/tfjsTrainer.js")
      .then(async (m) => {
        await m.tf.setBackend("cpu"); // deterministic float32 CPU kernels for the reference engine
        tfjsTrainer = m.tfjsTrainer;
      })
      .then(() => {
        tfjsLoading = false;
        delete root.dataset.engineLoading;
        if (settings.engine !== "tfjs") return; // the reader moved on while it loaded
        message.textContent = "";
        resetTrainer();
        if (playWhenLoaded && trainer) play.click();
      }, (e: Error) => {
        tfjsLoading = false;
        delete root.dataset.engineLoading;
        message.textContent = `TensorFlow.js could not be loaded (${e.message}); pick another engine or reload the page.`;
      })
      .finally(() => { playWhenLoaded = false; });
  }

  function readControls(): Settings {
    const q = new URLSearchParams({preset: c.preset.value, data: c.data.value, engine: c.engine.value, hidden: c.hidden.value.replace(/\s/g, ""),
      act: c.activations.value.replace(/\s/g, ""), opt: c.optimizer.value, lr: c.learningRate.value, epochs: c.epochs.value,
      batch: c.batchSize.value, seed: c.seed.value, l2: c.l2.value, train: c.trainRows.value, goal: c.goal.value, reg: c.regularization.value});
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

  function writeUrl() {
    const q = settingsToQuery(settings, classroom ? {classroom: "1"} : {});
    window.history.replaceState(null, "", `${location.pathname}?${q}`);
  }

  function resetTrainer() {
    running = false;
    play.textContent = "▶ Play";
    trainer?.dispose();
    trainer = null;
    logs = [];
    trainMs = 0;
    try {
      if (!data[settings.data]) throw new Error(`${DATA_LABELS[settings.data]}: not in this build yet`);
      if (settings.engine === "tfjs" && !tfjsTrainer) {
        message.textContent = "Loading TensorFlow.js (1.9 MB)…";
        loadTfjs(); // resets again once loaded
      } else {
        trainer = makeTrainer(settings, trainingData());
        message.textContent = message.textContent?.includes("instead") ? message.textContent : "";
      }
    } catch (e) {
      message.textContent = (e as Error).message;
    }
    presetNote.textContent = `${PRESETS[settings.preset].label}: ${PRESETS[settings.preset].description}`;
    render(true);
  }

  function onControlsChange(e: Event) {
    try {
      if (e.target === c.preset) writeControls(PRESETS[c.preset.value as PresetId].settings);
      const next = readControls();
      if (e.target === c.data && next.data !== settings.data) next.trainRows = Math.min(next.trainRows, (data[next.data]?.x.length ?? 2) - 1);
      settings = next;
      writeControls(settings);
      message.textContent = "";
      writeUrl();
      resetTrainer();
    } catch (err) {
      message.textContent = (err as Error).message;
    }
  }
  controls.addEventListener("change", onControlsChange);

  function runSlice(budgetMs: number) {
    if (!trainer || trainer.done) return;
    const t0 = performance.now();
    do logs.push(...trainer.runEpochs(1));
    while (!trainer.done && performance.now() - t0 < budgetMs);
    trainMs += performance.now() - t0;
  }

  function loop() {
    if (!running) return;
    runSlice(20);
    const done = !trainer || trainer.done;
    render(done || performance.now() - lastFull > (dataset().y.length > 200 ? 1000 : 250));
    if (done) {
      running = false;
      play.textContent = "▶ Play";
      root.dataset.trainMs = String(Math.round(performance.now() - trainStart));
      root.dataset.state = "done";
      return;
    }
    requestAnimationFrame(loop);
  }

  play.addEventListener("click", () => {
    if (running) {
      running = false;
      play.textContent = "▶ Play";
      root.dataset.state = "paused";
      render(true);
      return;
    }
    if (!trainer || trainer.done) resetTrainer();
    if (!trainer) {
      playWhenLoaded = tfjsLoading;
      return;
    }
    running = true;
    root.dataset.state = "running";
    play.textContent = "⏸ Pause";
    trainStart = performance.now() - trainMs;
    requestAnimationFrame(loop);
  });
  step.addEventListener("click", () => {
    if (!trainer || trainer.done) resetTrainer();
    running = false;
    play.textContent = "▶ Play";
    if (trainer) logs.push(...trainer.runEpochs(1));
    render(true);
  });
  reset.addEventListener("click", () => {
    root.dataset.state = "reset";
    resetTrainer();
  });

  function predictionRows() {
    const d = dataset(), s = split(), inSample = new Set(s.train);
    const pred = trainer && logs.length ? trainer.predict() : null;
    return d.y.map((y, i) => ({
      row: i + 1,
      label: d.labels[i],
      expected: y,
      ...(d.paperNetwork ? {paper: d.paperNetwork[i]} : {}),
      ours: pred ? pred[i] : null,
      absError: pred ? Math.abs(y - pred[i]) : null,
      zoneOurs: pred ? zoneOf(pred[i]) : null,
      zonePaper: d.paperNetwork ? zoneOf(d.paperNetwork[i]) : null,
      zoneExpected: zoneOf(y),
      inSample: inSample.has(i)
    }));
  }

  function render(full: boolean) {
    const total = trainer?.epochs ?? settings.epochs;
    const epoch = trainer?.epoch ?? 0;
    epochOut.textContent = `Epoch ${epoch} / ${total}${trainer?.done && trainer.stopReason !== "epochs" ? ` (stopped: ${trainer.stopReason})` : ""}`;
    progress.value = total ? epoch / total : 0;
    const last = logs[logs.length - 1];
    const rows = full ? predictionRows() : null;
    if (rows) {
      lastFull = performance.now();
      const s = split();
      const pred = rows[0].ours === null ? null : rows.map((r) => r.ours as number);
      const y = rows.map((r) => r.expected);
      const tr = pred ? errorStats(y, pred, s.train) : null;
      const te = pred && s.test.length ? errorStats(y, pred, s.test) : null;
      metrics.replaceChildren(
        el("span", {class: "lab-metric"}, `Training rows (${s.train.length}): MAE `, el("strong", {class: "lab-mae-train"}, fmt(tr?.mae)), `, RMSE ${fmt(tr?.rmse)}`),
        el("span", {class: "lab-metric"}, `Held-out rows (${s.test.length}): MAE `, el("strong", {class: "lab-mae-test"}, fmt(te?.mae)), `, RMSE ${fmt(te?.rmse)}`),
        el("span", {class: "lab-metric"}, `Training time ${Math.round(trainMs)} ms`)
      );
      renderTable(rows);
      renderScatter(rows);
      renderExports(rows);
    } else if (last) {
      metrics.querySelector(".lab-metric:last-child")!.textContent = `Training time ${Math.round(trainMs)} ms`;
    }
    if (full || performance.now() - lastLoss > 60) renderLoss();
  }

  function renderLoss() {
    lastLoss = performance.now();
    const pts = logs.flatMap((h) => [
      {epoch: h.epoch, loss: h.trainLoss, set: "training rows"},
      ...(h.testLoss === null ? [] : [{epoch: h.epoch, loss: h.testLoss, set: "held-out rows"}])
    ]).filter((p) => p.loss > 0);
    if (logs.length) Object.assign(lossDiv.dataset, {firstLoss: String(logs[0].trainLoss), lastLoss: String(logs[logs.length - 1].trainLoss)});
    const chart = Plot.plot({
      width, height: 260, marginLeft: 60,
      x: {label: "epoch", domain: [0, trainer?.epochs ?? settings.epochs]},
      y: {type: "log", label: "mean squared error", grid: true},
      color: {domain: ["training rows", "held-out rows"], range: ["#0072b2", "#d55e00"], legend: true},
      marks: pts.length ? [Plot.line(pts, {x: "epoch", y: "loss", stroke: "set"})] : [Plot.text(["Press Play to train"], {frameAnchor: "middle"})],
      ariaLabel: "Loss curve"
    });
    lossDiv.replaceChildren(chart, el("p", {class: "caption"}, "Mean squared error after each epoch, log scale. The training loss falls while the network fits; the held-out loss shows whether that fit carries over to rows it never saw. ",
      downloadChart(chart, "loss")));
  }

  function renderTable(rows: ReturnType<typeof predictionRows>) {
    const hasPaper = rows.some((r) => "paper" in r);
    const head = ["#", "sample", "expected", ...(hasPaper ? ["paper's network"] : []), "ours", "absolute error", "zone (ours)", hasPaper ? "zone (paper)" : "zone (expected)", "row used for"];
    const table = el("table", {class: "lab-results"});
    table.append(el("thead", {}, el("tr", {}, ...head.map((h) => el("th", {scope: "col"}, h)))));
    const body = el("tbody");
    for (const r of rows) {
      const zone2 = hasPaper ? r.zonePaper : r.zoneExpected;
      body.append(el("tr", {class: r.inSample ? "in-sample" : "held-out"},
        el("td", {}, String(r.row)), el("td", {}, r.label), el("td", {}, fmt(r.expected)),
        ...(hasPaper ? [el("td", {}, fmt(r.paper))] : []),
        el("td", {class: "lab-ours"}, fmt(r.ours)), el("td", {}, fmt(r.absError)),
        el("td", {}, r.zoneOurs ? zoneBadge(r.zoneOurs) : "–"), el("td", {}, zone2 ? zoneBadge(zone2) : "–"),
        el("td", {}, r.inSample ? "training (in-sample)" : "held out")));
    }
    table.append(body);
    tableDiv.replaceChildren(el("div", {class: "lab-table-scroll", tabindex: 0, role: "region", "aria-label": "Predictions table"}, table),
      el("p", {class: "caption"}, `Each row's expected risk value, ${hasPaper ? "the paper's network output, " : ""}ours, and the warning zones. Rows marked in-sample were used for training: their error measures fit, not prediction. `,
        downloadTable(rows, "predictions")));
  }

  function renderScatter(rows: ReturnType<typeof predictionRows>) {
    const pts = rows.filter((r) => r.ours !== null).map((r) => ({...r, set: r.inSample ? "in-sample" : "held out"}));
    const cuts = [...PAPER_THRESHOLDS];
    const chart = Plot.plot({
      width: Math.min(width, 520), height: Math.min(width, 520) * 0.85, marginLeft: 50,
      x: {label: "expected risk value", domain: [-0.05, 1.05]}, y: {label: "network output", domain: [-0.05, 1.1]},
      color: {domain: ["in-sample", "held out"], range: ["#0072b2", "#d55e00"], legend: true},
      symbol: {domain: ["in-sample", "held out"], range: ["circle", "triangle"]},
      marks: [
        Plot.ruleX(cuts, {stroke: "#999", strokeDasharray: "3,3"}), Plot.ruleY(cuts, {stroke: "#999", strokeDasharray: "3,3"}),
        Plot.line([[0, 0], [1, 1]], {stroke: "#555"}),
        ...(pts.length ? [Plot.dot(pts, {x: "expected", y: "ours", stroke: "set", symbol: "set", r: 4, tip: true, title: (d: {label: string}) => d.label})] : [])
      ],
      ariaLabel: "Predicted against expected risk values"
    });
    scatterDiv.replaceChildren(chart, el("p", {class: "caption"}, "Network output against the expected risk value; on the diagonal the network is exact. Dashed lines are the zone thresholds: a point off its zone square lands in another warning zone. ",
      downloadChart(chart, "predicted-vs-expected")));
  }

  function renderExports(rows: ReturnType<typeof predictionRows>) {
    if (!trainer || !logs.length) {
      exportsDiv.replaceChildren("Train to export the weights and predictions.");
      return;
    }
    const weights: Weights = trainer.weights();
    exportsDiv.replaceChildren("Export: ",
      blobLink("weights (JSON)", "bp-weights.json", () => JSON.stringify({settings, epoch: trainer?.epoch, note: "kernel[i][j] connects input i to unit j; inputs and targets min-max scaled to [0, 1] on the training rows", weights}, null, 1), "application/json"),
      " · ",
      blobLink("predictions (CSV)", "bp-predictions.csv", () => [Object.keys(rows[0]).join(","), ...rows.map((r) => Object.values(r).map((v) => (typeof v === "string" && v.includes(",") ? `"${v}"` : String(v ?? ""))).join(","))].join("\n"), "text/csv"));
  }

  seedsBtn.addEventListener("click", () => {
    const token = ++seedsToken;
    const d = trainingData();
    const s = split();
    const seeds = Array.from({length: 20}, (_, i) => i + 1);
    const results: {seed: number; set: string; mae: number}[] = [];
    const t0 = performance.now();
    const base = {...settings, engine: settings.engine === "tfjs" ? "typed" as const : settings.engine};
    seedsDiv.replaceChildren(el("p", {class: "lab-seeds-status"}, "Training seed 1 of 20…"));
    let t: Trainer | null = null;
    // One seed at a time, in time slices of ~30 ms, so the page stays responsive even on large data.
    const next = (k: number) => {
      if (token !== seedsToken) {
        t?.dispose();
        return;
      }
      if (k < seeds.length) {
        t ??= makeTrainer({...base, seed: seeds[k]}, d);
        const slice = performance.now();
        while (!t.done && performance.now() - slice < 30) t.runEpochs(5);
        if (!t.done) {
          setTimeout(() => next(k), 0);
          return;
        }
        try {
          const pred = t.predict();
          results.push({seed: seeds[k], set: "all rows", mae: errorStats(d.y, pred).mae});
          if (s.test.length) results.push({seed: seeds[k], set: "held-out rows", mae: errorStats(d.y, pred, s.test).mae});
        } finally {
          t.dispose();
          t = null;
        }
        (seedsDiv.firstChild as HTMLElement).textContent = `Training seed ${Math.min(k + 2, seeds.length)} of ${seeds.length}…`;
        setTimeout(() => next(k + 1), 0);
        return;
      }
      const ms = performance.now() - t0;
      const sets = [...new Set(results.map((r) => r.set))];
      const ds = dataset();
      const paperMae = ds.paperNetwork ? {"all rows": errorStats(ds.y, ds.paperNetwork).mae, "held-out rows": s.test.length ? errorStats(ds.y, ds.paperNetwork, s.test).mae : NaN} : null;
      const chart = Plot.plot({
        width, height: 60 + 50 * sets.length, marginLeft: 100,
        x: {label: "mean absolute error", grid: true}, y: {label: null, domain: sets},
        marks: [
          Plot.dot(results, {x: "mae", y: "set", stroke: "#0072b2", r: 4, tip: true, title: (r: {seed: number; mae: number}) => `seed ${r.seed}: ${r.mae.toFixed(4)}`}),
          ...(paperMae ? [Plot.tickX(sets.map((set) => ({set, mae: paperMae[set as keyof typeof paperMae]})).filter((p) => Number.isFinite(p.mae)),
            {x: "mae", y: "set", stroke: "#d55e00", strokeWidth: 3}), Plot.text(sets.map((set) => ({set, mae: paperMae[set as keyof typeof paperMae]})).filter((p) => Number.isFinite(p.mae)),
            {x: "mae", y: "set", text: () => "paper", dy: -16, fill: "#d55e00"})] : [])
        ],
        ariaLabel: "Error over 20 seeds"
      });
      const summary = sets.map((set) => {
        const m = results.filter((r) => r.set === set).map((r) => r.mae);
        return `${set}: min ${fmt(Math.min(...m))}, median ${fmt(median(m))}, max ${fmt(Math.max(...m))}`;
      }).join("; ");
      seedsDiv.dataset.ms = String(Math.round(ms));
      seedsDiv.replaceChildren(
        el("p", {class: "lab-seeds-status"}, `20 seeds trained in ${(ms / 1000).toFixed(2)} s (${base.engine === "lm" ? "Levenberg-Marquardt" : "typed-array engine"}). ${summary}.`),
        chart,
        el("p", {class: "caption"}, `Each dot is one seed's mean absolute error${paperMae ? "; the orange tick is the paper's network" : ""}. The spread is what the random start alone does to the same network on the same rows. `,
          downloadChart(chart, "seed-spread"), " ", downloadTable(results, "seed-spread")));
    };
    setTimeout(() => next(0), 0);
  });

  writeControls(settings);
  resetTrainer();
  return root;
}
