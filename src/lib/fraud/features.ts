/**
 * Features for fraud classifiers, every statistic fitted on the training months only.
 *
 * Per categorical column (the dataset's 15, plus HS2/HS4 chapters and a few pairs): a smoothed target
 * encoding (out-of-fold on the training rows, fitted on all training rows for later months; see
 * ./targetEncoding.ts), the log of its training frequency, and for low-cardinality columns its code.
 * Numbers: Tax Rate, log Net Mass, log Item Price, log unit value (Item Price / Net Mass), log duty
 * (Item Price · Tax Rate / 100), and the unit value's deviation from its HS6 code's training mean
 * (undervaluation is the classic customs fraud; cf. DATE, Kim et al., KDD 2020).
 */
import type {Declaration} from "../data/declarations.js";
import {encode, fitTargetEncoding, outOfFoldEncode, type TargetEncoding} from "./targetEncoding.js";

type Cat = (d: Declaration) => string;

/** Categorical inputs: name → value of a declaration. */
export const CATEGORICALS: ReadonlyArray<readonly [string, Cat]> = [
  ["office", (d) => d.office],
  ["processType", (d) => d.processType],
  ["importType", (d) => d.importType],
  ["importUse", (d) => d.importUse],
  ["paymentType", (d) => d.paymentType],
  ["transport", (d) => d.transport],
  ["declarant", (d) => d.declarant],
  ["importer", (d) => d.importer],
  ["seller", (d) => d.seller],
  ["courier", (d) => d.courier],
  ["hs6", (d) => d.hs6],
  ["hs4", (d) => d.hs6.slice(0, 4)],
  ["hs2", (d) => d.hs6.slice(0, 2)],
  ["departure", (d) => d.departure],
  ["origin", (d) => d.origin],
  ["taxType", (d) => d.taxType],
  ["originIndicator", (d) => d.originIndicator],
  ["departure=origin", (d) => String(d.departure === d.origin)],
  ["declarant×hs6", (d) => `${d.declarant}|${d.hs6}`],
  ["importer×hs6", (d) => `${d.importer}|${d.hs6}`],
  ["declarant×importer", (d) => `${d.declarant}|${d.importer}`],
  ["seller×hs6", (d) => `${d.seller}|${d.hs6}`],
  ["office×hs6", (d) => `${d.office}|${d.hs6}`],
  ["origin×hs6", (d) => `${d.origin}|${d.hs6}`]
];

/** Duty at stake: Item Price · Tax Rate / 100 (KRW). */
export const duty = (d: Declaration): number => (d.itemPrice * d.taxRate) / 100;

const logUnitValue = (d: Declaration) => Math.log((d.itemPrice + 1) / (d.netMass + 0.01));

const NUMERIC: ReadonlyArray<readonly [string, (d: Declaration) => number]> = [
  ["taxRate", (d) => d.taxRate],
  ["logNetMass", (d) => Math.log1p(d.netMass)],
  ["logItemPrice", (d) => Math.log1p(d.itemPrice)],
  ["logUnitValue", logUnitValue],
  ["logDuty", (d) => Math.log1p(duty(d))]
];

/** Columns with at most this many training categories also get their code as a feature. */
const CODE_LIMIT = 150;

export interface FeatureOptions {
  /** Target-encoding smoothing m. */
  smoothing?: number;
  folds?: number;
  seed?: number;
}

/**
 * Everything the feature transform learned from the training rows, as plain data: per categorical input
 * its target encoding (whose counts also give the frequency and, for small columns, the code), and the HS6
 * unit-value table. It is what ships to the browser (src/lib/instrument) so a declaration is encoded there
 * exactly as in the build.
 */
export interface FeatureTables {
  smoothing: number;
  categorical: (TargetEncoding & {name: string; code: boolean})[];
  /** HS6 code → [training rows, sum of their log unit values]; overall = mean log unit value. */
  hs6UnitValue: {overall: number; sums: ReadonlyMap<string, readonly [number, number]>};
}

/** Fitted features: names, the training rows' columns, a transform for later months, and its tables. */
export interface FittedFeatures {
  names: string[];
  train: Float64Array[];
  transform: (rows: readonly Declaration[]) => Float64Array[];
}

/** {@link FittedFeatures} with the tables its transform applies. */
export interface FittedFeatureTables extends FittedFeatures {
  tables: FeatureTables;
}

/**
 * The feature names a set of tables produces, in column order.
 * @param tables fitted tables
 */
export function featureNames(tables: FeatureTables): string[] {
  return [
    ...tables.categorical.flatMap((c) => [`${c.name}: fraud rate`, `${c.name}: log frequency`, ...(c.code ? [`${c.name}: code`] : [])]),
    ...NUMERIC.map(([name]) => name),
    "logUnitValue − HS6 mean"
  ];
}

const GETTER = new Map(CATEGORICALS);
const codeBooks = new WeakMap<TargetEncoding, Map<string, number>>();
/** A column's code book: its training categories sorted, numbered from 0. */
function codeBook(enc: TargetEncoding): Map<string, number> {
  let book = codeBooks.get(enc);
  if (!book) codeBooks.set(enc, (book = new Map([...enc.counts.keys()].sort().map((c, i) => [c, i]))));
  return book;
}

/** A categorical input's three features for each training category, so a row costs one Map lookup. */
interface CategoryFeatures {
  /** Category → its position in the arrays below. */
  position: Map<string, number>;
  /** enc(c), computed by encode() itself, so the doubles are its own. */
  rate: Float64Array;
  /** log(1 + n_c). */
  logCount: Float64Array;
  /** The code (code book position). */
  code: Float64Array;
}
const categoryFeatures = new WeakMap<TargetEncoding, CategoryFeatures>();
function featuresOf(enc: TargetEncoding): CategoryFeatures {
  let f = categoryFeatures.get(enc);
  if (f) return f;
  const cats = [...enc.counts.keys()];
  const book = codeBook(enc);
  f = {
    position: new Map(cats.map((c, i) => [c, i])),
    rate: Float64Array.from(encode(enc, cats)),
    logCount: Float64Array.from(cats, (c) => Math.log1p(enc.counts.get(c)![0])),
    code: Float64Array.from(cats, (c) => book.get(c)!)
  };
  categoryFeatures.set(enc, f);
  return f;
}

/**
 * Apply fitted tables: per categorical input enc(c) (./targetEncoding.ts; the prior if unseen),
 * log(1 + n_c) and, for small columns, the code (−1 if unseen); the numeric inputs; and
 * log unit value − (Σ_HS6 log unit value + m · overall) / (n_HS6 + m).
 * @param tables fitted tables (featureNames(tables) names the columns)
 * @param rows declarations to encode
 * @returns one column per feature
 * @throws if the tables name a categorical input this code does not know
 */
export function applyFeatures(tables: FeatureTables, rows: readonly Declaration[]): Float64Array[] {
  const n = rows.length;
  const cols: Float64Array[] = [];
  for (const enc of tables.categorical) {
    const get = GETTER.get(enc.name);
    if (!get) throw new Error(`applyFeatures: unknown categorical input "${enc.name}"`);
    // the per-category features are looked up once per row (an unseen category: prior, log(1 + 0), −1)
    const {position, rate, logCount, code} = featuresOf(enc);
    const r = new Float64Array(n),
      l = new Float64Array(n),
      k = enc.code ? new Float64Array(n) : null;
    for (let i = 0; i < n; i++) {
      const at = position.get(get(rows[i]));
      if (at === undefined) {
        r[i] = enc.prior;
        if (k) k[i] = -1;
      } else {
        r[i] = rate[at];
        l[i] = logCount[at];
        if (k) k[i] = code[at];
      }
    }
    cols.push(r, l);
    if (k) cols.push(k);
  }
  for (const [, get] of NUMERIC) cols.push(Float64Array.from(rows, get));
  const {overall, sums} = tables.hs6UnitValue;
  const m = tables.smoothing;
  cols.push(
    Float64Array.from(rows, (d) => {
      const e = sums.get(d.hs6);
      return logUnitValue(d) - ((e ? e[1] : 0) + m * overall) / ((e ? e[0] : 0) + m);
    })
  );
  return cols;
}

/**
 * Fit the feature set on training declarations.
 * @param train the training months' declarations (labels used for target encodings)
 * @param options smoothing, folds, seed of the out-of-fold encoding
 * @returns names, training columns (out-of-fold encodings), the tables and their transform for later rows
 * @throws if there are no training rows
 */
export function fitFeatures(
  train: readonly Declaration[],
  {smoothing = 20, folds = 5, seed = 1}: FeatureOptions = {}
): FittedFeatureTables {
  if (train.length === 0) throw new Error("fitFeatures: no training rows");
  const y = train.map((d) => d.fraud);
  const categorical = CATEGORICALS.map(([name, get]) => {
    const enc = fitTargetEncoding(train.map(get), y, smoothing);
    return {...enc, name, code: enc.counts.size <= CODE_LIMIT};
  });
  // unit value against the HS6 code's training mean (shrunk to the overall mean with m pseudo-rows)
  const sums = new Map<string, [number, number]>();
  let total = 0;
  for (const d of train) {
    const e = sums.get(d.hs6) ?? [0, 0];
    e[0]++;
    e[1] += logUnitValue(d);
    total += logUnitValue(d);
    sums.set(d.hs6, e);
  }
  const tables: FeatureTables = {smoothing, categorical, hs6UnitValue: {overall: total / train.length, sums}};
  // the training rows' target encodings are out-of-fold, so a model does not learn from its own label
  const cols = applyFeatures(tables, train);
  let column = 0;
  categorical.forEach((enc, k) => {
    cols[column] = Float64Array.from(outOfFoldEncode(train.map(CATEGORICALS[k][1]), y, {smoothing, folds, seed}));
    column += enc.code ? 3 : 2;
  });
  return {names: featureNames(tables), train: cols, tables, transform: (rows) => applyFeatures(tables, rows)};
}

/**
 * The dataset authors' encoding, for comparison: each of the dataset's 15 categorical columns as an
 * integer code (categories sorted, fitted on the training months; unseen = −1) and the three quantities
 * as they are. No target or frequency statistics, no derived features.
 * @param train the training months' declarations
 * @returns names, training columns and a transform for later months
 */
export function fitLabelEncoding(train: readonly Declaration[]): FittedFeatures {
  if (train.length === 0) throw new Error("fitLabelEncoding: no training rows");
  const raw = CATEGORICALS.filter(([name]) => !name.includes("×") && !["hs4", "hs2", "departure=origin"].includes(name));
  const codes = raw.map(([, get]) => new Map([...new Set(train.map(get))].sort().map((c, i) => [c, i])));
  const quantities: ReadonlyArray<readonly [string, (d: Declaration) => number]> = [
    ["taxRate", (d) => d.taxRate],
    ["netMass", (d) => d.netMass],
    ["itemPrice", (d) => d.itemPrice]
  ];
  const transform = (rows: readonly Declaration[]) => [
    ...raw.map(([, get], j) => Float64Array.from(rows, (d) => codes[j].get(get(d)) ?? -1)),
    ...quantities.map(([, get]) => Float64Array.from(rows, get))
  ];
  return {names: [...raw.map(([n]) => `${n}: code`), ...quantities.map(([n]) => n)], train: transform(train), transform};
}
