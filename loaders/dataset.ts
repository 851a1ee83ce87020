/**
 * Dataset acquisition: find the three CSV splits, verify their sha256, parse and validate them.
 *
 * Where the files come from, in order: the folder named by CUSTOMS_DATA_DIR (an error if it is set but
 * unusable: we never fall back silently from a folder the user named); else the git-ignored cache
 * data/cache/; else a download from the pinned commit into that cache (written to a temporary file and
 * renamed only once its checksum matches, so nothing partial is ever left behind).
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {DatasetError, parseDeclarations, type Declaration, type Split} from "../src/lib/declarations.js";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const CACHE_DIR = join(PROJECT_ROOT, "data", "cache");

/** Provenance: github.com/Seondong/Customs-Declaration-Datasets, branch en, this commit, folder data/. */
export const DATASET_COMMIT = "a33cfc36546d9951fb469951816bb6771cec208c";
export const DATASET_URL = (file: string) =>
  `https://raw.githubusercontent.com/Seondong/Customs-Declaration-Datasets/${DATASET_COMMIT}/data/${file}`;

export interface SplitFile {
  split: Split;
  file: string;
  rows: number;
  sha256: string;
  period: string;
}

export const SPLIT_FILES: readonly SplitFile[] = [
  {split: "train", file: "df_syn_train_eng.csv", rows: 37385, period: "2020",
    sha256: "ecec832d94f9f01e49a76884102c8d346945b61cf26b36ca75fea1a703a3cec5"},
  {split: "valid", file: "df_syn_valid_eng.csv", rows: 8134, period: "2021 Q1",
    sha256: "ad012c2da5ec025e6676466f10535309028ec0963b6a135215fbb07de79ac7de"},
  {split: "test", file: "df_syn_test_eng.csv", rows: 8481, period: "2021 Q2",
    sha256: "618b81fca639119e40dfdb55dfa7f07822b7bd5abdcdb66fc8d02d71ebbba98e"}
];

export interface SplitData extends SplitFile {
  path: string;
  source: "CUSTOMS_DATA_DIR" | "cache" | "download";
  checksumVerified: true;
  declarations: Declaration[];
}

export interface Dataset {
  splits: SplitData[];
  /** All declarations in file order: train, then valid, then test. */
  declarations: (Declaration & {split: Split})[];
}

export interface LoadOptions {
  /** Defaults to process.env.CUSTOMS_DATA_DIR (resolved against the project root). */
  dataDir?: string | null;
  cacheDir?: string;
  /** Injected for tests; defaults to the global fetch. */
  fetchFn?: typeof fetch;
  /** Override the expected files (tests use small fixtures). */
  files?: readonly SplitFile[];
}

function sha256(buf: Buffer): string {
  return createHash("sha256").update(buf).digest("hex");
}

function verify(buf: Buffer, spec: SplitFile, path: string): void {
  const got = sha256(buf);
  if (got !== spec.sha256) {
    throw new DatasetError(path, null, null,
      `sha256 mismatch: expected ${spec.sha256}, got ${got}; the file is corrupted or not the pinned version`);
  }
}

async function download(spec: SplitFile, cacheDir: string, fetchFn: typeof fetch): Promise<string> {
  const url = DATASET_URL(spec.file);
  const target = join(cacheDir, spec.file);
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (e) {
    throw new DatasetError(spec.file, null, null,
      `not found locally and the download from ${url} failed (${(e as Error).message}). ` +
      `Set CUSTOMS_DATA_DIR to a folder holding the three CSV files to build offline.`);
  }
  if (!res.ok) throw new DatasetError(spec.file, null, null, `download from ${url} failed: HTTP ${res.status}`);
  const buf = Buffer.from(await res.arrayBuffer());
  verify(buf, spec, url);
  mkdirSync(cacheDir, {recursive: true});
  const tmp = `${target}.${process.pid}.part`;
  writeFileSync(tmp, buf);
  renameSync(tmp, target);
  return target;
}

/** Where one split's file is, or how to get it; throws if CUSTOMS_DATA_DIR is set but lacks the file. */
async function locate(spec: SplitFile, opts: Required<Pick<LoadOptions, "cacheDir" | "fetchFn">> & {dataDir: string | null}) {
  if (opts.dataDir) {
    const dir = resolve(PROJECT_ROOT, opts.dataDir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new DatasetError(dir, null, null, "CUSTOMS_DATA_DIR does not name an existing folder");
    }
    const path = join(dir, spec.file);
    if (!existsSync(path)) throw new DatasetError(path, null, null, "file not found in CUSTOMS_DATA_DIR");
    return {path, source: "CUSTOMS_DATA_DIR" as const};
  }
  const cached = join(opts.cacheDir, spec.file);
  if (existsSync(cached)) return {path: cached, source: "cache" as const};
  return {path: await download(spec, opts.cacheDir, opts.fetchFn), source: "download" as const};
}

/**
 * Find, verify (sha256), parse and validate the three splits.
 * @throws {DatasetError} naming the file (and row and field) on any failure; nothing is written then.
 */
export async function loadDataset(options: LoadOptions = {}): Promise<Dataset> {
  const opts = {
    dataDir: options.dataDir === undefined ? process.env.CUSTOMS_DATA_DIR || null : options.dataDir,
    cacheDir: options.cacheDir ?? CACHE_DIR,
    fetchFn: options.fetchFn ?? fetch
  };
  const splits: SplitData[] = [];
  for (const spec of options.files ?? SPLIT_FILES) {
    const {path, source} = await locate(spec, opts);
    const buf = readFileSync(path);
    try {
      verify(buf, spec, path);
    } catch (e) {
      if (source === "cache") unlinkSync(path); // a bad cached copy is dropped so the next build re-fetches it
      throw e;
    }
    const declarations = parseDeclarations(buf.toString("utf8"), spec.file);
    if (declarations.length !== spec.rows) {
      throw new DatasetError(spec.file, null, null, `has ${declarations.length} data rows, expected ${spec.rows}`);
    }
    splits.push({...spec, path, source, checksumVerified: true, declarations});
  }
  return {
    splits,
    declarations: splits.flatMap((s) => s.declarations.map((d) => ({...d, split: s.split})))
  };
}
