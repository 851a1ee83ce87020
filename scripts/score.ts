/**
 * `npm run score -- <in.csv> [--out scored.csv] [--stats]`: score a file of declarations of any size.
 *
 * The file is streamed (fs.createReadStream, UTF-8) through the declaration reader (src/lib/data/
 * declarationStream.ts: the build's header check and row validator), each valid row is scored, and the scored
 * rows are written as CSV as they come, so memory stays flat whatever the file's size. With --out the output
 * goes to a temporary file beside it, renamed only once everything is written: an error leaves no partial
 * file (and an existing one untouched). Without --out it goes to stdout, starting only once the header is
 * accepted.
 *
 * Bad rows are printed to stderr (file, line, field, value, reason) and left out; they do not change the exit
 * code. Exit codes: 0 scored; 1 the file cannot be read or its header is wrong (nothing written); 2 usage.
 * --stats prints one JSON line to stderr: rows, milliseconds, rows per second, peak RSS (the bench reads it).
 */
import {once} from "node:events";
import {createReadStream, createWriteStream, renameSync, rmSync} from "node:fs";
import {resolve} from "node:path";
import type {Writable} from "node:stream";
import {finished} from "node:stream/promises";
import {fileURLToPath} from "node:url";
import {createDeclarationReader, formatRowError, type RowError} from "../src/lib/data/declarationStream.js";
import {DatasetError, type Declaration} from "../src/lib/data/declarations.js";
import {csvHeader, toCsvLine, type Scorer} from "../src/lib/fileScoring/scoredRow.js";
import {fileScorer, SCORED_COLUMNS} from "../src/lib/fileScoring/fileScorer.js";
import {reviveInstrument} from "../src/lib/instrument/model.js";
import {loadContext} from "../loaders/context.js";
import {loadInstrument} from "../loaders/instrument.js";

export interface ScoreFileOptions {
  /** Output path; null writes to stdout. */
  out: string | null;
  scorer: Scorer;
  /** The scorer's output columns, in order. */
  columns: readonly string[];
  /** Each bad row as it is found; default: printed to stderr. */
  onError?: (e: RowError) => void;
  /** Where stdout output goes when `out` is null (tests pass their own). */
  stdout?: Writable;
  /** Read size in bytes (default 64 KiB). */
  chunkBytes?: number;
}

export interface ScoreFileResult {
  rowsRead: number;
  rowsScored: number;
  errorCount: number;
  notes: readonly string[];
  ms: number;
}

/**
 * Stream `input` through the reader and the scorer into CSV. See the module comment for the contract.
 * @param input path of the CSV file (in the dataset's schema; extra columns ignored)
 * @returns counts and the reader's notes
 * @throws {DatasetError} if the header is wrong or the file is empty (nothing written); the read error if the
 *   file cannot be read; a scorer's error (nothing written with --out)
 */
export async function scoreFile(input: string, options: ScoreFileOptions): Promise<ScoreFileResult> {
  const t0 = performance.now();
  const {scorer, columns} = options;
  const onError = options.onError ?? ((e: RowError) => console.error(formatRowError(e)));
  const reader = createDeclarationReader(input, {onError});
  const tmp = options.out === null ? null : `${options.out}.${process.pid}.tmp`;
  const sink: Writable = tmp === null ? (options.stdout ?? process.stdout) : createWriteStream(tmp);
  let sinkError: Error | null = null;
  const onSinkError = (e: Error) => (sinkError ??= e);
  sink.on("error", onSinkError);
  let headerWritten = false;
  let rowsScored = 0;

  /** The CSV text of a batch of valid rows (the header first, once the reader has accepted the file's). */
  const lines = (ds: readonly Declaration[]): string => {
    let text = "";
    if (!headerWritten && reader.layout !== null) {
      headerWritten = true;
      text = csvHeader(columns) + "\n";
    }
    if (ds.length > 0) for (const row of scorer(ds)) text += toCsvLine(columns, row) + "\n";
    rowsScored += ds.length;
    return text;
  };
  const write = async (text: string) => {
    if (sinkError) throw sinkError;
    if (text !== "" && !sink.write(text)) await once(sink, "drain");
  };

  try {
    const stream = createReadStream(input, {highWaterMark: options.chunkBytes ?? 1 << 16});
    stream.setEncoding("utf8"); // a character split between two reads is decoded whole
    for await (const chunk of stream) await write(lines(reader.push(chunk as string)));
    await write(lines(reader.end()));
    if (tmp !== null) {
      sink.end();
      await finished(sink);
      renameSync(tmp, options.out!);
    }
    if (sinkError) throw sinkError;
  } catch (e) {
    if (tmp !== null) {
      sink.destroy();
      rmSync(tmp, {force: true});
    }
    throw e;
  } finally {
    sink.off("error", onSinkError);
  }
  return {rowsRead: reader.rowsRead, rowsScored, errorCount: reader.errorCount, notes: reader.notes, ms: performance.now() - t0};
}

const USAGE = "usage: npm run score -- <in.csv> [--out scored.csv] [--stats]";

/** Parse the command line; a string is a usage error. */
export function parseArgs(argv: readonly string[]): {input: string; out: string | null; stats: boolean} | string {
  let input: string | null = null;
  let out: string | null = null;
  let stats = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--out") {
      out = argv[++i] ?? null;
      if (out === null) return "--out needs a file name";
    } else if (a === "--stats") stats = true;
    else if (a.startsWith("--")) return `unknown option ${a}`;
    else if (input === null) input = a;
    else return `one input file only (got ${input} and ${a})`;
  }
  if (input === null) return "no input file";
  if (out !== null && resolve(out) === resolve(input)) return "--out must not be the input file";
  return {input, out, stats};
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(`score: ${args}\n${USAGE}`);
    return 2;
  }
  let result: ScoreFileResult;
  try {
    // the instrument the build ships (loaders/instrument.ts, cached): the same tables as the /score page
    const inst = reviveInstrument(await loadInstrument(await loadContext()));
    result = await scoreFile(args.input, {out: args.out, scorer: fileScorer(inst), columns: SCORED_COLUMNS});
  } catch (e) {
    // The file's problem is the user's to fix: say what and where, without a stack trace.
    if (e instanceof DatasetError || (e as NodeJS.ErrnoException).code !== undefined) {
      console.error(`score: ${(e as Error).message}${args.out === null ? "" : `; ${args.out} not written`}`);
      return 1;
    }
    throw e;
  }
  for (const note of result.notes) console.error(`note: ${note}`);
  const left = result.errorCount === 0 ? "none left out" : `${result.errorCount} left out (listed above)`;
  console.error(
    `score: ${args.input}: ${result.rowsRead} rows read, ${result.rowsScored} scored, ${left}` +
      (args.out === null ? "" : `; written to ${args.out}`)
  );
  if (args.stats) {
    const maxRssMiB = process.resourceUsage().maxRSS / 1024;
    const rowsPerS = result.rowsRead / (result.ms / 1000);
    console.error(
      JSON.stringify({rows: result.rowsRead, ms: Math.round(result.ms), rowsPerS: Math.round(rowsPerS), maxRssMiB: +maxRssMiB.toFixed(1)})
    );
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
