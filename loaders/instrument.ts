/**
 * The instrument's model (src/lib/instrument/model.ts): the tables and trees a page needs to assess any
 * declaration from its fields, fitted on the training months as /validation fits them (the routed GBDT
 * recipe of src/lib/fraud/routing.ts, seed 1; early stopping on the validation months), plus the authors'
 * ridge for the indicators and the data-driven tables. Fitting takes a minute, so the result is cached
 * like the validation (loaders/buildCache.ts).
 */
import {join} from "node:path";
import type {BuildContext} from "./context.js";
import {bySplit, ecommerceOnly, type Declaration} from "../src/lib/data/declarations.js";
import {fitFeatures, type FeatureTables} from "../src/lib/fraud/features.js";
import {GBDT_PARAMS, NOVEL_GBDT_PARAMS, specialistColumns, specialistRows} from "../src/lib/fraud/routing.js";
import {novelMask} from "../src/lib/fraud/valueLookup.js";
import {treeCovers} from "../src/lib/fraud/treeShap.js";
import type {FeatureColumns, GbdtModel} from "../src/lib/fraud/gbdt.js";
import {fitDataDrivenTables} from "../src/lib/method/dataDrivenScores.js";
import {fitIndicatorModel} from "../src/lib/method/indicatorScoring.js";
import {INDICATOR_IDS} from "../src/lib/method/indicators.js";
import {fraudRateByZone} from "../src/lib/method/earlyWarning.js";
import {PAPER_THRESHOLDS} from "../src/lib/method/zones.js";
import {publishedWeights} from "../src/lib/paper/weights.js";
import {encodingToJson, featureTablesToJson, gbdtToJson, type InstrumentJson} from "../src/lib/instrument/model.js";
import {earlyWarning} from "./earlyWarning.js";
import {fitGbdtJobs} from "./workers.js";
import {buildCacheKey, cachedJson} from "./buildCache.js";

const SEED = 1;

/**
 * The tables with the categories of every input none of whose features is among `columns` emptied: those
 * features are computed (so the column order is kept) but never read by the trees, so nothing the model
 * outputs changes, and the specialist ships without the party tables it does not use.
 */
function withoutUnread(tables: FeatureTables, columns: readonly number[]): FeatureTables {
  const read = new Set(columns);
  let j = 0;
  const categorical = tables.categorical.map((c) => {
    const width = c.code ? 3 : 2;
    const used = Array.from({length: width}, (_, k) => j + k).some((k) => read.has(k));
    j += width;
    return used ? c : {...c, counts: new Map()};
  });
  return {...tables, categorical};
}
const pick = (X: FeatureColumns, columns: readonly number[]) => columns.map((j) => X[j]);
const rowsAt = (X: FeatureColumns, rows: readonly number[]) => X.map((c) => Float64Array.from(rows, (i) => c[i]));

/**
 * Fit the instrument (no cache).
 * @param ctx the dataset and the paper's tables
 * @param log progress messages
 */
export async function computeInstrument({dataset, paper}: BuildContext, log: (s: string) => void = () => {}): Promise<InstrumentJson> {
  const data = bySplit(dataset.declarations);
  const y = (rows: readonly Declaration[]) => rows.map((d) => d.fraud);
  const main = fitFeatures(data.train);
  const singles = specialistRows(data.train);
  const spec = fitFeatures(singles);
  const columns = specialistColumns(spec.names);
  const novelValid = novelMask(data.train, data.valid).flatMap((novel, i) => (novel ? [i] : []));
  const [m, s] = await fitGbdtJobs([
    {
      X: main.train,
      y: y(data.train),
      params: {...GBDT_PARAMS, seed: SEED},
      valid: {X: main.transform(data.valid), y: y(data.valid)},
      predict: [main.transform(data.test)],
      returnModel: true
    },
    {
      X: pick(spec.train, columns),
      y: y(singles),
      params: {...NOVEL_GBDT_PARAMS, seed: SEED},
      valid: {X: rowsAt(pick(spec.transform(data.valid), columns), novelValid), y: novelValid.map((i) => data.valid[i].fraud)},
      predict: [pick(spec.transform(data.test), columns)],
      returnModel: true
    }
  ]);
  log(`instrument: main GBDT ${m.rounds} rounds, specialist ${s.rounds} rounds`);
  const mainModel = m.model as GbdtModel,
    specModel = s.model as GbdtModel;
  const novelTest = novelMask(data.train, data.test);
  const routed = data.test.map((_, i) => (novelTest[i] ? s.predictions[0][i] : m.predictions[0][i]));
  const ecommerce = ecommerceOnly(dataset.declarations);
  const months = (rows: readonly Declaration[]) =>
    `${rows.reduce((a, d) => (d.date < a ? d.date : a), "9999")} – ${rows.reduce((a, d) => (d.date > a ? d.date : a), "")}`;
  return {
    fittedOn: {
      trainRows: data.train.length,
      validRows: data.valid.length,
      testRows: data.test.length,
      specialistRows: singles.length,
      months: {train: months(data.train), test: months(data.test)}
    },
    indicators: fitIndicatorModel(paper.expert13, ecommerce),
    expert: Object.fromEntries(paper.expert13.map((e, i) => [ecommerce[i].id, INDICATOR_IDS.map((id) => e.values[id])])),
    weights: publishedWeights(paper.weights),
    thresholds: [...PAPER_THRESHOLDS],
    dataDriven: fitDataDrivenTables(data.train).map((e) => (e ? encodingToJson(e) : null)),
    fraud: {
      main: {tables: featureTablesToJson(main.tables), columns: null, gbdt: gbdtToJson(mainModel, treeCovers(mainModel, main.train))},
      specialist: {
        tables: featureTablesToJson(withoutUnread(spec.tables, columns)),
        columns,
        gbdt: gbdtToJson(specModel, treeCovers(specModel, pick(spec.train, columns)))
      },
      seenPrices: [...new Set(data.train.map((d) => d.itemPrice))].sort((a, b) => a - b)
    },
    testProbabilities: routed.sort((a, b) => a - b),
    zoneFraud: fraudRateByZone(earlyWarning({dataset, paper}).rows)
  };
}

/**
 * The instrument, from the cache when its key matches, else fitted and cached.
 * @param ctx the dataset and the paper's tables
 */
export function loadInstrument(
  ctx: BuildContext,
  log: (s: string) => void = (s) => process.stderr.write(`${s}\n`)
): Promise<InstrumentJson> {
  return cachedJson("instrument", buildCacheKey(join("loaders", "instrument.ts"), ctx.dataset), () => computeInstrument(ctx, log));
}
