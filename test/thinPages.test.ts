/**
 * Pages stay thin (issue 12): a page imports, loads and displays; its computations live in typed, tested modules
 * (src/lib/pages/). Every page, English and Chinese, keeps its JavaScript under the 50 lines, and every
 * name it imports is used (an unused import is code the page no longer needs, left behind by a move).
 */
import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, test} from "vitest";

const SRC = join(import.meta.dirname, "..", "src");
/** The aim: "no page above 50 lines of JavaScript". */
const MAX_JS_LINES = 50;

function pages(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith(".") ? [] : pages(p);
    return e.name.endsWith(".md") ? [p] : [];
  });
}

/** The page's ```js fenced cells, each as its lines (the fences excluded). */
export function jsCells(markdown: string): string[][] {
  const cells: string[][] = [];
  let cell: string[] | null = null;
  for (const line of markdown.split("\n")) {
    if (cell === null && /^```js\b/.test(line)) cell = [];
    else if (cell !== null && /^```\s*$/.test(line)) {
      cells.push(cell);
      cell = null;
    } else if (cell !== null) cell.push(line);
  }
  return cells;
}

/** The local names a page's import statements bind ("* as Plot", "{a, b as c}", default imports). */
export function importedNames(js: string): string[] {
  return [...js.matchAll(/^import\s+(.+?)\s+from\s+["']/gm)].flatMap(([, clause]) => {
    const star = /^\*\s+as\s+(\w+)$/.exec(clause);
    if (star) return [star[1]];
    const braces = /\{([^}]*)\}/.exec(clause);
    const named = braces
      ? braces[1].split(",").map((s) =>
          s
            .trim()
            .replace(/^type\s+/, "")
            .split(/\s+as\s+/)
            .pop()!
        )
      : [];
    const def = /^(\w+)\s*(,|$)/.exec(clause);
    return [...(def ? [def[1]] : []), ...named].filter(Boolean);
  });
}

describe("helpers", () => {
  test("jsCells and importedNames on a small page", () => {
    const md = '# T\n```js\nimport * as Plot from "p";\nimport {a, b as c, type D} from "./m.js";\n```\ntext ${a}\n```js\nc(1)\n```\n';
    expect(jsCells(md)).toEqual([['import * as Plot from "p";', 'import {a, b as c, type D} from "./m.js";'], ["c(1)"]]);
    expect(importedNames(jsCells(md)[0].join("\n"))).toEqual(["Plot", "a", "c", "D"]);
  });
});

describe.each(pages(SRC).map((p) => [relative(SRC, p), p]))("%s", (_, path) => {
  const md = readFileSync(path, "utf8");
  const cells = jsCells(md);
  test(`at most ${MAX_JS_LINES} lines of JavaScript`, () => {
    expect(cells.flat().length).toBeLessThanOrEqual(MAX_JS_LINES);
  });
  test("every imported name is used", () => {
    const imports = cells.flat().filter((l) => /^import\s/.test(l));
    const rest = md
      .split("\n")
      .filter((l) => !imports.includes(l))
      .join("\n");
    const unused = importedNames(imports.join("\n")).filter((n) => !new RegExp(`\\b${n}\\b`).test(rest));
    expect(unused).toEqual([]);
  });
});
