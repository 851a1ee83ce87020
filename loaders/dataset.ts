/**
 * Dataset acquisition: find the three CSV splits, verify their sha256, parse and validate them.
 *
 * Where the files come from, in order: the folder named by CUSTOMS_DATA_DIR (an error if it is set but
 * unusable: we never fall back silently from a folder the user named); else the git-ignored cache
 * data/cache/; else a download from the pinned commit into that cache (written to a temporary file and
 * renamed only once its checksum matches, so nothing partial is ever left behind).
 *
 * The checksum is taken over the canonical content (UTF-8 BOM removed, CRLF and CR line endings turned
 * into LF): a copy re-saved by a spreadsheet or by git on Windows has the pinned content and is accepted,
 * with a note. The pinned sha256 values are those of the published files, which are already canonical
 * (LF, no BOM), so for them the canonical hash is the plain file hash. On a mismatch the file is parsed so
 * the message can say what is wrong: the first invalid row and field, or that it is another split's file,
 * or that every row is valid but the content (and row count) is not the pinned one.
 *
 * Parse once per build: every Framework loader is its own process, so each would parse and validate the
 * 54,000 rows again (about 1 s each here). A verified file's parsed rows are kept as JSON in the cache
 * (data/cache/parsed/), keyed by its checksum and by the parser's own source, written to a temporary file
 * and renamed, so a later loader reads them instead (JSON.parse is about 3 times faster than the validating
 * parse) and a change to the parser invalidates them. The checksum is still verified on every load.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {DatasetError, parseDeclarations, type Declaration, type Split} from "../src/lib/data/declarations.js";

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
  {
    split: "train",
    file: "df_syn_train_eng.csv",
    rows: 37385,
    period: "2020",
    sha256: "ecec832d94f9f01e49a76884102c8d346945b61cf26b36ca75fea1a703a3cec5"
  },
  {
    split: "valid",
    file: "df_syn_valid_eng.csv",
    rows: 8134,
    period: "2021 Q1",
    sha256: "ad012c2da5ec025e6676466f10535309028ec0963b6a135215fbb07de79ac7de"
  },
  {
    split: "test",
    file: "df_syn_test_eng.csv",
    rows: 8481,
    period: "2021 Q2",
    sha256: "618b81fca639119e40dfdb55dfa7f07822b7bd5abdcdb66fc8d02d71ebbba98e"
  }
];

export interface SplitData extends SplitFile {
  path: string;
  source: "CUSTOMS_DATA_DIR" | "cache" | "download";
  checksumVerified: true;
  /** What was normalised before the checksum ("UTF-8 BOM removed", ...); empty for a canonical file. */
  normalised: string[];
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
  /** Where notes go (a file that was normalised); defaults to stderr, which Framework shows for loaders. */
  log?: (message: string) => void;
}

/** The parser's identity: its source (and the schema's), so cached rows of an older parser are never read. */
const PARSER_KEY = createHash("sha256")
  .update(readFileSync(join(PROJECT_ROOT, "src", "lib", "data", "declarations.ts")))
  .digest("hex")
  .slice(0, 12);

/**
 * A verified split's declarations: from the parse cache if it holds them for this content and parser, else
 * parsed (and validated) and written to the cache atomically. A cache that cannot be read or written is only
 * a slower build: the parse runs and a note says why.
 * @param text the verified canonical content (its sha256 is spec.sha256)
 */
export function parsedOnce(text: string, spec: SplitFile, cacheDir: string, log: (m: string) => void): Declaration[] {
  const file = join(cacheDir, "parsed", `${spec.sha256.slice(0, 16)}-${PARSER_KEY}.json`);
  try {
    const rows = JSON.parse(readFileSync(file, "utf8")) as Declaration[];
    if (Array.isArray(rows) && rows.length === spec.rows) return rows;
  } catch {
    // absent or unreadable (an interrupted writer): parse, and write it below
  }
  const declarations = parseDeclarations(text, spec.file);
  try {
    mkdirSync(dirname(file), {recursive: true});
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(declarations));
    renameSync(tmp, file);
  } catch (e) {
    log(`${file}: could not cache the parsed rows (${(e as Error).message}); the next load parses again`);
  }
  return declarations;
}

function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** A file's text in canonical form, and what had to change to get there. */
export interface CanonicalContent {
  text: string;
  normalised: string[];
}

/**
 * The canonical content of a CSV file: UTF-8 decoded, a leading BOM removed, CRLF and lone CR line
 * endings turned into LF. These are the changes a spreadsheet or git on Windows makes when re-saving; the
 * parser accepts them all, so the checksum should too.
 * @param bytes the file as read
 * @returns the canonical text and a note per kind of change made (empty when the file was canonical)
 * @example canonicalContent(Buffer.from("\uFEFFa,b\r\n1,2\r\n")) // {text: "a,b\n1,2\n", normalised: ["UTF-8 BOM removed", "2 CRLF line endings normalised to LF"]}
 */
export function canonicalContent(bytes: Buffer): CanonicalContent {
  let text = bytes.toString("utf8");
  const normalised: string[] = [];
  if (text.startsWith("\uFEFF")) {
    text = text.slice(1);
    normalised.push("UTF-8 BOM removed");
  }
  if (text.includes("\r")) {
    // skip the copies for the usual LF file
    const crlf = text.match(/\r\n/g)?.length ?? 0;
    const cr = (text.match(/\r/g)?.length ?? 0) - crlf;
    text = text.replace(/\r\n?/g, "\n");
    if (crlf > 0) normalised.push(`${crlf} CRLF line endings normalised to LF`);
    if (cr > 0) normalised.push(`${cr} CR line endings normalised to LF`);
  }
  return {text, normalised};
}

/**
 * Why a file's canonical content does not have the pinned checksum, as an error to throw. In order: it has
 * another split's pinned content (files swapped or misnamed); a row is invalid (named by row and field);
 * the row count differs; or every row is valid and the count is right but some value differs.
 * @param text the file's canonical content
 * @param spec the split the file should be
 * @param label the file's path or URL, named in the message
 * @param all every split's spec, to recognise a swapped file
 * @returns the error (never throws itself)
 */
export function explainMismatch(text: string, spec: SplitFile, label: string, all: readonly SplitFile[]): DatasetError {
  const got = sha256(text);
  const pinned = `sha256 ${got}, pinned ${spec.sha256}`;
  const other = all.find((s) => s.file !== spec.file && s.sha256 === got);
  if (other) {
    return new DatasetError(
      label,
      null,
      null,
      `has the content of ${other.file} (the ${other.split} split), not of ${spec.file} (the ${spec.split} split): the files are swapped or misnamed`
    );
  }
  let rows: number;
  try {
    rows = parseDeclarations(text, label).length;
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    return new DatasetError(e.file, e.row, e.field, `${e.problem}; the file is not the pinned version (${pinned})`);
  }
  if (rows !== spec.rows) {
    return new DatasetError(
      label,
      null,
      null,
      `all ${rows} data rows are valid, but the pinned version has ${spec.rows} rows: not the pinned version (${pinned})`
    );
  }
  return new DatasetError(
    label,
    null,
    null,
    `all ${rows} data rows are valid and the row count is the pinned one, but some value differs from the pinned version (${pinned})`
  );
}

/** The canonical content of `bytes` if it has the pinned checksum; else throws the explanation. */
function verify(bytes: Buffer, spec: SplitFile, label: string, all: readonly SplitFile[]): CanonicalContent {
  const content = canonicalContent(bytes);
  if (sha256(content.text) !== spec.sha256) throw explainMismatch(content.text, spec, label, all);
  return content;
}

async function download(spec: SplitFile, cacheDir: string, fetchFn: typeof fetch, all: readonly SplitFile[]): Promise<string> {
  const url = DATASET_URL(spec.file);
  const target = join(cacheDir, spec.file);
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (e) {
    throw new DatasetError(
      spec.file,
      null,
      null,
      `not found locally and the download from ${url} failed (${(e as Error).message}). ` +
        `Set CUSTOMS_DATA_DIR to a folder holding the three CSV files to build offline.`
    );
  }
  if (!res.ok) throw new DatasetError(spec.file, null, null, `download from ${url} failed: HTTP ${res.status}`);
  const buf = Buffer.from(await res.arrayBuffer());
  verify(buf, spec, url, all); // before anything is written
  mkdirSync(cacheDir, {recursive: true});
  const tmp = `${target}.${process.pid}.part`;
  writeFileSync(tmp, buf);
  renameSync(tmp, target);
  return target;
}

/** Where one split's file is, or how to get it; throws if CUSTOMS_DATA_DIR is set but lacks the file. */
async function locate(
  spec: SplitFile,
  all: readonly SplitFile[],
  opts: Required<Pick<LoadOptions, "cacheDir" | "fetchFn">> & {dataDir: string | null}
) {
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
  return {path: await download(spec, opts.cacheDir, opts.fetchFn, all), source: "download" as const};
}

/**
 * Find, verify (sha256 of the canonical content), parse and validate the three splits.
 * @param options where to look and what to expect; every field has a default (see {@link LoadOptions})
 * @returns the splits, each with its declarations and what was normalised, and all declarations in order
 * @throws {DatasetError} naming the file (and row and field where a row is at fault) on any failure;
 *   nothing is written then, and a bad cached copy is removed
 */
export async function loadDataset(options: LoadOptions = {}): Promise<Dataset> {
  const opts = {
    dataDir: options.dataDir === undefined ? process.env.CUSTOMS_DATA_DIR || null : options.dataDir,
    cacheDir: options.cacheDir ?? CACHE_DIR,
    fetchFn: options.fetchFn ?? fetch
  };
  const log = options.log ?? ((m: string) => console.warn(m));
  const all = options.files ?? SPLIT_FILES;
  const splits: SplitData[] = [];
  for (const spec of all) {
    const {path, source} = await locate(spec, all, opts);
    let content: CanonicalContent;
    try {
      content = verify(readFileSync(path), spec, path, all);
    } catch (e) {
      if (source === "cache") unlinkSync(path); // a bad cached copy is dropped so the next build re-fetches it
      throw e;
    }
    if (content.normalised.length > 0) {
      log(`${path}: has the pinned content once normalised (${content.normalised.join("; ")}); accepted`);
    }
    const declarations = parsedOnce(content.text, spec, opts.cacheDir, log);
    if (declarations.length !== spec.rows) {
      throw new DatasetError(spec.file, null, null, `has ${declarations.length} data rows, expected ${spec.rows}`);
    }
    splits.push({...spec, path, source, checksumVerified: true, normalised: content.normalised, declarations});
  }
  return {
    splits,
    declarations: splits.flatMap((s) => s.declarations.map((d) => ({...d, split: s.split})))
  };
}
