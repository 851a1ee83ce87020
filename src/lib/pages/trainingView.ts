/**
 * Page model of "Train the BP network" (src/training.md, src/zh/training.md): the summary table of what the
 * paper's network and ours achieve on which rows, and the three exercises, computed from data/training.json
 * (loaders/bp.ts `trainingPageData`) so the pages only load and display. Texts: src/lib/i18n/texts/lab.ts.
 */
import {median} from "../bp/metrics.js";
import {PRESETS, SPREAD_SEEDS} from "../bp/presets.js";
import {formatNumber, t, type Lang} from "../i18n/index.js";
import {STANDARD_LEVELS} from "../method/radar.js";
import {localTable, type DownloadableTable} from "../i18n/relabel.js";
import type {ExerciseText} from "./pageText.js";

/** A preset's figures on the paper's 17-row table (loaders/bp.ts `presetFigures`, stripped). */
interface PresetFigures {
  seed: number;
  mae17: number;
  maeHeldOutRows: number;
  zoneAgreement17: number;
}

/** The parts of data/training.json the summary and the exercises read. */
export interface TrainingSummaryData {
  /** the paper's 17-row table: expected values and its network's outputs */
  paper17: {y: readonly number[]; paperNetwork: readonly number[]};
  /** the 4 standard samples, then the paper's 100 samples */
  samples104: {y: readonly number[]};
  paperErrors: {mae17: number; maeHeldOutRows: number; max: number; maxRow: number; zoneAgreement17: number};
  summary: {
    kerasPreset: PresetFigures;
    lmPreset: PresetFigures;
    honest: {cvMae: number; chronologicalMae: number; chronologicalTrainRows: number; chronologicalTestRows: number};
    seedSpread: {
      seeds: number;
      mae17: {min: number; median: number; max: number};
      mae17BySeed: readonly number[];
      maeHeldOutRows: readonly number[];
    };
    cvFolds: number;
  };
}

/** One row of the summary table: MAE on the 17 rows, on the held-out rows, on unseen rows; zones that agree. */
export interface SummaryRow {
  setup: string;
  rows17?: number;
  heldOut4?: number;
  cv?: number;
  zones?: number;
}

/** An MAE to 4 decimals, "–" where a set-up has none. */
export const f4 = (x: number | null | undefined): string => (x === null || x === undefined ? "–" : x.toFixed(4));

/** The paper's 17 test rows: the first 13 trained its network, the last 4 it never saw (rows 14–17). */
function heldOutRows(d: TrainingSummaryData): {n: number; train: number; from: number; to: number} {
  const n = d.paper17.y.length;
  const train = PRESETS.keras.settings.trainRows;
  return {n, train, from: train + 1, to: n};
}

/**
 * The summary rows, set-ups named in `lang`: the paper's network (its own table), the Keras set-up at its seed
 * and the median over the seed spread, the MATLAB (LM) set-up, k-fold cross-validation on the 100 samples and
 * the chronological split of the 954 declarations. MAE = mean |expected − predicted| over the rows named.
 */
export function summaryRows(d: TrainingSummaryData, lang: Lang = "en"): SummaryRow[] {
  const s = d.summary,
    p = d.paperErrors,
    h = s.honest;
  return [
    {setup: t(lang, "train.sum.paper"), rows17: p.mae17, heldOut4: p.maeHeldOutRows, zones: p.zoneAgreement17},
    {setup: t(lang, "train.sum.keras", {seed: String(s.kerasPreset.seed)}), ...presetRow(s.kerasPreset)},
    {
      setup: t(lang, "train.sum.kerasMedian", {n: String(s.seedSpread.seeds)}),
      rows17: s.seedSpread.mae17.median,
      heldOut4: median(s.seedSpread.maeHeldOutRows)
    },
    {setup: t(lang, "train.sum.lm", {seed: String(s.lmPreset.seed)}), ...presetRow(s.lmPreset)},
    {setup: t(lang, "train.sum.cv", {k: String(s.cvFolds), n: String(d.samples104.y.length - STANDARD_LEVELS.length)}), cv: h.cvMae},
    {
      setup: t(lang, "train.sum.chrono", {
        test: String(h.chronologicalTestRows),
        n: String(h.chronologicalTrainRows + h.chronologicalTestRows)
      }),
      cv: h.chronologicalMae
    }
  ];
}

const presetRow = (f: PresetFigures) => ({rows17: f.mae17, heldOut4: f.maeHeldOutRows, zones: f.zoneAgreement17});

/**
 * The summary table in `lang`; its download keeps the English set-up names and keys, as the English page's.
 * @param d data/training.json
 * @param lang the page's language
 */
export function summaryTable(d: TrainingSummaryData, lang: Lang = "en"): DownloadableTable {
  const r = heldOutRows(d);
  const head = {
    setup: t(lang, "train.sum.col.setup"),
    rows17: t(lang, "train.sum.col.rows17", {n: String(r.n)}),
    heldOut4: t(lang, "train.sum.col.heldOut4", {from: String(r.from), to: String(r.to)}),
    cv: t(lang, "train.sum.col.cv"),
    zones: t(lang, "train.sum.col.zones")
  };
  return {
    table: localTable(summaryRows(d, lang), lang, head, {
      columns: Object.keys(head),
      format: {rows17: f4, heldOut4: f4, cv: f4, zones: (k: number | undefined) => (k === undefined ? "–" : `${k} / ${r.n}`)}
    }),
    download: summaryRows(d),
    name: "bp-summary"
  };
}

/**
 * The page's three exercises, every figure from the build's training run: (1) the held-out MAE of the first
 * five seeds and max/min; (2) which of the paper's 17 rows are held out and its MAE on them, against the
 * reported one; (3) how many of the spread's seeds beat the paper's 17-row MAE.
 */
export function trainingExercises(d: TrainingSummaryData, lang: Lang = "en"): ExerciseText[] {
  const s = d.summary,
    p = d.paperErrors,
    r = heldOutRows(d);
  const bySeed = s.seedSpread.mae17BySeed;
  const first5 = s.seedSpread.maeHeldOutRows.slice(0, 5);
  const beat = bySeed.filter((m) => m < p.mae17).length;
  const ratio = (x: number) => formatNumber(lang, x, 1);
  const preset = t(lang, "train.preset.keras");
  const list = lang === "en" ? ", " : "，";
  return [
    {
      n: 1,
      question: t(lang, "train.ex1.question", {
        preset,
        seeds: SPREAD_SEEDS.slice(0, first5.length).join(lang === "en" ? ", " : "、"),
        seed: t(lang, "train.f.seed"),
        play: t(lang, "train.play").replace(/^▶\s*/, "")
      }),
      hint: t(lang, "train.ex1.hint"),
      answer: t(lang, "train.ex1.answer", {
        list: first5.map((m, k) => t(lang, "train.ex1.bySeed", {seed: String(SPREAD_SEEDS[k]), mae: f4(m)})).join(list),
        ratio: ratio(Math.max(...first5) / Math.min(...first5)),
        held: String(r.n - r.train),
        paper: f4(p.maeHeldOutRows)
      })
    },
    {
      n: 2,
      question: t(lang, "train.ex2.question", {mae: f4(p.mae17), n: String(r.n)}),
      answer: t(lang, "train.ex2.answer", {
        from: String(r.from),
        to: String(r.to),
        train: String(r.train),
        held: String(r.n - r.train),
        heldMae: f4(p.maeHeldOutRows),
        ratio: ratio(p.maeHeldOutRows / p.mae17),
        max: f4(p.max),
        row: String(p.maxRow),
        which: t(lang, p.maxRow > r.train ? "train.ex2.heldOutRow" : "train.ex2.trainingRow")
      })
    },
    {
      n: 3,
      question: t(lang, "train.ex3.question", {
        preset,
        button: t(lang, "train.seedsButton", {n: String(SPREAD_SEEDS.length)}),
        n: String(bySeed.length),
        rows: String(r.n),
        mae: f4(p.mae17)
      }),
      answer: t(lang, "train.ex3.answer", {
        beat: String(beat),
        n: String(bySeed.length),
        min: f4(s.seedSpread.mae17.min),
        max: f4(s.seedSpread.mae17.max),
        median: f4(s.seedSpread.mae17.median),
        verdict: t(lang, beat === 0 ? "train.ex3.better" : beat === bySeed.length ? "train.ex3.worse" : "train.ex3.within")
      })
    }
  ];
}
