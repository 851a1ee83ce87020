/**
 * The planner's build data (src/data/planner.json.ts) and its compact encoding: per ranking and population,
 * the planning curve of src/lib/fraud/planner.ts at every k as increments (frauds summed over seeds as one
 * digit per k; the duty as integer steps of a millionth of the population's fraud duty), and the bootstrap
 * intervals on {@link INTERVAL_GRID}. Increments keep the file small; cumulating them back is exact for the
 * frauds and within half a millionth of the total for the duty.
 */
import type {Population} from "./validationResult.js";
import {INTERVAL_GRID, type Interval, type PlanCurve, type PlanIntervals} from "./planner.js";
import {inspectedCount} from "./selection.js";

/** Duty steps per unit of the population's fraud duty. */
export const DUTY_UNITS = 1_000_000;

export interface PlannerRanking {
  name: string;
  label: string;
  family: "baseline" | "yardstick" | "index" | "model";
}

export interface EncodedCurve {
  seeds: number;
  /** Digit k-1 = fraudSum[k] − fraudSum[k−1] (0..seeds). */
  frauds: string;
  /** Entry k-1 = round(DUTY_UNITS · dutyMean[k] / duty) − the same at k−1. */
  duty: number[];
}

export interface EncodedIntervals {
  /** At each rate of `rates`: frauds found [lo, hi] (1 decimal) and duty recovered [lo, hi] (KRW, 4 significant digits). */
  frauds: Interval[];
  duty: Interval[];
}

export interface PlannerData {
  populations: Record<Population, {n: number; frauds: number; duty: number; rankings: PlannerRanking[]}>;
  /** Keyed "population/name". */
  curves: Record<string, EncodedCurve>;
  intervals: Record<string, EncodedIntervals>;
  /** The rates of the intervals ({@link INTERVAL_GRID}). */
  rates: number[];
  replicates: number;
  /** The learned model with the highest AUC on novel declarations (loaders/planner.ts). */
  trustedOnNovel: string;
}

/**
 * Encode a curve as increments.
 * @param curve a planning curve over k = 0..n
 * @throws if more than 9 seeds would not fit one digit per k
 */
export function encodeCurve(curve: PlanCurve): EncodedCurve {
  if (curve.seeds > 9) throw new Error(`encodeCurve: ${curve.seeds} seeds do not fit one digit per inspection`);
  const units = (k: number) => (curve.duty === 0 ? 0 : Math.round((DUTY_UNITS * curve.dutyMean[k]) / curve.duty));
  let frauds = "";
  const duty: number[] = [];
  for (let k = 1; k < curve.fraudSum.length; k++) {
    frauds += String(curve.fraudSum[k] - curve.fraudSum[k - 1]);
    duty.push(units(k) - units(k - 1));
  }
  return {seeds: curve.seeds, frauds, duty};
}

/**
 * Cumulate an encoded curve back: fraudSum[k] = Σ_{j<=k} digit_j, dutyMean[k] = duty · Σ_{j<=k} step_j / DUTY_UNITS.
 * @param encoded from {@link encodeCurve}
 * @param population the population's size, frauds and fraud duty
 * @throws if the curve is longer than the population
 */
export function decodeCurve(encoded: EncodedCurve, population: {n: number; frauds: number; duty: number}): PlanCurve {
  const K = encoded.frauds.length;
  if (K > population.n || encoded.duty.length !== K)
    throw new Error(`decodeCurve: ${K} frauds steps and ${encoded.duty.length} duty steps for ${population.n} declarations`);
  const fraudSum = new Float64Array(K + 1),
    dutyMean = new Float64Array(K + 1);
  let f = 0,
    d = 0;
  for (let k = 1; k <= K; k++) {
    f += encoded.frauds.charCodeAt(k - 1) - 48;
    d += encoded.duty[k - 1];
    fraudSum[k] = f;
    dutyMean[k] = (population.duty * d) / DUTY_UNITS;
  }
  return {n: population.n, frauds: population.frauds, duty: population.duty, seeds: encoded.seeds, fraudSum, dutyMean};
}

const sig4 = (x: number) => Number(x.toPrecision(4));
const dec1 = (x: number) => Number(x.toFixed(1));

/** The intervals the page needs, rounded for shipping. */
export function encodeIntervals(intervals: PlanIntervals): EncodedIntervals {
  return {
    frauds: intervals.frauds.map(([lo, hi]) => [dec1(lo), dec1(hi)]),
    duty: intervals.duty.map(([lo, hi]) => [sig4(lo), sig4(hi)])
  };
}

/**
 * Intervals of shipped data, with their counts k = inspectedCount(n, rate) recomputed (the shares are not shipped).
 * @param encoded from {@link encodeIntervals}
 * @param n the population's size
 * @param rates the rates they were computed at (default {@link INTERVAL_GRID})
 */
export function decodeIntervals(encoded: EncodedIntervals, n: number, rates: readonly number[] = INTERVAL_GRID): PlanIntervals {
  if (encoded.frauds.length !== rates.length || encoded.duty.length !== rates.length) {
    throw new Error(`decodeIntervals: ${encoded.frauds.length} intervals for ${rates.length} rates`);
  }
  return {
    rates: [...rates],
    ks: rates.map((r) => inspectedCount(n, r)),
    frauds: encoded.frauds,
    duty: encoded.duty,
    fraudShare: [],
    dutyShare: [],
    replicates: 0
  };
}
