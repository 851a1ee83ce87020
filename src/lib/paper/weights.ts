/**
 * The weight vectors the risk value is computed with, and the authors' inputs to the 13 random samples'
 * printed risk values.
 *
 * - Published weights: the paper's weight table with its two typos corrected as the authors' code used
 *   them (C12 0.000692863 -> 0.00692863, C10 0.0540816 -> 0.05405816; discrepancy log D10, D11; what the
 *   printed ones would do to the thresholds: D30).
 * - W13 and the typed normalised vectors: from the authors' published code (data/paper/w13.csv,
 *   typed13.csv; ../shared/REPRODUCTION-NOTES.md, "Risk value"; discrepancy log D32).
 */
import {csvParse} from "d3-dsv";
import {INDICATOR_IDS, type IndicatorId} from "../method/indicators.js";
import type {PaperWeight} from "./tables.js";

/** The corrections applied to the printed weight table (printed -> used by the authors' code). */
export const WEIGHT_CORRECTIONS: ReadonlyArray<{indicator: IndicatorId; printed: number; corrected: number}> = [
  {indicator: "C10", printed: 0.0540816, corrected: 0.05405816},
  {indicator: "C12", printed: 0.000692863, corrected: 0.00692863}
];

/**
 * The published weights in C1..C17 order, with {@link WEIGHT_CORRECTIONS} applied.
 * @param printed the paper's weight table (loadPaperTables().weights)
 * @throws if the table is not C1..C17 or a corrected cell does not hold the printed typo
 */
export function publishedWeights(printed: readonly PaperWeight[]): number[] {
  if (printed.map((w) => w.indicator).join() !== INDICATOR_IDS.join())
    throw new Error("publishedWeights: the table must list C1..C17 in order");
  const w = printed.map((p) => p.weight);
  for (const c of WEIGHT_CORRECTIONS) {
    const j = INDICATOR_IDS.indexOf(c.indicator);
    if (w[j] !== c.printed) throw new Error(`publishedWeights: ${c.indicator} is ${w[j]}, expected the printed ${c.printed}`);
    w[j] = c.corrected;
  }
  return w;
}

/** One hand-typed normalised value that differs from the correct one. */
export interface TypedValue {
  sample: number;
  indicator: IndicatorId;
  typed: number;
  correct: number;
}

/** The authors' code: W13 and the typos in their typed normalised vectors. */
export interface AuthorsCode {
  w13: number[];
  typed13: TypedValue[];
}

function number(file: string, row: number, field: string, raw: string | undefined): number {
  const x = raw === undefined || raw.trim() === "" ? NaN : Number(raw);
  if (!Number.isFinite(x)) throw new Error(`data/paper/${file}.csv, row ${row}, field "${field}": not a number ("${raw ?? ""}")`);
  return x;
}

/**
 * Parse data/paper/w13.csv and typed13.csv.
 * @throws naming file, row and field of a bad value, or if W13 is not C1..C17
 */
export function parseAuthorsCode(csv: {w13: string; typed13: string}): AuthorsCode {
  const w = csvParse(csv.w13);
  if (w.map((r) => r.indicator).join() !== INDICATOR_IDS.join()) throw new Error("data/paper/w13.csv: indicators must be C1..C17 in order");
  return {
    w13: w.map((r, i) => number("w13", i + 1, "weight", r.weight)),
    typed13: csvParse(csv.typed13).map((r, i) => {
      if (!INDICATOR_IDS.includes(r.indicator as IndicatorId))
        throw new Error(`data/paper/typed13.csv, row ${i + 1}: unknown indicator "${r.indicator}"`);
      return {
        sample: number("typed13", i + 1, "sample", r.sample),
        indicator: r.indicator as IndicatorId,
        typed: number("typed13", i + 1, "typed", r.typed),
        correct: number("typed13", i + 1, "correct", r.correct)
      };
    })
  };
}

/**
 * A sample's normalised vector as the authors typed it: the correct x* with their typos substituted.
 * @param sample the paper's serial number (1..13)
 * @param x the correct normalised vector
 * @returns a new vector (x is not mutated)
 */
export function typedVector(sample: number, x: readonly number[], typed: readonly TypedValue[]): number[] {
  const out = [...x];
  for (const t of typed) if (t.sample === sample) out[INDICATOR_IDS.indexOf(t.indicator)] = t.typed;
  return out;
}
