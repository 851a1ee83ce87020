/**
 * A compact histogram-based gradient-boosted decision tree classifier (binary log-loss).
 *
 * Method: Friedman, "Greedy function approximation: a gradient boosting machine" (Ann. Stat. 2001) with
 * the second-order split gain and leaf values of XGBoost (Chen & Guestrin, KDD 2016) and LightGBM's
 * histogram bins, leaf-wise growth and histogram subtraction (Ke et al., NeurIPS 2017).
 *
 * For a node with gradient sum G and hessian sum H, a leaf's value is w = −G/(H + λ) and a split into
 * left/right gains ½[G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ)]. With log-loss on the raw score F,
 * p = σ(F), g = p − y, h = p(1 − p). Each round adds η·w of one tree grown leaf-wise up to `maxLeaves`
 * leaves and `maxDepth` levels, on a row subsample and a feature subsample (seeded). Early stopping keeps
 * the round with the lowest log-loss on the validation rows.
 */
import {mulberry32} from "../stats/random.js";

export interface GbdtParams {
  /** Boosting rounds at most. */
  rounds: number;
  /** Shrinkage η. */
  learningRate: number;
  maxLeaves: number;
  maxDepth: number;
  /** Minimum rows in a leaf. */
  minLeafRows: number;
  /** Minimum hessian sum in a leaf. */
  minLeafHessian: number;
  /** L2 penalty λ on leaf values. */
  lambda: number;
  /** Share of rows drawn (without replacement) for each tree, in (0, 1]. */
  rowSample: number;
  /** Share of features drawn for each tree, in (0, 1]. */
  featureSample: number;
  /** At most this many histogram bins per feature (<= 256). */
  maxBins: number;
  /** Stop when the validation log-loss has not improved for this many rounds. */
  earlyStopping: number;
  seed: number;
}

export const DEFAULT_GBDT: GbdtParams = {
  rounds: 400,
  learningRate: 0.05,
  maxLeaves: 31,
  maxDepth: 8,
  minLeafRows: 20,
  minLeafHessian: 1e-3,
  lambda: 1,
  rowSample: 0.8,
  featureSample: 0.8,
  maxBins: 255,
  earlyStopping: 40,
  seed: 1
};

/** A fitted tree, as flat arrays; a node is a leaf when feature[i] < 0. */
export interface Tree {
  feature: number[];
  /** Rows with bin <= bin[i] go left. */
  bin: number[];
  left: number[];
  right: number[];
  value: number[];
}

/** Per-feature bin upper bounds: value x falls in the first bin b with x <= uppers[b] (last bin: above all). */
export interface Binner {
  uppers: Float64Array[];
}

/** A fitted model. */
export interface GbdtModel {
  binner: Binner;
  base: number;
  trees: Tree[];
  /** Validation log-loss after each round (empty without validation rows). */
  validLoss: number[];
  /** Total split gain per feature over the kept trees (rounds discarded by early stopping excluded). */
  gain: number[];
}

/** Features as columns: X[j][i] is feature j of row i. */
export type FeatureColumns = ReadonlyArray<ArrayLike<number>>;

function checkColumns(fn: string, X: FeatureColumns, n?: number): number {
  if (X.length === 0) throw new Error(`${fn}: no feature columns`);
  const rows = X[0].length;
  if (n !== undefined && rows !== n) throw new Error(`${fn}: ${rows} rows of features but ${n} labels`);
  X.forEach((col, j) => {
    if (col.length !== rows) throw new Error(`${fn}: feature ${j} has ${col.length} rows, expected ${rows}`);
    for (let i = 0; i < rows; i++) {
      if (!Number.isFinite(col[i])) throw new Error(`${fn}: feature ${j}, row ${i} is not finite (${col[i]})`);
    }
  });
  return rows;
}

/**
 * Fit quantile bins on training columns: at most `maxBins` bins per feature, cut between distinct values.
 * @param X training feature columns
 * @param maxBins 2..256
 */
export function fitBinner(X: FeatureColumns, maxBins = 255): Binner {
  checkColumns("fitBinner", X);
  if (!(maxBins >= 2 && maxBins <= 256)) throw new Error(`fitBinner: maxBins ${maxBins} must be in 2..256`);
  const uppers = X.map((col) => {
    const sorted = Float64Array.from(col).sort();
    const distinct: number[] = [];
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
    const cuts: number[] = [];
    if (distinct.length <= maxBins) {
      for (let i = 0; i + 1 < distinct.length; i++) cuts.push((distinct[i] + distinct[i + 1]) / 2);
    } else {
      for (let b = 1; b < maxBins; b++) {
        const v = sorted[Math.floor((b * sorted.length) / maxBins)];
        const k = lowerBound(distinct, v);
        if (k > 0) {
          const cut = (distinct[k - 1] + distinct[k]) / 2;
          if (cuts.length === 0 || cut > cuts[cuts.length - 1]) cuts.push(cut);
        }
      }
    }
    return Float64Array.from(cuts);
  });
  return {uppers};
}

function lowerBound(a: ArrayLike<number>, x: number): number {
  let lo = 0,
    hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Bin columns with a fitted binner: bin = number of cut points below the value.
 * @returns one Uint8Array of bins per feature
 */
export function applyBinner(binner: Binner, X: FeatureColumns): Uint8Array[] {
  checkColumns("applyBinner", X);
  if (X.length !== binner.uppers.length) throw new Error(`applyBinner: ${X.length} features, binner has ${binner.uppers.length}`);
  return X.map((col, j) => {
    const u = binner.uppers[j];
    const out = new Uint8Array(col.length);
    for (let i = 0; i < col.length; i++) out[i] = lowerBound(u, col[i]);
    return out;
  });
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function logLoss(F: Float64Array, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < F.length; i++) {
    const p = Math.min(1 - 1e-15, Math.max(1e-15, sigmoid(F[i])));
    s -= y[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return s / F.length;
}

interface Leaf {
  node: number;
  rows: Uint32Array;
  /** Per feature, per bin: [g, h, count]; null once the leaf can no longer be split. */
  hist: Float64Array | null;
  G: number;
  H: number;
  depth: number;
  split: {gain: number; feature: number; bin: number} | null;
}

/**
 * Fit a GBDT classifier.
 * @param X training feature columns (finite numbers)
 * @param y training labels 0/1
 * @param params hyper-parameters (defaults {@link DEFAULT_GBDT})
 * @param valid optional validation rows for early stopping
 * @returns the model, truncated at the best validation round
 * @throws on bad shapes, non-finite features, labels other than 0/1 or out-of-range parameters
 */
export function fitGbdt(
  X: FeatureColumns,
  y: readonly number[],
  params: Partial<GbdtParams> = {},
  valid?: {X: FeatureColumns; y: readonly number[]}
): GbdtModel {
  const p = {...DEFAULT_GBDT, ...params};
  const n = checkColumns("fitGbdt", X, y.length);
  y.forEach((v, i) => {
    if (v !== 0 && v !== 1) throw new Error(`fitGbdt: label ${i} is ${v}, expected 0 or 1`);
  });
  if (!(p.learningRate > 0) || !(p.rowSample > 0 && p.rowSample <= 1) || !(p.featureSample > 0 && p.featureSample <= 1)) {
    throw new Error("fitGbdt: learningRate must be > 0, rowSample and featureSample in (0, 1]");
  }
  if (!(p.maxLeaves >= 2 && p.maxDepth >= 1 && p.rounds >= 1)) throw new Error("fitGbdt: need maxLeaves >= 2, maxDepth >= 1, rounds >= 1");
  const binner = fitBinner(X, p.maxBins);
  const B = applyBinner(binner, X);
  const nf = X.length;
  // each feature's histogram holds only its own bins ([g, h, count] per bin), one after another
  const offset = new Int32Array(nf + 1);
  for (let j = 0; j < nf; j++) offset[j + 1] = offset[j] + (binner.uppers[j].length + 1) * 3;
  const histSize = offset[nf];
  const mean = y.reduce((a, b) => a + b, 0) / n;
  const base = Math.log(Math.max(1e-6, mean) / Math.max(1e-6, 1 - mean));
  const F = new Float64Array(n).fill(base);
  const g = new Float64Array(n),
    h = new Float64Array(n);
  let VB: Uint8Array[] | null = null,
    FV: Float64Array | null = null;
  if (valid) {
    checkColumns("fitGbdt (validation)", valid.X, valid.y.length);
    VB = applyBinner(binner, valid.X);
    FV = new Float64Array(valid.y.length).fill(base);
  }
  const rnd = mulberry32(p.seed);
  const trees: Tree[] = [];
  const validLoss: number[] = [];
  const gainByRound: Float64Array[] = [];
  let bestLoss = Infinity,
    bestRound = 0;

  // Histograms are taken from a pool and returned when their leaf is done: a fresh array per split
  // (hundreds of kilobytes each, thousands per fit) cost more than filling them. Only the sampled
  // features' ranges are read, so only those are cleared; the sums are the same as in a new array.
  // The leaf's gradients are gathered into row order once, not looked up again for every feature, and
  // four features are summed in one pass over the rows: a bin's additions depend on each other, so one
  // feature at a time waits on each addition where a bin repeats (most features have few bins), while
  // four features' bins are independent. Each bin still adds the same values in the same order.
  const pool: Float64Array[] = [];
  const gRows = new Float64Array(n),
    hRows = new Float64Array(n);
  const buildHist = (rows: Uint32Array, feats: number[]): Float64Array => {
    const hist = pool.pop() ?? new Float64Array(histSize);
    const m = rows.length;
    for (let r = 0; r < m; r++) {
      gRows[r] = g[rows[r]];
      hRows[r] = h[rows[r]];
    }
    for (const j of feats) hist.fill(0, offset[j], offset[j + 1]);
    let q = 0;
    for (; q + 4 <= feats.length; q += 4) {
      const j0 = feats[q],
        j1 = feats[q + 1],
        j2 = feats[q + 2],
        j3 = feats[q + 3];
      const c0 = B[j0],
        c1 = B[j1],
        c2 = B[j2],
        c3 = B[j3];
      const f0 = offset[j0],
        f1 = offset[j1],
        f2 = offset[j2],
        f3 = offset[j3];
      for (let r = 0; r < m; r++) {
        const i = rows[r],
          gr = gRows[r],
          hr = hRows[r];
        const o0 = f0 + c0[i] * 3,
          o1 = f1 + c1[i] * 3,
          o2 = f2 + c2[i] * 3,
          o3 = f3 + c3[i] * 3;
        hist[o0] += gr;
        hist[o1] += gr;
        hist[o2] += gr;
        hist[o3] += gr;
        hist[o0 + 1] += hr;
        hist[o1 + 1] += hr;
        hist[o2 + 1] += hr;
        hist[o3 + 1] += hr;
        hist[o0 + 2]++;
        hist[o1 + 2]++;
        hist[o2 + 2]++;
        hist[o3 + 2]++;
      }
    }
    for (; q < feats.length; q++) {
      const col = B[feats[q]],
        off = offset[feats[q]];
      for (let r = 0; r < m; r++) {
        const o = off + col[rows[r]] * 3;
        hist[o] += gRows[r];
        hist[o + 1] += hRows[r];
        hist[o + 2]++;
      }
    }
    return hist;
  };
  const score = (G: number, H: number) => (G * G) / (H + p.lambda);
  const findSplit = (leaf: Leaf, feats: number[]) => {
    let best: Leaf["split"] = null;
    const parent = score(leaf.G, leaf.H);
    const hist = leaf.hist!;
    for (const j of feats) {
      const off = offset[j];
      let GL = 0,
        HL = 0,
        CL = 0;
      const bins = binner.uppers[j].length + 1;
      for (let b = 0; b < bins - 1; b++) {
        const o = off + b * 3;
        GL += hist[o];
        HL += hist[o + 1];
        CL += hist[o + 2];
        const CR = leaf.rows.length - CL,
          HR = leaf.H - HL;
        if (CL < p.minLeafRows || HL < p.minLeafHessian) continue;
        if (CR < p.minLeafRows || HR < p.minLeafHessian) break;
        const gain = 0.5 * (score(GL, HL) + score(leaf.G - GL, HR) - parent);
        if (gain > 1e-12 && (!best || gain > best.gain)) best = {gain, feature: j, bin: b};
      }
    }
    leaf.split = best;
  };
  // A leaf can be split only below maxDepth and with room for two children of minLeafRows each; any
  // other leaf's histogram would never be read (findSplit would find nothing), so none is built.
  const splittable = (rows: number, depth: number) => depth < p.maxDepth && rows >= 2 * p.minLeafRows;
  const release = (leaf: Leaf) => {
    if (leaf.hist) pool.push(leaf.hist);
    leaf.hist = null;
  };

  for (let round = 0; round < p.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const pr = sigmoid(F[i]);
      g[i] = pr - y[i];
      h[i] = pr * (1 - pr);
    }
    const rowList: number[] = [];
    for (let i = 0; i < n; i++) if (p.rowSample >= 1 || rnd() < p.rowSample) rowList.push(i);
    const feats: number[] = [];
    for (let j = 0; j < nf; j++) if (p.featureSample >= 1 || rnd() < p.featureSample) feats.push(j);
    if (feats.length === 0) feats.push(Math.floor(rnd() * nf));
    const tree: Tree = {feature: [-1], bin: [0], left: [-1], right: [-1], value: [0]};
    const rootRows = Uint32Array.from(rowList);
    let G = 0,
      H = 0;
    for (const i of rootRows) {
      G += g[i];
      H += h[i];
    }
    const root: Leaf = {node: 0, rows: rootRows, hist: null, G, H, depth: 0, split: null};
    if (splittable(rootRows.length, 0)) {
      root.hist = buildHist(rootRows, feats);
      findSplit(root, feats);
    }
    const leaves: Leaf[] = [root];
    const roundGain = new Float64Array(nf);
    gainByRound.push(roundGain);
    while (leaves.length < p.maxLeaves) {
      let bi = -1;
      for (let k = 0; k < leaves.length; k++) {
        const s = leaves[k].split;
        if (s && leaves[k].depth < p.maxDepth && (bi < 0 || s.gain > leaves[bi].split!.gain)) bi = k;
      }
      if (bi < 0) break;
      const leaf = leaves[bi];
      const {feature, bin, gain} = leaf.split!;
      roundGain[feature] += gain;
      const col = B[feature];
      const rows = leaf.rows;
      let nl = 0;
      for (let r = 0; r < rows.length; r++) if (col[rows[r]] <= bin) nl++;
      const lr = new Uint32Array(nl),
        rr = new Uint32Array(rows.length - nl);
      let a = 0,
        c = 0;
      for (let r = 0; r < rows.length; r++) {
        const i = rows[r];
        if (col[i] <= bin) lr[a++] = i;
        else rr[c++] = i;
      }
      const small = nl <= rr.length ? lr : rr;
      const depth = leaf.depth + 1;
      // the smaller child's rows are summed; the larger child's histogram is the parent's minus those
      // (small child splittable implies the larger one is: same depth, at least as many rows)
      let smallHist: Float64Array | null = null,
        bigHist: Float64Array | null = null;
      if (splittable(rows.length - small.length, depth)) {
        smallHist = buildHist(small, feats);
        bigHist = leaf.hist!;
        leaf.hist = null;
        for (const j of feats) for (let o = offset[j]; o < offset[j + 1]; o++) bigHist[o] -= smallHist[o];
        if (!splittable(small.length, depth)) {
          pool.push(smallHist);
          smallHist = null;
        }
      } else release(leaf);
      const sums = (rows: Uint32Array) => {
        let gs = 0,
          hs = 0;
        for (let r = 0; r < rows.length; r++) {
          gs += g[rows[r]];
          hs += h[rows[r]];
        }
        return [gs, hs];
      };
      const [GL, HL] = sums(lr),
        [GR, HR] = sums(rr);
      const li = tree.feature.length,
        ri = li + 1;
      tree.feature.push(-1, -1);
      tree.bin.push(0, 0);
      tree.left.push(-1, -1);
      tree.right.push(-1, -1);
      tree.value.push(0, 0);
      tree.feature[leaf.node] = feature;
      tree.bin[leaf.node] = bin;
      tree.left[leaf.node] = li;
      tree.right[leaf.node] = ri;
      const L: Leaf = {node: li, rows: lr, hist: small === lr ? smallHist : bigHist, G: GL, H: HL, depth, split: null};
      const R: Leaf = {node: ri, rows: rr, hist: small === rr ? smallHist : bigHist, G: GR, H: HR, depth, split: null};
      if (L.hist) findSplit(L, feats);
      if (R.hist) findSplit(R, feats);
      leaves.splice(bi, 1, L, R);
    }
    for (const leaf of leaves) {
      release(leaf);
      tree.value[leaf.node] = (-leaf.G / (leaf.H + p.lambda)) * p.learningRate;
    }
    trees.push(tree);
    // update scores of all training rows (also those outside the subsample)
    addTree(tree, B, F);
    if (VB && FV && valid) {
      addTree(tree, VB, FV);
      const loss = logLoss(FV, valid.y);
      validLoss.push(loss);
      if (loss < bestLoss - 1e-9) {
        bestLoss = loss;
        bestRound = round + 1;
      } else if (round + 1 - bestRound >= p.earlyStopping) break;
    }
  }
  const kept = valid ? Math.max(1, bestRound) : trees.length;
  const gain = new Array<number>(nf).fill(0);
  for (let r = 0; r < kept; r++) for (let j = 0; j < nf; j++) gain[j] += gainByRound[r][j];
  return {binner, base, trees: trees.slice(0, kept), validLoss, gain};
}

function addTree(tree: Tree, B: Uint8Array[], F: Float64Array): void {
  for (let i = 0; i < F.length; i++) {
    let k = 0;
    while (tree.feature[k] >= 0) k = B[tree.feature[k]][i] <= tree.bin[k] ? tree.left[k] : tree.right[k];
    F[i] += tree.value[k];
  }
}

/**
 * A fitted model laid out for prediction: every tree's internal nodes in flat typed arrays, each split's
 * bin turned into the raw value it stands for, so a row is routed without binning it first.
 *
 * A row goes left at a node when its bin (the number of cut points below its value, {@link applyBinner})
 * is <= the node's bin b. For a value x that is not NaN and cut points u in ascending order, that bin is
 * the first index whose cut point is >= x, so "bin <= b" holds exactly when x <= u[b]: the compiled
 * comparison `x <= threshold` sends every row to the same leaf as the binned walk (NaN never gets here:
 * non-finite features are refused, as applyBinner refuses them).
 */
export interface CompiledGbdt {
  /** Features per row. */
  features: number;
  base: number;
  /** Per tree, its root: an internal node's index, or ~leaf for a tree that is a single leaf. */
  roots: Int32Array;
  /** Per internal node: the feature read, the raw threshold (go left when value <= threshold), the children. */
  feature: Int32Array;
  threshold: Float64Array;
  /** A child is an internal node's index (>= 0) or ~leaf (< 0), the leaf's index into `leaf`. */
  left: Int32Array;
  right: Int32Array;
  leaf: Float64Array;
}

const compiled = new WeakMap<GbdtModel, CompiledGbdt>();

/**
 * The model compiled for prediction (see {@link CompiledGbdt}), once per model object: a model is not
 * changed after fitting, so the compiled form is kept with it.
 * @param model a fitted model
 * @throws if a node reads a feature the binner does not have
 */
export function compileGbdt(model: GbdtModel): CompiledGbdt {
  let c = compiled.get(model);
  if (c) return c;
  const {uppers} = model.binner;
  let internal = 0,
    leaves = 0;
  for (const t of model.trees)
    for (const f of t.feature) {
      if (f >= 0) internal++;
      else leaves++;
    }
  const feature = new Int32Array(internal),
    threshold = new Float64Array(internal),
    left = new Int32Array(internal),
    right = new Int32Array(internal),
    leaf = new Float64Array(leaves),
    roots = new Int32Array(model.trees.length);
  let ni = 0,
    nl = 0;
  model.trees.forEach((t, ti) => {
    // number this tree's nodes: internal ones from ni up, leaves from nl up, in node order
    const id = t.feature.map((f, k) => {
      if (f >= 0) return ni++;
      leaf[nl] = t.value[k];
      return ~nl++;
    });
    t.feature.forEach((f, k) => {
      if (f < 0) return;
      const u = uppers[f];
      if (!u) throw new Error(`compileGbdt: a node reads feature ${f}, the binner has ${uppers.length}`);
      const i = id[k];
      feature[i] = f;
      // a split's bin is below the feature's last bin; were it not, every bin goes left (x <= +∞)
      threshold[i] = t.bin[k] < u.length ? u[t.bin[k]] : Infinity;
      left[i] = id[t.left[k]];
      right[i] = id[t.right[k]];
    });
    roots[ti] = id[0];
  });
  c = {features: uppers.length, base: model.base, roots, feature, threshold, left, right, leaf};
  compiled.set(model, c);
  return c;
}

/**
 * Predicted fraud probabilities p = σ(base + Σ trees), the trees added in order (as the fit adds them).
 *
 * The compiled model ({@link compileGbdt}) is applied one tree at a time to every row (the tree's nodes
 * stay in cache and the root's feature is read in row order), on the raw values copied into one flat
 * column-major array; no row is binned.
 * @param model a fitted model
 * @param X feature columns in the training order
 * @throws if the columns do not match the model or a value is not finite (naming the first such value)
 */
export function predictGbdt(model: GbdtModel, X: FeatureColumns): Float64Array {
  if (X.length === 0) throw new Error("predictGbdt: no feature columns");
  const n = X[0].length;
  const c = compileGbdt(model);
  const nf = c.features;
  if (X.length !== nf) throw new Error(`predictGbdt: ${X.length} features, the model has ${nf}`);
  const {roots, feature, threshold, left, right, leaf} = c;
  const values = new Float64Array(n * nf);
  for (let j = 0; j < nf; j++) {
    const col = X[j];
    if (col.length !== n) checkColumns("predictGbdt", X);
    const o = j * n;
    for (let i = 0; i < n; i++) {
      const v = col[i];
      // v − v is 0 for a finite v and NaN otherwise; checkColumns then names the first bad value
      if (v - v !== 0) checkColumns("predictGbdt", X);
      values[o + i] = v;
    }
  }
  const F = new Float64Array(n).fill(c.base);
  for (let t = 0; t < roots.length; t++) {
    const root = roots[t];
    for (let i = 0; i < n; i++) {
      let k = root;
      while (k >= 0) k = values[feature[k] * n + i] <= threshold[k] ? left[k] : right[k];
      F[i] += leaf[~k];
    }
  }
  for (let i = 0; i < n; i++) F[i] = sigmoid(F[i]);
  return F;
}
