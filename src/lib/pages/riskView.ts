/**
 * Page model of "Risk index and warning zones" (src/risk.md): the tables, zone cards, chart inputs,
 * captions and exercise answers the page shows, computed from data/risk.json (loaders/risk.ts) with the
 * method's own functions, so the page only imports, loads and displays.
 *
 * Two sections score the 100 samples, each with its own weights and inputs switch: "The 100 samples"
 * and "Radar charts". Both call {@link scoreHundred} with their own choice, so one section's switch never
 * moves the other's charts (issue 12: the radar once followed the histogram's switch).
 */
import {entropyWeights} from "../method/entropy.js";
import {INDICATOR_IDS, INDICATORS, QUANTITY_IDS, type IndicatorId} from "../method/indicators.js";
import {anchorsOf, normalise, rawAtLevel, riskValue, riskValues, STANDARD_LEVELS} from "../method/radar.js";
import {zoneChanges} from "../method/zoneChanges.js";
import {argMax} from "../stats/argMax.js";
import {PAPER_THRESHOLDS, standardThresholds, zoneCounts, zoneOf, zoneTable, ZONE_LABELS, ZONES, type Zone} from "../method/zones.js";
import {recomputePaper17, type Paper17Row} from "../paper/risk.js";
import type {TypedValue} from "../paper/weights.js";
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

/** What a section scores the 100 samples with. */
export interface HundredChoice {
  weights: (typeof RISK_WEIGHTS)[number];
  inputs: (typeof RISK_INPUTS)[number];
}

/** 4 decimals, as the page prints risk values and thresholds. */
export const f4 = (x: number): string => x.toFixed(4);
/** 7 decimals, as the page prints recomputed risk values beside the printed ones. */
export const f7 = (x: number): string => x.toFixed(7);
const zoneName = (z: Zone) => ZONE_LABELS[z].name.toLowerCase();

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
 */
export function paper17Model(data: RiskPageData): Paper17Model {
  const rows = recomputePaper17(data.sample17, data.weights.published, data.weights.w13, data.typed13);
  const standard = data.sample17.filter((r) => r.kind === "standard");
  const random = rows.filter((r) => r.kind === "random");
  const maxAbs = (d: (r: Paper17Row) => number) => Math.max(...random.map((r) => Math.abs(d(r))));
  return {
    rows,
    standardTable: standard.map((r, k) => ({
      sample: r.label,
      ...Object.fromEntries(INDICATORS.map((d, j) => [d.id, r.values[j]])),
      "x*": STANDARD_LEVELS[k],
      paper: r.risk,
      ours: rows[k].published
    })),
    ours: [rows[1].published, rows[2].published],
    printed: [standard[1].risk, standard[2].risk],
    table: rows.map((r) => ({
      row: r.row,
      sample: r.label,
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

/** The warning zones as a table: zone name and interval (the paper's thresholds by default). */
export function zoneRows(thresholds: readonly [number, number] = PAPER_THRESHOLDS): {zone: string; interval: string}[] {
  return zoneTable(thresholds).map((z) => ({zone: ZONE_LABELS[z.zone].name, interval: z.interval}));
}

/**
 * The raw values of the quantities at a standard level, interpolated between the paper's anchors
 * (src/lib/method/radar.ts `rawAtLevel`).
 * @example quantitiesAtLevel(0.65) // "C5 …, C10 …, C12 …" (each rounded to 2 decimals)
 */
export function quantitiesAtLevel(level: number): string {
  return QUANTITY_IDS.map((id) => `${id} ${rawAtLevel(level, anchorsOf(id)).toLocaleString("en-US", {maximumFractionDigits: 2})}`).join(
    ", "
  );
}

/** "Move the standard levels": the zones at two standard levels, or why there are none. */
export type MovedLevels =
  {ok: false; message: string; quantities: string} | {ok: true; thresholds: [number, number]; cards: ZoneCard[]; quantities: string};

/**
 * Thresholds at two standard levels a < b (in points, 0–100): t_k = f(level_k/100, …) with the published
 * weights, and how many of the 100 printed samples fall in each zone.
 * @param data the page's data
 * @param levels the two levels in points
 * @returns the zone cards (interval big, count below) and the quantities' raw values at both levels;
 * or, when a >= b, the message the page shows
 */
export function movedLevels(data: RiskPageData, levels: {a: number; b: number}): MovedLevels {
  if (!(levels.a < levels.b))
    return {ok: false, message: "The lower level must be below the upper level.", quantities: "no defined quantities"};
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
      title: ZONE_LABELS[z].name,
      big: table[k].interval,
      detail: `${counts[z]} of the paper's 100 samples`
    })),
    quantities: `${quantitiesAtLevel(a)} (lower) and ${quantitiesAtLevel(b)} (upper)`
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
 */
export function scoreHundred(data: RiskPageData, choice: HundredChoice): Hundred {
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
    cards: ZONES.map((z, k) => ({zone: z, title: ZONE_LABELS[z].name, big: String(counts[z]), detail: `samples in ${table[k].interval}`})),
    caption: `Risk values of the paper's samples 1–100 (${choice.weights} weights, ${choice.inputs}). Vertical lines: the zone thresholds ${f4(thresholds[0])} and ${f4(thresholds[1])}; ${counts.severe === 0 ? "no sample reaches the severe zone" : `${counts.severe} samples reach the severe zone`}.`
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
 */
export function radarPick(data: RiskPageData, hundred: Hundred, first: string, second: string): RadarPick {
  const a = pickSample(first, data.samples),
    b = pickSample(second, data.samples);
  if (a === undefined || a === null)
    return {ok: false, message: `“${first}” is neither a sample number 1–100 nor the declaration ID of one of the 100 samples.`};
  if (b === undefined) return {ok: false, message: `Compare: “${second}” is neither a sample number 1–100 nor a sample's declaration ID.`};
  const asSample = (n: number) => ({label: `Sample ${n} (${data.samples[n - 1].declarationId})`, raw: hundred.raws[n - 1]});
  return {
    ok: true,
    sample: asSample(a),
    compare: b ? asSample(b) : null,
    caption: `The improved radar chart of sample ${a}${b ? ` (filled) and sample ${b} (dashed)` : ""}: one sector per indicator, its angle proportional to the weight; rings at the standard levels 0.65 (dashed) and 0.85 (dotted). The thin grey star joins each sector's edge on the unit circle to the sample's point: its area and perimeter are the S and L of the risk value. Hover a sector or point for the indicator, its raw value and x*.`,
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
 */
export function riskExercises(data: RiskPageData): ExerciseText[] {
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
    .map(
      ([k, n]) =>
        `${n} from ${k
          .split("→")
          .map((z) => zoneName(z as Zone))
          .join(" to ")}`
    )
    .join(", ");
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
  return [
    {
      n: 1,
      question:
        "In “Move the standard levels”, move the lower level from 65 to 70. How many of the paper's 100 samples change zone, and which way?",
      hint: "A higher standard level gives a higher threshold t1: a sample just above the old t1 may now be below it.",
      answer: `The lower threshold rises from ${f4(at65[0])} to ${f4(at70[0])}. ${c === 0 ? "No sample changes zone." : `${c} of ${fsPrinted.length} sample${plural(c)} change zone (${moveText})${c <= 10 ? `: sample${plural(c)} ${moved.indices.map((i) => data.samples[i].sample).join(", ")}` : ""}. A 5-point change in one standard sample moves ${c > fsPrinted.length / 2 ? "most" : "part"} of the population: the zones are only as meaningful as the standard levels.`}`
    },
    {
      n: 2,
      question:
        "Under “The 100 samples”, switch the weights to textbook entropy. How many samples fall in each zone now, and which indicator carries the most weight?",
      answer: `${ZONES.map((z) => `${tbCounts[z]} ${zoneName(z)}`).join(", ")} (thresholds ${f4(tbT[0])} and ${f4(tbT[1])}). ${INDICATORS[tbTop].id} (${INDICATORS[tbTop].name}) gets ${f4(tbW[tbTop])} of the weight, so the risk value mostly follows that one indicator.`
    },
    {
      n: 3,
      question:
        "In the radar charts, enter sample 1 and compare it with sample 2 (published weights, printed table). Which has the higher risk value, and in which zone is each?",
      answer:
        pair.map((p) => `Sample ${p.n}: ${f4(p.f)}, ${zoneName(zoneOf(p.f, PAPER_THRESHOLDS))} zone`).join("; ") +
        `. Sample ${pair[0].f > pair[1].f ? 1 : 2} is riskier.`
    }
  ];
}
