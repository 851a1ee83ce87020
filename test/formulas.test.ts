/**
 * The method's display formulas (src/lib/method/formulas.ts): each is valid TeX for KaTeX in both languages,
 * its \text words come from the catalogue in the page's language, and the symbols are the same in both.
 */
import katex from "katex";
import {describe, expect, test} from "vitest";
import {LANGS, t} from "../src/lib/i18n/index.js";
import {formulaTex, type FormulaLayout, type FormulaName} from "../src/lib/i18n/formulas.js";

const NAMES: FormulaName[] = ["ridge", "entropyNormalise", "entropy", "entropyWeights", "radarShape", "radarValue", "selection"];
const HAN = /\p{Script=Han}/u;
const texts = (source: string) => [...source.matchAll(/\\text\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)].map((m) => m[1]);

const LAYOUTS: FormulaLayout[] = ["wide", "narrow"];
const lines = (source: string) => source.split(/\\\\(?:\[[^\]]*\])?/).length;

describe.each(NAMES)("%s", (name) => {
  test.each(LANGS.flatMap((lang) => LAYOUTS.map((layout) => [lang, layout] as const)))("renders in %s, %s", (lang, layout) => {
    expect(() => katex.renderToString(formulaTex(name, lang, layout), {throwOnError: true, displayMode: true})).not.toThrow();
  });

  test("the narrow layout has more lines than the wide one, with the same words and the same symbols", () => {
    for (const lang of LANGS) {
      const wide = formulaTex(name, lang, "wide"),
        narrow = formulaTex(name, lang, "narrow");
      expect(lines(narrow), lang).toBeGreaterThan(lines(wide));
      expect(texts(narrow).sort(), lang).toEqual(texts(wide).sort());
      // every symbol (a command or a letter with its subscript) of the wide one is in the narrow one
      const symbols = (s: string) =>
        new Set(s.replace(/\\text\{([^{}]|\{[^{}]*\})*\}/g, "").match(/\\[a-zA-Z]+|[A-Za-z](?:_\{?[a-z0-9]+\}?)?/g));
      const inNarrow = symbols(narrow);
      const layoutOnly = new Set(["\\qquad", "\\quad", "\\sqrt", "\\cdot", "aligned", "\\begin", "\\end"]);
      for (const sym of symbols(wide)) if (!layoutOnly.has(sym)) expect(inNarrow.has(sym), `${lang}: ${sym}`).toBe(true);
    }
  });

  test.each(LAYOUTS)("only the words in \\text differ between the languages (%s); Chinese words on the Chinese side", (layout) => {
    const en = formulaTex(name, "en", layout),
      zh = formulaTex(name, "zh", layout);
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
