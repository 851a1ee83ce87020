/**
 * The shape of the "Does it catch fraud?" result (data/validation.json, built by loaders/validation.ts):
 * shared by the loader, the reproduction report and the page models, so each reads the same fields.
 */
import type {Confusion} from "./selection.js";
import type {GbdtParams} from "./gbdt.js";
import type {SelectionIntervals} from "./bootstrap.js";
import type {Overlap} from "./valueLookup.js";
import type {DutyConcentration, FrontierPoint} from "./duty.js";

import type {Split} from "../data/declarations.js";
/**
 * Populations of test rows: all; "novel", the test rows whose exact Item Price never occurs in the training
 * months (src/lib/fraud/valueLookup.ts); the e-commerce declarations (Import Type 15) with their own models.
 */
export type Population = "all" | "novel" | "ecommerce";
export type Stat = {mean: number; sd: number};
export type ByRate = Record<string, Stat>;

/** One ranking on one population's test months. */
export interface RankingResult {
  name: string;
  label: string;
  family: "baseline" | "yardstick" | "index" | "model";
  description: string;
  population: Population;
  seeds: number;
  auc: Stat;
  precisionAt: ByRate;
  recallAt: ByRate;
  dutyCaughtAt: ByRate;
  criticalRecallAt: ByRate;
  /** Bootstrap 95% intervals (rows resampled) of the seed means. */
  intervals: SelectionIntervals;
  macroF1: Stat;
  /** Curves at CURVE_RATES, mean over seeds. */
  curve: {precision: number[]; recall: number[]; dutyCaught: number[]};
  /** Test-month confusion matrix of the first seed at the validation-chosen threshold. */
  confusion: Confusion;
  threshold: number;
  trainMs: number;
  /** Boosting rounds kept by early stopping, per seed (tree models). */
  rounds?: number[];
  /** Test precision@5% of the first seed's model cut after fewer rounds (label-encoded GBDT). */
  stages?: {rounds: number; precisionAt5: number}[];
  /** Top features by share of total split gain (mean over seeds), for tree models. */
  importance?: {feature: string; share: number}[];
  /** Zone counts and fraud rates, for index rankings. */
  zones?: {zone: string; n: number; frauds: number; rate: number}[];
}

/** Scores of one seed for the validation and test months. */
export interface SeedScores {
  valid: readonly number[];
  test: readonly number[];
}

/** A month of the validation and test months, judged for the model trained once and the one retrained. */
export interface DriftMonth {
  month: string;
  rows: number;
  fraudRate: number;
  /** Share of the month's rows whose exact Item Price is unseen in the training months. */
  novelShare: number;
  models: Record<string, Record<"static" | "retrained", DriftScore>>;
}
/** Precision@5% and AUC of one model in one month, on all its rows and on the rows novel for that model. */
export interface DriftScore {
  precisionAt5: number;
  auc: number | null;
  novel: {rows: number; precisionAt5: number | null; auc: number | null};
}

export interface ValidationResult {
  protocol: {
    train: string;
    valid: string;
    test: string;
    rows: Record<"all" | "ecommerce", Record<Split, number>>;
    frauds: Record<"all" | "ecommerce", Record<Split, number>>;
    inspectionRates: readonly number[];
    seeds: number;
    replicates: number;
    /** The GBDT settings every boosted-tree ranking used. */
    gbdt: Partial<GbdtParams> & {rounds: number};
    fitting: string;
  };
  /** Exact Item Price overlap with the training months (test rows: the novel population's size). */
  overlap: {
    testRows: number;
    seenPriceRows: number;
    novelRows: number;
    valid: Overlap;
    test: Overlap;
    testHs6Price: Overlap;
    /** Among test rows with a price seen in training: share whose label equals that price's training majority. */
    repeatedLabelAgreement: number | null;
    novel: {frauds: number; fraudRate: number; ecommerceRows: number; ecommerceFrauds: number};
  };
  rankings: RankingResult[];
  duty: {concentration: DutyConcentration; frontier: FrontierPoint[]};
  drift: DriftMonth[];
  /**
   * Every ranking's test-month scores per seed, by population ("all": the 8,481 test declarations in file
   * order; "ecommerce": its own test rows), for pages that re-rank (the inspection planner). Not shipped
   * with data/validation.json.
   */
  testScores: Record<"all" | "ecommerce", Record<string, number[][]>>;
  /** Which test declarations (file order) are novel: exact Item Price unseen in the training months. */
  novelTest: boolean[];
  curveRates: number[];
  /** Build-time training: total and per model. */
  totalMs: number;
  cacheKey: string;
}
