/**
 * Page model of /training (src/lib/pages/trainingView.ts). The data are a small hand-made stand-in for
 * data/training.json with the shapes loaders/bp.ts writes; the expected texts are those /training and
 * /zh/training typed at commit 5254d62, before their summary and exercises moved here, with these numbers.
 */
import {describe, expect, test} from "vitest";
import {englishLeaks} from "../src/lib/i18n/index.js";
import {f4, summaryRows, summaryTable, trainingExercises, type TrainingSummaryData} from "../src/lib/pages/trainingView.js";

const preset = (seed: number, mae17: number) => ({seed, mae17, maeHeldOutRows: mae17 * 3, zoneAgreement17: 15});
const data: TrainingSummaryData = {
  paper17: {y: Array.from({length: 17}, (_, i) => i / 17), paperNetwork: Array.from({length: 17}, (_, i) => i / 17 + 0.01)},
  samples104: {y: Array.from({length: 104}, () => 0.5)},
  paperErrors: {mae17: 0.0215, maeHeldOutRows: 0.0612, max: 0.1043, maxRow: 16, zoneAgreement17: 14},
  summary: {
    kerasPreset: preset(1, 0.02),
    lmPreset: preset(1, 0.03),
    honest: {cvMae: 0.0123, chronologicalMae: 0.0098, chronologicalTrainRows: 668, chronologicalTestRows: 286},
    seedSpread: {
      seeds: 4,
      mae17: {min: 0.018, median: 0.0225, max: 0.031},
      mae17BySeed: [0.018, 0.022, 0.023, 0.031],
      maeHeldOutRows: [0.05, 0.06, 0.08, 0.1]
    },
    cvFolds: 5
  }
};

describe("the summary table", () => {
  test("English rows, heads and formats as /training typed them", () => {
    expect(summaryRows(data).map((r) => r.setup)).toEqual([
      "Paper's network (its table)",
      "Keras set-up, seed 1",
      "Keras set-up, median of 4 seeds",
      "MATLAB set-up (LM), seed 1",
      "5-fold cross-validation, 100 samples",
      "Chronological: newest 286 of 954 declarations"
    ]);
    const T = summaryTable(data);
    // the median of the held-out MAEs over the seeds: (0.06 + 0.08) / 2, computed by hand
    expect(T.table.rows[2]).toEqual({setup: "Keras set-up, median of 4 seeds", rows17: 0.0225, heldOut4: 0.07});
    expect(T.table.options.columns).toEqual(["setup", "rows17", "heldOut4", "cv", "zones"]);
    expect(T.table.options.header).toEqual({setup: "set-up", rows17: "17 rows", heldOut4: "rows 14-17", cv: "unseen rows"});
    const fmt = T.table.options.format as Record<string, (x: number | undefined) => string>;
    expect([fmt.rows17(0.02154), fmt.cv(undefined), fmt.zones(14), fmt.zones(undefined)]).toEqual(["0.0215", "–", "14 / 17", "–"]);
    expect(T.name).toBe("bp-summary");
  });
  test("Chinese: set-ups and heads in Chinese, the download keeps the English rows", () => {
    const T = summaryTable(data, "zh");
    expect(Object.keys(T.table.rows[0])).toEqual(["设置", "17 行", "第 14–17 行", "预警区一致"]);
    expect(T.table.rows.map((r) => r["设置"])).toEqual([
      "论文网络（论文表格）",
      "Keras 设置，种子 1",
      "Keras 设置，4 个种子的中位数",
      "MATLAB 设置（LM），种子 1",
      "5 折交叉验证，100 个样本",
      "按时间划分：954 条申报中最新的 286 条"
    ]);
    expect(T.download).toEqual(summaryRows(data));
  });
  test("f4: four decimals, a dash for a missing figure", () => {
    expect([f4(0.12345), f4(null), f4(undefined)]).toEqual(["0.1235", "–", "–"]);
  });
});

describe("the exercises", () => {
  test("English answers as /training computed them", () => {
    const [e1, e2, e3] = trainingExercises(data);
    expect(e1.answer).toBe(
      "Held-out MAE by seed: seed 1: 0.0500, seed 2: 0.0600, seed 3: 0.0800, seed 4: 0.1000. The largest is 2.0 times the smallest: a single run says little, and the paper does not report its seed (its own network's MAE on these 4 rows is 0.0612)."
    );
    expect(e2.answer).toBe(
      "Only rows 14 to 17: the first 13 were the training rows. On those 4 rows the paper's own table gives an MAE of 0.0612, 2.8 times the reported figure, and the largest error (0.1043) is on row 16, a held-out row."
    );
    // one seed of four (0.018) is below the paper's 0.0215: within the spread
    expect(e3.answer).toBe(
      "1 of 4 (the MAEs run from 0.0180 to 0.0310, median 0.0225). The paper's value is within the spread: one draw from a seed lottery."
    );
    expect(e3.question).toContain("press “Run 20 seeds”");
    expect(e1.question).toContain("press Play each time");
  });
  test("the verdict follows the count: no seed below the paper is 'better than every seed'", () => {
    const worse = {...data, paperErrors: {...data.paperErrors, mae17: 0.001}};
    expect(trainingExercises(worse)[2].answer).toContain("better than every seed here");
    const best = {...data, paperErrors: {...data.paperErrors, mae17: 1}};
    expect(trainingExercises(best)[2].answer).toContain("worse than every seed here");
    const trained = {...data, paperErrors: {...data.paperErrors, maxRow: 3}};
    expect(trainingExercises(trained)[1].answer).toContain("on row 3, a training row");
  });
  test("Chinese: the same numbers, no English left", () => {
    const zh = trainingExercises(data, "zh");
    expect(zh[0].answer).toContain("种子 1：0.0500，种子 2：0.0600");
    expect(zh[1].answer).toContain("最大误差（0.1043）出现在第 16 行，是一个留出行");
    expect(zh[2].answer).toBe(
      "4 个中有 1 个（MAE 从 0.0180 到 0.0310，中位数 0.0225）。论文的数值落在这一分布之内：只是随机种子“抽签”的一次结果。"
    );
    expect(zh[2].question).toContain("按“运行 20 个种子”");
    for (const e of zh) expect(englishLeaks([e.question, e.hint ?? "", e.answer])).toEqual([]);
  });
});
