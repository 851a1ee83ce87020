/**
 * Early warning for a set of declarations: the risk value and zone of each, filters for the table, and
 * the observed fraud rate in each zone (does a higher zone hold more fraud?).
 *
 * References: the risk value and zones as in src/lib/method/radar.ts and src/lib/method/zones.ts; the Wilson score
 * interval for each zone's fraud rate (src/lib/stats/proportion.ts); the ROC AUC as the Mann-Whitney
 * probability that a fraudulent declaration scores above a clean one (ties count one half).
 */
import {wilsonInterval} from "../stats/proportion.js";
import {ZONES, type Zone} from "./zones.js";

/** One declaration as data/earlyWarning.json ships it (built by loaders/earlyWarning.ts). */
export interface WarningRow {
  sample: number;
  declarationId: string;
  source: "expert" | "ridge";
  split: string;
  date: string;
  office: string;
  departure: string;
  hs6: string;
  fraud: 0 | 1;
  criticalFraud: 0 | 1 | 2;
  /** The 17 indicator values, C1..C17 (scores rounded to 1e-6, quantities as in the dataset). */
  values: readonly number[];
  risk: number;
  zone: Zone;
}

export interface ZoneRate {
  n: number;
  fraud: number;
  /** fraud / n, or null for an empty zone. */
  rate: number | null;
  /** 95% Wilson interval, or null for an empty zone. */
  ci95: [number, number] | null;
}

/** The observed fraud rate in each zone (and overall). */
export function fraudRateByZone(rows: readonly {zone: Zone; fraud: number}[]): Record<Zone | "all", ZoneRate> {
  const rate = (sub: readonly {fraud: number}[]): ZoneRate => {
    const fraud = sub.filter((d) => d.fraud === 1).length;
    return {n: sub.length, fraud, rate: sub.length ? fraud / sub.length : null, ci95: wilsonInterval(fraud, sub.length)};
  };
  const out = Object.fromEntries(ZONES.map((z) => [z, rate(rows.filter((d) => d.zone === z))])) as Record<Zone | "all", ZoneRate>;
  out.all = rate(rows);
  return out;
}

export interface WarningFilter {
  zone?: Zone | "all";
  office?: string;
  departure?: string;
  hs6?: string;
}

/**
 * Keep the rows matching every given filter (an empty or "all" filter keeps everything; HS6 matches
 * a prefix, so "8517" finds every 8517xx code).
 */
export function filterWarnings<T extends {zone: Zone; office: string; departure: string; hs6: string}>(
  rows: readonly T[],
  f: WarningFilter
): T[] {
  const hs6 = (f.hs6 ?? "").trim();
  return rows.filter(
    (r) =>
      (!f.zone || f.zone === "all" || r.zone === f.zone) &&
      (!f.office || f.office === "all" || r.office === f.office) &&
      (!f.departure || f.departure === "all" || r.departure === f.departure) &&
      (hs6 === "" || r.hs6.startsWith(hs6))
  );
}
