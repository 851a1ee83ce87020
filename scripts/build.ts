/**
 * `npm run build`: an atomic build. Framework builds into a temporary folder beside dist/ (its `output`
 * option, set through OBSERVABLE_OUTPUT in observablehq.config.ts), the post-build fixes run on it, and
 * only when every step succeeded does it replace dist/. A failed build leaves the previous dist/ as it was
 * and removes its own temporary folder.
 *
 * The loaders' outputs (src/.observablehq/cache/data) are cleared first: Framework does not track a
 * loader's dependencies, so a reproducible build re-runs every loader (../shared/ENGINEERING.md, 10).
 * The rest of Framework's cache is kept: it rebuilds its client each time and names its bundles of
 * node_modules (cache/_node) by package@version, so they cannot go stale.
 *
 * Framework runs the loaders one after another; {@link runLoaders} runs them first, one per core, into the
 * cache, where Framework finds them fresh (its check: output newer than the loader's source).
 */
import {execFileSync, spawn} from "node:child_process";
import {existsSync, mkdirSync, openSync, closeSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {availableParallelism} from "node:os";
import {basename, dirname, join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {PROJECT_ROOT} from "../loaders/dataset.js";
import {postbuild} from "./postbuild.js";
import {copyFonts, copyKatex} from "./fonts.js";

/**
 * Run `build` into a fresh temporary folder beside `target`, then put that folder in `target`'s place;
 * if `build` throws (or writes nothing), `target` is untouched and the temporary folder removed.
 *
 * The temporary folder sits in the same parent so the final renames stay on one file system. Two renames
 * (old aside, new in) are the closest Node gets to swapping folders; if the second fails the old one is
 * put back.
 * @param target the folder to replace, e.g. dist/
 * @param build writes the new content into the folder it is given (which does not exist yet)
 * @returns once `target` holds the new content
 * @throws whatever `build` threw, or an Error naming `target` if `build` produced no folder
 * @example await replaceOnSuccess("dist", (tmp) => execFileSync("observable", ["build"], {env: {...process.env, OBSERVABLE_OUTPUT: tmp}}))
 */
export async function replaceOnSuccess(target: string, build: (tmp: string) => void | Promise<void>): Promise<void> {
  const abs = resolve(target);
  const tmp = join(dirname(abs), `.${basename(abs)}.building-${process.pid}`);
  const old = join(dirname(abs), `.${basename(abs)}.previous-${process.pid}`);
  rmSync(tmp, {recursive: true, force: true});
  try {
    await build(tmp);
    if (!existsSync(tmp) || !statSync(tmp).isDirectory())
      throw new Error(`build: the build wrote no ${basename(abs)}/ (nothing in ${tmp})`);
  } catch (e) {
    rmSync(tmp, {recursive: true, force: true});
    throw e;
  }
  const hadOld = existsSync(abs);
  if (hadOld) renameSync(abs, old);
  try {
    renameSync(tmp, abs);
  } catch (e) {
    if (hadOld) renameSync(old, abs);
    rmSync(tmp, {recursive: true, force: true});
    throw e;
  }
  rmSync(old, {recursive: true, force: true});
}

/**
 * The data loaders in `dir`: Framework's naming, `<output>.<ext>.ts` (e.g. `weights.json.ts`); a plain
 * `helper.ts` is not one.
 * @returns their file names, sorted
 * @example loaderFiles("src/data") // ["allDeclarations.csv.ts", ..., "weights.json.ts"]
 */
export function loaderFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.\w+\.ts$/.test(f))
    .sort();
}

/** One loader's run: its output's name under cache/data and how long it took. */
export interface LoaderRun {
  output: string;
  ms: number;
}

/**
 * Run every loader in `dir` (files named `<output>.ts`, e.g. `weights.json.ts`), `concurrency` at a time,
 * each with `command` (tsx), its standard output written to `<cache>/<output>`. Each output is written to a
 * temporary file and renamed into place only when its loader exits 0, so a failed loader leaves nothing.
 * Longest first (times of the previous run, from `<cache>/../loader-times.json`), so the last to start are
 * short and the cores finish together.
 * @param o.dir the loaders' folder (src/data)
 * @param o.cache where outputs go (src/.observablehq/cache/data)
 * @param o.command the program that runs one loader, given the loader's path
 * @param o.concurrency how many run at once (the machine's cores)
 * @returns the runs, in the order they finished
 * @throws an Error naming every loader that failed and its exit code, after all have ended
 * @example await runLoaders({dir: "src/data", cache: "src/.observablehq/cache/data", command: "tsx", concurrency: 2})
 */
export async function runLoaders(o: {dir: string; cache: string; command: string; concurrency: number}): Promise<LoaderRun[]> {
  const timesPath = join(dirname(o.cache), "loader-times.json");
  let previous: Record<string, number> = {};
  try {
    previous = JSON.parse(readFileSync(timesPath, "utf8")) as Record<string, number>;
  } catch {
    // first build: alphabetical order
  }
  const outputs = loaderFiles(o.dir)
    .map((f) => f.slice(0, -3))
    .sort((a, b) => (previous[b] ?? 0) - (previous[a] ?? 0) || a.localeCompare(b));
  mkdirSync(o.cache, {recursive: true});
  const runs: LoaderRun[] = [];
  const failures: string[] = [];
  const runOne = (output: string) =>
    new Promise<void>((done) => {
      const tmp = join(o.cache, `${output}.${process.pid}.partial`);
      const fd = openSync(tmp, "w");
      const t0 = performance.now();
      const child = spawn(o.command, [join(o.dir, `${output}.ts`)], {stdio: ["ignore", fd, "inherit"]});
      // A command that cannot start emits "error" and then "close": settle once, on "close".
      let startError = "";
      child.on("error", (e) => (startError = `could not start: ${e.message}`));
      child.on("close", (code) => {
        closeSync(fd);
        const failure = startError || (code === 0 ? "" : `exited with code ${code}`);
        if (failure === "") {
          renameSync(tmp, join(o.cache, output));
          runs.push({output, ms: performance.now() - t0});
        } else {
          rmSync(tmp, {force: true});
          failures.push(`${output}.ts ${failure}`);
        }
        done();
      });
    });
  const queue = [...outputs];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await runOne(next);
  };
  await Promise.all(Array.from({length: Math.max(1, o.concurrency)}, worker));
  if (failures.length > 0) throw new Error(`loader failed: ${failures.join("; ")}`);
  writeFileSync(timesPath, JSON.stringify(Object.fromEntries(runs.map((r) => [r.output, Math.round(r.ms)]))));
  return runs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cache = join(PROJECT_ROOT, "src", ".observablehq", "cache", "data");
  rmSync(cache, {recursive: true, force: true});
  try {
    copyFonts(); // before Framework reads the config: its dynamicPaths list the copied files
    copyKatex();
    const t0 = performance.now();
    const runs = await runLoaders({dir: join(PROJECT_ROOT, "src", "data"), cache, command: "tsx", concurrency: availableParallelism()});
    const sum = runs.reduce((s, r) => s + r.ms, 0) / 1000;
    console.log(`${runs.length} loaders: ${sum.toFixed(1)} s of work in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await replaceOnSuccess(join(PROJECT_ROOT, "dist"), (tmp) => {
      // Relative to the project root: Framework clears (and so trusts) only an output inside its cwd.
      execFileSync("observable", ["build"], {
        cwd: PROJECT_ROOT,
        stdio: "inherit",
        env: {...process.env, OBSERVABLE_OUTPUT: relative(PROJECT_ROOT, tmp)}
      });
      postbuild(tmp);
    });
  } catch (e) {
    console.error(`build failed; dist/ is unchanged. ${(e as Error).message}`);
    process.exit(1);
  }
}
