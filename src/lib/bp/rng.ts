/**
 * A small seeded pseudo-random generator, so that a seed reproduces a training run exactly (weight
 * initialisation and batch order) in Node and in the browser alike.
 */

/**
 * mulberry32: a 32-bit state generator returning uniforms in [0, 1).
 * Reference: Tommy Ettinger's mulberry32 (public domain), as used by many seeded JS libraries.
 * @param seed any finite number (its lower 32 bits are used).
 * @returns a function returning the next uniform in [0, 1).
 * @throws if the seed is not a finite number.
 * @example const r = mulberry32(1); r(); // 0.627...
 */
export function mulberry32(seed: number): () => number {
  if (!Number.isFinite(seed)) throw new Error(`mulberry32: seed must be a finite number, got ${seed}`);
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
