/** The target gate of `npm run reproduce` (loaders/reproduce/evaluate.ts): pass / explained / fail / ours only. */
import {describe, expect, test} from "vitest";
import {evaluate, exitCodeOf, failedCount} from "../loaders/reproduce/evaluate.js";

describe("evaluate", () => {
  test("within tolerance: pass; beyond: explained if it cites an entry, else fail", () => {
    expect(evaluate({name: "x", paper: 0.3142, ours: 0.31423, tolerance: 5e-5}).status).toBe("pass");
    expect(evaluate({name: "x", paper: 7275.84, ours: 7257.84, tolerance: 1e-9, explainedBy: "D2"})).toMatchObject({
      status: "explained",
      difference: -18
    });
    expect(evaluate({name: "x", paper: 7275.84, ours: 7257.84, tolerance: 1e-9}).status).toBe("fail");
  });
  test("no paper value: ours only, never a pass", () => {
    expect(evaluate({name: "x", paper: null, ours: 3, tolerance: null})).toMatchObject({status: "ours only", difference: null});
  });
  test("strings and a null tolerance compare by equality", () => {
    expect(evaluate({name: "x", paper: "true", ours: "true", tolerance: null}).status).toBe("pass");
    expect(evaluate({name: "x", paper: 14, ours: 13, tolerance: null}).status).toBe("fail");
  });
  test("a reference derived from the paper's tables is labelled derived; the default is paper", () => {
    expect(evaluate({name: "x", paper: 0.0323, source: "derived", ours: 0.0323, tolerance: 5e-5}).source).toBe("derived");
    expect(evaluate({name: "x", paper: 1, ours: 1, tolerance: 0}).source).toBe("paper");
  });
  test("citing an id the log lacks is an error", () => {
    expect(() => evaluate({name: "x", paper: 1, ours: 2, tolerance: 0, explainedBy: "D999"})).toThrow(/no entry "D999"/);
  });
  test("the tolerance is inclusive: a difference exactly at it passes, just beyond fails", () => {
    expect(evaluate({name: "x", paper: 1, ours: 1.5, tolerance: 0.5}).status).toBe("pass");
    expect(evaluate({name: "x", paper: 1, ours: 1.5000001, tolerance: 0.5}).status).toBe("fail");
  });
  test("a number beside a string is compared as text, with no difference", () => {
    expect(evaluate({name: "x", paper: 5, ours: "5", tolerance: 1})).toMatchObject({status: "pass", difference: null});
    expect(evaluate({name: "x", paper: 5, ours: "5.4", tolerance: 1})).toMatchObject({status: "fail", difference: null});
  });
  test("several ids are each checked against the log", () => {
    expect(evaluate({name: "x", paper: 1, ours: 2, tolerance: 0, explainedBy: "D1, D2"}).status).toBe("explained");
    expect(evaluate({name: "x", paper: 1, ours: 2, tolerance: 0, explainedBy: "D1,D2"}).status).toBe("explained");
    expect(() => evaluate({name: "x", paper: 1, ours: 2, tolerance: 0, explainedBy: "D1, D999"})).toThrow(/no entry "D999"/);
  });
  test("the gate: only failed targets and failing cells count; one of them makes reproduce exit 1", () => {
    const target = (status: "pass" | "explained" | "fail" | "ours only") => ({status});
    const cell = (status: string) => ({status});
    const allGood = [target("pass"), target("explained"), target("ours only")];
    expect(failedCount(allGood, [cell("matches"), cell("explained"), cell("input")])).toBe(0);
    expect(exitCodeOf(failedCount(allGood, []))).toBe(0);
    expect(failedCount([...allGood, target("fail")], [])).toBe(1);
    expect(failedCount(allGood, [cell("fails"), cell("matches")])).toBe(1);
    expect(failedCount([target("fail"), target("fail")], [cell("fails")])).toBe(3);
    expect(exitCodeOf(1)).toBe(1);
    expect(exitCodeOf(3)).toBe(1);
  });
  test("a missed target without a citation is a fail, so the gate counts it", () => {
    const judged = [evaluate({name: "x", paper: 1, ours: 2, tolerance: 0}), evaluate({name: "y", paper: 1, ours: 1, tolerance: 0})];
    expect(exitCodeOf(failedCount(judged, []))).toBe(1);
  });
});
