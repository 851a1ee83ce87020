/** Intervals for a proportion. Reference: Wilson (1927); Agresti and Coull (1998). */

/**
 * Wilson score interval for a proportion k / n at z (1.96: 95%).
 * @returns [lower, upper], or null when n = 0
 * @throws if k is not an integer in [0, n]
 */
export function wilsonInterval(k: number, n: number, z = 1.96): [number, number] | null {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || k > n)
    throw new Error(`wilsonInterval: need integers 0 <= k <= n, got k = ${k}, n = ${n}`);
  if (n === 0) return null;
  const p = k / n,
    z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
