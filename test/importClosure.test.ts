import {mkdtempSync, mkdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {importClosure} from "../loaders/importClosure.js";

describe("import closure (the validation cache key)", () => {
  const root = mkdtempSync(join(tmpdir(), "closure-"));
  mkdirSync(join(root, "lib"));
  writeFileSync(
    join(root, "entry.ts"),
    `// import {x} from "./commented.js";\nimport {a} from "./lib/a.js";\nexport * from "./lib/b.js";\nconst w = new URL("./w.mjs", import.meta.url);\nimport * as fs from "node:fs";\n`
  );
  writeFileSync(join(root, "lib", "a.ts"), `/* import "./nothing.js" */ const m = await import("../entry.js");\n`);
  writeFileSync(join(root, "lib", "b.ts"), `export const b = 1;\n`);
  writeFileSync(join(root, "w.mjs"), `await import("./lib/b.ts");\n`);
  writeFileSync(join(root, "unrelated.ts"), `export const u = 1;\n`);

  test("follows static, re-export, dynamic and worker imports, maps .js to .ts, skips comments and bare imports", () => {
    expect(importClosure(root, ["entry.ts"])).toEqual(["entry.ts", "lib/a.ts", "lib/b.ts", "w.mjs"]);
  });
  test("an import of a missing file is an error naming both", () => {
    writeFileSync(join(root, "broken.ts"), `import "./gone.js";\n`);
    expect(() => importClosure(root, ["broken.ts"])).toThrow(/broken\.ts imports "\.\/gone\.js", which does not exist/);
  });
});
