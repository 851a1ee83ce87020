/**
 * The atomic build (scripts/build.ts): the swap function on temporary folders, with steps that succeed
 * and steps that fail part-way, instead of a real (minutes-long) build.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {replaceOnSuccess, runLoaders} from "../scripts/build.js";
import {pinLastModified} from "../scripts/postbuild.js";

/** A parent folder holding dist/ with one page, as a previous good build left it. */
function previousBuild(): {parent: string; dist: string} {
  const parent = mkdtempSync(join(tmpdir(), "build-"));
  const dist = join(parent, "dist");
  mkdirSync(join(dist, "zh"), {recursive: true});
  writeFileSync(join(dist, "index.html"), "old");
  writeFileSync(join(dist, "zh", "index.html"), "旧");
  return {parent, dist};
}

/** Every file under `dir` with its content, to compare whole trees. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (f.isFile()) out[join(f.parentPath, f.name).slice(dir.length + 1)] = readFileSync(join(f.parentPath, f.name), "utf8");
  }
  return out;
}

describe("replaceOnSuccess", () => {
  test("a successful build replaces dist/ entirely and leaves no temporary folder", async () => {
    const {parent, dist} = previousBuild();
    await replaceOnSuccess(dist, (tmp) => {
      mkdirSync(tmp);
      writeFileSync(join(tmp, "index.html"), "new");
    });
    expect(tree(dist)).toEqual({"index.html": "new"}); // the old zh/ is gone: no stale pages survive
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  test("a step that fails after writing part of the output keeps the old dist/ and removes the partial one", async () => {
    const {parent, dist} = previousBuild();
    const before = tree(dist);
    await expect(
      replaceOnSuccess(dist, (tmp) => {
        mkdirSync(tmp);
        writeFileSync(join(tmp, "index.html"), "half");
        throw new Error('postbuild: index.html: cannot apply "html lang"');
      })
    ).rejects.toThrow(/cannot apply "html lang"/);
    expect(tree(dist)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  test("an asynchronous failure (a loader failing mid-build) keeps the old dist/ too", async () => {
    const {parent, dist} = previousBuild();
    const before = tree(dist);
    await expect(
      replaceOnSuccess(dist, async (tmp) => {
        mkdirSync(join(tmp, "_file"), {recursive: true});
        await new Promise((r) => setTimeout(r, 5));
        throw new Error("Command failed: observable build");
      })
    ).rejects.toThrow(/observable build/);
    expect(tree(dist)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  test("a build that writes nothing is a failure, not an empty dist/", async () => {
    const {dist} = previousBuild();
    const before = tree(dist);
    await expect(replaceOnSuccess(dist, () => {})).rejects.toThrow(/the build wrote no dist\//);
    expect(tree(dist)).toEqual(before);
  });

  test("without a previous dist/ a successful build creates it", async () => {
    const parent = mkdtempSync(join(tmpdir(), "build-"));
    await replaceOnSuccess(join(parent, "dist"), (tmp) => {
      mkdirSync(tmp);
      writeFileSync(join(tmp, "a.html"), "a");
    });
    expect(tree(join(parent, "dist"))).toEqual({"a.html": "a"});
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  test("the build step gets a fresh folder beside dist/, never dist/ itself", async () => {
    const {parent, dist} = previousBuild();
    let seen = "";
    await replaceOnSuccess(dist, (tmp) => {
      seen = tmp;
      mkdirSync(tmp);
    });
    expect(seen.startsWith(parent + "/")).toBe(true);
    expect(seen).not.toBe(dist);
  });
});

describe("pinLastModified", () => {
  test("every file stamp becomes the one time given; nothing else changes", () => {
    const page = 'registerFile("a", {"lastModified":1796232470164,"size":35184});\nregisterFile("b", {"lastModified":17,"size":1});';
    expect(pinLastModified(page, 1700000000000)).toBe(
      'registerFile("a", {"lastModified":1700000000000,"size":35184});\nregisterFile("b", {"lastModified":1700000000000,"size":1});'
    );
    expect(pinLastModified("no stamps", 5)).toBe("no stamps");
  });
});

describe("runLoaders", () => {
  /** A folder of loaders that `node` can run (plain JavaScript in files named like Framework's `x.json.ts`). */
  function loaders(scripts: Record<string, string>): {dir: string; cache: string} {
    const root = mkdtempSync(join(tmpdir(), "loaders-"));
    const dir = join(root, "data");
    mkdirSync(dir);
    for (const [name, code] of Object.entries(scripts)) writeFileSync(join(dir, name), code);
    return {dir, cache: join(root, "cache", "data")};
  }

  test("each loader's standard output becomes its file in the cache, newer than the loader (Framework reads it as fresh)", async () => {
    const {dir, cache} = loaders({
      "a.json.ts": "process.stdout.write(JSON.stringify({a: 1}))",
      "b.csv.ts": 'process.stdout.write("x\\n1\\n")',
      "helper.ts": "throw new Error('not a loader: no output extension')"
    });
    const runs = await runLoaders({dir, cache, command: "node", concurrency: 2});
    expect(runs.map((r) => r.output).sort()).toEqual(["a.json", "b.csv"]);
    expect(readFileSync(join(cache, "a.json"), "utf8")).toBe('{"a":1}');
    expect(readFileSync(join(cache, "b.csv"), "utf8")).toBe("x\n1\n");
    expect(statSync(join(cache, "a.json")).mtimeMs).toBeGreaterThanOrEqual(statSync(join(dir, "a.json.ts")).mtimeMs);
    expect(readdirSync(cache).sort()).toEqual(["a.json", "b.csv"]); // no temporary files left
    expect(Object.keys(JSON.parse(readFileSync(join(cache, "..", "loader-times.json"), "utf8"))).sort()).toEqual(["a.json", "b.csv"]);
  });

  test("a loader that fails after writing part of its output leaves no file, and the error names it and its exit code", async () => {
    const {dir, cache} = loaders({
      "good.json.ts": 'process.stdout.write("{}")',
      "bad.json.ts": 'process.stdout.write("{\\"half\\":"); process.exit(3)'
    });
    await expect(runLoaders({dir, cache, command: "node", concurrency: 1})).rejects.toThrow(
      "loader failed: bad.json.ts exited with code 3"
    );
    expect(readdirSync(cache)).toEqual(["good.json"]);
  });

  test("a command that cannot start is one failure per loader, not a crash (Node reports it twice: error, then close)", async () => {
    const {dir, cache} = loaders({"a.json.ts": "", "b.json.ts": ""});
    await expect(runLoaders({dir, cache, command: "no-such-command-here", concurrency: 1})).rejects.toThrow(
      "loader failed: a.json.ts could not start: spawn no-such-command-here ENOENT; b.json.ts could not start: spawn no-such-command-here ENOENT"
    );
    expect(readdirSync(cache)).toEqual([]);
  });

  test("the longest loader of the previous run starts first", async () => {
    const {dir, cache} = loaders({"a.json.ts": 'process.stdout.write("1")', "z.json.ts": 'process.stdout.write("2")'});
    mkdirSync(cache, {recursive: true});
    writeFileSync(join(cache, "..", "loader-times.json"), JSON.stringify({"a.json": 10, "z.json": 9000}));
    const runs = await runLoaders({dir, cache, command: "node", concurrency: 1});
    expect(runs.map((r) => r.output)).toEqual(["z.json", "a.json"]);
  });
});
