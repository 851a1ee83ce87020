/**
 * Warning zones: thresholds from the standard samples and classification of risk values.
 *
 * Reference: the paper's zone table (safety [0, 0.3142), general [0.3142, 0.6846), severe [0.6846, 1),
 * data/paper/zones.csv). The severe zone is closed at 1 here: the 100 standard sample is exactly 1
 * (discrepancy log). The thresholds are the risk values of the 65 and 85 standard samples, which are
 * 0.65 and 0.85 on every indicator after normalisation (src/lib/method/radar.ts).
 */
import {INDICATOR_COUNT} from "./indicators.js";
import {riskValue} from "./radar.js";

export type Zone = "safety" | "general" | "severe";

export const ZONES: readonly Zone[] = ["safety", "general", "severe"];

/** Display names of the zones (always shown with the colour: never colour alone), in English and in Chinese (the zone's full name). */
export const ZONE_LABELS: Readonly<Record<Zone, {name: string; nameZh: string}>> = {
  safety: {name: "Safety", nameZh: "安全区"},
  general: {name: "General", nameZh: "一般预警区"},
  severe: {name: "Severe", nameZh: "严重预警区"}
};

/** Zone colours (Okabe-Ito, colour-blind-safe) as hex, for SVG exports and Plot scales; the same as --zone-* in src/style.css (a test checks). */
export const ZONE_HEX: Readonly<Record<Zone, string>> = {safety: "#009e73", general: "#e69f00", severe: "#d55e00"};

/** The paper's thresholds as printed (4 decimals). */
export const PAPER_THRESHOLDS: readonly [number, number] = [0.3142, 0.6846];

/** The paper's standard levels (the 65 and 85 standard samples), as x*. */
export const STANDARD_THRESHOLD_LEVELS: readonly [number, number] = [0.65, 0.85];

/**
 * The thresholds: the risk values of the standard samples at two levels, t_k = f(level_k, ..., level_k).
 * @param w weights (17 values in (0, 1))
 * @param levels the two standard levels in [0, 1], increasing (the paper's 0.65, 0.85)
 * @returns [t_1, t_2], increasing
 * @throws if the levels are not increasing within [0, 1]
 * @example standardThresholds(publishedWeights) // [0.3142315..., 0.6845920...]
 */
export function standardThresholds(w: readonly number[], levels: readonly [number, number] = STANDARD_THRESHOLD_LEVELS): [number, number] {
  const [a, b] = levels;
  if (!(a >= 0 && b <= 1 && a < b)) throw new Error(`standardThresholds: levels must satisfy 0 <= a < b <= 1, got [${a}, ${b}]`);
  return [riskValue(Array(INDICATOR_COUNT).fill(a), w), riskValue(Array(INDICATOR_COUNT).fill(b), w)];
}

/**
 * The zone of a risk value: safety [0, t1), general [t1, t2), severe [t2, 1] (closed at 1).
 * @param f risk value in [0, 1]
 * @param thresholds [t1, t2] with 0 < t1 < t2 <= 1 (default: the paper's 0.3142, 0.6846)
 * @throws if f is not in [0, 1] or the thresholds are not increasing
 */
export function zoneOf(f: number, thresholds: readonly [number, number] = PAPER_THRESHOLDS): Zone {
  const [t1, t2] = thresholds;
  if (!(t1 > 0 && t1 < t2 && t2 <= 1)) throw new Error(`zoneOf: thresholds must satisfy 0 < t1 < t2 <= 1, got [${t1}, ${t2}]`);
  if (!(f >= 0 && f <= 1)) throw new Error(`zoneOf: risk value must be in [0, 1], got ${f}`);
  return f < t1 ? "safety" : f < t2 ? "general" : "severe";
}

/** Count risk values per zone. */
export function zoneCounts(fs: readonly number[], thresholds: readonly [number, number] = PAPER_THRESHOLDS): Record<Zone, number> {
  const out: Record<Zone, number> = {safety: 0, general: 0, severe: 0};
  for (const f of fs) out[zoneOf(f, thresholds)]++;
  return out;
}

/** The zone table: each zone's interval as [lower, upper) (the last closed), for display. */
export function zoneTable(
  thresholds: readonly [number, number] = PAPER_THRESHOLDS
): {zone: Zone; lower: number; upper: number; interval: string}[] {
  const [t1, t2] = thresholds;
  const r = (x: number) => String(+x.toFixed(4));
  return [
    {zone: "safety", lower: 0, upper: t1, interval: `[0, ${r(t1)})`},
    {zone: "general", lower: t1, upper: t2, interval: `[${r(t1)}, ${r(t2)})`},
    {zone: "severe", lower: t2, upper: 1, interval: `[${r(t2)}, 1]`}
  ];
}
