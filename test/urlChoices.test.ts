import {describe, expect, test} from "vitest";
import {readChoices, writeChoices} from "../src/lib/report/urlChoices.js";

const SPEC = {rule: ["paper", "textbook"], set: ["paper100", "all954"]} as const;

describe("URL choices", () => {
  test("reads allowed values, falls back to defaults for missing or invalid ones", () => {
    expect(readChoices("?rule=textbook&set=bogus", SPEC)).toEqual({rule: "textbook", set: "paper100"});
    expect(readChoices("", SPEC)).toEqual({rule: "paper", set: "paper100"});
  });

  test("writes non-defaults, drops defaults, keeps other parameters", () => {
    expect(writeChoices("?classroom=1&rule=textbook", SPEC, {rule: "paper", set: "all954"})).toBe("?classroom=1&set=all954");
    expect(writeChoices("?rule=textbook", SPEC, {rule: "paper", set: "paper100"})).toBe("");
  });

  test("round trip", () => {
    const c = {rule: "textbook", set: "all954"} as const;
    expect(readChoices(writeChoices("", SPEC, c), SPEC)).toEqual(c);
  });

  test("an invalid value is an error on write", () => {
    expect(() => writeChoices("", SPEC, {rule: "x", set: "all954"})).toThrow(
      'writeChoices: "x" is not an allowed value of "rule" (paper, textbook)'
    );
  });
});
