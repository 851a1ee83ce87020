/**
 * Bootstrap 95% intervals for the selection metrics of src/lib/fraud/selection.ts (precision, recall and duty
 * caught when inspecting the top n%, and ROC-AUC), so a small population (the novel declarations, the
 * e-commerce ones) shows how far its figure can be trusted.
 *
 * Each replicate draws the population's n rows with replacement (Efron's nonparametric bootstrap) and
 * evaluates every seed's ranking on it; the replicate's value is the mean over seeds, as in the point
 * estimate. A resample is represented by a count per row, so each replicate costs O(n) per seed (the
 * orders are sorted once): hand-written because no kept library bootstraps weighted rank metrics.
 * Interval: the 2.5% and 97.5% percentiles of the replicates (linear interpolation).
 */
import {mulberry32} from "../stats/random.js";
import {inspectedCount, rankOrder} from "./selection.js";

/** A seed's scores prepared once: descending order (ties in input order) and ascending tie groups. */
export interface Prepared {
  desc: Int32Array;
  /** Rows in ascending score order, and where each tie group starts (groupStart[g]..groupStart[g+1]). */
  asc: Int32Array;
  groupStart: Int32Array;
}

/**
 * Sort a ranking once for {@link weightedMetrics}.
 * @param scores risk scores, higher = inspect first
 */
export function prepareRanking(scores: readonly number[]): Prepared {
  const desc = Int32Array.from(rankOrder(scores));
  const asc = Int32Array.from(desc)
    .reverse()
    .sort((a, b) => scores[a] - scores[b] || a - b);
  const starts: number[] = [];
  for (let r = 0; r < asc.length; r++) if (r === 0 || scores[asc[r]] !== scores[asc[r - 1]]) starts.push(r);
  starts.push(asc.length);
  return {desc, asc, groupStart: Int32Array.from(starts)};
}

/**
 * Metrics of one ranking on a resample given as a count per row.
 *
 * Top k of the resample: walk the descending order taking each row count_i times until k are taken.
 * AUC with ties: Σ_groups P_g (N_below + N_g/2) / (P N), P_g and N_g the resampled frauds and non-frauds
 * in a tie group. Returns null for the AUC when a class is absent from the resample.
 * @param prep the ranking, from {@link prepareRanking}
 * @param labels 0/1 labels
 * @param duty duty at stake per row, or null
 * @param counts copies of each row in the resample (all 1 = the population itself)
 * @param ks numbers inspected
 */
export function weightedMetrics(
  prep: Prepared,
  labels: ArrayLike<number>,
  duty: ArrayLike<number> | null,
  counts: ArrayLike<number>,
  ks: readonly number[]
): {auc: number | null; caught: number[]; precision: number[]; recall: number[]; dutyCaught: number[]} {
  let P = 0,
    dutyAll = 0;
  for (let i = 0; i < labels.length; i++)
    if (labels[i] === 1) {
      P += counts[i];
      if (duty) dutyAll += counts[i] * duty[i];
    }
  const order = ks.map((k, j) => [k, j] as const).sort((a, b) => a[0] - b[0]);
  const caught = new Array<number>(ks.length),
    dutyTop = new Array<number>(ks.length);
  let taken = 0,
    c = 0,
    dsum = 0,
    r = 0,
    usedOfRow = 0;
  for (const [k, j] of order) {
    while (taken < k && r < prep.desc.length) {
      const i = prep.desc[r];
      const take = Math.min(counts[i] - usedOfRow, k - taken);
      taken += take;
      usedOfRow += take;
      if (labels[i] === 1) {
        c += take;
        if (duty) dsum += take * duty[i];
      }
      if (usedOfRow === counts[i]) {
        r++;
        usedOfRow = 0;
      }
    }
    caught[j] = c;
    dutyTop[j] = dsum;
  }
  let N = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] !== 1) N += counts[i];
  let auc: number | null = null;
  if (P > 0 && N > 0) {
    let below = 0,
      s = 0;
    for (let g = 0; g + 1 < prep.groupStart.length; g++) {
      let pg = 0,
        ng = 0;
      for (let t = prep.groupStart[g]; t < prep.groupStart[g + 1]; t++) {
        const i = prep.asc[t];
        if (labels[i] === 1) pg += counts[i];
        else ng += counts[i];
      }
      s += pg * (below + ng / 2);
      below += ng;
    }
    auc = s / (P * N);
  }
  return {
    auc,
    caught,
    precision: ks.map((k, j) => caught[j] / k),
    recall: caught.map((x) => (P === 0 ? 0 : x / P)),
    dutyCaught: dutyTop.map((x) => (dutyAll === 0 ? 0 : x / dutyAll))
  };
}

/**
 * The q-quantile of values (linear interpolation between order statistics, as d3.quantile).
 * @param values finite numbers, at least one
 * @param q in [0, 1]
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error("quantile: no values");
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * q,
    lo = Math.floor(h);
  return lo + 1 < s.length ? s[lo] + (h - lo) * (s[lo + 1] - s[lo]) : s[lo];
}

export type Interval = [number, number];

/** 95% intervals of the seed-mean metrics at each inspection rate (keys: the rate in percent). */
export interface SelectionIntervals {
  auc: Interval | null;
  precisionAt: Record<string, Interval>;
  recallAt: Record<string, Interval>;
  dutyCaughtAt: Record<string, Interval>;
  replicates: number;
}

/**
 * Bootstrap 95% intervals of AUC and of precision, recall and duty caught at each inspection rate.
 * @param seedScores one score array per seed, all over the same rows
 * @param labels 0/1 fraud labels of those rows
 * @param duty duty at stake per row, or null
 * @param ratesPercent inspection rates; k = max(1, round(rate · n / 100)) as in selectAt
 * @param options replicates (default 400) and the generator's seed
 * @returns percentile intervals; `auc` is null when fewer than half the replicates hold both classes
 */
export function bootstrapSelection(
  seedScores: readonly (readonly number[])[],
  labels: readonly number[],
  duty: readonly number[] | null,
  ratesPercent: readonly number[],
  {replicates = 400, seed = 20240}: {replicates?: number; seed?: number} = {}
): SelectionIntervals {
  const n = labels.length;
  if (n === 0 || seedScores.length === 0) throw new Error("bootstrapSelection: no rows or no seeds");
  seedScores.forEach((s, j) => {
    if (s.length !== n) throw new Error(`bootstrapSelection: seed ${j} has ${s.length} scores for ${n} labels`);
  });
  const preps = seedScores.map((s) => prepareRanking(s));
  const ks = ratesPercent.map((r) => inspectedCount(n, r));
  const rnd = mulberry32(seed);
  const counts = new Int32Array(n);
  const aucs: number[] = [];
  const prec = ks.map(() => [] as number[]),
    rec = ks.map(() => [] as number[]),
    dut = ks.map(() => [] as number[]);
  for (let b = 0; b < replicates; b++) {
    counts.fill(0);
    for (let t = 0; t < n; t++) counts[Math.floor(rnd() * n)]++;
    let auc = 0,
      aucOk = true;
    const p = ks.map(() => 0),
      r = ks.map(() => 0),
      d = ks.map(() => 0);
    for (const prep of preps) {
      const m = weightedMetrics(prep, labels, duty, counts, ks);
      if (m.auc === null) aucOk = false;
      else auc += m.auc;
      ks.forEach((_, j) => {
        p[j] += m.precision[j];
        r[j] += m.recall[j];
        d[j] += m.dutyCaught[j];
      });
    }
    if (aucOk) aucs.push(auc / preps.length);
    ks.forEach((_, j) => {
      prec[j].push(p[j] / preps.length);
      rec[j].push(r[j] / preps.length);
      dut[j].push(d[j] / preps.length);
    });
  }
  const ci = (xs: number[]): Interval => [round4(quantile(xs, 0.025)), round4(quantile(xs, 0.975))];
  const byRate = (xs: number[][]) => Object.fromEntries(ratesPercent.map((rate, j) => [String(rate), ci(xs[j])]));
  return {
    auc: aucs.length >= replicates / 2 ? ci(aucs) : null,
    precisionAt: byRate(prec),
    recallAt: byRate(rec),
    dutyCaughtAt: byRate(dut),
    replicates
  };
}

const round4 = (x: number) => Number(x.toFixed(4));
