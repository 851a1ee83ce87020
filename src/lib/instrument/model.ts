/**
 * The instrument's model as build data (src/data/instrument.json, built by loaders/instrument.ts): every
 * table and tree the build fitted, as plain JSON, and its revival into the in-memory forms the library's
 * own functions apply. Nothing here fits anything: the browser scores a declaration with exactly the
 * build's tables, so a page and the build agree to the last bit.
 */
import type {GbdtModel} from "../fraud/gbdt.js";
import type {FeatureTables} from "../fraud/features.js";
import type {TargetEncoding} from "../fraud/targetEncoding.js";
import type {DataDrivenTables} from "../method/dataDrivenScores.js";
import type {IndicatorModel} from "../method/indicatorScoring.js";
import type {Zone} from "../method/zones.js";
import {INDICATOR_COUNT} from "../method/indicators.js";
import type {ZoneRate} from "../method/earlyWarning.js";

/** A target encoding as JSON: its counts as [category, rows, frauds] triples. */
export interface EncodingJson {
  prior: number;
  smoothing: number;
  counts: [string, number, number][];
}

/** Feature tables as JSON. */
export interface FeatureTablesJson {
  smoothing: number;
  categorical: (EncodingJson & {name: string; code: boolean})[];
  hs6UnitValue: {overall: number; sums: [string, number, number][]};
}

/** A GBDT as JSON (bin bounds as arrays), with the training rows reaching each node (TreeSHAP's cover). */
export interface GbdtJson {
  base: number;
  uppers: number[][];
  trees: GbdtModel["trees"];
  covers: number[][];
}

/** One routed-model branch: its feature tables, the columns it reads (all when null) and its trees. */
export interface BranchJson {
  tables: FeatureTablesJson;
  columns: number[] | null;
  gbdt: GbdtJson;
}

/** The whole instrument, as shipped. */
export interface InstrumentJson {
  /** What it was fitted on. */
  fittedOn: {trainRows: number; validRows: number; testRows: number; specialistRows: number; months: {train: string; test: string}};
  indicators: IndicatorModel;
  /** The paper's expert scores of its 13 expert-scored declarations (C1..C17), by Declaration ID. */
  expert: Record<string, number[]>;
  weights: number[];
  thresholds: [number, number];
  dataDriven: (EncodingJson | null)[];
  fraud: {main: BranchJson; specialist: BranchJson; seenPrices: number[]};
  /** The routed model's probability of every test-month declaration, sorted (for percentiles). */
  testProbabilities: number[];
  /** The fraud rate the report measured in each zone of the 954 e-commerce declarations (/early-warning). */
  zoneFraud: Record<Zone | "all", ZoneRate>;
}

/** A branch ready to apply. */
export interface Branch {
  tables: FeatureTables;
  columns: number[] | null;
  gbdt: GbdtModel;
  covers: number[][];
}

/** The instrument ready to apply. */
export interface Instrument {
  json: InstrumentJson;
  dataDriven: DataDrivenTables;
  main: Branch;
  specialist: Branch;
  seenPrices: ReadonlySet<number>;
}

/** {@link TargetEncoding} → JSON. */
export function encodingToJson(e: TargetEncoding): EncodingJson {
  return {prior: e.prior, smoothing: e.smoothing, counts: [...e.counts].map(([c, [n, f]]) => [c, n, f])};
}

function encodingFromJson(e: EncodingJson): TargetEncoding {
  return {prior: e.prior, smoothing: e.smoothing, counts: new Map(e.counts.map(([c, n, f]) => [c, [n, f] as const]))};
}

/** {@link FeatureTables} → JSON. */
export function featureTablesToJson(t: FeatureTables): FeatureTablesJson {
  return {
    smoothing: t.smoothing,
    categorical: t.categorical.map((c) => ({...encodingToJson(c), name: c.name, code: c.code})),
    hs6UnitValue: {overall: t.hs6UnitValue.overall, sums: [...t.hs6UnitValue.sums].map(([h, [n, s]]) => [h, n, s])}
  };
}

function featureTablesFromJson(t: FeatureTablesJson): FeatureTables {
  return {
    smoothing: t.smoothing,
    categorical: t.categorical.map((c) => ({...encodingFromJson(c), name: c.name, code: c.code})),
    hs6UnitValue: {overall: t.hs6UnitValue.overall, sums: new Map(t.hs6UnitValue.sums.map(([h, n, s]) => [h, [n, s] as const]))}
  };
}

/** A fitted GBDT and its covers → JSON (the validation loss and gains are not needed to score). */
export function gbdtToJson(m: GbdtModel, covers: number[][]): GbdtJson {
  return {base: m.base, uppers: m.binner.uppers.map((u) => Array.from(u)), trees: m.trees, covers};
}

function branchFromJson(b: BranchJson): Branch {
  return {
    tables: featureTablesFromJson(b.tables),
    columns: b.columns,
    gbdt: {
      binner: {uppers: b.gbdt.uppers.map((u) => Float64Array.from(u))},
      base: b.gbdt.base,
      trees: b.gbdt.trees,
      validLoss: [],
      gain: []
    },
    covers: b.gbdt.covers
  };
}

/**
 * Revive the shipped instrument.
 * @param json src/data/instrument.json
 * @throws if the file is not an instrument of this version's shape
 */
export function reviveInstrument(json: InstrumentJson): Instrument {
  if (!json?.fraud?.main || !json.indicators || json.weights?.length !== INDICATOR_COUNT)
    throw new Error("instrument.json: not an instrument model");
  return {
    json,
    dataDriven: json.dataDriven.map((e) => (e ? encodingFromJson(e) : null)),
    main: branchFromJson(json.fraud.main),
    specialist: branchFromJson(json.fraud.specialist),
    seenPrices: new Set(json.fraud.seenPrices)
  };
}
