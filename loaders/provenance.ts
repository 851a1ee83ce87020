/**
 * The build's provenance (src/lib/report/provenance.ts): package.json's "repository" and "version", and the
 * commit from `git rev-parse HEAD` ("unknown" when git or the repository is absent, e.g. a source archive).
 * Read by the config's footer (every page) and by src/data/provenance.json.ts (/cite).
 */
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";
import {repositoryUrl, UNKNOWN_COMMIT, type Provenance} from "../src/lib/report/provenance.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Run git in `root`; null when git is missing or `root` is not a checkout. */
function git(root: string, args: string[]): string | null {
  try {
    return execFileSync("git", args, {cwd: root, stdio: ["ignore", "pipe", "ignore"], encoding: "utf8"}).trim();
  } catch {
    return null;
  }
}

/**
 * Read the provenance of a build of the project at `root`.
 * @throws naming package.json and the field when "repository" is not an address (repositoryUrl)
 */
export function readProvenance(root = ROOT): Provenance {
  const file = join(root, "package.json");
  const pkg = JSON.parse(readFileSync(file, "utf8")) as {repository?: unknown; version?: unknown};
  if (typeof pkg.version !== "string") throw new Error(`${file}: "version" must be a string`);
  const commit = git(root, ["rev-parse", "HEAD"]) || UNKNOWN_COMMIT;
  // Tracked files only: the build's own outputs (dist/, caches) are ignored and must not count.
  const dirty = commit !== UNKNOWN_COMMIT && (git(root, ["status", "--porcelain", "--untracked-files=no"]) ?? "") !== "";
  return {repository: repositoryUrl(pkg.repository, file), commit, dirty, version: pkg.version};
}
