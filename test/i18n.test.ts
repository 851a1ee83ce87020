/**
 * The catalogue of texts (src/lib/i18n): no key lacks a language, both languages take the same
 * parameters, the Chinese text is Chinese; t fills parameters and fails loudly; numbers are written for
 * the locale; a path's twin and language; the glossary pairs every term.
 */
import {describe, expect, test} from "vitest";
import {
  CATALOGUE,
  englishFragments,
  englishLeaks,
  formatNumber,
  formatPercent,
  glossary,
  langOfPath,
  paramsOf,
  relativeHref,
  t,
  TEXT_PARTS,
  twinPath,
  zoneNamed,
  type TextKey
} from "../src/lib/i18n/index.js";
import {INDICATORS} from "../src/lib/method/indicators.js";
import {FONT_CSS, pageHeader} from "../src/lib/report/pageShell.js";
import {chineseAnchors, headingSlug} from "../src/lib/i18n/anchors.js";

/** Chinese characters or full-width punctuation (“：”, “（”, “。”). */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
/** Keys whose Chinese text is meant to be in Latin script (the switch to English names its target). */
const LATIN_ZH = new Set<string>(["switch.label", "switch.title", "zone.named"]);

describe("the catalogue", () => {
  const entries = Object.entries(CATALOGUE) as [TextKey, {en: unknown; zh: unknown}][];
  test.each(entries)("%s has both languages, the same parameters, Chinese in zh", (key, text) => {
    expect(typeof text.en === "string" && text.en.trim() !== "", `${key}: English missing`).toBe(true);
    expect(typeof text.zh === "string" && text.zh.trim() !== "", `${key}: Chinese missing`).toBe(true);
    expect(paramsOf(text.zh as string), `${key}: parameters differ`).toEqual(paramsOf(text.en as string));
    if (!LATIN_ZH.has(key)) expect(CJK.test(text.zh as string), `${key}: the Chinese text has no Chinese`).toBe(true);
  });

  test("no key is defined in two parts of the catalogue (the merge would silently keep the last)", () => {
    const counts = new Map<string, string[]>();
    for (const [part, texts] of Object.entries(TEXT_PARTS))
      for (const key of Object.keys(texts)) counts.set(key, [...(counts.get(key) ?? []), part]);
    expect([...counts].filter(([, parts]) => parts.length > 1)).toEqual([]);
    expect(Object.keys(CATALOGUE).length).toBe(counts.size);
  });

  test("a text lacking a language fails the check above (the check is not vacuous)", () => {
    expect(paramsOf("{a} and {b} and {a}")).toEqual(["a", "b"]);
    expect(CJK.test("Loaded declaration 1.")).toBe(false);
  });
});

describe("t", () => {
  test("fills parameters; numbers are written for the locale", () => {
    expect(t("en", "form.loaded", {id: "97061800"})).toBe("Loaded declaration 97061800.");
    expect(t("zh", "form.loaded", {id: "97061800"})).toBe("已载入申报 97061800。");
    expect(t("en", "form.notFound", {id: "1", n: 54000})).toBe("No declaration has the ID “1” in the dataset's 54,000 declarations.");
  });
  test("a missing parameter or an unknown key throws, naming the key", () => {
    expect(() => t("en", "form.loaded")).toThrow(/"form.loaded" needs the parameter \{id\}/);
    expect(() => t("zh", "no.such.key" as TextKey)).toThrow(/no text "no.such.key"/);
  });
  test("zones inside sentences", () => {
    expect(zoneNamed("en", "safety")).toBe("Safety zone");
    expect(zoneNamed("en", "general", {lower: true})).toBe("general zone");
    expect(zoneNamed("zh", "severe")).toBe("严重预警区");
  });
});

describe("numbers for the locale", () => {
  test("zh-CN and en-US group by thousands; fixed decimals round like toFixed", () => {
    expect(formatNumber("zh", 54000)).toBe("54,000");
    expect(formatNumber("en", 1234.5678, 2)).toBe("1,234.57");
    // toFixed and Intl both round the exact binary value half up: 0.125 → 0.13, 1.005 (binary 1.00499…) → 1.00
    for (const x of [0.28834, 0.125, 1.005, 0.3142315, 0.99995, 12.25, 0]) expect(formatNumber("en", x, 2)).toBe(x.toFixed(2));
    expect(formatNumber("en", -0.0001, 2)).toBe("0.00");
    expect(formatNumber("en", -1234.5, 1)).toBe("-1,234.5");
    expect(formatNumber("en", 83743051.25, 0, 2)).toBe("83,743,051");
    expect(formatNumber("zh", 2.345678, undefined, 2)).toBe((2.345678).toLocaleString("en-US", {maximumFractionDigits: 2}));
    for (const x of [0.0554, 0.1234567, 0.99949]) expect(formatPercent("zh", x)).toBe(`${(100 * x).toFixed(1)}%`);
  });
  test("a non-finite number is written as a dash, never NaN", () => {
    expect(formatNumber("zh", NaN, 2)).toBe("—");
    expect(formatPercent("en", Infinity)).toBe("—");
  });
});

describe("paths", () => {
  test("language by path", () => {
    expect(["/zh/", "/zh/index", "/zh/score", "zh"].map(langOfPath)).toEqual(["zh", "zh", "zh", "zh"]);
    expect(["/", "/index", "/score", "/zhong"].map(langOfPath)).toEqual(["en", "en", "en", "en"]);
  });
  test("twins both ways, the index as /", () => {
    expect(twinPath("/score", "zh")).toBe("/zh/score");
    expect(twinPath("/index", "zh")).toBe("/zh/");
    expect(twinPath("/zh/index", "en")).toBe("/");
    expect(twinPath("/zh/health-check", "en")).toBe("/health-check");
    expect(twinPath("/zh/score", "zh")).toBe("/zh/score");
  });
  test("relative links", () => {
    expect(relativeHref("/score", "/zh/score")).toBe("./zh/score");
    expect(relativeHref("/zh/score", "/score")).toBe("../score");
    expect(relativeHref("/zh/index", "/")).toBe("../");
    expect(relativeHref("/index", "/zh/")).toBe("./zh/");
  });
});

describe("the glossary", () => {
  const g = glossary();
  test("pairs every term in both languages, no Chinese term twice", () => {
    for (const e of g) expect(e.zh.trim() && e.en.trim(), JSON.stringify(e)).toBeTruthy();
    expect(new Set(g.map((e) => e.zh)).size).toBe(g.length);
  });
  test("has the method's standard terms and every indicator from the catalogue", () => {
    const zh = new Set(g.map((e) => e.zh));
    for (const term of [
      "熵权法",
      "雷达图法",
      "BP神经网络",
      "查验率",
      "精确率（命中率）",
      "召回率",
      "风险预警",
      "安全区",
      "一般预警区",
      "严重预警区"
    ])
      expect(zh.has(term), term).toBe(true);
    for (const d of INDICATORS) expect(zh.has(`${d.id} ${d.nameZh}`), d.id).toBe(true);
  });
});

describe("the page shell", () => {
  test("the switch links the twin relatively, only when it exists; the font only on Chinese pages", () => {
    const en = pageHeader("/score", () => true);
    expect(en).toContain('href="./zh/score" data-href="./zh/score" data-lang-switch hreflang="zh-CN"');
    expect(en).not.toContain(FONT_CSS.slice(1));
    const zh = pageHeader("/zh/score", () => true);
    expect(zh).toContain('href="../score"');
    expect(zh).toContain('<link rel="stylesheet external" href="../fonts/noto-sans-sc/noto-sans-sc.css">');
    expect(pageHeader("/planner", (p) => p !== "/zh/planner")).not.toContain("data-lang-switch");
    expect(pageHeader("/index", () => true)).toContain('href="./zh/"');
  });

  test("the pager's labels in the page's language (Framework's own English restated on English pages)", () => {
    // layout.css of @observablehq/framework 1.13 writes "Previous page" / "Next page" as ::before content
    expect(pageHeader("/score", () => true)).toContain('a[rel=prev]::before{content:"Previous page"}');
    const zh = pageHeader("/zh/score", () => true);
    expect(zh).toContain('a[rel=prev]::before{content:"上一页"}');
    expect(zh).toContain('a[rel=next]::before{content:"下一页"}');
  });
});

describe("Chinese heading anchors", () => {
  test("a Chinese heading's own words; none for a heading without Chinese", () => {
    expect(headingSlug("从申报自身字段检查（17 个指标）")).toBe("从申报自身字段检查-17-个指标");
    expect(headingSlug("Exercises")).toBe("");
  });
  test("the markdown-it rule runs before the anchor rule, keeps set ids and makes repeats unique", () => {
    const tokens = ["练习", "Data", "练习"].flatMap((content) => {
      const attrs = new Map<string, string>();
      return [
        {
          type: "heading_open",
          content: "",
          attrGet: (k: string) => attrs.get(k) ?? null,
          attrSet: (k: string, v: string) => void attrs.set(k, v)
        },
        {type: "inline", content, attrGet: () => null, attrSet: () => {}}
      ];
    });
    let before = "";
    let rule: ((state: {tokens: typeof tokens}) => void) | null = null;
    chineseAnchors({core: {ruler: {before: (name, _r, fn) => ((before = name), (rule = fn))}}});
    expect(before).toBe("anchor");
    rule!({tokens});
    expect(tokens.filter((x) => x.type === "heading_open").map((x) => x.attrGet("id"))).toEqual(["练习", null, "练习-2"]);
  });
});

describe("English texts on a Chinese page", () => {
  const fragments = englishFragments();
  test("a leaked English label or sentence is caught, naming the key", () => {
    expect(englishLeaks(["练习 1", t("en", "exercise.answer")], fragments).map((l) => l.key)).toContain("exercise.answer");
    expect(englishLeaks([`申报 ${t("en", "form.loaded", {id: "1"})}`], fragments).map((l) => l.key)).toContain("form.loaded");
  });
  test("the Chinese texts themselves leak nothing, Latin field names inside them included", () => {
    for (const key of Object.keys(CATALOGUE) as TextKey[]) {
      const zh = CATALOGUE[key].zh.replace(/\{\w+\}/g, "1");
      expect(englishLeaks([zh], fragments), key).toEqual([]);
    }
  });
  test("a one-word fragment counts only as a whole text; several words only as whole words", () => {
    const custom = {a: {en: "Indicator", zh: "指标"}, b: {en: "risk value", zh: "风险值"}};
    const f = englishFragments(custom);
    expect(englishLeaks(["Country of Origin Indicator"], f)).toEqual([]);
    expect(englishLeaks([" Indicator "], f)).toEqual([{key: "a", fragment: "Indicator"}]);
    expect(englishLeaks(["the risk values"], f)).toEqual([]);
    expect(englishLeaks(["its risk value is"], f)).toEqual([{key: "b", fragment: "risk value"}]);
  });
});
