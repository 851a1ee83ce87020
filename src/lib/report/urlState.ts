/**
 * The one URL-state module: every page that keeps its state in its address (weights' choices, the health
 * check, the training lab, the planner) reads and writes it here, so a shared address opens the same view,
 * a page never drops another page's keys (e.g. ?classroom=1), and a bad key is reported and ignored on its
 * own instead of losing the rest.
 */

/** Reads one parameter's text; throws an Error whose message says what is wrong with it. */
export type Parser<T> = (raw: string) => T;

/** What a query string held: the values that parsed, and one message per key that did not. */
export interface ReadResult<T> {
  values: Partial<T>;
  problems: string[];
}

/**
 * Read the parameters named by `parsers` from a query string. A key that is absent is left out of
 * `values`; a key whose parser throws is left out too and reported as "key message" (e.g. "epochs must be an integer in 1..100000, got \"1.5\"").
 * @param search a query string ("?a=1&b=2" or "a=1")
 * @param parsers one parser per key
 */
export function readParams<T extends object>(search: string, parsers: {[K in keyof T]: Parser<T[K]>}): ReadResult<T> {
  const q = new URLSearchParams(search);
  const values: Partial<T> = {};
  const problems: string[] = [];
  for (const key of Object.keys(parsers) as (keyof T & string)[]) {
    const raw = q.get(key);
    if (raw === null) continue;
    try {
      values[key] = parsers[key](raw);
    } catch (e) {
      problems.push(`${key} ${(e as Error).message}`);
    }
  }
  return {values, problems};
}

/**
 * Set or delete some keys of a query string and keep every other key, in order.
 * @param search the current query string
 * @param updates key → new text, or null to delete the key
 * @returns "?…" or "" when nothing is left
 */
export function mergeSearch(search: string, updates: Readonly<Record<string, string | null>>): string {
  const q = new URLSearchParams(search);
  for (const [k, v] of Object.entries(updates)) {
    if (v === null) q.delete(k);
    else q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/**
 * Replace the keys a component owns by those of its own query, keeping the page's other keys.
 * @param search the page's query string
 * @param owns whether a key belongs to the component
 * @param own the component's query (its keys must all be owned)
 * @throws if `own` holds a key the component does not own
 */
export function replaceOwnKeys(search: string, owns: (key: string) => boolean, own: string): string {
  const mine = new URLSearchParams(own);
  for (const k of mine.keys()) if (!owns(k)) throw new Error(`replaceOwnKeys: "${k}" is not a key of this component`);
  const drop = Object.fromEntries([...new URLSearchParams(search).keys()].filter(owns).map((k) => [k, null]));
  return mergeSearch(mergeSearch(search, drop), Object.fromEntries(mine));
}

/** A parser accepting one of the listed values. */
export function oneOf<V extends string>(values: readonly V[]): Parser<V> {
  return (raw) => {
    if (!(values as readonly string[]).includes(raw)) throw new Error(`must be one of ${values.join(", ")}, got "${raw}"`);
    return raw as V;
  };
}

/** A parser of an integer in [min, max]. */
export function integer(min: number, max: number): Parser<number> {
  return (raw) => {
    const x = Number(raw);
    if (raw.trim() === "" || !Number.isInteger(x) || x < min || x > max)
      throw new Error(`must be an integer in ${min}..${max}, got "${raw}"`);
    return x;
  };
}

/** A parser of a finite number > 0 (or >= 0 with allowZero). */
export function positive(allowZero = false): Parser<number> {
  return (raw) => {
    const x = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(x) || x < 0 || (!allowZero && x === 0)) {
      throw new Error(`must be a ${allowZero ? "non-negative" : "positive"} number, got "${raw}"`);
    }
    return x;
  };
}

/** The text as it is (free fields such as the health check's values, validated by their own form). */
export const text: Parser<string> = (raw) => raw;
