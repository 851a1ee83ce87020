/**
 * Results that take minutes to compute (trained models), cached in data/cache/<name>-<key>.json. The key
 * hashes the dataset's checksums, the source of every module the entry imports (transitively: the result
 * cannot depend on any other code), data/paper/ and the lock file, so any code or data change recomputes.
 */
import {createHash} from "node:crypto";
import {closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync} from "node:fs";
import {setTimeout as sleep} from "node:timers/promises";
import {join} from "node:path";
import {CACHE_DIR, PROJECT_ROOT, type Dataset} from "./dataset.js";
import {importClosure} from "./importClosure.js";

/**
 * The cache key of a result computed by `entry` from `dataset`: sha256 of the splits' checksums and of the
 * path and content of every file the result depends on, first 16 hex digits.
 * @param entry the computing module, relative to the project root (e.g. "loaders/validation.ts")
 * @param dataset the loaded dataset
 */
export function buildCacheKey(entry: string, dataset: Dataset): string {
  const paper = readdirSync(join(PROJECT_ROOT, "data", "paper"))
    .sort()
    .map((f) => join("data", "paper", f));
  const files = [...importClosure(PROJECT_ROOT, [entry]), ...paper, "package-lock.json"];
  const h = createHash("sha256");
  for (const s of dataset.splits) h.update(s.sha256);
  for (const f of files) {
    h.update(f);
    h.update(readFileSync(join(PROJECT_ROOT, f)));
  }
  return h.digest("hex").slice(0, 16);
}

/** Whether the process that wrote a lock file is still running (a lock left by a killed build is stale). */
function lockHeld(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lock, "utf8"));
  } catch {
    return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The cached result under `name` and `key`, else `compute()`'s, written to a temporary file and renamed
 * (a loader running at the same time never reads a half-written file).
 *
 * The build runs loaders side by side, and several need the same result: the first takes a lock file
 * (created exclusively, holding its pid) and computes; the others wait for the result instead of
 * computing it again. A lock whose process has gone (a killed build) is removed and the result computed.
 * @param name file name prefix
 * @param key {@link buildCacheKey}
 * @param compute the computation
 * @param dir the cache folder (default data/cache)
 * @param pollMs how often a waiting loader looks for the result
 */
export async function cachedJson<T>(name: string, key: string, compute: () => Promise<T>, dir = CACHE_DIR, pollMs = 500): Promise<T> {
  const file = join(dir, `${name}-${key}.json`);
  const lock = `${file}.lock`;
  const read = () => JSON.parse(readFileSync(file, "utf8")) as T;
  mkdirSync(dir, {recursive: true});
  for (;;) {
    if (existsSync(file)) return read();
    let fd: number;
    try {
      fd = openSync(lock, "wx");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      if (lockHeld(lock)) await sleep(pollMs);
      else rmSync(lock, {force: true});
      continue;
    }
    try {
      writeSync(fd, String(process.pid));
      closeSync(fd);
      // another loader may have finished between our look and our lock
      if (existsSync(file)) return read();
      const result = await compute();
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(result));
      renameSync(tmp, file);
      return result;
    } finally {
      rmSync(lock, {force: true});
    }
  }
}
