/**
 * Data-driven indicator scores: the alternative to the paper's expert/ridge scores.
 *
 * For each of the 14 score indicators the 0-100 score of a declaration is 100 × the smoothed historical
 * fraud rate of its category in the training months (./targetEncoding.ts; unseen categories get the
 * prior). C1 (declaration time) is scored by weekday, since later months never occur in training.
 * C5, C10, C12 stay the dataset's quantities, so a row is in the paper's 17-indicator layout
 * (src/lib/method/indicators.ts) and feeds the radar formula unchanged.
 */
import {COLUMNS, type Declaration} from "../data/declarations.js";
import {INDICATORS, type Indicator} from "./indicators.js";
import {fitTargetEncoding, riskScores, type TargetEncoding} from "../fraud/targetEncoding.js";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/**
 * The category an indicator reads from a declaration (C1: weekday of the date).
 * @param ind a score indicator
 * @param d a declaration
 */
export function indicatorCategory(ind: Indicator, d: Declaration): string {
  if (ind.id === "C1") return weekday(d.date);
  return String(d[FIELD.get(ind.column)!]);
}

const FIELD = new Map(COLUMNS.map((c) => [c.name, c.key as keyof Declaration]));

/** Weekdays of the dates seen, so a file's rows (few distinct dates) parse each date once; bounded. */
const weekdays = new Map<string, string>();
function weekday(date: string): string {
  let w = weekdays.get(date);
  if (w === undefined) {
    if (weekdays.size >= 10_000) weekdays.clear();
    weekdays.set(date, (w = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]));
  }
  return w;
}

const QUANTITY: Record<string, (d: Declaration) => number> = {C5: (d) => d.netMass, C10: (d) => d.taxRate, C12: (d) => d.itemPrice};

/** The fitted scores as data: per indicator, in catalogue order, its category encoding (null for a quantity). */
export type DataDrivenTables = (TargetEncoding | null)[];

/**
 * Fit the data-driven tables on the training months: for each score indicator the smoothed fraud rate of
 * its categories (./targetEncoding.ts), none for the quantities.
 * @param train training declarations (their fraud labels are used)
 * @param smoothing target-encoding smoothing m (pseudo-rows of the prior)
 * @throws if there are no training rows
 */
export function fitDataDrivenTables(train: readonly Declaration[], smoothing = 20): DataDrivenTables {
  if (train.length === 0) throw new Error("fitDataDrivenScores: no training rows");
  const y = train.map((d) => d.fraud);
  return INDICATORS.map((ind) =>
    ind.kind === "quantity"
      ? null
      : fitTargetEncoding(
          train.map((d) => indicatorCategory(ind, d)),
          y,
          smoothing
        )
  );
}

/** Each encoding's score per training category, 100 · enc(c) as riskScores() computes it, made once per table. */
const scoreTables = new WeakMap<TargetEncoding, {scores: Map<string, number>; unseen: number}>();
function scoresOf(enc: TargetEncoding): {scores: Map<string, number>; unseen: number} {
  let t = scoreTables.get(enc);
  if (!t) {
    const cats = [...enc.counts.keys()];
    const scores = riskScores(enc, cats);
    // an unseen category's score is the prior's: riskScores of a category the table lacks
    t = {scores: new Map(cats.map((c, i) => [c, scores[i]])), unseen: riskScores({...enc, counts: new Map()}, [""])[0]};
    scoreTables.set(enc, t);
  }
  return t;
}

/**
 * Data-driven indicator rows: score_j = 100 · enc_j(category_j) for score indicators, the dataset's value
 * for C5, C10, C12.
 * @param tables fitted tables ({@link fitDataDrivenTables})
 * @param rows declarations to score
 * @returns one 17-value row per declaration, C1..C17
 */
export function applyDataDriven(tables: DataDrivenTables, rows: readonly Declaration[]): number[][] {
  const out = rows.map(() => new Array<number>(INDICATORS.length));
  INDICATORS.forEach((ind, j) => {
    const enc = tables[j];
    if (!enc) {
      const q = QUANTITY[ind.id];
      rows.forEach((d, i) => (out[i][j] = q(d)));
      return;
    }
    const {scores, unseen} = scoresOf(enc);
    rows.forEach((d, i) => (out[i][j] = scores.get(indicatorCategory(ind, d)) ?? unseen));
  });
  return out;
}

/**
 * Fit data-driven scores on the training months ({@link fitDataDrivenTables}, applied by {@link applyDataDriven}).
 * @param train training declarations (their fraud labels are used)
 * @param smoothing target-encoding smoothing m (pseudo-rows of the prior)
 * @returns a function from declarations to 17-value rows (C1..C17: scores 0-100, C5/C10/C12 raw)
 * @throws if there are no training rows
 */
export function fitDataDrivenScores(train: readonly Declaration[], smoothing = 20): (rows: readonly Declaration[]) => number[][] {
  const tables = fitDataDrivenTables(train, smoothing);
  return (rows) => applyDataDriven(tables, rows);
}
