/**
 * A seeded pseudo-random generator, so every shuffle, subsample and split in this project repeats.
 *
 * Mulberry32 (Tommy Ettinger, public domain): a 32-bit state advanced by 0x6D2B79F5 and mixed by two
 * multiply-xorshift rounds; period 2^32, good enough for sampling rows (not for cryptography).
 */

/**
 * A generator of uniform numbers in [0, 1) from a 32-bit seed.
 * @param seed any integer (taken modulo 2^32)
 * @returns a function returning the next number in [0, 1)
 * @throws if the seed is not a finite number
 * @example const rnd = mulberry32(1); rnd(); // 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
  if (!Number.isFinite(seed)) throw new Error(`mulberry32: seed ${seed} is not a finite number`);
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
 * A random permutation of 0..n-1 (Fisher-Yates with the given generator).
 * @param n length
 * @param rnd a generator from {@link mulberry32}
 */
export function permutation(n: number, rnd: () => number): number[] {
  const p = Array.from({length: n}, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}
