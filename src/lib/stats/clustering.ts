/**
 * Agglomerative hierarchical clustering (average linkage, UPGMA) of items given their distance matrix,
 * the leaf order of the dendrogram, cuts into k clusters, and the adjusted Rand index to compare a
 * clustering with a given grouping.
 *
 * Average linkage: d(A, B) = (1 / |A||B|) sum_{a in A, b in B} d(a, b); at each step the two closest
 * clusters merge (ties: the pair with the smallest indices). References: Sokal & Michener (1958);
 * Hubert & Arabie (1985), "Comparing partitions", J. Classification 2, 193-218 (the ARI).
 */

export interface Merge {
  /** Cluster ids: 0..n-1 are the items, n + k is the cluster made by merge k. */
  left: number;
  right: number;
  /** Average distance between the two merged clusters. */
  height: number;
  /** Items in the merged cluster. */
  size: number;
}

export interface Dendrogram {
  merges: Merge[];
  /** Items in dendrogram order (left to right). */
  order: number[];
}

/**
 * Cluster n items with average linkage.
 * @param distance n x n, symmetric, zero diagonal, non-negative; not mutated
 * @throws if the matrix is not square and symmetric with finite non-negative entries
 */
export function averageLinkage(distance: readonly (readonly number[])[]): Dendrogram {
  const n = distance.length;
  if (n < 1) throw new Error("averageLinkage: no items");
  distance.forEach((row, i) => {
    if (row.length !== n) throw new Error(`averageLinkage: row ${i + 1} has ${row.length} values, expected ${n}`);
    row.forEach((d, j) => {
      if (!Number.isFinite(d) || d < 0)
        throw new Error(`averageLinkage: distance [${i + 1}][${j + 1}] is not a non-negative number (${d})`);
      if (Math.abs(d - distance[j][i]) > 1e-12)
        throw new Error(`averageLinkage: the distance matrix is not symmetric at [${i + 1}][${j + 1}]`);
    });
  });
  const members = new Map<number, number[]>(Array.from({length: n}, (_, i) => [i, [i]]));
  const merges: Merge[] = [];
  const avg = (a: number[], b: number[]) => a.reduce((s, i) => s + b.reduce((t, j) => t + distance[i][j], 0), 0) / (a.length * b.length);
  while (members.size > 1) {
    const ids = [...members.keys()];
    let best: [number, number, number] = [Infinity, -1, -1];
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const d = avg(members.get(ids[x])!, members.get(ids[y])!);
        if (d < best[0]) best = [d, ids[x], ids[y]];
      }
    }
    const [height, left, right] = best;
    const merged = [...members.get(left)!, ...members.get(right)!];
    members.delete(left);
    members.delete(right);
    members.set(n + merges.length, merged);
    merges.push({left, right, height, size: merged.length});
  }
  const leaves = (id: number): number[] => (id < n ? [id] : [...leaves(merges[id - n].left), ...leaves(merges[id - n].right)]);
  return {merges, order: leaves(n === 1 ? 0 : n + merges.length - 1)};
}

/**
 * Cut a dendrogram into k clusters (undo the last k - 1 merges).
 * @returns a cluster label 0..k-1 per item, numbered in order of first appearance
 * @throws if k is not in 1..n
 */
export function cutTree({merges}: Dendrogram, k: number): number[] {
  const n = merges.length + 1;
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error(`cutTree: k must be an integer in 1..${n}, got ${k}`);
  const parent = Array.from({length: 2 * n - 1}, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  merges.slice(0, n - k).forEach((m, t) => {
    parent[find(m.left)] = n + t;
    parent[find(m.right)] = n + t;
  });
  const label = new Map<number, number>();
  return Array.from({length: n}, (_, i) => {
    const r = find(i);
    if (!label.has(r)) label.set(r, label.size);
    return label.get(r)!;
  });
}

/**
 * Adjusted Rand index between two labelings of the same items: 1 for identical partitions, about 0 for
 * chance agreement. ARI = (sum_ij C(n_ij, 2) - E) / (max - E), E = sum_i C(a_i, 2) sum_j C(b_j, 2) / C(n, 2),
 * max = (sum_i C(a_i, 2) + sum_j C(b_j, 2)) / 2.
 * @throws if the labelings differ in length or have fewer than 2 items
 */
export function adjustedRandIndex(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  if (a.length !== b.length) throw new Error(`adjustedRandIndex: ${a.length} vs ${b.length} labels`);
  if (a.length < 2) throw new Error("adjustedRandIndex: need at least 2 items");
  const c2 = (x: number) => (x * (x - 1)) / 2;
  const count = (keys: string[]) => [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>()).values()];
  const pairs = count(a.map((x, i) => `${x}\u0000${b[i]}`)).reduce((s, x) => s + c2(x), 0);
  const sa = count(a.map(String)).reduce((s, x) => s + c2(x), 0);
  const sb = count(b.map(String)).reduce((s, x) => s + c2(x), 0);
  const expected = (sa * sb) / c2(a.length);
  const max = (sa + sb) / 2;
  return max === expected ? 1 : (pairs - expected) / (max - expected);
}
