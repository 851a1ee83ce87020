/**
 * The reproduction ledger of `npm run reproduce` (issue 11): computes what the ledger rules
 * (src/lib/paper/paperLedger.ts) compare the paper's six tables with, and judges every cell.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {ecommerceOnly} from "../../src/lib/data/declarations.js";
import {entropyWeights} from "../../src/lib/method/entropy.js";
import {INDICATORS, INDICATOR_IDS, type IndicatorId} from "../../src/lib/method/indicators.js";
import {ridgeScores, SCORE_IDS} from "../../src/lib/method/indicatorScoring.js";
import {riskValue} from "../../src/lib/method/radar.js";
import {standardThresholds} from "../../src/lib/method/zones.js";
import {DISCREPANCIES} from "../../src/lib/paper/discrepancies.js";
import {ledgerCounts, LEDGER_TABLES, type LedgerCell, type LedgerTable, type StatusCounts} from "../../src/lib/paper/ledger.js";
import {paperLedger, type LedgerComputed, type LedgerCsvTexts} from "../../src/lib/paper/paperLedger.js";
import {recomputePaper17} from "../../src/lib/paper/risk.js";
import {toMatrix} from "../../src/lib/paper/tables.js";
import {publishedWeights} from "../../src/lib/paper/weights.js";
import {PRESETS, SPREAD_SEEDS} from "../../src/lib/bp/presets.js";
import {presetFigures} from "../bp.js";
import {PROJECT_ROOT} from "../dataset.js";
import {PAPER_DIR} from "../paper.js";
import {loadAuthorsCode} from "../risk.js";
import type {Context, EvaluatedTarget} from "./types.js";
import {weightsAnalysisOf} from "./weights.js";

/** Numbers read from the authors' notebooks (data/authors/, see its README). */
export const AUTHORS_DIR = join(PROJECT_ROOT, "data", "authors");

/** The CSV texts of the six tables, as transcribed. */
export function readLedgerCsv(dir = PAPER_DIR): LedgerCsvTexts {
  return Object.fromEntries(LEDGER_TABLES.map((t) => [t, readFileSync(join(dir, `${t}.csv`), "utf8")])) as LedgerCsvTexts;
}

interface RadarVector {
  label: string;
  line: number;
  x: number[];
  printedF: number;
}

/** data/authors/radarVectors.csv: the normalised vectors the authors typed into their risk-value cells. */
export function readRadarVectors(dir = AUTHORS_DIR): RadarVector[] {
  return csvParse(readFileSync(join(dir, "radarVectors.csv"), "utf8")).map((r) => ({
    label: r.label ?? "",
    line: Number(r.line),
    x: INDICATOR_IDS.map((id) => Number(r[id])),
    printedF: Number(r.printedF)
  }));
}

/** data/authors/ridgePredictions.csv: the ridge predictions the authors' notebook displays (samples 14-18, 96-100). */
export function readAuthorsRidge(dir = AUTHORS_DIR): {sample: number; values: Partial<Record<IndicatorId, number>>}[] {
  return csvParse(readFileSync(join(dir, "ridgePredictions.csv"), "utf8")).map((r) => ({
    sample: Number(r.sample),
    values: Object.fromEntries(SCORE_IDS.map((id) => [id, Number(r[id])]))
  }));
}

const weightsOf = (m: number[][]) =>
  entropyWeights(m, {rule: "paper", directions: INDICATORS.map((d) => d.direction), labels: INDICATOR_IDS}).w;

/** Everything the ledger rules compare with, computed from the dataset, the paper's tables and the authors' numbers. */
export function ledgerComputed(ctx: Context): LedgerComputed {
  const {paper, dataset} = ctx;
  const ecommerce = ecommerceOnly(dataset.declarations);
  const expert = paper.expert13.length;
  const scores = ridgeScores(paper.expert13, ecommerce, {train: "authors"}).scores;
  const ridge = scores.slice(expert, paper.samples100.length).map((r) => Object.fromEntries(SCORE_IDS.map((id, k) => [id, r[k]])));

  // The authors' inputs to the weights: printed rows 1-13 and quantities, unrounded ridge scores (D14).
  const printed100 = toMatrix(paper.samples100);
  const unrounded = printed100.map((row, i) =>
    i < expert
      ? row
      : row.map((x, j) => {
          const k = SCORE_IDS.indexOf(INDICATOR_IDS[j]);
          return k < 0 ? x : scores[i][k];
        })
  );
  const authorsRidge = readAuthorsRidge();
  let maxAbs = 0;
  const withAuthors = unrounded.map((row) => [...row]);
  for (const a of authorsRidge) {
    for (const id of SCORE_IDS) {
      const j = INDICATOR_IDS.indexOf(id);
      maxAbs = Math.max(maxAbs, Math.abs(unrounded[a.sample - 1][j] - a.values[id]!));
      withAuthors[a.sample - 1][j] = a.values[id]!;
    }
  }
  const analysis = weightsAnalysisOf(ctx).weights;

  // Risk values of the 17-sample table.
  const printedW = paper.weights.map((w) => w.weight);
  const published = publishedWeights(paper.weights);
  const {w13, typed13} = loadAuthorsCode();
  const rows = paper.sample17.map((r) => ({
    row: r.row,
    kind: r.kind,
    label: r.label,
    values: INDICATOR_IDS.map((id) => r.values[id]),
    risk: r.risk
  }));
  const recomputed = recomputePaper17(rows, published, w13, typed13);
  const vectors = readRadarVectors();
  const vector = (label: string) => {
    const v = vectors.find((x) => x.label === label);
    if (!v) throw new Error(`ledger: data/authors/radarVectors.csv has no row "${label}"`);
    return v;
  };
  const authors = rows.map((r, i) => (r.kind === "random" ? riskValue(vector(r.label).x, w13) : recomputed[i].published));
  const level = (a: number) => Array(17).fill(a) as number[];
  const pair = (label: string, w: readonly number[], x65 = level(0.65), x85 = level(0.85)) => ({
    label,
    f65: riskValue(x65, w),
    f85: riskValue(x85, w)
  });

  const network = (seed: number) => presetFigures(paper, {...PRESETS.keras.settings, seed});
  const spread = SPREAD_SEEDS.map(network);
  return {
    dataset: paper.samples100.map((s) => {
      const d = ecommerce[s.sample - 1];
      return {declarationId: d.id, C5: d.netMass, C10: d.taxRate, C12: d.itemPrice};
    }),
    ridge,
    ridgeVsAuthors: {rows: authorsRidge.length, maxAbs},
    weights: {
      authorsInputs: analysis.unroundedPaperRule,
      printedTable: analysis.recomputedPaperRule,
      withAuthorsRows: weightsOf(withAuthors)
    },
    risk17: {published: recomputed.map((r) => r.published), authors, w13LoggedTypos: recomputed.map((r) => r.paperInputs)},
    standardVariants: [
      pair("the weight table as printed", printedW),
      pair("weights recomputed from the printed 100-sample table", analysis.recomputedPaperRule),
      pair("weights from the authors' inputs", analysis.unroundedPaperRule),
      pair("W13", w13),
      pair("W13, the authors' notebook vectors", w13, vector("standard 65").x, vector("standard 85").x)
    ],
    thresholds: {published: standardThresholds(published), printedWeights: standardThresholds(printedW)},
    network: {
      keras: presetFigures(paper, PRESETS.keras.settings).predictions,
      kerasSeed: PRESETS.keras.settings.seed,
      seeds: spread.map((s) => s.predictions),
      lm: presetFigures(paper, PRESETS.matlab.settings).predictions,
      seedHeldOutMae: spread.map((s) => s.maeHeldOutRows)
    }
  };
}

export interface Ledger {
  tables: Record<LedgerTable, StatusCounts>;
  /** Targets of `reproduce` with no paper value: reported, never counted as matches. */
  oursOnly: number;
  cells: LedgerCell[];
}

/**
 * The ledger: every cell of the six tables judged, the counts per table, and the number of ours-only targets.
 * @param targets every evaluated target of the run (for the ours-only count)
 */
export function ledger(ctx: Context, targets: readonly EvaluatedTarget[], csv: LedgerCsvTexts = readLedgerCsv()): Ledger {
  const cells = paperLedger(csv, ledgerComputed(ctx), new Set(DISCREPANCIES.map((d) => d.id)));
  return {tables: ledgerCounts(cells), oursOnly: targets.filter((t) => t.status === "ours only").length, cells};
}
