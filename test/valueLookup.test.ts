import {describe, expect, test} from "vitest";
import {
  LOOKUP_SMOOTHING,
  fitValueLookup,
  hs6PriceKey,
  novelMask,
  overlap,
  priceKey,
  repeatedLabelAgreement
} from "../src/lib/fraud/valueLookup.js";
import {rocAuc, selectAt} from "../src/lib/fraud/selection.js";
import {mulberry32} from "../src/lib/stats/random.js";
import type {Declaration} from "../src/lib/data/declarations.js";
import {BASE_DECLARATION} from "./fixtures.js";

const base = BASE_DECLARATION;
const row = (itemPrice: number, fraud: 0 | 1, hs6 = "440890"): Declaration => ({...base, itemPrice, fraud, hs6});

describe("exact-value lookup (hand-computed)", () => {
  // price 10: 3 rows, 2 frauds; price 20: 1 row, 0 frauds; prior 2/4 = 0.5; m = 1
  const train = [row(10, 1), row(10, 1), row(10, 0), row(20, 0)];
  test("score = (k + m·prior)/(n + m); unseen price = prior", () => {
    const f = fitValueLookup(train);
    expect(f([row(10, 0), row(20, 1), row(30, 1)])).toEqual([(2 + 0.5) / 4, (0 + 0.5) / 2, 0.5]);
  });
  test("the (HS6, price) key separates equal prices of different products", () => {
    const f = fitValueLookup([row(10, 1, "A"), row(10, 0, "B")], hs6PriceKey, 0);
    expect(f([row(10, 0, "A"), row(10, 0, "B")])).toEqual([1, 0]);
  });
  test("novel rows, overlap and label agreement use the learned rows' values and labels only", () => {
    const rows = [row(10, 1), row(20, 1), row(30, 0), row(40, 1)];
    expect(novelMask(train, rows)).toEqual([false, false, true, true]);
    expect(overlap(train, rows)).toEqual({rows: 4, seenRows: 2, novelRows: 2, seenShare: 0.5});
    // price 10's training majority is fraud (agrees), price 20's is clean (disagrees)
    expect(repeatedLabelAgreement(train, rows)).toBe(0.5);
    expect(repeatedLabelAgreement(train, [row(99, 1)])).toBeNull();
  });
  test("label agreement: a value seen only clean has a clean majority (hand-computed: 2 · 0 < 1)", () => {
    expect(repeatedLabelAgreement([row(10, 0)], [row(10, 0)])).toBe(1);
    expect(repeatedLabelAgreement([row(10, 0), row(10, 0)], [row(10, 1)])).toBe(0);
  });
  test("label agreement: a tied training majority counts as fraud", () => {
    const tied = [row(10, 1), row(10, 0)];
    expect(repeatedLabelAgreement(tied, [row(10, 1)])).toBe(1);
    expect(repeatedLabelAgreement(tied, [row(10, 0)])).toBe(0);
    expect(repeatedLabelAgreement([row(10, 1), row(10, 0), row(10, 0)], [row(10, 0)])).toBe(1);
  });
  test("the scored rows' labels are never read", () => {
    const f = fitValueLookup(train);
    const rows = [row(10, 1), row(20, 0), row(30, 1)];
    expect(f(rows.map((d) => ({...d, fraud: (1 - d.fraud) as 0 | 1})))).toEqual(f(rows));
  });
  test("no training rows is an error", () => {
    expect(() => fitValueLookup([])).toThrow("fitValueLookup: no training rows"); // its own message, not the encoder's
  });
});

describe("planted copies: a copied value carries its label", () => {
  // 400 templates (price → label, 30% fraud); training rows copy them; 85% of test rows copy a training
  // template, 15% carry a new price with a random label: the benchmark's artefact in miniature
  const rnd = mulberry32(7);
  const templates = Array.from({length: 400}, (_, t) => ({price: 1000 + t, fraud: (rnd() < 0.3 ? 1 : 0) as 0 | 1}));
  const train = Array.from({length: 2000}, () => {
    const t = templates[Math.floor(rnd() * templates.length)];
    return row(t.price, t.fraud);
  });
  const test_ = Array.from({length: 1000}, (_, i) => {
    if (rnd() < 0.85) {
      const t = templates[Math.floor(rnd() * templates.length)];
      return row(t.price, t.fraud);
    }
    return row(10_000 + i, (rnd() < 0.3 ? 1 : 0) as 0 | 1);
  });
  const y = test_.map((d) => d.fraud);
  // fitted inside the tests, not while the file is collected: a mutant that makes it throw fails them
  const lookup = () => {
    const scores = fitValueLookup(train)(test_);
    const novel = novelMask(train, test_);
    return {scores, ns: scores.filter((_, i) => novel[i]), ny: y.filter((_, i) => novel[i])};
  };

  test("on all rows the lookup ranks almost perfectly", () => {
    const {scores} = lookup();
    expect(rocAuc(scores, y)).toBeGreaterThan(0.9);
    expect(selectAt(scores, y, 10).precision).toBe(1);
  });
  test("on novel rows it is at chance: every score is the prior", () => {
    const {ns, ny} = lookup();
    expect(ns.length).toBeGreaterThan(100);
    expect(new Set(ns).size).toBe(1);
    expect(rocAuc(ns, ny)).toBe(0.5);
  });
});

describe("the keys and the defaults (issue 19)", () => {
  test("the (HS6, price) key keeps its two parts apart: HS6 1 at 23 is not HS6 12 at 3", () => {
    expect(hs6PriceKey(row(23, 0, "1"))).not.toBe(hs6PriceKey(row(3, 0, "12")));
    expect(novelMask([row(23, 0, "1")], [row(3, 0, "12"), row(23, 0, "1")], hs6PriceKey)).toEqual([true, false]);
  });
  test("the default key is the exact price, the default smoothing one pseudo-row (hand-computed: (1 + 0.5) / 2)", () => {
    expect(LOOKUP_SMOOTHING).toBe(1);
    expect(priceKey(row(10.5, 0))).toBe("10.5");
    expect(fitValueLookup([row(10, 1), row(20, 0)])([row(10, 0, "other")])).toEqual([(1 + 0.5) / 2]);
    expect(novelMask([row(10, 1)], [row(10, 0, "other")])).toEqual([false]);
    expect(repeatedLabelAgreement([row(10, 1)], [row(10, 1, "other")])).toBe(1);
  });
  test("overlap of no rows: share 0, not NaN; of all-new rows: share 0", () => {
    expect(overlap([row(10, 1)], [])).toEqual({rows: 0, seenRows: 0, novelRows: 0, seenShare: 0});
    expect(overlap([row(10, 1)], [row(11, 1)], hs6PriceKey)).toEqual({rows: 1, seenRows: 0, novelRows: 1, seenShare: 0});
  });
});
