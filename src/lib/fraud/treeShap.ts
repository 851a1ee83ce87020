/**
 * Exact per-feature contributions of a GBDT's margin (./gbdt.ts): TreeSHAP, the polynomial-time exact
 * Shapley values of a tree under the path-dependent expectation (Lundberg, Erion & Lee, "Consistent
 * individualized feature attribution for tree ensembles", arXiv 1802.03888, Algorithm 2).
 *
 * For a row x, φ_j sums over trees; with E = Σ_t E_t (each tree's cover-weighted mean leaf value),
 * base + E + Σ_j φ_j = base + Σ_t tree_t(x), the model's margin (log-odds), exactly up to rounding.
 * Written here rather than taken from a library: no maintained JavaScript TreeSHAP exists, and the
 * trees are this project's own format. The covers are the training rows reaching each node.
 */
import {applyBinner, type FeatureColumns, type GbdtModel, type Tree} from "./gbdt.js";

/**
 * Training rows reaching each node of each tree (the cover TreeSHAP weights the unknown branch with).
 * @param model a fitted model
 * @param X the training feature columns it was fitted on
 * @returns per tree, one count per node
 */
export function treeCovers(model: GbdtModel, X: FeatureColumns): number[][] {
  const B = applyBinner(model.binner, X);
  const n = X[0].length;
  return model.trees.map((t) => {
    const cover = new Array<number>(t.feature.length).fill(0);
    for (let i = 0; i < n; i++) {
      let k = 0;
      cover[0]++;
      while (t.feature[k] >= 0) {
        k = B[t.feature[k]][i] <= t.bin[k] ? t.left[k] : t.right[k];
        cover[k]++;
      }
    }
    return cover;
  });
}

/** The expected margin contribution of a tree: Σ_leaves cover · value / cover(root). */
function expectation(t: Tree, cover: readonly number[]): number {
  let s = 0;
  t.feature.forEach((f, k) => {
    if (f < 0) s += cover[k] * t.value[k];
  });
  return cover[0] > 0 ? s / cover[0] : 0;
}

/** One element of the path: the feature split on, the fractions of "zero" and "one" paths, the weight. */
interface PathElement {
  d: number;
  z: number;
  o: number;
  w: number;
}

function extend(m: PathElement[], z: number, o: number, d: number): PathElement[] {
  const l = m.length;
  const p = m.map((e) => ({...e}));
  p.push({d, z, o, w: l === 0 ? 1 : 0});
  for (let i = l - 1; i >= 0; i--) {
    p[i + 1].w += (o * p[i].w * (i + 1)) / (l + 1);
    p[i].w = (z * p[i].w * (l - i)) / (l + 1);
  }
  return p;
}

function unwind(m: readonly PathElement[], i: number): PathElement[] {
  const l = m.length - 1;
  const {z, o} = m[i];
  let n = m[l].w;
  const p = m.slice(0, l).map((e) => ({...e}));
  for (let j = l - 1; j >= 0; j--) {
    if (o !== 0) {
      const t = p[j].w;
      p[j].w = (n * (l + 1)) / ((j + 1) * o);
      n = t - (p[j].w * z * (l - j)) / (l + 1);
    } else {
      p[j].w = (p[j].w * (l + 1)) / (z * (l - j));
    }
  }
  for (let j = i; j < l; j++) p[j] = {...p[j], d: m[j + 1].d, z: m[j + 1].z, o: m[j + 1].o};
  return p;
}

function treePhi(t: Tree, cover: readonly number[], bins: readonly number[], phi: Float64Array): void {
  const recurse = (k: number, m: PathElement[], z: number, o: number, d: number): void => {
    const path = extend(m, z, o, d);
    if (t.feature[k] < 0) {
      for (let i = 1; i < path.length; i++) {
        const w = unwind(path, i).reduce((s, e) => s + e.w, 0);
        phi[path[i].d] += w * (path[i].o - path[i].z) * t.value[k];
      }
      return;
    }
    const f = t.feature[k];
    const [hot, cold] = bins[f] <= t.bin[k] ? [t.left[k], t.right[k]] : [t.right[k], t.left[k]];
    let iz = 1,
      io = 1,
      rest = path;
    const seen = path.findIndex((e, i) => i > 0 && e.d === f);
    if (seen > 0) {
      iz = path[seen].z;
      io = path[seen].o;
      rest = unwind(path, seen);
    }
    recurse(hot, rest, (iz * cover[hot]) / cover[k], io, f);
    recurse(cold, rest, (iz * cover[cold]) / cover[k], 0, f);
  };
  if (cover[0] > 0) recurse(0, [], 1, 1, -1);
}

/** A row's margin explained. */
export interface ShapExplanation {
  /** base + Σ_t E_t: the margin with no feature known. */
  expected: number;
  /** φ_j per feature, in the model's feature order. */
  phi: Float64Array;
  /** base + Σ_t tree_t(x). */
  margin: number;
}

/**
 * TreeSHAP values of one row: expected + Σ_j φ_j = margin.
 * @param model a fitted model
 * @param covers {@link treeCovers} of the model
 * @param x the row's features, in the model's order
 * @throws if the covers do not match the trees or x has the wrong length
 */
export function treeShap(model: GbdtModel, covers: readonly (readonly number[])[], x: readonly number[]): ShapExplanation {
  if (covers.length !== model.trees.length) throw new Error(`treeShap: ${covers.length} covers for ${model.trees.length} trees`);
  const bins = Array.from(
    applyBinner(
      model.binner,
      x.map((v) => [v])
    ),
    (b) => b[0]
  );
  const phi = new Float64Array(x.length);
  let expected = model.base,
    margin = model.base;
  model.trees.forEach((t, i) => {
    if (covers[i].length !== t.feature.length)
      throw new Error(`treeShap: tree ${i} has ${t.feature.length} nodes, cover ${covers[i].length}`);
    expected += expectation(t, covers[i]);
    let k = 0;
    while (t.feature[k] >= 0) k = bins[t.feature[k]] <= t.bin[k] ? t.left[k] : t.right[k];
    margin += t.value[k];
    treePhi(t, covers[i], bins, phi);
  });
  return {expected, phi, margin};
}
