/**
 * The training lab's figures, each from plain data to DOM: the loss curve, the predictions table, the
 * predicted-vs-expected scatter and the spread over seeds, each with its caption and downloads.
 */
import * as Plot from "@observablehq/plot";
import type {PredictionRow} from "../lib/bp/lab.js";
import type {SeedResult} from "../lib/bp/labSession.js";
import {median} from "../lib/bp/metrics.js";
import type {EpochLog} from "../lib/bp/training.js";
import {PAPER_THRESHOLDS} from "../lib/method/zones.js";
import {downloadChart, downloadTable} from "./download.js";

/** A small element builder: props are DOM properties when the element has them, else attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") e.className = String(v);
    else if (k in e) (e as unknown as Record<string, unknown>)[k] = v;
    else e.setAttribute(k, String(v));
  }
  e.append(...children);
  return e;
}

/** A number with d decimals, or "–" when missing or not finite (so no "NaN" ever reaches the page). */
export const fmt = (v: number | null | undefined, d = 4) => (v === null || v === undefined || !Number.isFinite(v) ? "–" : v.toFixed(d));

const zoneBadge = (zone: string) => el("span", {class: `zone-badge zone-${zone}`}, zone);

/** The loss curve (log scale): training and held-out mean squared error per epoch; only finite, positive losses. */
export function lossChart(logs: readonly EpochLog[], {width, epochs}: {width: number; epochs: number}): HTMLElement {
  const pts = logs
    .flatMap((h) => [
      {epoch: h.epoch, loss: h.trainLoss, set: "training rows"},
      ...(h.testLoss === null ? [] : [{epoch: h.epoch, loss: h.testLoss, set: "held-out rows"}])
    ])
    .filter((p) => Number.isFinite(p.loss) && p.loss > 0);
  const chart = Plot.plot({
    width,
    height: 260,
    marginLeft: 60,
    x: {label: "epoch", domain: [0, epochs]},
    // "~g" (0.0008, 1e-5) rather than the log scale's SI default ("800µ"); as a d3 specifier Plot still thins
    // the log ticks' labels
    y: {type: "log", label: "mean squared error", grid: true, tickFormat: "~g"},
    color: {domain: ["training rows", "held-out rows"], range: ["#0072b2", "#d55e00"], legend: true},
    marks: pts.length
      ? [Plot.line(pts, {x: "epoch", y: "loss", stroke: "set"})]
      : [Plot.text(["Press Play to train"], {frameAnchor: "middle"})],
    ariaLabel: "Loss curve"
  });
  return el(
    "div",
    {},
    chart,
    el(
      "p",
      {class: "caption"},
      "Mean squared error after each epoch, log scale. The training loss falls while the network fits; the held-out loss shows whether that fit carries over to rows it never saw. ",
      downloadChart(chart, "loss")
    )
  );
}

/** The predictions table: expected value, the paper's output (paper17), ours, |error|, zones, and which rows trained. */
export function predictionsTable(rows: readonly PredictionRow[]): HTMLElement {
  const hasPaper = rows.some((r) => r.paper !== undefined);
  const head = [
    "#",
    "sample",
    "expected",
    ...(hasPaper ? ["paper's network"] : []),
    "ours",
    "absolute error",
    "zone (ours)",
    hasPaper ? "zone (paper)" : "zone (expected)",
    "row used for"
  ];
  const body = el("tbody");
  for (const r of rows) {
    const zone2 = hasPaper ? r.zonePaper : r.zoneExpected;
    body.append(
      el(
        "tr",
        {class: r.inSample ? "in-sample" : "held-out"},
        el("td", {}, String(r.row)),
        el("td", {}, r.label),
        el("td", {}, fmt(r.expected)),
        ...(hasPaper ? [el("td", {}, fmt(r.paper))] : []),
        el("td", {class: "lab-ours"}, fmt(r.ours)),
        el("td", {}, fmt(r.absError)),
        el("td", {}, r.zoneOurs ? zoneBadge(r.zoneOurs) : "–"),
        el("td", {}, zone2 ? zoneBadge(zone2) : "–"),
        el("td", {}, r.inSample ? "training (in-sample)" : "held out")
      )
    );
  }
  const table = el("table", {class: "lab-results"}, el("thead", {}, el("tr", {}, ...head.map((h) => el("th", {scope: "col"}, h)))), body);
  return el(
    "div",
    {},
    el("div", {class: "lab-table-scroll", tabindex: 0, role: "region", "aria-label": "Predictions table"}, table),
    el(
      "p",
      {class: "caption"},
      `Each row's expected risk value, ${hasPaper ? "the paper's network output, " : ""}ours, and the warning zones. Rows marked in-sample were used for training: their error measures fit, not prediction. `,
      downloadTable(rows, "predictions")
    )
  );
}

/** Network output against the expected risk value, with the zone thresholds; in-sample and held-out rows apart. */
export function predictionScatter(rows: readonly PredictionRow[], {width}: {width: number}): HTMLElement {
  const pts = rows.filter((r) => r.ours !== null).map((r) => ({...r, set: r.inSample ? "in-sample" : "held out"}));
  const cuts = [...PAPER_THRESHOLDS];
  const size = Math.min(width, 520);
  const chart = Plot.plot({
    width: size,
    height: size * 0.85,
    marginLeft: 50,
    x: {label: "expected risk value", domain: [-0.05, 1.05]},
    y: {label: "network output", domain: [-0.05, 1.1]},
    color: {domain: ["in-sample", "held out"], range: ["#0072b2", "#d55e00"], legend: true},
    symbol: {domain: ["in-sample", "held out"], range: ["circle", "triangle"]},
    marks: [
      Plot.ruleX(cuts, {stroke: "#999", strokeDasharray: "3,3"}),
      Plot.ruleY(cuts, {stroke: "#999", strokeDasharray: "3,3"}),
      Plot.line(
        [
          [0, 0],
          [1, 1]
        ],
        {stroke: "#555"}
      ),
      ...(pts.length
        ? [Plot.dot(pts, {x: "expected", y: "ours", stroke: "set", symbol: "set", r: 4, tip: true, title: (d: {label: string}) => d.label})]
        : [])
    ],
    ariaLabel: "Predicted against expected risk values"
  });
  return el(
    "div",
    {},
    chart,
    el(
      "p",
      {class: "caption"},
      "Network output against the expected risk value; on the diagonal the network is exact. Dashed lines are the zone thresholds: a point off its zone square lands in another warning zone. ",
      downloadChart(chart, "predicted-vs-expected")
    )
  );
}

/**
 * The spread of the MAE over seeds (one dot a seed), with the paper's network as a tick when known,
 * and a one-line summary: min, median and max per set of rows.
 */
export function seedsFigure(
  results: readonly SeedResult[],
  {width, ms, engine, paperMae}: {width: number; ms: number; engine: string; paperMae: Partial<Record<SeedResult["set"], number>> | null}
): HTMLElement {
  const sets = [...new Set(results.map((r) => r.set))];
  const ticks = paperMae
    ? sets
        .map((set) => ({set, mae: paperMae[set]}))
        .filter((p): p is {set: SeedResult["set"]; mae: number} => p.mae !== undefined && Number.isFinite(p.mae))
    : [];
  const chart = Plot.plot({
    width,
    height: 60 + 50 * sets.length,
    marginLeft: 100,
    x: {label: "mean absolute error", grid: true},
    y: {label: null, domain: sets},
    marks: [
      Plot.dot(results, {
        x: "mae",
        y: "set",
        stroke: "#0072b2",
        r: 4,
        tip: true,
        title: (r: SeedResult) => `seed ${r.seed}: ${r.mae.toFixed(4)}`
      }),
      ...(ticks.length
        ? [
            Plot.tickX(ticks, {x: "mae", y: "set", stroke: "#d55e00", strokeWidth: 3}),
            Plot.text(ticks, {x: "mae", y: "set", text: () => "paper", dy: -16, fill: "#d55e00"})
          ]
        : [])
    ],
    ariaLabel: `Error over ${new Set(results.map((r) => r.seed)).size} seeds`
  });
  const summary = sets
    .map((set) => {
      const m = results.filter((r) => r.set === set).map((r) => r.mae);
      return `${set}: min ${fmt(Math.min(...m))}, median ${fmt(median(m))}, max ${fmt(Math.max(...m))}`;
    })
    .join("; ");
  const seeds = new Set(results.map((r) => r.seed)).size;
  return el(
    "div",
    {},
    el("p", {class: "lab-seeds-status"}, `${seeds} seeds trained in ${(ms / 1000).toFixed(2)} s (${engine}). ${summary}.`),
    chart,
    el(
      "p",
      {class: "caption"},
      `Each dot is one seed's mean absolute error${ticks.length ? "; the orange tick is the paper's network" : ""}. The spread is what the random start alone does to the same network on the same rows. `,
      downloadChart(chart, "seed-spread"),
      " ",
      downloadTable(results, "seed-spread")
    )
  );
}
