import {describe, expect, test} from "vitest";
import {integer, mergeSearch, oneOf, positive, readParams, replaceOwnKeys, text} from "../src/lib/report/urlState.js";

describe("the one URL-state module", () => {
  test("each key is read on its own: a bad key is reported and ignored, the others apply", () => {
    const r = readParams<{rule: string; epochs: number; lr: number; note: string}>("?rule=nope&epochs=12&lr=-1&note=a%20b", {
      rule: oneOf(["paper", "textbook"]),
      epochs: integer(1, 100),
      lr: positive(),
      note: text
    });
    expect(r.values).toEqual({epochs: 12, note: "a b"});
    expect(r.problems).toEqual(['rule must be one of paper, textbook, got "nope"', 'lr must be a positive number, got "-1"']);
  });
  test("absent keys are neither values nor problems; an empty number is a problem", () => {
    expect(readParams<{n: number}>("", {n: integer(0, 9)})).toEqual({values: {}, problems: []});
    expect(readParams<{n: number}>("?n=", {n: integer(0, 9)}).problems).toEqual(['n must be an integer in 0..9, got ""']);
  });
  test("writing keeps the page's other keys (classroom mode survives), deletes with null", () => {
    expect(mergeSearch("?classroom=1&rule=paper", {rule: "textbook", set: null})).toBe("?classroom=1&rule=textbook");
    expect(mergeSearch("?rule=paper", {rule: null})).toBe("");
  });
  test("a component replaces only its own keys", () => {
    const owns = (k: string) => ["preset", "lr"].includes(k);
    expect(replaceOwnKeys("?classroom=1&lr=0.1&preset=a", owns, "preset=b")).toBe("?classroom=1&preset=b");
    expect(() => replaceOwnKeys("", owns, "classroom=1")).toThrow(/not a key of this component/);
  });
});
