/**
 * The GBDT's prediction as fitted, kept only for tests: bin every value (applyBinner), walk each tree on
 * the bins (left when bin <= the node's bin) and add the trees in order. src/lib/fraud/gbdt.ts predicts
 * with a compiled form of the same trees; the tests check that both give the same doubles.
 */
import {applyBinner, type FeatureColumns, type GbdtModel} from "../src/lib/fraud/gbdt.js";

/**
 * σ(base + Σ trees) by the binned tree walk the fit itself applies.
 * @param model a fitted model
 * @param X feature columns
 */
export function referencePredict(model: GbdtModel, X: FeatureColumns): Float64Array {
  const B = applyBinner(model.binner, X);
  const F = new Float64Array(X[0].length).fill(model.base);
  for (const tree of model.trees) {
    for (let i = 0; i < F.length; i++) {
      let k = 0;
      while (tree.feature[k] >= 0) k = B[tree.feature[k]][i] <= tree.bin[k] ? tree.left[k] : tree.right[k];
      F[i] += tree.value[k];
    }
  }
  return F.map((x) => 1 / (1 + Math.exp(-x)));
}

/** How many entries differ as doubles (Object.is: -0 and 0 differ too). */
export function bitDifferences(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) d++;
  return d;
}
