/**
 * The method's one scoring pipeline: indicator values → x* (src/lib/method/radar.ts normalise) → risk
 * value f (the improved radar chart) → warning zone (src/lib/method/zones.ts). Every page, component,
 * loader and test that scores a declaration or a vector of 17 values calls this, so the method is written
 * once.
 */
import {normalise, riskValues, type SampleInput} from "./radar.js";
import {PAPER_THRESHOLDS, zoneOf, type Zone} from "./zones.js";

/** How a sample is scored: the entropy weights and the zone thresholds. */
export interface ScoringMethod {
  weights: readonly number[];
  /** [safety|general, general|severe]; default the paper's. */
  thresholds?: readonly [number, number];
}

/** A scored sample. */
export interface Scored {
  /** x*_j in [0, 1], C1..C17 order. */
  x: number[];
  /** The risk value f = sqrt(V1 V2) in [0, 1]. */
  risk: number;
  zone: Zone;
}

/**
 * Score samples: x* = normalise(values), f = sqrt(V1 V2) with the weights, zone = zoneOf(f, thresholds).
 * @param samples indicator values (17 numbers or keyed C1..C17) each
 * @param method weights and thresholds
 * @returns one result per sample, in order
 * @throws naming the indicator when a value, weight or threshold is invalid
 */
export function scoreSamples(samples: readonly SampleInput[], {weights, thresholds = PAPER_THRESHOLDS}: ScoringMethod): Scored[] {
  const xs = samples.map((s) => normalise(s));
  return riskValues(xs, weights).map((risk, i) => ({x: xs[i], risk, zone: zoneOf(risk, thresholds)}));
}

/**
 * Score one sample ({@link scoreSamples} of one).
 * @param sample indicator values
 * @param method weights and thresholds
 */
export function scoreSample(sample: SampleInput, method: ScoringMethod): Scored {
  return scoreSamples([sample], method)[0];
}
