/**
 * English catalogue texts found on a Chinese page (issue 16: "a test fails when a Chinese page shows an
 * English UI string from the catalogue"). Each English text is cut at its parameters into fragments; a
 * fragment counts when it is at least {@link MIN_FRAGMENT} characters of letters and is not itself part of
 * any Chinese text (field names such as "Item Price" are kept in Latin script inside Chinese sentences).
 */
import {CATALOGUE, type Text} from "./catalogue.js";

/** Shorter fragments ("rank", "name", "x*") are too common in names, codes and data to tell a leak. */
export const MIN_FRAGMENT = 6;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The English fragments worth looking for, each with the key it comes from.
 * @param catalogue the texts (default: the whole catalogue)
 * @returns fragments of each text's English split at `{param}`, trimmed of spaces and punctuation at the
 *   ends, of length ≥ MIN_FRAGMENT with a letter in them, that no Chinese text contains
 */
export function englishFragments(catalogue: Readonly<Record<string, Text>> = CATALOGUE): {key: string; fragment: string}[] {
  const chinese = Object.values(catalogue).map((x) => x.zh);
  const out: {key: string; fragment: string}[] = [];
  for (const [key, text] of Object.entries(catalogue)) {
    if (text.en === text.zh) continue;
    for (const raw of text.en.split(/\{\w+\}/)) {
      const fragment = raw.replace(/^[\s.,;:()·—–“”"'!?]+|[\s.,;:()·—–“”"'!?]+$/g, "");
      if (fragment.length < MIN_FRAGMENT || !/[A-Za-z]{2}/.test(fragment)) continue;
      if (chinese.some((zh) => zh.includes(fragment))) continue;
      out.push({key, fragment});
    }
  }
  return out;
}

/**
 * The English catalogue fragments among a page's texts. A fragment of several words counts wherever it
 * stands as whole words; a one-word fragment ("Answer", "Weight") only as a whole text: such words also
 * occur inside the dataset's own names ("Country of Origin Indicator"), which a Chinese page shows as data.
 * @param texts the page's visible texts, one per text node, label or tooltip
 * @param fragments from {@link englishFragments}
 * @returns each fragment found with its key, in catalogue order, once
 * @example englishLeaks(["练习 1", "Answer"], englishFragments()) // [{key: "exercise.answer", fragment: "Answer"}]
 */
export function englishLeaks(texts: readonly string[], fragments = englishFragments()): {key: string; fragment: string}[] {
  const seen = new Set<string>();
  const whole = new Set(texts.map((x) => x.trim()));
  return fragments.filter(({fragment}) => {
    if (seen.has(fragment)) return false;
    let found: boolean;
    if (!/\s/.test(fragment)) found = whole.has(fragment);
    else {
      const start = /^\w/.test(fragment) ? "\\b" : "";
      const end = /\w$/.test(fragment) ? "\\b" : "";
      const re = new RegExp(start + escapeRegExp(fragment) + end);
      found = texts.some((x) => re.test(x));
    }
    if (found) seen.add(fragment);
    return found;
  });
}
