/**
 * The method's display formulas (src/lib/method/formulas.ts): each is valid TeX for KaTeX in both languages,
 * its \text words come from the catalogue in the page's language, and the symbols are the same in both.
 */
import katex from "katex";
import {describe, expect, test} from "vitest";
import {LANGS, t} from "../src/lib/i18n/index.js";
import {formulaTex, type FormulaName} from "../src/lib/i18n/formulas.js";

const NAMES: FormulaName[] = ["ridge", "entropyNormalise", "entropy", "entropyWeights", "radarShape", "radarValue", "selection"];
const HAN = /\p{Script=Han}/u;
const texts = (source: string) => [...source.matchAll(/\\text\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)].map((m) => m[1]);

describe.each(NAMES)("%s", (name) => {
  test.each(LANGS)("renders in %s", (lang) => {
    expect(() => katex.renderToString(formulaTex(name, lang), {throwOnError: true, displayMode: true})).not.toThrow();
  });

  test("only the words in \\text differ between the languages; Chinese words on the Chinese side", () => {
    const en = formulaTex(name, "en"),
      zh = formulaTex(name, "zh");
    const strip = (s: string) => s.replace(/\\text\{([^{}]|\{[^{}]*\})*\}/g, "T");
    expect(strip(zh)).toBe(strip(en));
    for (const w of texts(zh)) expect(HAN.test(w), w).toBe(true);
    for (const w of texts(en)) expect(HAN.test(w), w).toBe(false);
  });
});

test("the selection formula uses the catalogue's words", () => {
  // the words of src/lib/i18n/texts/formula.ts, with k% as inline math
  expect(formulaTex("selection", "zh")).toContain(`\\text{${t("zh", "formula.fraudsInTop", {k: "$k\\%$"})}}`);
  expect(formulaTex("selection", "en")).toContain("\\text{frauds in the top $k\\%$}");
});
