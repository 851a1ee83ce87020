/**
 * Duty at risk, honestly: how concentrated it is among the frauds, and the trade-off between finding
 * frauds and recovering duty when a ranking favours high-duty declarations.
 */
import {selectAt} from "./selection.js";

/** How the duty at risk is spread over the frauds. */
export interface DutyConcentration {
  frauds: number;
  /** Frauds that carry no duty (tax rate or price 0). */
  zeroDuty: number;
  totalDuty: number;
  /** The fewest frauds that hold at least 90% (50%) of the duty, and the share they hold. */
  k90: {k: number; share: number};
  k50: {k: number; share: number};
  /** Share of the duty held by the largest k frauds, at chosen k. */
  curve: {k: number; share: number}[];
}

/**
 * Concentration of the duty at risk: sort the frauds' duties d_(1) >= d_(2) >= ..., share(k) = Σ_{i<=k} d_(i) / Σ d.
 * @param duties duty at stake of each fraud (>= 0)
 * @param ks the k at which the curve is reported (values above the number of frauds are dropped)
 * @throws on a negative or non-finite duty, or when the frauds carry no duty at all
 */
export function dutyConcentration(
  duties: readonly number[],
  ks: readonly number[] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
): DutyConcentration {
  duties.forEach((d, i) => {
    if (!(Number.isFinite(d) && d >= 0)) throw new Error(`dutyConcentration: duty ${i} is ${d}, expected a number >= 0`);
  });
  const sorted = [...duties].sort((a, b) => b - a);
  const total = sorted.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new Error("dutyConcentration: the frauds carry no duty");
  const cum: number[] = [];
  sorted.reduce((a, d) => (cum.push(a + d), a + d), 0);
  const share = (k: number) => cum[k - 1] / total;
  const fewest = (target: number) => {
    const k = cum.findIndex((c) => c / total >= target - 1e-12) + 1;
    return {k, share: share(k)};
  };
  return {
    frauds: duties.length,
    zeroDuty: duties.filter((d) => d === 0).length,
    totalDuty: total,
    k90: fewest(0.9),
    k50: fewest(0.5),
    curve: [...ks.filter((k) => k <= sorted.length), sorted.length]
      .filter((k, i, a) => a.indexOf(k) === i)
      .map((k) => ({k, share: share(k)}))
  };
}

/**
 * Revenue-aware score: fraud probability times duty at stake raised to α, s = p · (1 + d)^α. α = 0 ranks
 * by probability alone; α = 1 by expected duty recovered (p · d, up to the +1 that keeps zero-duty rows
 * ordered by p).
 * @param p fraud probabilities
 * @param duty duty at stake per declaration
 * @param alpha exponent in [0, 1]
 */
export function revenueScore(p: readonly number[], duty: readonly number[], alpha = 1): number[] {
  if (p.length !== duty.length) throw new Error(`revenueScore: ${p.length} probabilities but ${duty.length} duties`);
  if (!(alpha >= 0 && alpha <= 1)) throw new Error(`revenueScore: alpha ${alpha} must be in [0, 1]`);
  return p.map((x, i) => x * Math.pow(1 + duty[i], alpha));
}

/** One point of the precision-versus-duty frontier. */
export interface FrontierPoint {
  alpha: number;
  ratePercent: number;
  precision: number;
  dutyCaught: number;
}

/**
 * The precision-versus-duty-caught frontier: for each α, rank by {@link revenueScore} and inspect the top
 * n%; mean over the seeds' probabilities.
 * @param seedProbabilities fraud probabilities per seed
 * @param labels 0/1 labels
 * @param duty duty at stake per declaration
 * @param rates inspection rates (percent)
 * @param alphas exponents in [0, 1]
 */
export function dutyFrontier(
  seedProbabilities: readonly (readonly number[])[],
  labels: readonly number[],
  duty: readonly number[],
  rates: readonly number[] = [5, 10],
  alphas: readonly number[] = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]
): FrontierPoint[] {
  return rates.flatMap((ratePercent) =>
    alphas.map((alpha) => {
      const sel = seedProbabilities.map((p) => selectAt(revenueScore(p, duty, alpha), labels, ratePercent, {duty}));
      const mean = (f: (s: (typeof sel)[number]) => number) => sel.reduce((a, s) => a + f(s), 0) / sel.length;
      return {alpha, ratePercent, precision: mean((s) => s.precision), dutyCaught: mean((s) => s.dutyCaught)};
    })
  );
}
