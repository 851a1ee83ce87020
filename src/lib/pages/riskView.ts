/**
 * Page model of "Risk index and warning zones" (src/risk.md): the tables, zone cards, chart inputs,
 * captions and exercise answers the page shows, computed from data/risk.json (loaders/risk.ts) with the
 * method's own functions, so the page only imports, loads and displays.
 *
 * Two sections score the 100 samples, each with its own weights and inputs switch: "The 100 samples"
 * and "Radar charts". Both call {@link scoreHundred} with their own choice, so one section's switch never
 * moves the other's charts (issue 12: the radar once followed the histogram's switch).
 *
 * Every text takes the page's language (`lang`, English by default; texts in src/lib/i18n/texts/risk.ts):
 * the Chinese twin (src/zh/risk.md) shows the same numbers. Choice values, table keys and download
 * names stay English identifiers in both languages.
 */
import {entropyWeights} from "../method/entropy.js";
import {formatNumber, indicatorName, t, zoneName, zoneNamed, type Lang, type TextKey} from "../i18n/index.js";
import {INDICATOR_IDS, INDICATORS, QUANTITY_IDS, type IndicatorId} from "../method/indicators.js";
import {anchorsOf, normalise, rawAtLevel, riskValue, riskValues, STANDARD_LEVELS} from "../method/radar.js";
import {zoneChanges} from "../method/zoneChanges.js";
import {argMax} from "../stats/argMax.js";
import {PAPER_THRESHOLDS, standardThresholds, zoneCounts, zoneOf, zoneTable, ZONES, type Zone} from "../method/zones.js";
import {recomputePaper17, type Paper17Row} from "../paper/risk.js";
import type {TypedValue} from "../paper/weights.js";
import {localTable, type LocalTable, type LocalTableSpec} from "../i18n/relabel.js";
import {plural, type ExerciseText, type ZoneCard} from "./pageText.js";

/** One of the paper's 100 samples as data/risk.json ships it. */
export interface RiskSample {
  sample: number;
  declarationId: string;
  /** The 17 values as printed in the paper's 100-sample table (C1..C17). */
  printed: readonly number[];
  /** The same with C5, C10, C12 read from the declaration. */
  dataset: readonly number[];
  fraud: 0 | 1;
}

/** data/risk.json (loaders/risk.ts `RiskData`), the parts the page reads. */
export interface RiskPageData {
  weights: {published: readonly number[]; w13: readonly number[]};
  typed13: readonly TypedValue[];
  sample17: readonly {row: number; kind: string; label: string; values: readonly number[]; risk: number}[];
  samples: readonly RiskSample[];
}

/** The weights switch's options (the radio's labels are its values); the first is the default. */
export const RISK_WEIGHTS = ["published (paper)", "textbook entropy"] as const;
/** The inputs switch's options; the first is the default. */
export const RISK_INPUTS = ["paper's printed table", "dataset values"] as const;

const CHOICE_KEYS: Readonly<Record<string, TextKey>> = {
  "published (paper)": "risk.weights.published",
  "textbook entropy": "risk.weights.textbook",
  "paper's printed table": "risk.inputs.printed",
  "dataset values": "risk.inputs.dataset"
};

/**
 * The label of a weights or inputs option in a language (the options' values are their English labels).
 * @param lang the page's language
 * @param value one of {@link RISK_WEIGHTS} or {@link RISK_INPUTS}; any other value is returned as it is
 * @example choiceLabel("zh", "textbook entropy") // "教科书熵权法"
 */
export function choiceLabel(lang: Lang, value: string): string {
  const key = CHOICE_KEYS[value];
  return key ? t(lang, key) : value;
}

/** What a section scores the 100 samples with. */
export interface HundredChoice {
  weights: (typeof RISK_WEIGHTS)[number];
  inputs: (typeof RISK_INPUTS)[number];
}

/** 4 decimals, as the page prints risk values and thresholds. */
export const f4 = (x: number): string => x.toFixed(4);
/** 7 decimals, as the page prints recomputed risk values beside the printed ones. */
export const f7 = (x: number): string => x.toFixed(7);
/** A zone's name inside a sentence: lower case in English ("safety"), the zone's name in Chinese (安全区). */
const zoneWord = (lang: Lang, z: Zone) => (lang === "en" ? zoneName(lang, z).toLowerCase() : zoneName(lang, z));
/** A list inside a sentence: ", " in English, "，" in Chinese. */
const listSep = (lang: Lang) => (lang === "en" ? ", " : "，");

/**
 * A row label of the paper's 17-sample table in a language: "standard 65" → 标准样本 65, "sample 3" → 样本 3
 * (the data's labels are English; any other label is returned as it is).
 */
export function sampleLabel(lang: Lang, label: string): string {
  const standard = /^standard (\d+)$/.exec(label),
    sample = /^sample (\d+)$/.exec(label);
  if (standard) return t(lang, "risk.label.standard", {level: standard[1]});
  if (sample) return t(lang, "risk.label.sample", {n: sample[1]});
  return label;
}

/**
 * Column names of the risk page's tables in a language, for Inputs.table's `header` option (the rows keep
 * their English keys, which the downloads use): the standard samples, the 17 samples, the zones.
 * @example riskHeader("zh").ours // "本报告"
 */
export function riskHeader(lang: Lang): Record<string, string> {
  return {
    sample: t(lang, "risk.col.sample"),
    paper: t(lang, "risk.col.paper"),
    ours: t(lang, "risk.col.ours"),
    printed: t(lang, "risk.col.printed"),
    "published weights": t(lang, "risk.col.publishedWeights"),
    "diff (published)": "Δ",
    "authors' inputs": t(lang, "risk.col.authorsInputs"),
    // a space tells the two Δ columns apart, as on the English page
    "diff (authors')": "Δ ",
    zone: t(lang, "risk.col.zone"),
    interval: t(lang, "risk.col.interval")
  };
}

/** A table of the risk page as Inputs.table takes it (src/lib/i18n/relabel.ts). */
export type RiskTable = LocalTable;

/**
 * One of the risk page's tables in a language, its heads from {@link riskHeader} ({@link localTable}).
 * @param rows the rows, keyed in English
 * @param lang the page's language
 * @param spec the columns shown (all when absent), the format by English key, the rows shown before scrolling
 */
export function riskTable(rows: readonly object[], lang: Lang, spec: LocalTableSpec = {}): RiskTable {
  return localTable(rows, lang, riskHeader(lang), spec);
}

const exponent = (x: number): string => x.toExponential(1);

/**
 * The risk page's three tables: the standard samples (printed level, our risk value to 7 decimals), the
 * warning zones, and the 17 samples (printed value, ours with the published weights and with the authors'
 * inputs, each difference in exponent form).
 * @param model the 17-sample model ({@link paper17Model})
 * @param thresholds the zone limits
 * @param lang the page's language
 */
export function riskTables(
  model: Paper17Model,
  thresholds: readonly [number, number],
  lang: Lang = "en"
): {standard: RiskTable; zones: RiskTable; samples: RiskTable} {
  return {
    standard: riskTable(model.standardTable, lang, {format: {paper: (x: number) => String(x), ours: f7}}),
    zones: riskTable(zoneRows(thresholds, lang), lang),
    samples: riskTable(model.table, lang, {
      rows: 18,
      columns: ["sample", "printed", "published weights", "diff (published)", "authors' inputs", "diff (authors')"],
      format: {printed: String, "published weights": f7, "authors' inputs": f7, "diff (published)": exponent, "diff (authors')": exponent}
    })
  };
}

/**
 * The width of one small radar chart: 120 px, or three to a row on a narrow screen, never under 96 px.
 * @param width the column's width in px
 * @example smallRadarWidth(390) // 120
 * @example smallRadarWidth(300) // 97
 */
export function smallRadarWidth(width: number): number {
  return Math.max(96, Math.min(120, Math.floor((width - 8) / 3)));
}

/**
 * Textbook entropy weights of raw values, each indicator in its catalogue direction:
 * w_j = (1 − e_j) / Σ_k (1 − e_k) (src/lib/method/entropy.ts).
 * @param raws samples × 17 raw values
 */
export function textbookWeights(raws: readonly (readonly number[])[]): number[] {
  return entropyWeights(raws, {rule: "textbook", directions: INDICATORS.map((d) => d.direction)}).w;
}

/** The weight of one indicator in a C1..C17 vector. */
export const weightOf = (w: readonly number[], id: IndicatorId): number => w[INDICATOR_IDS.indexOf(id)];

/** The standard-sample table and the 17-sample table, with the figures the prose quotes. */
export interface Paper17Model {
  /** Each of the 17 rows recomputed (src/lib/paper/risk.ts). */
  rows: Paper17Row[];
  /** The four standard samples: label, C1..C17, the level x*, the printed and our risk value. */
  standardTable: Record<string, string | number>[];
  /** Our thresholds: the risk values of the 65 and 85 standard samples, published weights. */
  ours: [number, number];
  /** The paper's printed risk values of the same two samples. */
  printed: [number, number];
  /** The 17 rows: printed, ours with the published weights and with the authors' inputs, and Δ = ours − printed. */
  table: {
    row: number;
    sample: string;
    printed: number;
    "published weights": number;
    "diff (published)": number;
    "authors' inputs": number;
    "diff (authors')": number;
  }[];
  /** max |ours − printed| over the 13 random samples, published weights. */
  maxPublishedDiff: number;
  /** max |ours − printed| over the 13 random samples, the authors' inputs. */
  maxAuthorsDiff: number;
  /** How many of the 13 random samples the authors' inputs reproduce within 1e-9. */
  within1e9: number;
}

/**
 * The paper's 17-sample table (4 standard samples, 13 random ones) recomputed two ways
 * (src/lib/paper/risk.ts `recomputePaper17`), as the page's two tables and the differences its prose cites.
 * @param data the page's data
 * @param lang the page's language (the tables' sample labels); English by default
 */
export function paper17Model(data: RiskPageData, lang: Lang = "en"): Paper17Model {
  const rows = recomputePaper17(data.sample17, data.weights.published, data.weights.w13, data.typed13);
  const standard = data.sample17.filter((r) => r.kind === "standard");
  const random = rows.filter((r) => r.kind === "random");
  const maxAbs = (d: (r: Paper17Row) => number) => Math.max(...random.map((r) => Math.abs(d(r))));
  return {
    rows,
    standardTable: standard.map((r, k) => ({
      sample: sampleLabel(lang, r.label),
      ...Object.fromEntries(INDICATORS.map((d, j) => [d.id, r.values[j]])),
      "x*": STANDARD_LEVELS[k],
      paper: r.risk,
      ours: rows[k].published
    })),
    ours: [rows[1].published, rows[2].published],
    printed: [standard[1].risk, standard[2].risk],
    table: rows.map((r) => ({
      row: r.row,
      sample: sampleLabel(lang, r.label),
      printed: r.printed,
      "published weights": r.published,
      "diff (published)": r.published - r.printed,
      "authors' inputs": r.paperInputs,
      "diff (authors')": r.paperInputs - r.printed
    })),
    maxPublishedDiff: maxAbs((r) => r.published - r.printed),
    maxAuthorsDiff: maxAbs((r) => r.paperInputs - r.printed),
    within1e9: random.filter((r) => Math.abs(r.paperInputs - r.printed) < 1e-9).length
  };
}

/**
 * The warning zones as a table: zone name and interval (the paper's thresholds by default).
 * @param thresholds the zone limits
 * @param lang the page's language (the zones' names); English by default
 */
export function zoneRows(thresholds: readonly [number, number] = PAPER_THRESHOLDS, lang: Lang = "en"): {zone: string; interval: string}[] {
  return zoneTable(thresholds).map((z) => ({zone: zoneName(lang, z.zone), interval: z.interval}));
}

/**
 * The raw values of the quantities at a standard level, interpolated between the paper's anchors
 * (src/lib/method/radar.ts `rawAtLevel`).
 * @param level the standard level as x* (0–1)
 * @param lang the page's language (the list's separator); English by default
 * @example quantitiesAtLevel(0.65) // "C5 …, C10 …, C12 …" (each rounded to 2 decimals)
 */
export function quantitiesAtLevel(level: number, lang: Lang = "en"): string {
  return QUANTITY_IDS.map((id) => `${id} ${formatNumber(lang, rawAtLevel(level, anchorsOf(id)), undefined, 2)}`).join(listSep(lang));
}

/** "Move the standard levels": the zones at two standard levels, or why there are none. */
export type MovedLevels =
  {ok: false; message: string; quantities: string} | {ok: true; thresholds: [number, number]; cards: ZoneCard[]; quantities: string};

/**
 * Thresholds at two standard levels a < b (in points, 0–100): t_k = f(level_k/100, …) with the published
 * weights, and how many of the 100 printed samples fall in each zone.
 * @param data the page's data
 * @param levels the two levels in points
 * @param lang the page's language (cards, message); English by default
 * @returns the zone cards (interval big, count below) and the quantities' raw values at both levels;
 * or, when a >= b, the message the page shows
 */
export function movedLevels(data: RiskPageData, levels: {a: number; b: number}, lang: Lang = "en"): MovedLevels {
  if (!(levels.a < levels.b)) return {ok: false, message: t(lang, "risk.levels.order"), quantities: t(lang, "risk.levels.none")};
  const [a, b] = [levels.a / 100, levels.b / 100];
  const thresholds = standardThresholds(data.weights.published, [a, b]);
  const counts = zoneCounts(
    riskValues(
      data.samples.map((s) => normalise(s.printed)),
      data.weights.published
    ),
    thresholds
  );
  const table = zoneTable(thresholds);
  return {
    ok: true,
    thresholds,
    cards: ZONES.map((z, k) => ({
      zone: z,
      title: zoneName(lang, z),
      big: table[k].interval,
      detail: t(lang, "risk.levels.card", {n: String(counts[z]), total: String(data.samples.length)})
    })),
    quantities: t(lang, "risk.levels.quantities", {lower: quantitiesAtLevel(a, lang), upper: quantitiesAtLevel(b, lang)})
  };
}

/** A scored sample of the 100, as the table and the histogram show it. */
export interface ScoredSample {
  sample: number;
  declaration: string;
  risk: number;
  zone: Zone;
  fraud: 0 | 1;
}

/** The 100 samples scored with one section's choice. */
export interface Hundred {
  choice: HundredChoice;
  /** samples × 17 raw values (printed, or with the dataset's quantities). */
  raws: readonly (readonly number[])[];
  /** samples × 17 x*. */
  xs: number[][];
  weights: readonly number[];
  thresholds: readonly [number, number];
  scored: ScoredSample[];
  counts: Record<Zone, number>;
  /** Zone cards: the count big, the interval below. */
  cards: ZoneCard[];
  /** The histogram's caption. */
  caption: string;
}

/**
 * Score the paper's 100 samples: raw values (printed, or with C5, C10, C12 from the dataset) → x* → f
 * with the published weights and the paper's thresholds, or with textbook entropy weights of those raw
 * values and their standard thresholds t_k = f(0.65 | 0.85, …).
 * @param data the page's data
 * @param choice weights and inputs
 * @param lang the page's language (cards, caption); English by default
 */
export function scoreHundred(data: RiskPageData, choice: HundredChoice, lang: Lang = "en"): Hundred {
  const raws = data.samples.map((s) => (choice.inputs === "dataset values" ? s.dataset : s.printed));
  const xs = raws.map((r) => normalise(r));
  const published = choice.weights === "published (paper)";
  const weights = published ? data.weights.published : textbookWeights(raws);
  const thresholds = published ? PAPER_THRESHOLDS : standardThresholds(weights);
  const fs = riskValues(xs, weights);
  const scored = data.samples.map((s, i) => ({
    sample: s.sample,
    declaration: s.declarationId,
    risk: fs[i],
    zone: zoneOf(fs[i], thresholds),
    fraud: s.fraud
  }));
  const counts = zoneCounts(fs, thresholds);
  const table = zoneTable(thresholds);
  return {
    choice,
    raws,
    xs,
    weights,
    thresholds,
    scored,
    counts,
    cards: ZONES.map((z, k) => ({
      zone: z,
      title: zoneName(lang, z),
      big: String(counts[z]),
      detail: t(lang, "risk.hundred.card", {interval: table[k].interval})
    })),
    caption: t(lang, "risk.hundred.caption", {
      n: String(data.samples.length),
      weights: choiceLabel(lang, choice.weights),
      inputs: choiceLabel(lang, choice.inputs),
      t1: f4(thresholds[0]),
      t2: f4(thresholds[1]),
      severe: counts.severe === 0 ? t(lang, "risk.hundred.noSevere") : t(lang, "risk.hundred.severe", {n: String(counts.severe)})
    })
  };
}

/**
 * Read a sample from the radar section's text box: the declaration ID of one of the 100 samples, else a
 * sample number 1–100 (surrounding spaces ignored).
 * @returns the sample number; null for an empty box; undefined when the text is neither
 */
export function pickSample(text: string, samples: readonly Pick<RiskSample, "sample" | "declarationId">[]): number | null | undefined {
  const t = String(text).trim();
  if (t === "") return null;
  const byId = samples.find((s) => s.declarationId === t);
  if (byId) return byId.sample;
  const n = Number(t);
  return Number.isInteger(n) && n >= 1 && n <= samples.length ? n : undefined;
}

/** The radar chart to draw (a sample, maybe a second one), or the message for a bad pick. */
export type RadarPick =
  | {ok: false; message: string}
  | {
      ok: true;
      sample: {label: string; raw: readonly number[]};
      compare: {label: string; raw: readonly number[]} | null;
      caption: string;
      name: string;
    };

/**
 * The radar section's pick: the sample in the first box, optionally compared with the second, with the
 * raw values of that section's own scoring.
 * @param data the page's data (the samples' declaration IDs)
 * @param hundred the radar section's scoring ({@link scoreHundred})
 * @param first the first box's text
 * @param second the second box's text (may be empty)
 * @param lang the page's language (labels, caption, messages); English by default
 */
export function radarPick(data: RiskPageData, hundred: Hundred, first: string, second: string, lang: Lang = "en"): RadarPick {
  const a = pickSample(first, data.samples),
    b = pickSample(second, data.samples);
  const n = String(data.samples.length);
  if (a === undefined || a === null) return {ok: false, message: t(lang, "risk.pick.bad", {text: first, n})};
  if (b === undefined) return {ok: false, message: t(lang, "risk.pick.badCompare", {text: second, n})};
  const asSample = (k: number) => ({
    label: t(lang, "risk.pick.label", {n: String(k), id: data.samples[k - 1].declarationId}),
    raw: hundred.raws[k - 1]
  });
  return {
    ok: true,
    sample: asSample(a),
    compare: b ? asSample(b) : null,
    caption: t(lang, "risk.pick.caption", {
      a: String(a),
      compare: b ? t(lang, "risk.pick.compare", {b: String(b)}) : "",
      lo: String(STANDARD_LEVELS[1]),
      hi: String(STANDARD_LEVELS[2])
    }),
    name: `radar-sample-${a}${b ? `-vs-${b}` : ""}`
  };
}

/**
 * The 100 samples from the lowest risk value to the highest (a stable sort: ties keep sample order), as
 * small-multiple inputs and as the download of their x*.
 */
export function sortedByRisk(hundred: Hundred): {
  charts: {label: string; raw: readonly number[]}[];
  rows: Record<string, number | string>[];
} {
  const order = hundred.scored.map((d, i) => ({...d, i})).sort((p, q) => p.risk - q.risk);
  return {
    charts: order.map((d) => ({label: `#${d.sample}`, raw: hundred.raws[d.i]})),
    rows: order.map((d) => ({
      sample: d.sample,
      risk: d.risk,
      zone: d.zone,
      ...Object.fromEntries(INDICATORS.map((ind, j) => [`x*_${ind.id}`, hundred.xs[d.i][j]]))
    }))
  };
}

/**
 * The page's three exercises, each answer computed from the printed 100 samples with the functions the
 * controls use: (1) the zone moves when the lower standard level goes from 65 to 70
 * (src/lib/method/zoneChanges.ts); (2) the zones and the heaviest indicator under textbook weights;
 * (3) samples 1 and 2 with the published weights and the paper's thresholds.
 * @param data the page's data
 * @param lang the page's language (questions, hints, answers); English by default
 */
export function riskExercises(data: RiskPageData, lang: Lang = "en"): ExerciseText[] {
  const published = data.weights.published;
  const printed = data.samples.map((s) => s.printed);
  const fsPrinted = riskValues(
    printed.map((r) => normalise(r)),
    published
  );
  const at65 = standardThresholds(published),
    at70 = standardThresholds(published, [0.7, 0.85]);
  const moved = zoneChanges(fsPrinted, at65, at70);
  const moveText = Object.entries(moved.moves)
    .map(([k, n]) => {
      const [from, to] = k.split("→").map((z) => zoneWord(lang, z as Zone));
      return t(lang, "risk.ex1.move", {n: String(n), from, to});
    })
    .join(listSep(lang));
  const tbW = textbookWeights(printed);
  const tbT = standardThresholds(tbW);
  const tbCounts = zoneCounts(
    riskValues(
      printed.map((r) => normalise(r)),
      tbW
    ),
    tbT
  );
  const tbTop = argMax(tbW);
  const pair = [1, 2].map((n) => ({n, f: riskValue(normalise(printed[n - 1]), published)}));
  const c = moved.changed;
  // English says "sample" or "samples"; the two keys of each pair are one text in Chinese
  const many = plural(c) === "s" ? "other" : "one";
  const list =
    c <= 10 ? t(lang, `risk.ex1.list.${many}`, {list: moved.indices.map((i) => data.samples[i].sample).join(listSep(lang))}) : "";
  const changed =
    c === 0
      ? t(lang, "risk.ex1.none")
      : t(lang, `risk.ex1.changed.${many}`, {c: String(c), n: String(fsPrinted.length), moves: moveText, list}) +
        t(lang, "risk.ex1.lesson", {share: t(lang, c > fsPrinted.length / 2 ? "risk.ex1.most" : "risk.ex1.part")});
  const top = INDICATORS[tbTop];
  return [
    {
      n: 1,
      question: t(lang, "risk.ex1.question"),
      hint: t(lang, "risk.ex1.hint"),
      answer: t(lang, "risk.ex1.rises", {a: f4(at65[0]), b: f4(at70[0])}) + changed
    },
    {
      n: 2,
      question: t(lang, "risk.ex2.question"),
      answer: t(lang, "risk.ex2.answer", {
        counts: ZONES.map((z) => t(lang, "risk.ex2.count", {n: String(tbCounts[z]), zone: zoneWord(lang, z)})).join(listSep(lang)),
        t1: f4(tbT[0]),
        t2: f4(tbT[1]),
        id: top.id,
        name: indicatorName(lang, top),
        w: f4(tbW[tbTop])
      })
    },
    {
      n: 3,
      question: t(lang, "risk.ex3.question"),
      answer:
        pair
          .map((p) =>
            t(lang, "risk.ex3.sample", {n: String(p.n), f: f4(p.f), zone: zoneNamed(lang, zoneOf(p.f, PAPER_THRESHOLDS), {lower: true})})
          )
          .join(lang === "en" ? "; " : "；") + t(lang, "risk.ex3.riskier", {k: String(pair[0].f > pair[1].f ? 1 : 2)})
    }
  ];
}
