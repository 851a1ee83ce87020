/**
 * Page model of /early-warning (src/lib/pages/earlyWarningView.ts). Toy declarations built from the
 * paper's printed 100 samples (data/paper/) with hand-set labels and offices check the rules; with the
 * dataset (CUSTOMS_DATA_DIR), the 954 declarations give the texts /early-warning showed at commit 46e0df5,
 * before its computations moved here.
 */
import {resolve} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {loadDataset, PROJECT_ROOT} from "../loaders/dataset.js";
import {earlyWarning} from "../loaders/earlyWarning.js";
import {loadPaperTables} from "../loaders/paper.js";
import {publishedWeights} from "../src/lib/paper/weights.js";
import {toMatrix} from "../src/lib/paper/tables.js";
import {PAPER_THRESHOLDS, standardThresholds, zoneOf} from "../src/lib/method/zones.js";
import {
  earlyWarningExercises,
  filterOptions,
  findDeclarations,
  intervalsOverlap,
  scoreWarnings,
  textbook954,
  verdict
} from "../src/lib/pages/earlyWarningView.js";
import type {WarningRow} from "../src/lib/method/earlyWarning.js";

const paper = loadPaperTables();
const published = publishedWeights(paper.weights);
const toy: WarningRow[] = toMatrix(paper.samples100).map((values, i) => ({
  sample: i + 1,
  declarationId: String(1000 + i),
  source: i < 13 ? "expert" : "ridge",
  split: "train",
  date: "2020-01-01",
  office: ["40", "16", "30"][i % 3],
  departure: i % 2 ? "CN" : "US",
  hs6: i % 4 ? "851762" : "300490",
  fraud: i % 5 === 0 ? 1 : 0,
  criticalFraud: 0,
  values,
  risk: 0,
  zone: "safety"
}));
const text = (parts: ReturnType<typeof verdict>) => parts.map((p) => (typeof p === "string" ? p : p.bold)).join("");

describe("scoring the declarations", () => {
  test("published weights with the paper's thresholds; textbook weights with their standard thresholds", () => {
    const p = scoreWarnings(published, toy, "published (paper)");
    const t = scoreWarnings(published, toy, "textbook entropy, 954 declarations");
    expect(p.thresholds).toEqual(PAPER_THRESHOLDS);
    expect(t.weights).toEqual(textbook954(toy));
    expect(t.thresholds).toEqual(standardThresholds(t.weights));
    for (const w of [p, t]) {
      for (const r of w.rows) expect(r.zone).toBe(zoneOf(r.risk, w.thresholds));
      expect(w.rateRows.map((r) => r.declarations)).toEqual([w.counts.safety, w.counts.general, w.counts.severe, toy.length]);
      expect(w.rateRows[3].frauds).toBe(20); // every fifth toy declaration
    }
    expect(p.rows[0].risk).toBeCloseTo(0.2883418, 6); // sample 1, published weights (test/earlyWarning.test.ts)
  });
  test("an empty zone has no rate: '–' on its card, no interval", () => {
    const p = scoreWarnings(published, toy, "published (paper)");
    expect(p.counts.severe).toBe(0);
    expect(p.cards[2]).toMatchObject({title: "Severe [0.6846, 1]", big: "0", unit: " declarations", detail: "fraud rate –"});
    expect(p.rateRows[2]).toMatchObject({"fraud rate": null, "95% CI low": null, "95% CI high": null});
  });
  test("the inputs are not mutated", () => {
    const copy = structuredClone(toy);
    scoreWarnings(published, toy, "textbook entropy, 954 declarations");
    earlyWarningExercises(published, toy);
    expect(toy).toEqual(copy);
  });
});

describe("the verdict", () => {
  const rate = (n: number, fraud: number, ci95: [number, number] | null) => ({n, fraud, rate: n ? fraud / n : null, ci95});
  test("intervals overlap when each starts before the other ends; a missing interval never overlaps", () => {
    expect(intervalsOverlap([0.1, 0.3], [0.3, 0.5])).toBe(true);
    expect(intervalsOverlap([0.1, 0.2], [0.3, 0.5])).toBe(false);
    expect(intervalsOverlap(null, [0.3, 0.5])).toBe(false);
  });
  test("the general zone holding more fraud, intervals apart: the zones work as a first look", () => {
    const rates = {
      safety: rate(100, 10, [0.05, 0.17]),
      general: rate(100, 40, [0.31, 0.5]),
      severe: rate(0, 0, null),
      all: rate(200, 50, [0.2, 0.3])
    };
    expect(text(verdict(rates, {safety: 100, general: 100, severe: 0}, 0.7))).toBe(
      "With these weights the safety zone's fraud rate is 10.0% and the general zone's is 40.0%: the “safer” zone holds less fraud, and the 95% intervals do not overlap. No declaration is severe. Over all declarations the risk value ranks a fraudulent declaration above a clean one with probability 0.700 (ROC AUC; 0.5 is chance). As a first look, the general zone does hold more fraud than the safety zone."
    );
  });
  test("an empty zone: no comparison", () => {
    const rates = {safety: rate(0, 0, null), general: rate(10, 1, [0, 0.4]), severe: rate(0, 0, null), all: rate(10, 1, [0, 0.4])};
    expect(verdict(rates, {safety: 0, general: 10, severe: 0}, 0.5)).toEqual([
      "One zone is empty with these weights, so the zones cannot be compared; ROC AUC of the risk value: 0.500."
    ]);
  });
});

describe("finding declarations", () => {
  test("filters narrow the rows; the frauds are counted; options are sorted and distinct", () => {
    const rows = scoreWarnings(published, toy, "published (paper)").rows;
    const all = findDeclarations(rows, {zone: "all", office: "all", departure: "all", hs6: ""});
    expect(all.rows).toHaveLength(100);
    expect(all.frauds).toBe(20);
    const some = findDeclarations(rows, {office: "40", hs6: "3004"});
    expect(some.rows.every((r) => r.office === "40" && r.hs6.startsWith("3004"))).toBe(true);
    expect(Object.keys(some.rows[0])).toEqual([
      "sample",
      "declaration",
      "date",
      "office",
      "departure",
      "hs6",
      "risk",
      "zone",
      "fraud",
      "scores"
    ]);
    expect(filterOptions(toy, "office")).toEqual(["16", "30", "40"]);
  });
});

const DATA_DIR = process.env.CUSTOMS_DATA_DIR ? resolve(PROJECT_ROOT, process.env.CUSTOMS_DATA_DIR) : null;

describe.runIf(DATA_DIR)("the 954 declarations: the page's texts before the move", () => {
  // Loaded in beforeAll, which a skipped suite never runs (its body still runs to collect the tests).
  let weights: number[], rows: WarningRow[];
  beforeAll(async () => {
    ({weights, rows} = earlyWarning({dataset: await loadDataset({dataDir: DATA_DIR!}), paper}));
  });
  test("zone cards, histogram caption, verdict", () => {
    const w = scoreWarnings(weights, rows, "published (paper)");
    expect(w.cards.map((c) => `${c.title} ${c.big}${c.unit} ${c.detail}`)).toEqual([
      "Safety [0, 0.3142) 252 declarations fraud rate 30.6% (95% CI 25.2%–36.5%)",
      "General [0.3142, 0.6846) 702 declarations fraud rate 23.8% (95% CI 20.8%–27.1%)",
      "Severe [0.6846, 1] 0 declarations fraud rate –"
    ]);
    expect(w.histogramCaption).toBe(
      "Risk values of the 954 e-commerce declarations (published (paper) weights). Dashed lines: the zone thresholds 0.3142 and 0.6846; no declaration reaches the severe zone."
    );
    expect(text(w.verdict)).toBe(
      "With these weights the safety zone's fraud rate is 30.6% and the general zone's is 23.8%: the “safer” zone holds more fraud (the 95% intervals overlap). No declaration is severe. Over all declarations the risk value ranks a fraudulent declaration above a clean one with probability 0.484 (ROC AUC; 0.5 is chance). As a first look, the zones do not separate fraud from clean declarations in this dataset: the risk value measures how the 17 indicators score, and neither the scores nor the weights were fitted to inspection outcomes."
    );
  });
  test("the exercises' answers", () => {
    expect(earlyWarningExercises(weights, rows).map((e) => e.answer)).toEqual([
      "Safety: 30.6% (77 of 252); general: 23.8% (167 of 702). The “safer” zone holds more fraud, not less. Over all declarations the rate is 25.6%; the ROC AUC of the risk value is 0.484 (0.5 is chance).",
      "524 of 954 declarations change zone (the thresholds move to 0.2371 and 0.5075). The ROC AUC goes from 0.484 to 0.444: not better, and still close to chance.",
      "242 declarations match; fraudulent: 57 of 242, 23.6%. In the whole general zone: 167 of 702, 23.8%."
    ]);
  });
});
