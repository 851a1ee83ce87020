/**
 * The health check's form and pasted line (src/lib/pages/declarationForm.ts) and its words
 * (src/lib/pages/assessmentView.ts). Messages are the dataset parser's own (src/lib/data/declarations.ts).
 */
import {describe, expect, test} from "vitest";
import {COLUMNS} from "../src/lib/data/declarations.js";
import {FORM_FIELDS, formTexts, parseCsvLine, parseForm} from "../src/lib/pages/declarationForm.js";
import {assessmentTexts} from "../src/lib/pages/assessmentView.js";
import {declarationLookup, openingDeclaration} from "../src/lib/pages/declarationLookup.js";
import type {Assessment} from "../src/lib/instrument/assess.js";
import {BASE_DECLARATION} from "./fixtures.js";

const base = formTexts(BASE_DECLARATION);

describe("parseForm", () => {
  test("20 fields: the dataset's columns without the two labels", () => {
    expect(FORM_FIELDS).toHaveLength(20);
    expect(FORM_FIELDS).not.toContain("Fraud");
  });
  test("a valid form gives the declaration back (labels 0, never read)", () => {
    const {declaration, errors} = parseForm(base);
    expect(errors).toEqual({});
    expect(declaration).toEqual({...BASE_DECLARATION, fraud: 0, criticalFraud: 0});
  });
  test("each bad field gets the parser's message, all at once, and no declaration", () => {
    const {declaration, errors} = parseForm({...base, "Tax Rate": "-5", Date: "2020-13-01", "Declaration ID": " ", "Net Mass": "a lot"});
    expect(declaration).toBeNull();
    expect(errors).toEqual({
      "Tax Rate": "is negative",
      Date: "is not an ISO date YYYY-MM-DD",
      "Declaration ID": "is empty",
      "Net Mass": "is not a number"
    });
  });
  test("a field with a comma or a quote is kept whole", () => {
    expect(parseForm({...base, "Seller ID": 'A, "B"'}).declaration?.seller).toBe('A, "B"');
  });
});

describe("parseCsvLine", () => {
  const line20 = FORM_FIELDS.map((f) => base[f]).join(",");
  test("20 fields, 22 fields (labels ignored), or a header and a line", () => {
    expect(parseCsvLine(line20)).toEqual({texts: base});
    expect(parseCsvLine(`${line20},1,2`)).toEqual({texts: base});
    expect(parseCsvLine(`\uFEFF${COLUMNS.map((c) => c.name).join(",")}\r\n${line20},0,0\r\n`)).toEqual({texts: base});
  });
  test("a wrong field count, an empty paste or two lines say so", () => {
    expect(parseCsvLine("1,2,3")).toEqual({error: expect.stringMatching(/3 fields; expected 20/)});
    expect(parseCsvLine("  ")).toEqual({error: expect.stringMatching(/Paste one line/)});
    expect(parseCsvLine(`${line20}\n${line20}`)).toEqual({error: expect.stringMatching(/one declaration at a time/)});
  });
});

describe("assessmentTexts", () => {
  const a = {
    values: Array(17).fill(50),
    x: Array(17).fill(0.5),
    risk: 0.2,
    zone: "safety",
    contributions: Array.from({length: 17}, (_, j) => (j === 3 ? 0.05 : 0.15 / 16)),
    zoneFraud: {n: 600, fraud: 120, rate: 0.2, ci95: [0.17, 0.23]},
    index: {risk: 0.4, zone: "general"},
    fraud: {probability: 0.123, percentile: 0.9, route: "new", expected: -1, margin: -2, reasons: []},
    unknowns: [{input: "Importer ID", value: "X", treatment: "never seen"}]
  } as unknown as Assessment;
  test("a safety zone as common in fraud as all declarations is said to be no all-clear", () => {
    const t = assessmentTexts(a, {rate: 0.21, n: 954});
    expect(t.zoneFinding).toMatch(/120 of the 600 .* \(20\.0%\), against 21\.0% .* no all-clear/);
    expect(t.indicators[0].id).toBe("C4");
    expect(t.probability).toBe("Fraud probability 12.3%: higher than 90% of the test months' declarations.");
    expect(t.unknowns).toEqual(["Importer ID “X”: never seen."]);
  });
});

describe("declarationLookup", () => {
  test("the 954 at hand; the whole dataset fetched once, only for another ID; a missing ID named", async () => {
    let fetched = 0;
    const other = {...BASE_DECLARATION, id: "2", importType: "11"};
    const lookup = declarationLookup([BASE_DECLARATION], async () => (fetched++, [BASE_DECLARATION, other]));
    expect(await lookup(" 1 ")).toBe(BASE_DECLARATION);
    expect(fetched).toBe(0);
    expect(await lookup("2")).toBe(other);
    expect(await lookup("3")).toBe("No declaration has the ID “3” in the dataset's 2 declarations.");
    expect(fetched).toBe(1);
  });
  test("openingDeclaration: the address's ID, else the first declaration, with a note when the ID is unknown", async () => {
    const other = {...BASE_DECLARATION, id: "2"};
    const lookup = declarationLookup([BASE_DECLARATION, other], async () => [BASE_DECLARATION, other]);
    expect(await openingDeclaration("?id=2&classroom=1", lookup, BASE_DECLARATION)).toEqual({declaration: other, note: null});
    expect(await openingDeclaration("", lookup, BASE_DECLARATION)).toEqual({declaration: BASE_DECLARATION, note: null});
    expect(await openingDeclaration("?id=9", lookup, BASE_DECLARATION)).toEqual({
      declaration: BASE_DECLARATION,
      note: "No declaration has the ID “9” in the dataset's 2 declarations. The form starts from declaration 1."
    });
    expect(
      (
        await openingDeclaration(
          "?id=9",
          declarationLookup([], async () => [BASE_DECLARATION], "zh"),
          BASE_DECLARATION,
          "zh"
        )
      ).note
    ).toBe("数据集的 1 条申报中没有编号为“9”的申报。表单从申报 1 开始。");
  });
});
