/**
 * scikit-learn's `train_test_split(..., test_size, random_state)` (no stratification), re-implemented so
 * the authors' split of their 13 expert rows can be recomputed without Python.
 *
 * Chain: `ShuffleSplit` draws `np.random.RandomState(seed).permutation(n)`; the first
 * ceil(test_size * n) indices are the test rows, the next n - n_test the training rows.
 * `RandomState(seed)` is Mersenne Twister MT19937 seeded with `init_genrand(seed)` (Matsumoto &
 * Nishimura, 1998); `permutation` is numpy's legacy Fisher-Yates shuffle, drawing each index j <= i
 * by masked rejection on 32-bit outputs (numpy `random_interval`).
 * Checked against numpy 2.4 in test/trainTestSplit.test.ts.
 */

/** MT19937 (32-bit Mersenne Twister), seeded like numpy's legacy `RandomState(seed)` for an integer seed. */
export class MersenneTwister {
  private readonly mt = new Uint32Array(624);
  private index = 624;

  /** @throws if the seed is not an integer in [0, 2^32 - 1] (numpy's rule). */
  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new Error(`MersenneTwister: seed must be an integer between 0 and 2^32 - 1, got ${seed}`);
    }
    this.mt[0] = seed >>> 0;
    for (let i = 1; i < 624; i++) {
      const prev = this.mt[i - 1] ^ (this.mt[i - 1] >>> 30);
      this.mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
  }

  /** The next 32-bit unsigned output (genrand_int32). */
  nextUint32(): number {
    const mt = this.mt;
    if (this.index >= 624) {
      for (let k = 0; k < 624; k++) {
        const y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7fffffff);
        mt[k] = mt[(k + 397) % 624] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A uniform integer in [0, max] by masked rejection (numpy's legacy `random_interval`, max < 2^32). */
  interval(max: number): number {
    if (max === 0) return 0;
    let mask = max;
    for (const s of [1, 2, 4, 8, 16]) mask |= mask >>> s;
    mask >>>= 0;
    let v: number;
    do v = (this.nextUint32() & mask) >>> 0;
    while (v > max);
    return v;
  }
}

/**
 * numpy's `np.random.RandomState(seed).permutation(n)`.
 * @example numpyPermutation(13, 42) // [11, 9, 0, 8, 5, 2, 1, 12, 4, 7, 10, 3, 6]
 */
export function numpyPermutation(n: number, seed: number): number[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`numpyPermutation: n must be a non-negative integer, got ${n}`);
  const rng = new MersenneTwister(seed);
  const a = Array.from({length: n}, (_, i) => i);
  for (let i = n - 1; i >= 1; i--) {
    const j = rng.interval(i);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * The row indices `train_test_split(range(n), test_size=testSize, random_state=seed)` returns
 * (a float test size, no stratification, shuffle=True).
 * n_test = ceil(testSize * n); n_train = n - n_test.
 * @returns {train, test} as 0-based row indices, in scikit-learn's order
 * @throws if testSize is not in (0, 1) or leaves an empty train or test set
 */
export function trainTestSplit(n: number, testSize: number, seed: number): {train: number[]; test: number[]} {
  if (!(testSize > 0 && testSize < 1)) throw new Error(`trainTestSplit: testSize must be in (0, 1), got ${testSize}`);
  const nTest = Math.ceil(testSize * n);
  const nTrain = n - nTest;
  if (nTest < 1 || nTrain < 1) throw new Error(`trainTestSplit: ${n} rows leave an empty train or test set`);
  const p = numpyPermutation(n, seed);
  return {test: p.slice(0, nTest), train: p.slice(nTest, nTest + nTrain)};
}
