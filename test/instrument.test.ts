/**
 * The instrument (src/lib/instrument, loaders/instrument.ts): a declaration assessed in a page from its
 * fields with the shipped tables gets exactly what the build computed for it. Expected values come from
 * the build's own functions (indicator table, the loader's test-month predictions), not from typed numbers.
 */
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {loadDataset, PROJECT_ROOT} from "../loaders/dataset.js";
import {loadPaperTables} from "../loaders/paper.js";
import {computeInstrument} from "../loaders/instrument.js";
import {bySplit, ecommerceOnly} from "../src/lib/data/declarations.js";
import {buildIndicatorTable, fitIndicatorModel, indicatorValuesOf, predictScores} from "../src/lib/method/indicatorScoring.js";
import {assessDeclaration, featureLabel, percentileOf} from "../src/lib/instrument/assess.js";
import {reviveInstrument} from "../src/lib/instrument/model.js";
import {scoreBatch} from "../src/lib/instrument/batch.js";
import {scoreSample} from "../src/lib/method/scoring.js";
import {INDICATOR_IDS} from "../src/lib/method/indicators.js";
import {applyFeatures} from "../src/lib/fraud/features.js";
import {predictGbdt} from "../src/lib/fraud/gbdt.js";
import {bitDifferences, referencePredict} from "./gbdtReference.js";

const paper = loadPaperTables();
const DATA_DIR = process.env.CUSTOMS_DATA_DIR ? resolve(PROJECT_ROOT, process.env.CUSTOMS_DATA_DIR) : null;

test("percentileOf: share below, ties counting one half", () => {
  expect(percentileOf([1, 2, 2, 3], 2)).toBe(0.5);
  expect(percentileOf([1, 2, 3], 0)).toBe(0);
  expect(percentileOf([1, 2, 3], 4)).toBe(1);
  expect(percentileOf([], 1)).toBe(0);
});

test("featureLabel names features in words", () => {
  expect(featureLabel("importer×hs6: fraud rate")).toBe("Importer ID with HS6 Code: fraud rate in the training months");
  expect(featureLabel("hs2: log frequency")).toBe("HS2 chapter: training rows (log)");
  expect(featureLabel("taxRate")).toBe("Tax Rate");
});

describe.runIf(DATA_DIR)("with the dataset", async () => {
  const dataset = await loadDataset({dataDir: DATA_DIR});
  const ec = ecommerceOnly(dataset.declarations);

  test("the ridge as data scores every machine-scored declaration exactly as the indicator table", () => {
    const model = fitIndicatorModel(paper.expert13, ec);
    const table = buildIndicatorTable(ec, paper.expert13);
    table.slice(13).forEach((row, i) => expect(indicatorValuesOf(model, ec[i + 13]).values).toEqual(row.values));
  });

  test("a category the training rows never had is flagged and scored by the intercept alone", () => {
    const model = fitIndicatorModel(paper.expert13, ec);
    const known = predictScores(model, ec[2]); // sample 3 is a training row: every category known
    expect(known.unseen).toEqual([]);
    const all = predictScores(model, {...ec[2], office: "never", hs6: "999999", importer: "nobody"});
    expect(all.unseen.length).toBeGreaterThan(0);
    expect(all.scores).not.toEqual(known.scores);
  });

  // a small instrument: every e-commerce row (the ridge needs the 13 expert rows first) and 1 in 6 of the rest
  const small = {...dataset, declarations: dataset.declarations.filter((d, i) => d.importType === "15" || i % 6 === 0)};
  const json = await computeInstrument({dataset: small, paper});
  const inst = reviveInstrument(JSON.parse(JSON.stringify(json)));
  const test_ = bySplit(small.declarations).test;
  const assessed = test_.map((d) => assessDeclaration(inst, d));

  test("after a JSON round trip, the page's probabilities are the build's test-month predictions, to the last bit", () => {
    expect(assessed.map((a) => a.fraud.probability).sort((a, b) => a - b)).toEqual(json.testProbabilities);
  });

  test("both branches' compiled trees give the binned tree walk's probabilities, to the last bit, unseen categories included", () => {
    const edited = test_
      .slice(0, 300)
      .map((d, i) =>
        i % 3 === 0
          ? {...d, importer: `new-${i}`, hs6: i % 2 ? "999999" : d.hs6, office: i % 5 ? d.office : "000", itemPrice: d.itemPrice + 0.5}
          : d
      );
    for (const branch of [inst.main, inst.specialist]) {
      const X = applyFeatures(branch.tables, [...test_, ...edited]);
      const cols = branch.columns ? branch.columns.map((j) => X[j]) : X;
      expect(bitDifferences(predictGbdt(branch.gbdt, cols), referencePredict(branch.gbdt, cols))).toBe(0);
    }
  });

  test("a chunk scored column-wise (scoreBatch) gives every row exactly its assessDeclaration figures", () => {
    const batch = scoreBatch(inst, test_);
    batch.forEach((b, i) => {
      const a = assessed[i];
      expect(b).toEqual({
        risk: a.risk,
        zone: a.zone,
        index: a.index.risk,
        indexZone: a.index.zone,
        probability: a.fraud.probability,
        route: a.fraud.route,
        unseenIndicators: a.unknowns.filter((u) => u.input.endsWith("(indicator)")).length
      });
    });
    expect(scoreBatch(inst, [])).toEqual([]);
  });

  test("TreeSHAP: expected + Σφ = margin = logit(probability); indicator shares sum to the risk value", () => {
    for (const a of assessed.slice(0, 40)) {
      expect(a.fraud.reasons.reduce((s, r) => s + r.phi, a.fraud.expected)).toBeCloseTo(a.fraud.margin, 9);
      expect(1 / (1 + Math.exp(-a.fraud.margin))).toBeCloseTo(a.fraud.probability, 12);
      expect(a.contributions.reduce((s, c) => s + c, 0)).toBeCloseTo(a.risk, 12);
    }
  });

  test("an expert-scored declaration, as the dataset holds it, takes the paper's expert scores (as the indicator table)", () => {
    const table = buildIndicatorTable(ec, paper.expert13);
    const a = assessDeclaration(inst, ec[0], {expert: true});
    expect(a.source).toBe("expert");
    expect(a.values).toEqual(INDICATOR_IDS.map((id) => table[0].values[id]));
    expect(assessDeclaration(inst, ec[0]).source).toBe("ridge");
    expect(assessDeclaration(inst, ec[20], {expert: true}).values).toEqual(INDICATOR_IDS.map((id) => table[20].values[id]));
  });

  test("risk value and zone are the pipeline's (method/scoring.ts) for the same 17 values", () => {
    const a = assessed[0];
    expect(scoreSample(a.values, {weights: json.weights, thresholds: json.thresholds})).toMatchObject({risk: a.risk, zone: a.zone});
    expect(a.zoneFraud).toEqual(json.zoneFraud[a.zone]);
  });

  test("an unseen importer, HS6 and price are flagged with their treatment, never scored silently", () => {
    const d = {...test_[0], importer: "NEW-IMPORTER", hs6: "999999", itemPrice: 123456789.5};
    const a = assessDeclaration(inst, d);
    const inputs = a.unknowns.map((u) => u.input);
    expect(inputs).toEqual(expect.arrayContaining(["Importer ID", "HS6 Code", "Item Price"]));
    expect(a.fraud.route).toBe("new");
    expect(a.unknowns.find((u) => u.input === "Importer ID")!.treatment).toMatch(/prior fraud rate/);
    expect(Number.isFinite(a.fraud.probability)).toBe(true);
  });
});
