/**
 * Selection metrics: how well a ranking of declarations picks frauds when customs inspects the top n%.
 *
 * A ranking is a risk score per declaration (higher = inspect first). Inspecting at rate r means
 * inspecting the k = max(1, round(r N)) highest-scored declarations; ties are broken by input order, so
 * the result is deterministic. The metrics are those of the dataset's authors (precision@n%,
 * arXiv 2208.02484) and of DATE (Kim et al., KDD 2020: recall and revenue@n%, here "duty caught").
 */

/** The inspection rates (percent of declarations) every ranking is evaluated at. */
export const INSPECTION_RATES = [1, 2, 5, 10, 20] as const;

/** Scores, labels and per-row figures: plain arrays (the build's rankings) or typed columns (a scored file). */
export type Column = ArrayLike<number>;

function check(fn: string, scores: Column, labels: Column): void {
  if (scores.length === 0) throw new Error(`${fn}: no scores`);
  if (scores.length !== labels.length) {
    throw new Error(`${fn}: ${scores.length} scores but ${labels.length} labels`);
  }
  for (let i = 0; i < scores.length; i++) {
    if (!Number.isFinite(scores[i])) throw new Error(`${fn}: score ${i} is not a finite number (${scores[i]})`);
    if (labels[i] !== 0 && labels[i] !== 1) throw new Error(`${fn}: label ${i} is ${labels[i]}, expected 0 or 1`);
  }
}

function checkRate(fn: string, ratePercent: number): void {
  if (!(ratePercent > 0 && ratePercent <= 100)) throw new Error(`${fn}: inspection rate ${ratePercent}% is not in (0, 100]`);
}

/**
 * Indices of the declarations ordered by descending score, ties in input order.
 * @param scores risk scores (finite)
 * @returns a permutation of 0..n-1
 */
export function rankOrder(scores: Column): number[] {
  return Array.from({length: scores.length}, (_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
}

/**
 * Number of declarations inspected at a rate: k = max(1, round(rate/100 · n)).
 * @param n number of declarations
 * @param ratePercent inspection rate in percent, in (0, 100]
 * @throws if the rate is out of range
 */
export function inspectedCount(n: number, ratePercent: number): number {
  checkRate("inspectedCount", ratePercent);
  return Math.max(1, Math.min(n, Math.round((ratePercent / 100) * n)));
}

/** Outcome of inspecting the top k of a ranking. */
export interface SelectionResult {
  ratePercent: number;
  inspected: number;
  /** Frauds among the inspected. */
  caught: number;
  /** caught / inspected. */
  precision: number;
  /** caught / all frauds (0 if there are none). */
  recall: number;
  /** Σ duty of caught frauds / Σ duty of all frauds (0 if the frauds carry no duty). */
  dutyCaught: number;
  /** Critical frauds (Critical Fraud = 2) caught / all critical frauds (0 if none). */
  criticalRecall: number;
}

/**
 * Inspect the top n% of a ranking and measure what is caught.
 *
 * precision@n = TP_k / k; recall@n = TP_k / P; duty@n = Σ_{i in top k, y_i=1} d_i / Σ_{y_i=1} d_i, with
 * d_i = Item Price_i · Tax Rate_i / 100 (the duty at stake); critical recall = critical frauds in top k /
 * all critical frauds.
 *
 * @param scores risk scores, higher = inspect first
 * @param labels fraud labels 0/1
 * @param ratePercent inspection rate in percent, in (0, 100]
 * @param options `duty` per declaration (>= 0) and `critical` flags (1 = critical fraud); optional
 * @returns the counts and ratios at that rate
 * @throws on mismatched lengths, non-finite scores, labels other than 0/1, or a rate outside (0, 100]
 * @example selectAt([0.9, 0.1, 0.5], [1, 0, 0], 34).precision // 1 (k = 1)
 */
export function selectAt(
  scores: Column,
  labels: Column,
  ratePercent: number,
  options: {duty?: Column; critical?: Column} = {}
): SelectionResult {
  check("selectAt", scores, labels);
  checkRate("selectAt", ratePercent);
  const {duty, critical} = options;
  if (duty && duty.length !== labels.length) throw new Error(`selectAt: ${duty.length} duties but ${labels.length} labels`);
  if (critical && critical.length !== labels.length)
    throw new Error(`selectAt: ${critical.length} critical flags but ${labels.length} labels`);
  const order = rankOrder(scores);
  const k = inspectedCount(scores.length, ratePercent);
  let positives = 0,
    dutyAll = 0,
    criticalAll = 0;
  for (let i = 0; i < labels.length; i++) {
    positives += labels[i];
    if (labels[i] === 1 && duty) dutyAll += duty[i];
    if (critical && critical[i] === 1) criticalAll++;
  }
  let caught = 0,
    dutyTop = 0,
    criticalTop = 0;
  for (let r = 0; r < k; r++) {
    const i = order[r];
    caught += labels[i];
    if (labels[i] === 1 && duty) dutyTop += duty[i];
    if (critical && critical[i] === 1) criticalTop++;
  }
  return {
    ratePercent,
    inspected: k,
    caught,
    precision: caught / k,
    recall: positives === 0 ? 0 : caught / positives,
    dutyCaught: dutyAll === 0 ? 0 : dutyTop / dutyAll,
    criticalRecall: criticalAll === 0 ? 0 : criticalTop / criticalAll
  };
}

/**
 * ROC-AUC by the Mann-Whitney statistic with average ranks for ties:
 * AUC = (Σ_{y_i=1} rank_i − P(P+1)/2) / (P·N).
 * @param scores risk scores
 * @param labels 0/1 labels, both classes present
 * @returns the probability that a random fraud outranks a random non-fraud (ties count 1/2)
 * @throws if a class is absent
 * @example rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]) // 0.75
 */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  check("rocAuc", scores, labels);
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSum = 0,
    positives = 0;
  for (let s = 0; s < order.length;) {
    let e = s;
    while (e + 1 < order.length && scores[order[e + 1]] === scores[order[s]]) e++;
    const avg = (s + e) / 2 + 1;
    for (let t = s; t <= e; t++)
      if (labels[order[t]] === 1) {
        rankSum += avg;
        positives++;
      }
    s = e + 1;
  }
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) throw new Error("rocAuc: needs both frauds and non-frauds");
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** A 2x2 confusion matrix: t = true, f = false, p = predicted fraud, n = predicted clean. */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/**
 * Confusion matrix of the rule "fraud if score >= threshold".
 * @param scores risk scores
 * @param labels 0/1 labels
 * @param threshold the cut
 */
export function confusionAt(scores: readonly number[], labels: readonly number[], threshold: number): Confusion {
  check("confusionAt", scores, labels);
  const c = {tp: 0, fp: 0, fn: 0, tn: 0};
  for (let i = 0; i < scores.length; i++) {
    const p = scores[i] >= threshold;
    if (labels[i] === 1) {
      if (p) c.tp++;
      else c.fn++;
    } else if (p) c.fp++;
    else c.tn++;
  }
  return c;
}

/**
 * Macro-F1: the mean of the F1 of the fraud class and of the clean class,
 * F1 = 2TP/(2TP+FP+FN) per class (0 when the class is neither predicted nor present).
 * @param c a confusion matrix
 */
export function macroF1(c: Confusion): number {
  const f = (tp: number, fp: number, fn: number) => (2 * tp + fp + fn === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  return (f(c.tp, c.fp, c.fn) + f(c.tn, c.fn, c.fp)) / 2;
}

/**
 * The threshold that maximises macro-F1 on a (validation) set, searched over the distinct scores
 * (rule: fraud if score >= threshold). Choose it on validation months, then apply it to the test months.
 * @param scores risk scores
 * @param labels 0/1 labels
 * @returns the best threshold and its macro-F1
 */
export function bestMacroF1Threshold(scores: readonly number[], labels: readonly number[]): {threshold: number; macroF1: number} {
  check("bestMacroF1Threshold", scores, labels);
  const order = rankOrder(scores);
  const P = labels.reduce((a, b) => a + b, 0);
  const N = labels.length - P;
  let best = {threshold: Infinity, macroF1: macroF1({tp: 0, fp: 0, fn: P, tn: N})};
  let tp = 0,
    fp = 0;
  for (let r = 0; r < order.length; r++) {
    if (labels[order[r]] === 1) tp++;
    else fp++;
    const next = order[r + 1];
    if (next !== undefined && scores[next] === scores[order[r]]) continue; // cut only between distinct scores
    const m = macroF1({tp, fp, fn: P - tp, tn: N - fp});
    if (m > best.macroF1) best = {threshold: scores[order[r]], macroF1: m};
  }
  return best;
}

/**
 * Fraud rate per group (e.g. per warning zone): frauds / declarations in each group.
 * @param groups a group label per declaration
 * @param labels 0/1 labels
 * @returns one row per group, in first-seen order
 */
export function rateByGroup(
  groups: readonly string[],
  labels: readonly number[]
): {group: string; n: number; frauds: number; rate: number}[] {
  if (groups.length !== labels.length) throw new Error(`rateByGroup: ${groups.length} groups but ${labels.length} labels`);
  const m = new Map<string, {n: number; frauds: number}>();
  groups.forEach((g, i) => {
    const e = m.get(g) ?? {n: 0, frauds: 0};
    e.n++;
    e.frauds += labels[i];
    m.set(g, e);
  });
  return [...m].map(([group, {n, frauds}]) => ({group, n, frauds, rate: frauds / n}));
}

/** Mean and sample standard deviation (0 for one value). */
export function meanSd(xs: readonly number[]): {mean: number; sd: number} {
  if (xs.length === 0) throw new Error("meanSd: no values");
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = xs.length < 2 ? 0 : Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
  return {mean, sd};
}
