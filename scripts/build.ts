/**
 * `npm run build`: an atomic build. Framework builds into a temporary folder beside dist/ (its `output`
 * option, set through OBSERVABLE_OUTPUT in observablehq.config.ts), the post-build fixes run on it, and
 * only when every step succeeded does it replace dist/. A failed build leaves the previous dist/ as it was
 * and removes its own temporary folder.
 *
 * The loader cache (src/.observablehq/cache) is cleared first, as before: Framework does not track a
 * loader's dependencies, so a reproducible build re-runs every loader (../shared/ENGINEERING.md, 10).
 */
import {execFileSync} from "node:child_process";
import {existsSync, renameSync, rmSync, statSync} from "node:fs";
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

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  rmSync(join(PROJECT_ROOT, "src", ".observablehq", "cache"), {recursive: true, force: true});
  try {
    copyFonts(); // before Framework reads the config: its dynamicPaths list the copied files
    copyKatex();
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
