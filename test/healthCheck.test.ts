/** The health check's validation and URL state (src/lib/pages/healthCheck.ts). Expected messages: the lib's documented rules. */
import {describe, expect, test} from "vitest";
import {INDICATOR_IDS} from "../src/lib/method/indicators.js";
import {
  HC_SIDE_BY_SIDE,
  hcChartWidth,
  inputText,
  isEdited,
  searchToState,
  stateToSearch,
  validateAll,
  validateField,
  type CheckState
} from "../src/lib/pages/healthCheck.js";

const stateFromValues = (from: string, values: number[]): CheckState => ({
  from,
  texts: Object.fromEntries(INDICATOR_IDS.map((id, j) => [id, String(values[j])])) as CheckState["texts"]
});

describe("validateField", () => {
  test.each([
    ["C1", "", "Enter a value."],
    ["C1", "abc", "“abc” is not a number."],
    ["C1", "101", "A score must be between 0 and 100."],
    ["C1", "-1", "A score must be between 0 and 100."],
    ["C5", "-3", "Net mass cannot be negative."],
    ["C12", "1e999", "The number is too large."],
    ["C10", "NaN", "“NaN” is not a number."]
  ] as const)("%s %j -> %s", (id, text, message) => {
    expect(validateField(id, text)).toEqual({ok: false, message});
  });

  test("valid values pass through, large quantities are allowed", () => {
    expect(validateField("C1", " 61 ")).toEqual({ok: true, value: 61});
    expect(validateField("C12", "630810001")).toEqual({ok: true, value: 630810001});
    expect(validateField("C5", "0")).toEqual({ok: true, value: 0});
  });
});

describe("state in the URL", () => {
  test("round trip", () => {
    const s = stateFromValues(
      "sample-5",
      INDICATOR_IDS.map((_, j) => j * 1.5)
    );
    expect(searchToState(stateToSearch(s))).toEqual(s);
    // the page's other keys survive a write (classroom mode is not lost)
    expect(stateToSearch(s, "?classroom=1")).toMatch(/^\?classroom=1&from=/);
    expect(searchToState("")).toBeNull();
    // A bare start: no field is given, so the form takes the start's values.
    expect(searchToState("?from=declaration-83743051")).toEqual({from: "declaration-83743051", texts: {}});
  });

  test("one bad field makes the whole form invalid but keeps the others' results", () => {
    const s = stateFromValues(
      "blank",
      INDICATOR_IDS.map(() => 50)
    );
    s.texts.C5 = "-1";
    const v = validateAll(s.texts);
    expect(v.values).toBeNull();
    expect(v.fields.C1).toEqual({ok: true, value: 50});
    expect(v.fields.C5.ok).toBe(false);
  });
});

describe("a value in a field", () => {
  test("binary noise is dropped, real digits kept, and the field reads back the value", () => {
    // 1.7999999999999998 is a net mass in src/data/risk.json (0.1 + 1.7 style float sums); 30866.00004 is
    // sample 1's C12 as the paper prints it
    expect(inputText(1.7999999999999998)).toBe("1.8");
    expect(inputText(7257.839999999997)).toBe("7257.84");
    expect(inputText(30866.00004)).toBe("30866.00004");
    expect(inputText(220)).toBe("220");
    expect(inputText(0)).toBe("0");
    for (const x of [1.7999999999999998, 71.11999999999998, 1676759.75, 1e-7, 123456789.123]) {
      const back = validateField("C5", inputText(x));
      expect(back.ok).toBe(true);
      expect(isEdited(x, (back as {value: number}).value)).toBe(false);
    }
  });
  test("an edit is an edit: a change in the fourth decimal counts", () => {
    expect(isEdited(1.8, 1.8001)).toBe(true);
    expect(isEdited(220, 221)).toBe(true);
    expect(isEdited(0, 1e-13)).toBe(false);
    expect(isEdited(0, 1e-7)).toBe(true);
  });
});

describe("the radar chart's width", () => {
  test("beside the fields over 800 px (room left after the fields' 420 px), below them otherwise; 280 to 440 px", () => {
    expect(hcChartWidth(1100)).toBe(440);
    expect(hcChartWidth(811)).toBe(391); // classroom mode at 1280 px: the zoomed column
    expect(hcChartWidth(HC_SIDE_BY_SIDE + 1)).toBe(381);
    expect(hcChartWidth(HC_SIDE_BY_SIDE)).toBe(440); // below the fields: the column's width, at most 440
    expect(hcChartWidth(608)).toBe(440);
    expect(hcChartWidth(350)).toBe(350);
    // never wider than what the layout gives it
    for (let w = 200; w <= 1400; w += 7) expect(hcChartWidth(w)).toBeLessThanOrEqual(w > HC_SIDE_BY_SIDE ? w - 420 : w);
  });
});
