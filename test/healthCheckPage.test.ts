/**
 * The /health-check page model (src/lib/pages/healthCheckPage.ts), on the paper's own tables (data/paper/):
 * its standard samples and published weights. Expected figures are recomputed with scoring.ts, the form's
 * pipeline, not typed.
 */
import {expect, test} from "vitest";
import {loadPaperTables} from "../loaders/paper.js";
import {INDICATORS, INDICATOR_IDS} from "../src/lib/method/indicators.js";
import {scoreSample} from "../src/lib/method/scoring.js";
import {publishedWeights} from "../src/lib/paper/weights.js";
import {checkExercises, checkStarts, datasetOutcome} from "../src/lib/pages/healthCheckPage.js";

const paper = loadPaperTables();
const w = publishedWeights(paper.weights);
const standards = [65, 85].map((level) => ({
  kind: "standard",
  level,
  values: INDICATOR_IDS.map((id, j) => (INDICATORS[j].id === "C5" ? 3 : level))
}));

test("starts: every declaration, then the standard samples, keyed for the URL", () => {
  const starts = checkStarts(
    [{declarationId: "7", sample: 1, source: "expert", values: standards[0].values}],
    [...standards, {kind: "random", level: null, values: []}]
  );
  expect(starts.map((s) => s.key)).toEqual(["declaration-7", "standard-65", "standard-85"]);
  expect(starts[0].label).toBe("Declaration 7 (#1, expert scores)");
});

test("exercises: the biggest drop is the one scoring.ts gives; a missing 85 sample is an error", () => {
  const starts = checkStarts([], standards);
  const [, second, third] = checkExercises(starts, w);
  const base = scoreSample(standards[1].values, {weights: w}).risk;
  const drops = INDICATOR_IDS.map((_, j) =>
    j === 4 || j === 9 || j === 11
      ? -Infinity
      : base -
        scoreSample(
          standards[1].values.map((v, k) => (k === j ? 0 : v)),
          {weights: w}
        ).risk
  );
  const best = drops.indexOf(Math.max(...drops));
  expect(second.answer.startsWith(`${INDICATOR_IDS[best]} (`)).toBe(true);
  expect(second.answer).toContain(`drops by ${drops[best].toFixed(4)}`);
  expect(third.answer).toMatch(/^The field is flagged: “.+”/);
  expect(() => checkExercises(checkStarts([], standards.slice(0, 1)), w)).toThrow(/no 85 standard sample/);
});

test("datasetOutcome names the inspection outcome and date", () => {
  expect(datasetOutcome({fraud: 1, criticalFraud: 2, date: "2020-01-02"})).toBe("inspected and found fraudulent (critical) (2020-01-02)");
  expect(datasetOutcome({fraud: 0, criticalFraud: 0, date: "2021-04-01"})).toBe("inspected and found clean (2021-04-01)");
});
