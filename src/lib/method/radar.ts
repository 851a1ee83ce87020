/**
 * The paper's "improved radar chart": normalisation of a sample to x* in [0, 1]^17, the risk value
 * f = sqrt(V1 V2), and the geometry that draws it (one sector of angle 2 pi w_j per indicator, the
 * indicator's axis at the sector's centre).
 *
 * Reference: the paper's "Improved radar chart" section and its standard-sample table
 * (../shared/seeds/001_4993669bfa65faf4.txt); the normalisation anchors and formulas were established by
 * recomputation (../shared/REPRODUCTION-NOTES.md, "Risk value") and are tested in test/radar.test.ts.
 */
import {INDICATORS, INDICATOR_COUNT, INDICATOR_IDS, indicator, type IndicatorId, type IndicatorValues} from "./indicators.js";

/** The normalised levels of the four standard samples (the paper's 0, 65, 85, 100). */
export const STANDARD_LEVELS = [0, 0.65, 0.85, 1] as const;

/**
 * The standard samples' raw values of a quantity indicator (from the catalogue, src/lib/method/indicators.ts).
 * @param id a quantity indicator (C5, C10, C12)
 * @throws if the indicator is a 0-100 score (it has no anchors)
 */
export function anchorsOf(id: IndicatorId): readonly [number, number, number, number] {
  const a = indicator(id).anchors;
  if (!a) throw new Error(`anchorsOf: ${id} is a 0-100 score, not a quantity with anchors`);
  return a;
}

/** A sample as 17 numbers in C1..C17 order, or keyed by indicator id. */
export type SampleInput = readonly number[] | Readonly<IndicatorValues>;

function asVector(fn: string, sample: SampleInput): number[] {
  const v = Array.isArray(sample)
    ? [...(sample as readonly number[])]
    : INDICATOR_IDS.map((id) => (sample as Readonly<IndicatorValues>)[id]);
  if (v.length !== INDICATOR_COUNT) throw new Error(`${fn}: expected ${INDICATOR_COUNT} values (C1..C17), got ${v.length}`);
  for (let j = 0; j < INDICATOR_COUNT; j++) {
    const x = v[j];
    if (typeof x !== "number" || !Number.isFinite(x)) throw new Error(`${fn}: ${INDICATOR_IDS[j]} is not a finite number (${x})`);
  }
  return v;
}

/**
 * Piecewise-linear interpolation of a raw quantity through anchors (raw values at the levels
 * 0, 0.65, 0.85, 1), clipped to [0, 1]. Works for increasing (benefit) and decreasing (cost) anchors.
 *
 * @param x the raw value
 * @param anchors raw values at {@link STANDARD_LEVELS}, strictly monotone
 * @returns the level in [0, 1]
 * @throws if x is not finite or the anchors are not strictly monotone
 * @example interpolateAnchors(13, anchorsOf("C10")) // 0.85 + 0.15 * 3 / 367.5 = 0.8512...
 */
export function interpolateAnchors(x: number, anchors: readonly number[]): number {
  if (!Number.isFinite(x)) throw new Error(`interpolateAnchors: value is not a finite number (${x})`);
  return interpolatePrepared(x, prepareAnchors(anchors));
}

/** Anchors checked and turned increasing (a cost indicator's sign flipped), for {@link interpolatePrepared}. */
interface PreparedAnchors {
  sign: number;
  a: readonly number[];
}

function prepareAnchors(anchors: readonly number[]): PreparedAnchors {
  const n = anchors.length;
  if (n !== STANDARD_LEVELS.length) throw new Error(`interpolateAnchors: expected ${STANDARD_LEVELS.length} anchors, got ${n}`);
  const sign = Math.sign(anchors[n - 1] - anchors[0]);
  for (let k = 1; k < n; k++) {
    if (Math.sign(anchors[k] - anchors[k - 1]) !== sign || sign === 0)
      throw new Error("interpolateAnchors: anchors must be strictly monotone");
  }
  // Work on increasing raw values: for a cost indicator flip the sign of x and the anchors.
  return {sign, a: anchors.map((v) => sign * v)};
}

function interpolatePrepared(x: number, {sign, a}: PreparedAnchors): number {
  const n = a.length;
  const t = sign * x;
  if (t <= a[0]) return STANDARD_LEVELS[0];
  if (t >= a[n - 1]) return STANDARD_LEVELS[n - 1];
  let k = 1;
  while (t > a[k]) k++;
  const lo = STANDARD_LEVELS[k - 1],
    hi = STANDARD_LEVELS[k];
  return lo + ((hi - lo) * (t - a[k - 1])) / (a[k] - a[k - 1]);
}

/**
 * The inverse of {@link interpolateAnchors}: the raw value of a quantity at a level in [0, 1].
 * @throws if the level is outside [0, 1]
 */
export function rawAtLevel(level: number, anchors: readonly number[]): number {
  if (!(level >= 0 && level <= 1)) throw new Error(`rawAtLevel: level must be in [0, 1], got ${level}`);
  let k = 1;
  while (k < STANDARD_LEVELS.length - 1 && level > STANDARD_LEVELS[k]) k++;
  const lo = STANDARD_LEVELS[k - 1],
    hi = STANDARD_LEVELS[k];
  return anchors[k - 1] + ((anchors[k] - anchors[k - 1]) * (level - lo)) / (hi - lo);
}

/**
 * Normalise one indicator's raw value: x* = score / 100 for the 14 scores, anchor interpolation
 * ({@link interpolateAnchors}) for C5, C10, C12; clipped to [0, 1].
 * @throws if the value is not finite
 */
export function normaliseValue(id: IndicatorId, raw: number): number {
  if (!Number.isFinite(raw)) throw new Error(`normaliseValue: ${id} is not a finite number (${raw})`);
  const anchors = indicator(id).anchors;
  if (anchors) return interpolateAnchors(raw, anchors);
  return Math.min(1, Math.max(0, raw / 100));
}

/** Each indicator's prepared anchors (null for a 0-100 score), C1..C17, checked once rather than per value. */
const PREPARED: readonly (PreparedAnchors | null)[] = INDICATORS.map((d) => (d.anchors ? prepareAnchors(d.anchors) : null));

/**
 * Normalise a sample: x*_j for j = 1..17 ({@link normaliseValue}).
 * @param sample raw values (scores 0-100, net mass kg, tax rate %, assessed value KRW)
 * @returns ${INDICATOR_COUNT} values in [0, 1]
 * @throws if there are not 17 finite values
 * @example normalise(paper.sample17[1].values) // 0.65 on every indicator
 */
export function normalise(sample: SampleInput): number[] {
  // asVector has checked every value is finite: what normaliseValue computes, without its per-value checks
  return asVector("normalise", sample).map((x, j) => {
    const p = PREPARED[j];
    return p ? interpolatePrepared(x, p) : Math.min(1, Math.max(0, x / 100));
  });
}

/** The terms of the risk value, kept for display. */
export interface RiskTerms {
  /** S = sum_j x*_j sin(pi w_j): the shape's area (two triangles per sector, the unit-circle area scale). */
  S: number;
  /** L = sum_j 2 sqrt((cos(pi w_j) - x*_j)^2 + sin^2(pi w_j)): the shape's perimeter. */
  L: number;
  /** Sm = sum_j sin(pi w_j): S of the all-ones sample. */
  Sm: number;
  /** Lm = sum_j 4 sin(pi w_j / 2): L of the all-ones sample. */
  Lm: number;
  /** V1 = S / Sm (area ratio). */
  V1: number;
  /** V2 = S Lm^2 / (L^2 Sm) (isoperimetric ratio relative to the full shape). */
  V2: number;
  /** f = sqrt(V1 V2). */
  f: number;
}

function checkWeights(fn: string, w: readonly number[]): void {
  if (w.length !== INDICATOR_COUNT) throw new Error(`${fn}: expected ${INDICATOR_COUNT} weights, got ${w.length}`);
  w.forEach((x, j) => {
    if (!Number.isFinite(x) || x <= 0 || x >= 1) throw new Error(`${fn}: weight of ${INDICATOR_IDS[j]} must be in (0, 1), got ${x}`);
  });
}

function checkNormalised(fn: string, x: readonly number[]): void {
  if (x.length !== INDICATOR_COUNT) throw new Error(`${fn}: expected ${INDICATOR_COUNT} normalised values, got ${x.length}`);
  for (let j = 0; j < INDICATOR_COUNT; j++) {
    const v = x[j];
    if (typeof v !== "number" || !(v >= 0 && v <= 1)) throw new Error(`${fn}: x* of ${INDICATOR_IDS[j]} must be in [0, 1], got ${v}`);
  }
}

/**
 * The improved radar chart's risk value with all its terms:
 * S = sum x*_j sin(pi w_j), L = sum 2 sqrt((cos(pi w_j) - x*_j)^2 + sin^2(pi w_j)),
 * Sm = sum sin(pi w_j), Lm = sum 4 sin(pi w_j / 2), V1 = S / Sm, V2 = S Lm^2 / (L^2 Sm), f = sqrt(V1 V2).
 *
 * The weights need not sum to 1 (the paper's printed ones do not, see the discrepancy log); they are used as given.
 * @param x normalised sample (${INDICATOR_COUNT} values in [0, 1])
 * @param w weights (${INDICATOR_COUNT} values in (0, 1))
 * @returns the terms and f, in [0, 1]
 * @throws on a wrong length, a value outside [0, 1] or a weight outside (0, 1)
 */
export function riskTerms(x: readonly number[], w: readonly number[]): RiskTerms {
  checkNormalised("riskTerms", x);
  checkWeights("riskTerms", w);
  let S = 0,
    L = 0,
    Sm = 0,
    Lm = 0;
  for (let j = 0; j < INDICATOR_COUNT; j++) {
    const a = Math.PI * w[j];
    const s = Math.sin(a),
      c = Math.cos(a);
    S += x[j] * s;
    L += 2 * Math.hypot(c - x[j], s);
    Sm += s;
    Lm += 4 * Math.sin(a / 2);
  }
  const V1 = S / Sm;
  const V2 = (S * Lm * Lm) / (L * L * Sm);
  // sqrt(V1 V2) = (S / Sm)(Lm / L) exactly; the product form has no square root's rounding and is
  // bit-for-bit what riskValues computes (so a standard sample lands exactly on its own threshold).
  // f is at most 1 (it rises in every x*_j and f(1, ..., 1) = 1); min() removes a last-bit rounding excess.
  return {S, L, Sm, Lm, V1, V2, f: Math.min(1, (S / Sm) * (Lm / L))};
}

/**
 * The risk value f = sqrt(V1 V2) of a normalised sample ({@link riskTerms}).
 * @example riskValue(Array(17).fill(1), weights) // 1
 */
export function riskValue(x: readonly number[], w: readonly number[]): number {
  return riskTerms(x, w).f;
}

/**
 * Risk values of many normalised samples with one set of weights, without re-validating the weights
 * or recomputing Sm and Lm per sample (the fast path for scoring all declarations).
 * @param xs normalised samples
 * @param w weights
 * @returns one f per sample
 * @throws as {@link riskTerms}
 */
export function riskValues(xs: readonly (readonly number[])[], w: readonly number[]): number[] {
  checkWeights("riskValues", w);
  const s = w.map((wj) => Math.sin(Math.PI * wj));
  const c = w.map((wj) => Math.cos(Math.PI * wj));
  const Sm = s.reduce((a, b) => a + b, 0);
  const Lm = w.reduce((a, wj) => a + 4 * Math.sin((Math.PI * wj) / 2), 0);
  return xs.map((x) => {
    checkNormalised("riskValues", x);
    let S = 0,
      L = 0;
    for (let j = 0; j < INDICATOR_COUNT; j++) {
      S += x[j] * s[j];
      L += 2 * Math.hypot(c[j] - x[j], s[j]);
    }
    return Math.min(1, (S / Sm) * (Lm / L)); // = sqrt(V1 V2), as in riskTerms
  });
}

/** A point in the chart's unit coordinates (radius 1 = x* of 1). */
export interface Point {
  x: number;
  y: number;
}

export interface RadarSector {
  id: IndicatorId;
  name: string;
  weight: number;
  /** Angles in radians, clockwise from 12 o'clock. */
  start: number;
  end: number;
  /** The indicator's axis: the sector's centre. */
  axis: number;
  /** Normalised value on this axis. */
  value: number;
  /** The sample's point on the axis, at radius x*_j. */
  point: Point;
}

export interface RadarGeometry {
  sectors: RadarSector[];
  /**
   * The shape whose area and perimeter define S and L: for each sector, its start boundary on the unit
   * circle, then the sample's point on the axis (the last sector's end boundary closes it). Each sector
   * adds two triangles of area x*_j sin(pi w_j) / 2, so the area is S and the perimeter L.
   */
  polygon: Point[];
}

/** Position of a point at radius r and angle a (radians clockwise from 12 o'clock), y pointing down as in SVG. */
export function polar(r: number, a: number): Point {
  return {x: r * Math.sin(a), y: -r * Math.cos(a)};
}

/**
 * The geometry of the improved radar chart: sector j spans angle 2 pi w_j / sum(w) (weights rescaled so
 * the sectors fill the circle), its axis at the sector's centre; the sample's point lies at radius x*_j
 * on the axis. The polygon joins each sector's boundary on the unit circle to the sample's point, so its
 * area is sum_j x*_j sin(pi w_j) = S and its perimeter is L (exactly, for weights that sum to 1).
 *
 * @param x normalised sample (${INDICATOR_COUNT} values in [0, 1])
 * @param w weights (${INDICATOR_COUNT} values in (0, 1))
 * @returns sectors and the polygon in unit coordinates (multiply by the chart radius)
 * @throws as {@link riskTerms}
 */
export function radarGeometry(x: readonly number[], w: readonly number[]): RadarGeometry {
  checkNormalised("radarGeometry", x);
  checkWeights("radarGeometry", w);
  const total = w.reduce((a, b) => a + b, 0);
  const sectors: RadarSector[] = [];
  const polygon: Point[] = [];
  let start = 0;
  for (let j = 0; j < INDICATOR_COUNT; j++) {
    const angle = (2 * Math.PI * w[j]) / total;
    const axis = start + angle / 2;
    const point = polar(x[j], axis);
    sectors.push({id: INDICATORS[j].id, name: INDICATORS[j].name, weight: w[j], start, end: start + angle, axis, value: x[j], point});
    polygon.push(polar(1, start), point);
    start += angle;
  }
  return {sectors, polygon};
}

/** Area of a simple polygon (shoelace formula, |sum (x_i y_{i+1} - x_{i+1} y_i)| / 2). */
export function polygonArea(points: readonly Point[]): number {
  let a = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i],
      q = points[(i + 1) % points.length];
    a += p.x * q.y - q.x * p.y;
  }
  return Math.abs(a) / 2;
}
