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
import {t, zoneName, type Lang} from "../lib/i18n/index.js";
import type {Zone} from "../lib/method/zones.js";

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

// English shows the zone's key as it always has ("safety"); Chinese the zone's name (安全区)
const zoneBadge = (zone: Zone, lang: Lang) => el("span", {class: `zone-badge zone-${zone}`}, lang === "en" ? zone : zoneName(lang, zone));

/**
 * A row's label from the build data ("standard 65", "sample 12", "declaration 97061800") in a language.
 * @example rowLabel("sample 12", "zh") // "样本 12"
 */
export function rowLabel(label: string, lang: Lang = "en"): string {
  if (lang === "en") return label;
  const m = /^(standard|sample|declaration) (\S+)$/.exec(label);
  if (!m) return label;
  return m[1] === "declaration"
    ? t(lang, "train.label.declaration", {id: m[2]})
    : t(lang, `train.label.${m[1] as "standard" | "sample"}`, {n: m[2]});
}

/** The name of a set of rows in the lab's figures ("training rows", "all rows"; 训练行, 全部行). */
export function rowsName(set: "training rows" | "held-out rows" | "all rows", lang: Lang = "en"): string {
  return t(lang, set === "training rows" ? "train.rows.training" : set === "held-out rows" ? "train.rows.heldOut" : "train.rows.all");
}

/**
 * The loss curve (log scale): training and held-out mean squared error per epoch; only finite, positive losses.
 * @param lang the page's language (English by default)
 */
export function lossChart(
  logs: readonly EpochLog[],
  {width, epochs, lang = "en"}: {width: number; epochs: number; lang?: Lang}
): HTMLElement {
  const train = rowsName("training rows", lang),
    held = rowsName("held-out rows", lang);
  const pts = logs
    .flatMap((h) => [
      {epoch: h.epoch, loss: h.trainLoss, set: train},
      ...(h.testLoss === null ? [] : [{epoch: h.epoch, loss: h.testLoss, set: held}])
    ])
    .filter((p) => Number.isFinite(p.loss) && p.loss > 0);
  const chart = Plot.plot({
    width,
    height: 260,
    marginLeft: 60,
    x: {label: t(lang, "train.loss.x"), domain: [0, epochs]},
    // "~g" (0.0008, 1e-5) rather than the log scale's SI default ("800µ"); as a d3 specifier Plot still thins
    // the log ticks' labels
    y: {type: "log", label: t(lang, "train.loss.y"), grid: true, tickFormat: "~g"},
    color: {domain: [train, held], range: ["#0072b2", "#d55e00"], legend: true},
    marks: pts.length
      ? [Plot.line(pts, {x: "epoch", y: "loss", stroke: "set"})]
      : [Plot.text([t(lang, "train.loss.empty")], {frameAnchor: "middle"})],
    ariaLabel: t(lang, "train.loss.aria")
  });
  return el("div", {}, chart, el("p", {class: "caption"}, t(lang, "train.loss.caption"), downloadChart(chart, "loss", lang)));
}

/**
 * The predictions table: expected value, the paper's output (paper17), ours, |error|, zones, and which rows trained.
 * The download keeps the rows' English keys.
 * @param lang the page's language (English by default)
 */
export function predictionsTable(rows: readonly PredictionRow[], {lang = "en"}: {lang?: Lang} = {}): HTMLElement {
  const hasPaper = rows.some((r) => r.paper !== undefined);
  const head = [
    "#",
    t(lang, "train.col.sample"),
    t(lang, "train.col.expected"),
    ...(hasPaper ? [t(lang, "train.col.paper")] : []),
    t(lang, "train.col.ours"),
    t(lang, "train.col.absError"),
    t(lang, "train.col.zoneOurs"),
    t(lang, hasPaper ? "train.col.zonePaper" : "train.col.zoneExpected"),
    t(lang, "train.col.use")
  ];
  const body = el("tbody");
  for (const r of rows) {
    const zone2 = hasPaper ? r.zonePaper : r.zoneExpected;
    body.append(
      el(
        "tr",
        {class: r.inSample ? "in-sample" : "held-out"},
        el("td", {}, String(r.row)),
        el("td", {}, rowLabel(r.label, lang)),
        el("td", {}, fmt(r.expected)),
        ...(hasPaper ? [el("td", {}, fmt(r.paper))] : []),
        el("td", {class: "lab-ours"}, fmt(r.ours)),
        el("td", {}, fmt(r.absError)),
        el("td", {}, r.zoneOurs ? zoneBadge(r.zoneOurs, lang) : "–"),
        el("td", {}, zone2 ? zoneBadge(zone2, lang) : "–"),
        el("td", {}, t(lang, r.inSample ? "train.use.training" : "train.use.heldOut"))
      )
    );
  }
  const table = el("table", {class: "lab-results"}, el("thead", {}, el("tr", {}, ...head.map((h) => el("th", {scope: "col"}, h)))), body);
  return el(
    "div",
    {},
    el("div", {class: "lab-table-scroll", tabindex: 0, role: "region", "aria-label": t(lang, "train.table.aria")}, table),
    el(
      "p",
      {class: "caption"},
      t(lang, "train.table.caption", {paper: hasPaper ? t(lang, "train.table.captionPaper") : ""}),
      downloadTable(rows, "predictions", lang)
    )
  );
}

/**
 * Network output against the expected risk value, with the zone thresholds; in-sample and held-out rows apart.
 * @param lang the page's language (English by default)
 */
export function predictionScatter(rows: readonly PredictionRow[], {width, lang = "en"}: {width: number; lang?: Lang}): HTMLElement {
  const inSample = t(lang, "train.scatter.inSample"),
    heldOut = t(lang, "train.scatter.heldOut");
  const pts = rows
    .filter((r) => r.ours !== null)
    .map((r) => ({...r, label: rowLabel(r.label, lang), set: r.inSample ? inSample : heldOut}));
  const cuts = [...PAPER_THRESHOLDS];
  const size = Math.min(width, 520);
  const chart = Plot.plot({
    width: size,
    height: size * 0.85,
    marginLeft: 50,
    x: {label: t(lang, "train.scatter.x"), domain: [-0.05, 1.05]},
    y: {label: t(lang, "train.scatter.y"), domain: [-0.05, 1.1]},
    color: {domain: [inSample, heldOut], range: ["#0072b2", "#d55e00"], legend: true},
    symbol: {domain: [inSample, heldOut], range: ["circle", "triangle"]},
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
    ariaLabel: t(lang, "train.scatter.aria")
  });
  return el(
    "div",
    {},
    chart,
    el("p", {class: "caption"}, t(lang, "train.scatter.caption"), downloadChart(chart, "predicted-vs-expected", lang))
  );
}

/**
 * The spread of the MAE over seeds (one dot a seed), with the paper's network as a tick when known,
 * and a one-line summary: min, median and max per set of rows. The download keeps the results' English keys.
 * @param lang the page's language (English by default); `engine` comes in it already
 */
export function seedsFigure(
  results: readonly SeedResult[],
  {
    width,
    ms,
    engine,
    paperMae,
    lang = "en"
  }: {width: number; ms: number; engine: string; paperMae: Partial<Record<SeedResult["set"], number>> | null; lang?: Lang}
): HTMLElement {
  const sets = [...new Set(results.map((r) => r.set))];
  // the rows' sets as the reader reads them; the data keep their keys
  const shown = (set: SeedResult["set"]) => rowsName(set, lang);
  const ticks = paperMae
    ? sets
        .map((set) => ({set, mae: paperMae[set]}))
        .filter((p): p is {set: SeedResult["set"]; mae: number} => p.mae !== undefined && Number.isFinite(p.mae))
    : [];
  const chart = Plot.plot({
    width,
    height: 60 + 50 * sets.length,
    marginLeft: 100,
    x: {label: t(lang, "train.seeds.x"), grid: true},
    y: {label: null, domain: sets, tickFormat: shown},
    marks: [
      Plot.dot(results, {
        x: "mae",
        y: "set",
        stroke: "#0072b2",
        r: 4,
        tip: true,
        title: (r: SeedResult) => t(lang, "train.seeds.title", {seed: String(r.seed), mae: r.mae.toFixed(4)})
      }),
      ...(ticks.length
        ? [
            Plot.tickX(ticks, {x: "mae", y: "set", stroke: "#d55e00", strokeWidth: 3}),
            Plot.text(ticks, {x: "mae", y: "set", text: () => t(lang, "train.seeds.paper"), dy: -16, fill: "#d55e00"})
          ]
        : [])
    ],
    ariaLabel: t(lang, "train.seeds.aria", {n: String(new Set(results.map((r) => r.seed)).size)})
  });
  const summary = sets
    .map((set) => {
      const m = results.filter((r) => r.set === set).map((r) => r.mae);
      return t(lang, "train.seeds.summary", {set: shown(set), min: fmt(Math.min(...m)), median: fmt(median(m)), max: fmt(Math.max(...m))});
    })
    .join(t(lang, "train.listSep"));
  const seeds = new Set(results.map((r) => r.seed)).size;
  return el(
    "div",
    {},
    el("p", {class: "lab-seeds-status"}, t(lang, "train.seeds.status", {n: String(seeds), s: (ms / 1000).toFixed(2), engine, summary})),
    chart,
    el(
      "p",
      {class: "caption"},
      t(lang, "train.seeds.caption", {tick: ticks.length ? t(lang, "train.seeds.tick") : ""}),
      downloadChart(chart, "seed-spread", lang),
      " ",
      downloadTable(results, "seed-spread", lang)
    )
  );
}
