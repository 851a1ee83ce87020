/** Toy classification data for model tests: three uniform [0, 1) columns (seeded); `label` decides y. */
import {mulberry32} from "../src/lib/stats/random.js";

export function toyData(n: number, seed: number, label: (x0: number, x1: number) => boolean): {X: Float64Array[]; y: number[]} {
  const rnd = mulberry32(seed);
  const X = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    X[0][i] = rnd();
    X[1][i] = rnd();
    X[2][i] = rnd();
    y.push(label(X[0][i], X[1][i]) ? 1 : 0);
  }
  return {X, y};
}
