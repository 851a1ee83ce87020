/**
 * Build-time weights, machine-scoring check and indicator clustering: what the "Indicators and weights"
 * page shows and `npm run reproduce` checks.
 */
import {adjustedRandIndex, averageLinkage, cutTree} from "../src/lib/stats/clustering.js";
import {correlationMatrix} from "../src/lib/stats/correlation.js";
import {ecommerceOnly} from "../src/lib/data/declarations.js";
import {entropyWeights, type WeightRule} from "../src/lib/method/entropy.js";
import {INDICATORS, INDICATOR_IDS, CRITERIA} from "../src/lib/method/indicators.js";
import {maeByIndicator, ridgeScores, SCORE_IDS, AUTHORS_SPLIT} from "../src/lib/method/indicatorScoring.js";
import {toMatrix, type PaperTables} from "../src/lib/paper/tables.js";
import {Matrix, SingularValueDecomposition} from "ml-matrix";
import type {Dataset} from "./dataset.js";
import {indicatorTable} from "./indicatorTable.js";

/** Published weights that are typos, with the corrected value (evidence: discrepancy log D10, D11). */
export const WEIGHT_TYPOS = [{indicator: "C12", published: 0.000692863, corrected: 0.00692863}] as const;

/** The authors' code's C10 weight, printed 0.0540816 with a dropped digit (D11). */
export const C10_IN_CODE = 0.05405816;

const DIRECTIONS = INDICATORS.map((d) => d.direction);
const weightsOf = (matrix: number[][], rule: WeightRule) => entropyWeights(matrix, {rule, directions: DIRECTIONS, labels: INDICATOR_IDS}).w;

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** Numerical rank of a matrix after centring its columns (SVD, relative tolerance 1e-9). */
function centredRank(rows: number[][]): number {
  const M = new Matrix(rows);
  const centred = M.subRowVector(M.mean("column"));
  const s = new SingularValueDecomposition(centred, {autoTranspose: true}).diagonal;
  return s.filter((x) => x > 1e-9 * s[0]).length;
}

/**
 * Everything the weights page and `reproduce` need: the published weights against ours (paper rule and
 * textbook rule on the printed 100-sample table; paper rule on the authors' unrounded inputs; both rules
 * on all 954 declarations), the ridge scoring against the printed scores (authors' split and all 13 rows),
 * and the average-linkage clustering of the 17 indicators (1 - Spearman rho over the 954 declarations).
 */
export function weightsAnalysis(dataset: Dataset, paper: PaperTables) {
  const declarations = ecommerceOnly(dataset.declarations);
  const published = paper.weights.map((w) => w.weight);
  const printed100 = toMatrix(paper.samples100);
  const recomputedPaperRule = weightsOf(printed100, "paper");
  const textbookRule = weightsOf(printed100, "textbook");
  const typoIds = new Set<string>(WEIGHT_TYPOS.map((t) => t.indicator));
  const corrected = published.map((w, j) => WEIGHT_TYPOS.find((t) => t.indicator === INDICATOR_IDS[j])?.corrected ?? w);
  const maxAbsDiffExcludingTypos = Math.max(
    ...recomputedPaperRule.map((w, j) => (typoIds.has(INDICATOR_IDS[j]) ? 0 : Math.abs(w - published[j])))
  );

  // The authors' own inputs: printed quantities (typos included), expert rows, unrounded ridge scores.
  const authors = ridgeScores(paper.expert13, declarations, {train: "authors"});
  const all13 = ridgeScores(paper.expert13, declarations, {train: "all"});
  const unrounded100 = printed100.map((row, i) =>
    i < paper.expert13.length
      ? row
      : row.map((x, j) => {
          const k = SCORE_IDS.indexOf(INDICATOR_IDS[j]);
          return k < 0 ? x : authors.scores[i][k];
        })
  );
  const unroundedPaperRule = weightsOf(unrounded100, "paper");

  const table = indicatorTable({dataset, paper});
  const matrix954 = table.map((r) => INDICATOR_IDS.map((id) => r.values[id]));

  const printedMl = paper.samples100.slice(paper.expert13.length);
  const predicted = (s: number[][]) => s.slice(paper.expert13.length, paper.samples100.length);
  const maxAbsRounded = Math.max(
    ...predicted(authors.scores).flatMap((r, i) => SCORE_IDS.map((id, k) => Math.abs(Math.round(r[k]) - printedMl[i].values[id])))
  );

  const correlation = correlationMatrix(matrix954, {method: "spearman", labels: INDICATOR_IDS});
  const dendrogram = averageLinkage(correlation.map((r, i) => r.map((x, j) => (i === j ? 0 : 1 - x))));
  const clusters5 = cutTree(dendrogram, CRITERIA.length);
  const criteria = INDICATORS.map((d) => d.criterion);

  return {
    weights: {
      published,
      recomputedPaperRule,
      textbookRule,
      unroundedPaperRule,
      all954PaperRule: weightsOf(matrix954, "paper"),
      all954TextbookRule: weightsOf(matrix954, "textbook"),
      maxAbsDiffExcludingTypos,
      maxAbsDiffUnroundedWithCodeC10: Math.max(
        ...unroundedPaperRule.map((w, j) => Math.abs(w - (INDICATOR_IDS[j] === "C10" ? C10_IN_CODE : corrected[j])))
      ),
      c10InCode: C10_IN_CODE,
      sumPublished: sum(published),
      sumCorrected: sum(corrected),
      sumCorrectedWithCodeC10: sum(corrected.map((w, j) => (INDICATOR_IDS[j] === "C10" ? C10_IN_CODE : w))),
      typos: WEIGHT_TYPOS.map((t) => ({...t}))
    },
    mlScoring: {
      scoreIds: SCORE_IDS,
      trainRows: AUTHORS_SPLIT.train.map((i) => i + 1),
      testRows: AUTHORS_SPLIT.test.map((i) => i + 1),
      samples: printedMl.map((s) => s.sample),
      maeRounded: maeByIndicator(predicted(authors.scores), printedMl, {round: true}),
      maeUnrounded: maeByIndicator(predicted(authors.scores), printedMl),
      maeAll13: maeByIndicator(predicted(all13.scores), printedMl),
      maeAll13Rounded: maeByIndicator(predicted(all13.scores), printedMl, {round: true}),
      maxAbsRounded
    },
    clustering: {
      method: "Spearman correlation over the 954 declarations; distance 1 - rho; average linkage",
      correlation,
      merges: dendrogram.merges,
      order: dendrogram.order.map((j) => INDICATOR_IDS[j]),
      clusters5,
      adjustedRandIndexVsCriteria: adjustedRandIndex(clusters5, criteria),
      /** Rank of the 14 centred ridge-scored columns over declarations 14..954 (at most trainRows - 1). */
      scoreRank: centredRank(authors.scores.slice(paper.expert13.length))
    },
    matrix954,
    printed100
  };
}
