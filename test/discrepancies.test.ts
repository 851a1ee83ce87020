/**
 * The discrepancy log in both languages (src/lib/paper/discrepancies.ts, its Chinese texts in
 * src/lib/paper/discrepanciesZh.ts): every entry has both, and the Chinese keeps what the English states.
 * Expected values: the English entries themselves (the source of the numbers).
 */
import {describe, expect, test} from "vitest";
import {DISCREPANCIES} from "../src/lib/paper/discrepancies.js";
import {discrepanciesIn} from "../src/lib/paper/discrepanciesZh.js";
import {DISCREPANCIES_ZH} from "../src/lib/paper/discrepanciesZh.js";

const FIELDS = ["where", "title", "paper", "ours", "size", "cause", "evidence"] as const;
/** Numbers as written: 30866.000000000004, 4e-5, 1.3e-9, 70/15/15 (three numbers). */
const numbers = (s: string) => new Set(s.match(/\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []);
const codeSpans = (s: string) => (s.match(/`[^`]+`/g) ?? []).sort();
const CJK = /[\u4e00-\u9fff]/;
/** English words of a text, leaving out `code`, file names and paths (test/zones.test.ts). */
const words = (s: string) =>
  s
    .replace(/`[^`]+`/g, "")
    .split(/\s+/)
    .filter((w) => /[A-Za-z]{3}/.test(w) && !/[/.]\w/.test(w));

test("every entry has a Chinese text, and no Chinese text is for an entry the log does not have", () => {
  expect(Object.keys(DISCREPANCIES_ZH).sort()).toEqual(DISCREPANCIES.map((d) => d.id).sort());
});

describe.each(DISCREPANCIES.map((d) => [d.id, d] as const))("%s in both languages", (id, en) => {
  const zh = DISCREPANCIES_ZH[id];
  test.each(FIELDS)(
    "%s: both non-empty; the Chinese is Chinese (or the same formula), with every number and `code` of the English",
    (field) => {
      expect(en[field].trim()).not.toBe("");
      expect(zh[field].trim()).not.toBe("");
      // Chinese wherever the English has words: values ("7275.84", "[0.6846, 1)") and file paths stay as they are
      if (words(en[field]).length > 0) expect(zh[field]).toMatch(CJK);
      const missing = [...numbers(en[field])].filter((n) => !numbers(zh[field]).has(n));
      expect(missing, `${id}.${field}: numbers of the English missing in the Chinese`).toEqual([]);
      expect(codeSpans(zh[field])).toEqual(codeSpans(en[field]));
    }
  );
  test("one Chinese text for each line of the authors' code it cites", () => {
    expect(zh.code?.length ?? 0).toBe(en.code?.length ?? 0);
    (zh.code ?? []).forEach((s, i) => {
      expect(s).toMatch(CJK);
      expect([...numbers(en.code![i].shows)].filter((n) => !numbers(s).has(n))).toEqual([]);
    });
  });
});

describe("discrepanciesIn", () => {
  test("English: the log itself", () => expect(discrepanciesIn("en")).toEqual(DISCREPANCIES));
  test("Chinese: the Chinese texts, with the ids, scopes and code references of the log", () => {
    const zh = discrepanciesIn("zh");
    expect(zh.map((d) => d.id)).toEqual(DISCREPANCIES.map((d) => d.id));
    zh.forEach((d, i) => {
      const en = DISCREPANCIES[i];
      for (const f of FIELDS) expect(d[f]).toBe(DISCREPANCIES_ZH[d.id][f]);
      expect(d.scope).toBe(en.scope);
      expect(d.code?.map(({file, lines}) => ({file, lines}))).toEqual(en.code?.map(({file, lines}) => ({file, lines})));
      expect(d.code?.map((r) => r.shows)).toEqual(DISCREPANCIES_ZH[d.id].code);
    });
  });
  test("does not change the log", () => {
    const before = JSON.stringify(DISCREPANCIES);
    discrepanciesIn("zh");
    expect(JSON.stringify(DISCREPANCIES)).toBe(before);
  });
});
