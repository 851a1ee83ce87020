/**
 * How a set of risk values moves between warning zones when the thresholds change: the numbers the
 * teaching exercises on the risk and early-warning pages ask for ("move the 65 standard level to 70:
 * how many samples change zone?").
 */
import {zoneOf, type Zone} from "./zones.js";

export interface ZoneChanges {
  /** Number of values whose zone differs. */
  changed: number;
  /** Count per move that occurs, keyed "from→to" (e.g. "general→safety"), in order of first occurrence. */
  moves: Record<string, number>;
  /** Indices (0-based) of the values that changed zone. */
  indices: number[];
}

/**
 * Compare each value's zone under two pairs of thresholds: zone_i^A = zoneOf(f_i, A), zone_i^B = zoneOf(f_i, B);
 * changed = #{i : zone_i^A ≠ zone_i^B}. Reference: the zone rule of src/lib/method/zones.ts (paper, Table 6).
 * @param fs risk values in [0, 1]
 * @param from thresholds [t1, t2] before
 * @param to thresholds [t1, t2] after
 * @returns the number of values that changed zone, the moves and their indices
 * @throws (from zoneOf) if a value is outside [0, 1] or thresholds are not increasing
 * @example zoneChanges([0.3, 0.5], [0.3142, 0.6846], [0.29, 0.6846]) // {changed: 1, moves: {"safety→general": 1}, indices: [0]}
 */
export function zoneChanges(fs: readonly number[], from: readonly [number, number], to: readonly [number, number]): ZoneChanges {
  const moves: Record<string, number> = {};
  const indices: number[] = [];
  fs.forEach((f, i) => {
    const a: Zone = zoneOf(f, from),
      b: Zone = zoneOf(f, to);
    if (a !== b) {
      indices.push(i);
      moves[`${a}→${b}`] = (moves[`${a}→${b}`] ?? 0) + 1;
    }
  });
  return {changed: indices.length, moves, indices};
}
