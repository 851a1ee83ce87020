/** Offline guards (../shared/ENGINEERING.md): no npm: imports in src/ (dist/_npm is checked after the build, in test/browser). */
import {readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../loaders/dataset.js";
import {discrepanciesMarkdown} from "../src/lib/paper/discrepancies.js";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (f === ".observablehq" || f === "node_modules") return [];
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe("offline guards", () => {
  test("no npm: specifiers in src/", () => {
    const hits = files(join(PROJECT_ROOT, "src"))
      .filter((f) => /\.(md|ts|js|html)$/.test(f))
      .filter((f) => /["'`]npm:/.test(readFileSync(f, "utf8")));
    expect(hits).toEqual([]);
  });

  test("docs/discrepancies.md is generated from src/lib/paper/discrepancies.ts (npm run docs)", () => {
    expect(readFileSync(join(PROJECT_ROOT, "docs", "discrepancies.md"), "utf8")).toBe(discrepanciesMarkdown());
  });
});
