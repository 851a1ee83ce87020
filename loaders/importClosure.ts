/**
 * The source files a module depends on: itself and, transitively, every relative import (static
 * `import … from "./x.js"`, `export … from`, dynamic `import("./x.js")`, worker entries `new URL("./x.mjs",
 * import.meta.url)`), with the ".js" of TypeScript's ESM convention mapped back to ".ts". Bare imports
 * (node_modules) are left out: the lock file stands for them. Used to key caches precisely: a change to a
 * file outside the closure cannot change the result, one inside it always invalidates it.
 */
import {existsSync, readFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)["'](\.{1,2}\/[^"']+)["']/g;

function resolveSource(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, base.replace(/\.js$/, ".ts"), base.replace(/\.mjs$/, ".mts")]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`importClosure: ${from} imports "${spec}", which does not exist`);
}

/**
 * Every source file reachable from the entries by relative imports, as sorted paths relative to `root`.
 * @param root the project root
 * @param entries entry files, relative to root
 * @throws if an import names a file that does not exist
 */
export function importClosure(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const stack = entries.map((e) => join(root, e));
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // comments may quote imports (this file's own does): drop block comments and whole-line comments
    const text = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    for (const m of text.matchAll(SPECIFIER)) stack.push(resolveSource(file, m[1]));
  }
  return [...seen].map((f) => relative(root, f)).sort();
}
