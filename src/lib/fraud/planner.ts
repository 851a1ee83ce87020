/**
 * The inspection planner: what a budget of inspections buys with a ranking, and what it costs.
 *
 * Tie rule, stated once for the whole planner: customs inspects the k = max(1, round(rate · n / 100))
 * highest-scored declarations of a population of n, ties broken by file order, exactly as
 * src/lib/fraud/selection.ts (`inspectedCount`, `rankOrder`) does for /validation. A learned ranking has one
 * score array per seed; every figure is the mean over seeds of the per-seed figure, as /validation reports.
 *
 * Duty recovered at k: the duty at stake (Item Price · Tax Rate / 100, src/lib/fraud/features.ts `duty`) of
 * the frauds among the k inspected. With a cost c per inspection and a recovery share s (the part of detected
 * duty actually collected): cost = c · k, net return = s · duty recovered − c · k, and the break-even cost at k
 * is the c that makes the net zero, s · duty recovered / k.
 *
 * Intervals: Efron's bootstrap over the population's rows, drawn exactly as src/lib/fraud/bootstrap.ts draws
 * them (same generator, same seed, same order), so the share of frauds found has the interval /validation
 * gives recall; percentiles 2.5% and 97.5%.
 */
import {mulberry32} from "../stats/random.js";
import {prepareRanking, quantile, weightedMetrics, type Interval} from "./bootstrap.js";
import {inspectedCount, rankOrder} from "./selection.js";

export type {Interval} from "./bootstrap.js";

/** Bootstrap replicates and generator seed: those of /validation (loaders/validation.ts, bootstrap.ts). */
export const PLAN_REPLICATES = 400;
export const PLAN_BOOTSTRAP_SEED = 20240;

/** The rates the optimum is searched over: the page's slider, 0.5% to 50% in steps of 0.5. */
export const OPTIMUM_GRID: readonly number[] = Array.from({length: 100}, (_, i) => (i + 1) / 2);
/** The rates the intervals are computed at: the optimum grid, then 55% to 100% in steps of 5. */
export const INTERVAL_GRID: readonly number[] = [...OPTIMUM_GRID, ...Array.from({length: 10}, (_, i) => 55 + 5 * i)];

/**
 * A ranking on one population, reduced to what planning needs: the mean over seeds of the frauds and the duty
 * found along each seed's inspection order.
 */
export interface PlanCurve {
  /** Declarations in the population. */
  n: number;
  /** Frauds in the population. */
  frauds: number;
  /** Duty at stake of all its frauds (KRW). */
  duty: number;
  seeds: number;
  /** fraudSum[k] = Σ over seeds of the frauds among that seed's top k, for k = 0..K (K <= n). */
  fraudSum: ArrayLike<number>;
  /** dutyMean[k] = mean over seeds of the duty of the frauds among the top k (KRW), k = 0..K. */
  dutyMean: ArrayLike<number>;
}

function checkRows(fn: string, seedScores: readonly (readonly number[])[], labels: readonly number[], duty: readonly number[]): void {
  const n = labels.length;
  if (n === 0) throw new Error(`${fn}: no declarations`);
  if (seedScores.length === 0) throw new Error(`${fn}: no seeds`);
  if (duty.length !== n) throw new Error(`${fn}: ${duty.length} duties for ${n} labels`);
  seedScores.forEach((s, j) => {
    if (s.length !== n) throw new Error(`${fn}: seed ${j} has ${s.length} scores for ${n} labels`);
    const bad = s.findIndex((x) => !Number.isFinite(x));
    if (bad >= 0) throw new Error(`${fn}: seed ${j}, score ${bad} is not a finite number (${s[bad]})`);
  });
  for (let i = 0; i < n; i++) {
    if (labels[i] !== 0 && labels[i] !== 1) throw new Error(`${fn}: label ${i} is ${labels[i]}, expected 0 or 1`);
    if (!(Number.isFinite(duty[i]) && duty[i] >= 0)) throw new Error(`${fn}: duty ${i} is ${duty[i]}, expected a number >= 0`);
  }
}

/**
 * The planning curve of a ranking: fraudSum[k] = Σ_s Σ_{r<k} y_{o_s(r)} and dutyMean[k] = (1/S) Σ_s Σ_{r<k}
 * y_{o_s(r)} d_{o_s(r)}, with o_s seed s's inspection order (`rankOrder`: descending score, ties in input order).
 * @param seedScores one score array per seed, all over the same rows
 * @param labels fraud labels 0/1
 * @param duty duty at stake per row (KRW, >= 0)
 * @returns the curve over every k = 0..n
 * @throws on mismatched lengths, labels other than 0/1 or a negative duty
 * @example planCurve([[0.9, 0.1, 0.5]], [1, 0, 1], [10, 0, 5]).fraudSum // [0, 1, 2, 2]
 */
export function planCurve(seedScores: readonly (readonly number[])[], labels: readonly number[], duty: readonly number[]): PlanCurve {
  checkRows("planCurve", seedScores, labels, duty);
  const n = labels.length,
    S = seedScores.length;
  const fraudSum = new Float64Array(n + 1),
    dutySum = new Float64Array(n + 1);
  for (const scores of seedScores) {
    const order = rankOrder(scores);
    let f = 0,
      d = 0;
    for (let r = 0; r < n; r++) {
      const i = order[r];
      if (labels[i] === 1) {
        f++;
        d += duty[i];
      }
      fraudSum[r + 1] += f;
      dutySum[r + 1] += d;
    }
  }
  let frauds = 0,
    total = 0;
  for (let i = 0; i < n; i++)
    if (labels[i] === 1) {
      frauds++;
      total += duty[i];
    }
  return {n, frauds, duty: total, seeds: S, fraudSum: Array.from(fraudSum), dutyMean: Array.from(dutySum, (x) => x / S)};
}

/** Bootstrap 95% intervals at the rates of a grid (k = inspectedCount(n, rate)). */
export interface PlanIntervals {
  rates: number[];
  ks: number[];
  /** Frauds found (count, mean over seeds within each replicate). */
  frauds: Interval[];
  /** Share of the population's frauds found (= /validation's recall interval). */
  fraudShare: Interval[];
  /** Duty recovered (KRW). */
  duty: Interval[];
  /** Share of the frauds' duty recovered (= /validation's duty-caught share). */
  dutyShare: Interval[];
  replicates: number;
}

/**
 * Bootstrap 95% intervals of frauds found and duty recovered at each rate. Replicate b draws the n rows with
 * replacement (counts c_i, drawn as bootstrapSelection draws them); its value at k is the mean over seeds of
 * Σ c_i y_i (frauds) and Σ c_i y_i d_i (duty) over the first k draws of the seed's order; the interval is the
 * 2.5% and 97.5% percentiles over replicates.
 * @param seedScores one score array per seed
 * @param labels fraud labels 0/1
 * @param duty duty at stake per row (KRW)
 * @param rates inspection rates in percent, each in (0, 100]
 * @param options replicates (default {@link PLAN_REPLICATES}) and the generator's seed
 * @throws on mismatched lengths or a rate outside (0, 100]
 */
export function bootstrapPlan(
  seedScores: readonly (readonly number[])[],
  labels: readonly number[],
  duty: readonly number[],
  rates: readonly number[],
  {replicates = PLAN_REPLICATES, seed = PLAN_BOOTSTRAP_SEED}: {replicates?: number; seed?: number} = {}
): PlanIntervals {
  checkRows("bootstrapPlan", seedScores, labels, duty);
  const n = labels.length;
  const ks = rates.map((r) => inspectedCount(n, r));
  const preps = seedScores.map((s) => prepareRanking(s));
  const rnd = mulberry32(seed);
  const counts = new Int32Array(n);
  const series = () => ks.map(() => [] as number[]);
  const fr = series(),
    frShare = series(),
    du = series(),
    duShare = series();
  for (let b = 0; b < replicates; b++) {
    counts.fill(0);
    for (let t = 0; t < n; t++) counts[Math.floor(rnd() * n)]++;
    let dutyAll = 0;
    for (let i = 0; i < n; i++) if (labels[i] === 1) dutyAll += counts[i] * duty[i];
    const f = ks.map(() => 0),
      fs = ks.map(() => 0),
      d = ks.map(() => 0),
      ds = ks.map(() => 0);
    for (const prep of preps) {
      const m = weightedMetrics(prep, labels, duty, counts, ks);
      ks.forEach((_, j) => {
        f[j] += m.caught[j];
        fs[j] += m.recall[j];
        d[j] += m.dutyCaught[j] * dutyAll;
        ds[j] += m.dutyCaught[j];
      });
    }
    const S = preps.length;
    ks.forEach((_, j) => {
      fr[j].push(f[j] / S);
      frShare[j].push(fs[j] / S);
      du[j].push(d[j] / S);
      duShare[j].push(ds[j] / S);
    });
  }
  const ci = (xs: number[]): Interval => [quantile(xs, 0.025), quantile(xs, 0.975)];
  return {rates: [...rates], ks, frauds: fr.map(ci), fraudShare: frShare.map(ci), duty: du.map(ci), dutyShare: duShare.map(ci), replicates};
}

/**
 * The interval at k: the grid's own where k is a grid point, else linear interpolation in k between the two
 * nearest grid points (below the first, from [0, 0] at k = 0, where nothing is inspected and nothing found).
 * @param ks the grid's counts, ascending
 * @param values the grid's intervals
 * @param k inspections
 */
export function intervalAt(ks: readonly number[], values: readonly Interval[], k: number): Interval {
  if (ks.length === 0 || ks.length !== values.length)
    throw new Error(`intervalAt: ${ks.length} grid counts for ${values.length} intervals`);
  let hi = ks.findIndex((x) => x >= k);
  if (hi === -1) hi = ks.length - 1; // beyond the grid: its last interval
  if (ks[hi] === k || ks[hi] < k) return values[hi];
  const [k0, v0]: [number, Interval] = hi === 0 ? [0, [0, 0]] : [ks[hi - 1], values[hi - 1]];
  const t = (k - k0) / (ks[hi] - k0);
  return [v0[0] + t * (values[hi][0] - v0[0]), v0[1] + t * (values[hi][1] - v0[1])];
}

/** Cost per inspection (KRW) and the share of detected duty actually collected. */
export interface Economics {
  cost: number;
  recoveryShare: number;
}

/** The cost assumed when the reader gives none: an assumption for illustration, not a figure from any data. */
export const DEFAULT_COST_KRW = 100_000;
export const DEFAULT_ECONOMICS: Economics = {cost: DEFAULT_COST_KRW, recoveryShare: 1};

/** A budget: an inspection rate in percent, or a number of inspections. */
export type Budget = {rate: number} | {count: number};

function checkEconomics(fn: string, e: Economics): void {
  if (!(Number.isFinite(e.cost) && e.cost >= 0)) throw new Error(`${fn}: cost per inspection ${e.cost} is not a number >= 0`);
  if (!(e.recoveryShare >= 0 && e.recoveryShare <= 1)) throw new Error(`${fn}: recovery share ${e.recoveryShare} is not in [0, 1]`);
}

/**
 * Inspections a budget buys on a population of n: k = inspectedCount(n, rate), or the count itself.
 * @throws on a rate outside (0, 100] or a count that is not an integer in [1, n]
 */
export function budgetCount(n: number, budget: Budget): number {
  if ("rate" in budget) return inspectedCount(n, budget.rate);
  const k = budget.count;
  if (!(Number.isInteger(k) && k >= 1 && k <= n)) throw new Error(`budgetCount: ${k} inspections is not a whole number from 1 to ${n}`);
  return k;
}

/** What a budget buys with a ranking on a population. */
export interface Plan {
  /** The inspection rate in percent: the one asked for, or 100 · k / n for a count. */
  rate: number;
  inspected: number;
  frauds: number;
  fraudsTotal: number;
  fraudShare: number;
  fraudsInterval: Interval | null;
  /** Duty recovered (KRW) and its share of the frauds' duty. */
  duty: number;
  dutyTotal: number;
  dutyShare: number;
  dutyInterval: Interval | null;
  /** c · k (KRW). */
  cost: number;
  /** s · duty − c · k (KRW), and its interval (the duty interval through the same formula). */
  net: number;
  netInterval: Interval | null;
  /** s · duty / k: the cost per inspection at which the net return is zero. */
  breakEvenCost: number;
}

/**
 * Plan a budget: k inspections, frauds = fraudSum[k] / S, duty = dutyMean[k], cost = c·k,
 * net = s·duty − c·k, break-even cost = s·duty / k; shares against the population's totals (0 if it has none).
 * @param curve from {@link planCurve} (or decoded build data)
 * @param budget a rate in (0, 100] or a count in [1, n]
 * @param economics cost per inspection (>= 0) and recovery share (in [0, 1]); default {@link DEFAULT_ECONOMICS}
 * @param intervals bootstrap intervals from {@link bootstrapPlan}, or none
 * @throws on a bad budget or bad economics, or a k beyond the curve
 * @example planAt(planCurve([[0.9, 0.1, 0.5]], [1, 0, 1], [10, 0, 5]), {count: 1}, {cost: 2, recoveryShare: 1}).net // 8
 */
export function planAt(
  curve: PlanCurve,
  budget: Budget,
  economics: Economics = DEFAULT_ECONOMICS,
  intervals: PlanIntervals | null = null
): Plan {
  checkEconomics("planAt", economics);
  const k = budgetCount(curve.n, budget);
  if (k >= curve.fraudSum.length) throw new Error(`planAt: ${k} inspections is beyond the curve (${curve.fraudSum.length - 1})`);
  const {cost: c, recoveryShare: s} = economics;
  const frauds = curve.fraudSum[k] / curve.seeds,
    duty = curve.dutyMean[k];
  const fraudsInterval = intervals ? intervalAt(intervals.ks, intervals.frauds, k) : null;
  const dutyInterval = intervals ? intervalAt(intervals.ks, intervals.duty, k) : null;
  return {
    rate: "rate" in budget ? budget.rate : (100 * k) / curve.n,
    inspected: k,
    frauds,
    fraudsTotal: curve.frauds,
    fraudShare: curve.frauds === 0 ? 0 : frauds / curve.frauds,
    fraudsInterval,
    duty,
    dutyTotal: curve.duty,
    dutyShare: curve.duty === 0 ? 0 : duty / curve.duty,
    dutyInterval,
    cost: c * k,
    net: s * duty - c * k,
    netInterval: dutyInterval ? [s * dutyInterval[0] - c * k, s * dutyInterval[1] - c * k] : null,
    breakEvenCost: (s * duty) / k
  };
}

/**
 * The rate of a grid that maximises the net return, s · dutyMean[k(r)] − c · k(r); on a tie the smallest
 * such rate (the same return for fewer inspections).
 * @param curve the ranking's curve
 * @param economics cost and recovery share
 * @param grid rates in percent, each in (0, 100] (default {@link OPTIMUM_GRID})
 * @returns the best rate, its inspections and its net return
 * @throws on an empty grid or bad economics
 */
export function bestRate(
  curve: PlanCurve,
  economics: Economics = DEFAULT_ECONOMICS,
  grid: readonly number[] = OPTIMUM_GRID
): {rate: number; inspected: number; net: number} {
  checkEconomics("bestRate", economics);
  if (grid.length === 0) throw new Error("bestRate: empty grid");
  let best: {rate: number; inspected: number; net: number} | null = null;
  for (const rate of [...grid].sort((a, b) => a - b)) {
    const k = inspectedCount(curve.n, rate);
    const net = economics.recoveryShare * curve.dutyMean[k] - economics.cost * k;
    if (best === null || net > best.net) best = {rate, inspected: k, net};
  }
  return best!;
}
