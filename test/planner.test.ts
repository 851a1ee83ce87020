import {describe, expect, test} from "vitest";
import {
  DEFAULT_COST_KRW,
  INTERVAL_GRID,
  OPTIMUM_GRID,
  bestRate,
  bootstrapPlan,
  budgetCount,
  intervalAt,
  planAt,
  planCurve,
  type PlanCurve
} from "../src/lib/fraud/planner.js";
import {decodeCurve, decodeIntervals, encodeCurve, encodeIntervals, type PlannerData} from "../src/lib/fraud/plannerData.js";
import {bootstrapSelection} from "../src/lib/fraud/bootstrap.js";
import {inspectedCount, selectAt} from "../src/lib/fraud/selection.js";
import {mulberry32} from "../src/lib/stats/random.js";
import {applyField, parseField, readState, writeState, type PlannerOptions} from "../src/lib/pages/plannerState.js";
import {rejectedChoices, writeValues} from "../src/lib/report/urlChoices.js";
import {
  chartRows,
  controlTexts,
  formatKrw,
  planSentence,
  plannerExercises,
  plannerModel,
  plannerOptions,
  plannerView,
  rankingLabel,
  standardHeader,
  standardRows
} from "../src/lib/pages/plannerView.js";
import {englishFragments, englishLeaks, t as text, TEXT_PARTS} from "../src/lib/i18n/index.js";
import {trustedOnNovel} from "../loaders/planner.js";

/** A toy population: scores rounded to 0.1 (ties are common), labels that depend on the score, skewed duties. */
function toy(n: number, seed: number, seeds = 3) {
  const rnd = mulberry32(seed);
  const base = Array.from({length: n}, () => rnd());
  const labels = base.map((s) => (rnd() < 0.1 + 0.5 * s ? 1 : 0));
  const duty = base.map(() => (rnd() < 0.1 ? 1e6 * rnd() : Math.floor(100 * rnd())));
  const seedScores = Array.from({length: seeds}, () => base.map((s) => Math.round((s + 0.3 * rnd()) * 10) / 10));
  return {labels, duty, seedScores};
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const fraudDuty = (labels: readonly number[], duty: readonly number[]) => sum(duty.filter((_, i) => labels[i] === 1));

describe("planCurve and planAt", () => {
  test("agree with selectAt at 5% and 10%: the mean over seeds of per-seed counts, as /validation reports", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const {labels, duty, seedScores} = toy(120 + 13 * seed, seed);
      const curve = planCurve(seedScores, labels, duty);
      for (const rate of [5, 10]) {
        const sel = seedScores.map((s) => selectAt(s, labels, rate, {duty}));
        const p = planAt(curve, {rate});
        expect(p.inspected).toBe(sel[0].inspected);
        expect(p.frauds).toBeCloseTo(sum(sel.map((x) => x.caught)) / sel.length, 12);
        expect(p.fraudShare).toBeCloseTo(sum(sel.map((x) => x.recall)) / sel.length, 12);
        expect(p.dutyShare).toBeCloseTo(sum(sel.map((x) => x.dutyCaught)) / sel.length, 12);
      }
    }
  });

  test("at 100% every fraud is found and all the duty recovered", () => {
    const {labels, duty, seedScores} = toy(300, 7);
    const p = planAt(planCurve(seedScores, labels, duty), {rate: 100});
    expect(p.inspected).toBe(300);
    expect(p.frauds).toBe(sum(labels));
    expect(p.fraudShare).toBe(1);
    expect(p.duty).toBeCloseTo(fraudDuty(labels, duty), 6);
    expect(p.dutyShare).toBeCloseTo(1, 12);
  });

  test("frauds found and duty recovered never fall as the rate grows", () => {
    const {labels, duty, seedScores} = toy(500, 3);
    const curve = planCurve(seedScores, labels, duty);
    let last = planAt(curve, {rate: 0.5});
    for (const rate of [...OPTIMUM_GRID, ...INTERVAL_GRID.filter((r) => r > 50)]) {
      const p = planAt(curve, {rate});
      expect(p.frauds).toBeGreaterThanOrEqual(last.frauds);
      expect(p.duty).toBeGreaterThanOrEqual(last.duty);
      last = p;
    }
  });

  test("net = recovered × share − cost × inspected, cost = cost × inspected, break-even cost zeroes the net", () => {
    const {labels, duty, seedScores} = toy(400, 11);
    const curve = planCurve(seedScores, labels, duty);
    for (const [cost, recoveryShare] of [
      [0, 1],
      [5000, 0.6],
      [123.4, 0],
      [1e5, 1]
    ]) {
      for (const budget of [{rate: 2}, {rate: 37.5}, {count: 17}]) {
        const p = planAt(curve, budget, {cost, recoveryShare});
        expect(p.cost).toBeCloseTo(cost * p.inspected, 9);
        expect(p.net).toBeCloseTo(p.duty * recoveryShare - cost * p.inspected, 6);
        const even = planAt(curve, budget, {cost: p.breakEvenCost, recoveryShare});
        expect(Math.abs(even.net)).toBeLessThan(1e-6 * Math.max(1, p.duty));
      }
    }
  });

  test("a count is taken as given; a rate as inspectedCount (the tie rule of selection.ts)", () => {
    const {labels, duty, seedScores} = toy(250, 2);
    const curve = planCurve(seedScores, labels, duty);
    expect(planAt(curve, {count: 17}).inspected).toBe(17);
    expect(planAt(curve, {count: 17}).rate).toBeCloseTo((100 * 17) / 250, 12);
    expect(planAt(curve, {rate: 3}).inspected).toBe(inspectedCount(250, 3));
  });

  test("does not mutate its inputs", () => {
    const {labels, duty, seedScores} = toy(100, 5);
    const copy = JSON.stringify({labels, duty, seedScores});
    planCurve(seedScores, labels, duty);
    bootstrapPlan(seedScores, labels, duty, [5], {replicates: 5});
    expect(JSON.stringify({labels, duty, seedScores})).toBe(copy);
  });
});

describe("the optimum", () => {
  test("maximises the net over the grid it searches (smallest rate on a tie)", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const {labels, duty, seedScores} = toy(600, seed);
      const curve = planCurve(seedScores, labels, duty);
      for (const cost of [0, 100, 5000, 50000]) {
        const e = {cost, recoveryShare: 0.8};
        const best = bestRate(curve, e);
        const nets = OPTIMUM_GRID.map((rate) => planAt(curve, {rate}, e).net);
        expect(best.net).toBeCloseTo(Math.max(...nets), 6);
        expect(OPTIMUM_GRID.findIndex((_, i) => nets[i] === Math.max(...nets))).toBe(OPTIMUM_GRID.indexOf(best.rate));
      }
    }
  });
  test("at zero cost with nothing more to recover beyond the optimum, more inspections never raise the net", () => {
    const {labels, duty, seedScores} = toy(600, 4);
    const curve = planCurve(seedScores, labels, duty);
    const best = bestRate(curve, {cost: 0, recoveryShare: 1});
    expect(planAt(curve, {rate: 50}).net).toBeLessThanOrEqual(best.net + 1e-9);
  });
});

describe("bootstrap intervals", () => {
  test("the random ranking's expected frauds, rate × total frauds, lies within its interval", () => {
    const rnd = mulberry32(99);
    const n = 2000;
    const labels = Array.from({length: n}, () => (rnd() < 0.2 ? 1 : 0));
    const duty = labels.map(() => Math.floor(1000 * rnd()));
    const seedScores = Array.from({length: 5}, () => labels.map(() => rnd()));
    const rates = [1, 2, 5, 10, 20, 50];
    const iv = bootstrapPlan(seedScores, labels, duty, rates, {replicates: 200});
    const P = sum(labels);
    rates.forEach((rate, j) => {
      const expected = (iv.ks[j] / n) * P;
      expect(iv.frauds[j][0]).toBeLessThanOrEqual(expected);
      expect(iv.frauds[j][1]).toBeGreaterThanOrEqual(expected);
      const p = planAt(planCurve(seedScores, labels, duty), {rate}, undefined, iv);
      expect(p.fraudsInterval![0]).toBeLessThanOrEqual(p.frauds);
      expect(p.fraudsInterval![1]).toBeGreaterThanOrEqual(p.frauds);
    });
  });

  test("the share of frauds found has /validation's recall interval (same draws)", () => {
    const {labels, duty, seedScores} = toy(300, 8);
    const rates = [1, 2, 5, 10, 20];
    const ours = bootstrapPlan(seedScores, labels, duty, rates, {replicates: 60});
    const theirs = bootstrapSelection(seedScores, labels, duty, rates, {replicates: 60});
    rates.forEach((r, j) => {
      expect(ours.fraudShare[j][0]).toBeCloseTo(theirs.recallAt[String(r)][0], 4);
      expect(ours.fraudShare[j][1]).toBeCloseTo(theirs.recallAt[String(r)][1], 4);
      expect(ours.dutyShare[j][0]).toBeCloseTo(theirs.dutyCaughtAt[String(r)][0], 4);
    });
  });

  test("between grid points the interval is interpolated in k, from [0, 0] at k = 0", () => {
    expect(
      intervalAt(
        [10, 20],
        [
          [2, 4],
          [6, 10]
        ],
        15
      )
    ).toEqual([4, 7]);
    expect(
      intervalAt(
        [10, 20],
        [
          [2, 4],
          [6, 10]
        ],
        5
      )
    ).toEqual([1, 2]);
    expect(
      intervalAt(
        [10, 20],
        [
          [2, 4],
          [6, 10]
        ],
        20
      )
    ).toEqual([6, 10]);
  });
});

describe("bad input to the pure functions names what is wrong", () => {
  const {labels, duty, seedScores} = toy(50, 1);
  const curve = planCurve(seedScores, labels, duty);
  test.each([
    [() => planAt(curve, {rate: 0}), /not in \(0, 100\]/],
    [() => planAt(curve, {rate: 101}), /not in \(0, 100\]/],
    [() => planAt(curve, {rate: Number.NaN}), /not in \(0, 100\]/],
    [() => planAt(curve, {count: 2.5}), /not a whole number/],
    [() => planAt(curve, {count: 51}), /not a whole number from 1 to 50/],
    [() => planAt(curve, {rate: 5}, {cost: -1, recoveryShare: 1}), /cost per inspection -1/],
    [() => planAt(curve, {rate: 5}, {cost: Number.NaN, recoveryShare: 1}), /cost per inspection NaN/],
    [() => planAt(curve, {rate: 5}, {cost: 1, recoveryShare: 1.5}), /recovery share 1.5/],
    [() => bestRate(curve, {cost: 1, recoveryShare: 1}, []), /empty grid/],
    [() => planCurve(seedScores, labels.slice(1), duty), /duties for/],
    [
      () =>
        planCurve(
          seedScores,
          labels,
          duty.map(() => -1)
        ),
      /duty 0 is -1/
    ],
    [() => planCurve([seedScores[0].map((x, i) => (i === 3 ? Number.NaN : x))], labels, duty), /seed 0, score 3 is not a finite number/]
  ])("%#", (f, message) => expect(f).toThrow(message));
  test("budgetCount", () => expect(budgetCount(50, {count: 50})).toBe(50));
});

describe("compact build data", () => {
  test("decoding the encoding gives the curve back: frauds exactly, duty within half a millionth of the total", () => {
    const {labels, duty, seedScores} = toy(700, 12, 5);
    const curve = planCurve(seedScores, labels, duty);
    const back = decodeCurve(JSON.parse(JSON.stringify(encodeCurve(curve))), {n: curve.n, frauds: curve.frauds, duty: curve.duty});
    for (let k = 0; k <= curve.n; k++) {
      expect(back.fraudSum[k]).toBe(curve.fraudSum[k]);
      expect(Math.abs(back.dutyMean[k] - curve.dutyMean[k])).toBeLessThanOrEqual(0.5e-6 * curve.duty + 1e-9);
    }
    const iv = bootstrapPlan(seedScores, labels, duty, INTERVAL_GRID, {replicates: 20});
    const ivBack = decodeIntervals(encodeIntervals(iv), curve.n);
    expect(ivBack.ks).toEqual(iv.ks);
    expect(planAt(back, {rate: 5}, undefined, ivBack).fraudsInterval![0]).toBeCloseTo(iv.frauds[INTERVAL_GRID.indexOf(5)][0], 1);
  });
  test("more than 9 seeds are refused", () => {
    const c: PlanCurve = {n: 1, frauds: 0, duty: 0, seeds: 10, fraudSum: [0, 0], dutyMean: [0, 0]};
    expect(() => encodeCurve(c)).toThrow(/10 seeds/);
  });
});

describe("the controls' input", () => {
  test.each([
    ["cost", "-5", /Cost per inspection: −5 is negative/],
    ["cost", "abc", /Cost per inspection: “abc” is not a number/],
    ["cost", "", /Cost per inspection: enter a number/],
    ["cost", "1e400", /too large/],
    ["rate", "0", /Inspection rate: 0% is not above 0%/],
    ["rate", "150", /Inspection rate: 150%/],
    ["rate", "-3", /Inspection rate/],
    ["share", "1.2", /Recovery share: 1.2 is not between 0 and 1/],
    ["share", "-0.1", /Recovery share/],
    ["share", "120%", /Recovery share/],
    ["count", "2.5", /Inspections: 2.5 is not a whole number/],
    ["count", "0", /Inspections: 0/]
  ] as const)("%s “%s” is refused", (field, text, message) => {
    const r = parseField(field, text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
  test.each([
    ["cost", "100,000", 100000],
    ["cost", "0", 0],
    ["rate", "5%", 5],
    ["rate", "100", 100],
    ["rate", "0.5", 0.5],
    ["share", "80%", 0.8],
    ["share", "0", 0],
    ["share", "1", 1],
    ["count", "424", 424]
  ] as const)("%s “%s” reads %d", (field, text, value) => expect(parseField(field, text)).toEqual({ok: true, value}));

  const options: PlannerOptions = {
    rankings: {
      all: ["random", "gbdt", "lookupPrice"],
      novel: ["random", "gbdt", "lookupPrice"],
      ecommerce: ["random", "indexPaper", "gbdtAll"]
    },
    labels: {random: "Random", gbdt: "GBDT", lookupPrice: "Lookup", indexPaper: "Index", gbdtAll: "GBDT all"},
    defaults: {all: "gbdt", novel: "gbdt", ecommerce: "indexPaper"}
  };
  test("a bad value keeps the last good state and says what is wrong", () => {
    const good = readState("", options).state;
    const r = applyField(good, "cost", "-5");
    expect(r.state).toBe(good);
    expect(r.message).toMatch(/negative/);
    expect(applyField(good, "cost", "2000").state.cost).toBe(2000);
  });
  test("the address: bad values give messages and defaults, an unknown ranking too; good ones round-trip", () => {
    const bad = readState("?cost=-5&rate=0&share=2&ranking=magic&classroom=1", options);
    expect(bad.state).toEqual(readState("", options).state);
    expect(Object.keys(bad.messages).sort()).toEqual(["cost", "ranking", "rate", "share"]);
    expect(bad.messages.ranking).toMatch(/“magic” this page does not know/);
    expect(bad.texts.cost).toBe("-5");
    const state = {...bad.state, population: "novel" as const, ranking: "lookupPrice", cost: 2500, rate: 12.5};
    const search = writeState("?classroom=1", state, options);
    expect(new URLSearchParams(search).get("classroom")).toBe("1");
    expect(readState(search, options).state).toEqual(state);
    expect(writeState("", readState("", options).state, options)).toBe("");
  });
  test("a ranking the population lacks falls back with a message", () => {
    const r = readState("?population=ecommerce&ranking=gbdt", options);
    expect(r.state.ranking).toBe("indexPaper");
    expect(r.messages.ranking).toMatch(/GBDT is not evaluated on this population/);
  });
  test("urlChoices: rejected choices and free values", () => {
    expect(rejectedChoices("?rule=magic&x=1", {rule: ["paper", "textbook"]})).toEqual([{key: "rule", value: "magic"}]);
    expect(writeValues("?a=1", {cost: "5", rate: "5"}, {cost: "100", rate: "5"})).toBe("?a=1&cost=5");
  });
});

describe("the page model", () => {
  const pops = {all: toy(900, 21, 2), novel: toy(150, 22, 2), ecommerce: toy(60, 23, 2)};
  const data: PlannerData = {
    populations: {} as PlannerData["populations"],
    curves: {},
    intervals: {},
    rates: [...INTERVAL_GRID],
    replicates: 20,
    trustedOnNovel: "model"
  };
  for (const [p, t] of Object.entries(pops) as [keyof typeof pops, ReturnType<typeof toy>][]) {
    data.populations[p] = {
      n: t.labels.length,
      frauds: sum(t.labels),
      duty: fraudDuty(t.labels, t.duty),
      rankings: [
        {name: "random", label: "Random", family: "baseline"},
        {name: "model", label: "A model", family: "model"}
      ]
    };
    for (const name of ["random", "model"]) {
      const scores = name === "random" ? t.seedScores.map((s) => s.map((_, i) => Math.sin(i * 7.1))) : t.seedScores;
      data.curves[`${p}/${name}`] = encodeCurve(planCurve(scores, t.labels, t.duty));
      data.intervals[`${p}/${name}`] = encodeIntervals(bootstrapPlan(scores, t.labels, t.duty, INTERVAL_GRID, {replicates: 20}));
    }
  }
  const m = plannerModel(data);
  const options: PlannerOptions = {
    rankings: {all: ["random", "model"], novel: ["random", "model"], ecommerce: ["random", "model"]},
    labels: {random: "Random", model: "A model"},
    defaults: {all: "model", novel: "model", ecommerce: "model"}
  };
  test("the sentence carries the plan's figures on all and novel rows, and no NaN", () => {
    for (const search of [
      "",
      "?rate=0.5",
      "?rate=100&cost=0",
      "?mode=count&count=5000",
      "?population=novel&share=0",
      "?population=ecommerce&cost=1e9"
    ]) {
      const {state} = readState(search, options);
      const view = plannerView(m, state);
      const sentence = planSentence(m, state, view);
      expect(sentence).not.toMatch(/NaN|undefined|Infinity/);
      expect(sentence).toContain(formatKrw(view.plan.net));
      if (state.population !== "ecommerce") expect(sentence).toContain(formatKrw(view.other!.plan.net));
      const {rows, optima} = chartRows(m, state);
      expect(rows.every((r) => Number.isFinite(r.net) && Number.isFinite(r.frauds))).toBe(true);
      expect(optima.length).toBe(state.population === "ecommerce" ? 2 : 4);
      expect(standardRows(m, state).every((r) => Object.values(r).every((x) => typeof x === "string" || Number.isFinite(x)))).toBe(true);
    }
  });
  test("the controls' options come from the data", () => {
    expect(plannerOptions(m)).toEqual(options);
    const t = controlTexts(m, data);
    expect(t.sizes).toEqual({all: 900, novel: 150, ecommerce: 60});
    expect(t.populationLabels.all).toMatch(/^900 /);
    expect(t.costNote).toContain(formatKrw(DEFAULT_COST_KRW));
  });
  test("the exercises' answers agree with the plan the controls show at 5% and the assumed cost", () => {
    const {state} = readState("", options);
    const ex = plannerExercises(m, data, state);
    expect(ex.map((e) => e.n)).toEqual([1, 2, 3]);
    const at5 = plannerView(m, readState("?rate=5", options).state).plan;
    expect(ex[2].answer.startsWith(formatKrw(at5.breakEvenCost))).toBe(true);
    expect(ex.every((e) => !/NaN|undefined|Infinity/.test(e.question + e.answer))).toBe(true);
  });
  // Issue 16: the Chinese page's texts come from the catalogue (src/lib/i18n/texts/lab.ts), in Chinese, with no
  // English catalogue text left in them; the numbers are those of the English texts, written for zh-CN.
  const CJK = /[\u4e00-\u9fff]/;
  const labFragments = englishFragments(TEXT_PARTS.lab);
  const zhOptions = plannerOptions(m, "zh");
  test("in Chinese: sentence, control texts, table header and exercises are Chinese and leak no English text", () => {
    for (const search of ["", "?population=novel&share=0.5", "?population=ecommerce", "?mode=count&count=5000"]) {
      const {state} = readState(search, zhOptions, "zh");
      const view = plannerView(m, state);
      const sentence = planSentence(m, state, view, "zh");
      expect(sentence).toMatch(CJK);
      expect(sentence.endsWith("。")).toBe(true);
      expect(sentence).toContain(formatKrw(view.plan.net, "zh"));
      expect(englishLeaks([sentence], labFragments)).toEqual([]);
      const {rows} = chartRows(m, state, OPTIMUM_GRID, "zh");
      expect(rows[0].series).toContain(text("zh", `plan.pop.${state.population}`));
      expect(standardRows(m, state, "zh")[0].population).toBe(text("zh", `plan.pop.${state.population}`));
    }
    const c = controlTexts(m, data, "zh");
    expect(c.populationLabels.all).toBe("全部测试申报（900 条）");
    expect(c.costNote).toContain(formatKrw(DEFAULT_COST_KRW, "zh"));
    expect(c.rankingTexts.all.find((r) => r.name === "random")!.text).toBe("随机查验 —— 底线：不依据任何信息地查验");
    const header = Object.values(standardHeader("zh"));
    expect(header.every((h) => CJK.test(h))).toBe(true);
    expect(standardHeader("en")["net (KRW)"]).toBe("net (KRW)");
    const ex = plannerExercises(m, data, readState("", zhOptions, "zh").state, "zh");
    const all = ex.flatMap((e) => [e.question, e.answer, e.hint ?? ""]);
    expect(englishLeaks([...Object.values(c.populationLabels), c.costNote, ...all], labFragments)).toEqual([]);
    // the same answer as in English, its amount written the Chinese way
    const at5 = plannerView(m, readState("?rate=5", zhOptions, "zh").state).plan;
    expect(ex[2].answer.startsWith(formatKrw(at5.breakEvenCost, "zh"))).toBe(true);
  });
  test("in Chinese: the controls' messages", () => {
    const bad = readState("?cost=-5&rate=0&share=2&ranking=magic&population=moon", zhOptions, "zh");
    expect(Object.keys(bad.messages).sort()).toEqual(["cost", "population", "ranking", "rate", "share"]);
    for (const msg of Object.values(bad.messages)) {
      expect(msg).toMatch(CJK);
      expect(englishLeaks([msg!], labFragments)).toEqual([]);
    }
    expect(bad.messages.cost).toBe("每次查验成本：−5 是负数；请输入 0 韩元或以上。");
    expect(bad.messages.population).toBe("网址中的 population（申报范围）“moon”不是 all, novel, ecommerce 之一：改为显示 all。");
    expect(parseField("share", "abc", "zh")).toEqual({ok: false, message: "收缴比例：“abc”不是数字。"});
    // the English messages are unchanged
    expect(parseField("share", "abc")).toEqual({ok: false, message: "Recovery share: “abc” is not a number."});
  });
  test("rankings by name in Chinese; a name the catalogue lacks keeps the data's label", () => {
    expect(rankingLabel(m, "random", "zh")).toBe("随机查验");
    expect(rankingLabel(m, "model", "zh")).toBe("A model");
    expect(rankingLabel(m, "random")).toBe("Random");
  });
  test("formatKrw in Chinese counts in 万 and 亿 with three significant digits (worked by hand)", () => {
    expect(formatKrw(-22_140_000, "zh")).toBe("−2,210万韩元"); // 2214万 → 2210万
    expect(formatKrw(1_234_000_000, "zh")).toBe("12.3亿韩元");
    expect(formatKrw(5_000, "zh")).toBe("5,000韩元");
    expect(formatKrw(-22_140_000)).toBe("−22.1 million KRW");
  });
  test("a count beyond the population inspects all of it", () => {
    const {state} = readState("?mode=count&count=5000", options);
    expect(plannerView(m, state).plan.inspected).toBe(900);
  });
  test("the model trusted on novel rows is chosen from the data: highest novel AUC, then AUC on all rows, then order", () => {
    const r = (name: string, population: string, auc: number, family = "model") => ({name, population, family, auc: {mean: auc, sd: 0}});
    const rankings = [
      r("a", "novel", 0.6),
      r("b", "novel", 0.62),
      r("c", "novel", 0.62),
      r("d", "novel", 0.9, "yardstick"),
      r("e", "all", 0.99)
    ];
    expect(trustedOnNovel({rankings} as never)).toBe("b");
    expect(trustedOnNovel({rankings: [...rankings, r("b", "all", 0.7), r("c", "all", 0.8)]} as never)).toBe("c");
  });
});

describe("the planner by hand (issue 19)", () => {
  // 4 rows: scores 0.9 (fraud, duty 10), 0.8 (clean, duty 1000), 0.5 (fraud, duty 5), 0.1 (clean, duty 7)
  const scores = [0.9, 0.8, 0.5, 0.1],
    labels = [1, 0, 1, 0],
    duty = [10, 1000, 5, 7];
  test("the curve counts duty only for frauds: the clean row's 1000 never enters", () => {
    const c = planCurve([scores], labels, duty);
    expect(c).toEqual({n: 4, frauds: 2, duty: 15, seeds: 1, fraudSum: [0, 1, 1, 2, 2], dutyMean: [0, 10, 10, 15, 15]});
    // two seeds: the second ranks the 0.5 fraud first; sums add, duties average
    const two = planCurve([scores, [0.1, 0.2, 0.9, 0.3]], labels, duty);
    expect(two.fraudSum).toEqual([0, 2, 2, 3, 4]);
    expect(two.dutyMean).toEqual([0, 7.5, 7.5, 10, 15]);
  });
  test("a plan at 2 inspections, cost 2, share 0.5: net 0.5 · 10 − 4 = 1, break-even 2.5", () => {
    const p = planAt(planCurve([scores], labels, duty), {count: 2}, {cost: 2, recoveryShare: 0.5});
    expect(p).toMatchObject({rate: 50, inspected: 2, frauds: 1, fraudsTotal: 2, fraudShare: 0.5, duty: 10, dutyTotal: 15, cost: 4, net: 1});
    expect(p.dutyShare).toBeCloseTo(2 / 3, 14);
    expect(p.breakEvenCost).toBe(2.5);
    expect(p).toMatchObject({fraudsInterval: null, dutyInterval: null, netInterval: null});
  });
  test("without frauds the shares are 0; the best rate is the smallest on a tie", () => {
    const none = planCurve([scores], [0, 0, 0, 0], duty);
    expect(planAt(none, {rate: 50}, {cost: 0, recoveryShare: 1})).toMatchObject({fraudShare: 0, dutyShare: 0, net: 0, rate: 50});
    expect(bestRate(none, {cost: 0, recoveryShare: 1}, [75, 25, 50])).toEqual({rate: 25, inspected: 1, net: 0});
    // with the fraud curve: cost 3, share 1: k = 1 nets 7, k = 2 nets 4, k = 3 nets 6
    expect(bestRate(planCurve([scores], labels, duty), {cost: 3, recoveryShare: 1}, [50, 75, 25])).toEqual({
      rate: 25,
      inspected: 1,
      net: 7
    });
  });
  test("bad input names the function and the value", () => {
    expect(() => planCurve([], labels, duty)).toThrow("planCurve: no seeds");
    expect(() => planCurve([[]], [], [])).toThrow("planCurve: no declarations");
    expect(() => planCurve([scores], labels, duty.slice(1))).toThrow("planCurve: 3 duties for 4 labels");
    expect(() => planCurve([scores.slice(1)], labels, duty)).toThrow("planCurve: seed 0 has 3 scores for 4 labels");
    expect(() => planCurve([[0.9, NaN, 0.5, 0.1]], labels, duty)).toThrow("planCurve: seed 0, score 1 is not a finite number (NaN)");
    expect(() => planCurve([scores], [1, 0, 2, 0], duty)).toThrow("planCurve: label 2 is 2, expected 0 or 1");
    expect(() => planCurve([scores], labels, [10, -1, 5, 7])).toThrow("planCurve: duty 1 is -1, expected a number >= 0");
    const c = planCurve([scores], labels, duty);
    expect(() => planAt(c, {count: 0})).toThrow("budgetCount: 0 inspections is not a whole number from 1 to 4");
    expect(() => planAt(c, {count: 5})).toThrow("budgetCount: 5 inspections is not a whole number from 1 to 4");
    expect(() => planAt(c, {count: 1.5})).toThrow(/budgetCount: 1.5 inspections/);
    expect(() => planAt(c, {count: 1}, {cost: -1, recoveryShare: 1})).toThrow("planAt: cost per inspection -1 is not a number >= 0");
    expect(() => planAt(c, {count: 1}, {cost: 1, recoveryShare: 1.5})).toThrow("planAt: recovery share 1.5 is not in [0, 1]");
    expect(() => bestRate(c, {cost: 1, recoveryShare: 1}, [])).toThrow("bestRate: empty grid");
  });
});
