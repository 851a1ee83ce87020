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
import {encode, fitFrequency, fitTargetEncoding, outOfFoldEncode} from "./targetEncoding.js";

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

/** Fitted features: names, the training rows' columns, and a transform for later months. */
export interface FittedFeatures {
  names: string[];
  train: Float64Array[];
  transform: (rows: readonly Declaration[]) => Float64Array[];
}

/**
 * Fit the feature set on training declarations.
 * @param train the training months' declarations (labels used for target encodings)
 * @param options smoothing, folds, seed of the out-of-fold encoding
 * @returns names, training columns (out-of-fold encodings) and a transform for validation/test rows
 * @throws if there are no training rows
 */
export function fitFeatures(train: readonly Declaration[], {smoothing = 20, folds = 5, seed = 1}: FeatureOptions = {}): FittedFeatures {
  if (train.length === 0) throw new Error("fitFeatures: no training rows");
  const y = train.map((d) => d.fraud);
  const names: string[] = [];
  const trainCols: Float64Array[] = [];
  const transforms: ((rows: readonly Declaration[]) => Float64Array)[] = [];
  for (const [name, get] of CATEGORICALS) {
    const values = train.map(get);
    const enc = fitTargetEncoding(values, y, smoothing);
    names.push(`${name}: fraud rate`);
    trainCols.push(Float64Array.from(outOfFoldEncode(values, y, {smoothing, folds, seed})));
    transforms.push((rows) => Float64Array.from(encode(enc, rows.map(get))));
    const freq = fitFrequency(values);
    names.push(`${name}: log frequency`);
    trainCols.push(Float64Array.from(freq(values), Math.log1p));
    transforms.push((rows) => Float64Array.from(freq(rows.map(get)), Math.log1p));
    if (enc.counts.size <= CODE_LIMIT) {
      const codes = new Map([...enc.counts.keys()].sort().map((c, i) => [c, i]));
      const code = (rows: readonly Declaration[]) => Float64Array.from(rows, (d) => codes.get(get(d)) ?? -1);
      names.push(`${name}: code`);
      trainCols.push(code(train));
      transforms.push(code);
    }
  }
  for (const [name, get] of NUMERIC) {
    names.push(name);
    trainCols.push(Float64Array.from(train, get));
    transforms.push((rows) => Float64Array.from(rows, get));
  }
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
  const overall = total / train.length;
  const deviation = (rows: readonly Declaration[]) =>
    Float64Array.from(rows, (d) => {
      const e = sums.get(d.hs6) ?? [0, 0];
      return logUnitValue(d) - (e[1] + smoothing * overall) / (e[0] + smoothing);
    });
  names.push("logUnitValue − HS6 mean");
  trainCols.push(deviation(train));
  transforms.push(deviation);
  return {names, train: trainCols, transform: (rows) => transforms.map((t) => t(rows))};
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
