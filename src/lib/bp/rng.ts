/**
 * Seeded randomness for the BP trainers, so that a seed reproduces a training run exactly (weight
 * initialisation and batch order) in Node and in the browser alike. The generator is the project's one
 * mulberry32 (src/lib/stats/random.ts).
 */
export {mulberry32} from "../stats/random.js";

/**
 * Fisher-Yates shuffle of `items` with the uniform source `rand` (a new array; the input is not mutated).
 * @param items the values to shuffle.
 * @param rand a uniform [0, 1) source, e.g. from {@link mulberry32}.
 * @returns a permutation of `items`.
 */
export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
