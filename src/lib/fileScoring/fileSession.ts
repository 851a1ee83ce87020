/**
 * Scoring one file in the browser (the /score page's Web Worker, src/components/scoreWorker.ts): text chunks
 * in, through the same reader (src/lib/data/declarationStream.ts) and file scorer (./fileScorer.ts) as
 * `npm run score`, so the CSV it returns is byte for byte the command's output; plus what the page ranks
 * and selects (scores, labels, duty per row) and the exact reasons of the rows the model ranks highest.
 */
import {createDeclarationReader, type RowError} from "../data/declarationStream.js";
import type {Declaration} from "../data/declarations.js";
import {duty} from "../fraud/features.js";
import {assessDeclaration, reasonText} from "../instrument/assess.js";
import type {Lang} from "../i18n/lang.js";
import type {Instrument} from "../instrument/model.js";
import {scoredRows, SCORED_COLUMNS} from "./fileScorer.js";
import {scoreBatch, type RowScore} from "../instrument/batch.js";
import {csvHeader, toCsvLine} from "./scoredRow.js";

/** How many of the highest-probability rows get their reasons. */
export const EXPLAINED_ROWS = 20;

/** A scored file, as the page receives it. */
export interface FileResult {
  file: string;
  rowsRead: number;
  rowsScored: number;
  errorCount: number;
  /** The first bad rows (the reader keeps at most 1,000; errorCount counts all). */
  errors: RowError[];
  notes: string[];
  /** The file has a Fraud column: what a selection catches can be measured. */
  labelled: boolean;
  ids: string[];
  probability: Float64Array;
  risk: Float64Array;
  index: Float64Array;
  /** Codes into {@link ZONE_CODES}. */
  zone: Uint8Array;
  /** 1: the exact Item Price occurs in the training months ("seen price"). */
  seen: Uint8Array;
  fraud: Uint8Array;
  critical: Uint8Array;
  duty: Float64Array;
  /** The scored rows as `npm run score` writes them (header included), in file order: a Blob, so the text
   * is kept out of the script's memory (a browser may keep it on disk). */
  csv: Blob;
  /** The rows with the highest fraud probability, with the model's three largest reasons each. */
  explained: {id: string; reasons: string[]}[];
}

/** The zones in code order (FileResult.zone). */
export const ZONE_CODES = ["safety", "general", "severe"] as const;

/** A growable typed column: the scores of a million rows take 8 MB each, not a JavaScript array's 16+. */
class Column<T extends Float64Array | Uint8Array> {
  private data: T;
  length = 0;
  constructor(private readonly make: (n: number) => T) {
    this.data = make(1024);
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

/** A file being scored: push its text as it arrives (awaiting each push), then end. */
export interface FileSession {
  push(chunk: string): Promise<void>;
  end(): Promise<FileResult>;
  readonly rowsRead: number;
}

/**
 * Somewhere else to run scoreBatch (a second Web Worker): the same function on the same instrument, so
 * a chunk scored there gets the figures it would get here.
 */
export interface RemoteScorer {
  score(ds: readonly Declaration[]): Promise<RowScore[]>;
  /** {@link explainRows} run there, if it can. */
  explain?(ds: readonly Declaration[], lang: Lang): Promise<string[][]>;
}

/**
 * The three largest reasons (TreeSHAP, assessDeclaration) of each row, in the page's language: what the
 * page shows beside the rows the model ranks highest.
 * @param inst the revived instrument
 * @param ds the rows
 * @param lang the reasons' language
 */
export function explainRows(inst: Instrument, ds: readonly Declaration[], lang: Lang): string[][] {
  return ds.map((d) =>
    assessDeclaration(inst, d)
      .fraud.reasons.slice(0, 3)
      .map((x) => (lang === "en" ? x.text : reasonText(x, lang)))
  );
}

/** Chunks at most waiting for the remote scorer: beyond, the session waits (memory stays bounded). */
const REMOTE_AHEAD = 2;

/** A chunk of valid rows waiting to be written in file order: its scores, or the error scoring it threw. */
interface Pending {
  ds: Declaration[];
  scores?: RowScore[];
  error?: unknown;
  ready: Promise<void>;
  remote: boolean;
}

/**
 * Start scoring a file.
 * @param inst the revived instrument
 * @param file the file's name (error messages name it)
 * @param lang the language of the explained rows' reasons (the CSV and the reader's messages stay English)
 * @throws {DatasetError} from push or end when the header is wrong (nothing is scored)
 */
export function createFileSession(inst: Instrument, file: string, lang: Lang = "en", remote: RemoteScorer | null = null): FileSession {
  const reader = createDeclarationReader(file);
  const f64 = (n: number) => new Float64Array(n),
    u8 = (n: number) => new Uint8Array(n);
  const ids: string[] = [];
  const col = {
    probability: new Column(f64),
    risk: new Column(f64),
    index: new Column(f64),
    zone: new Column(u8),
    seen: new Column(u8),
    fraud: new Column(u8),
    critical: new Column(u8),
    duty: new Column(f64)
  };
  const csv: BlobPart[] = [];
  let top: {d: Declaration; p: number}[] = [];
  const take = (ds: readonly Declaration[], scores: readonly RowScore[]) => {
    if (ds.length === 0) return;
    if (csv.length === 0) csv.push(csvHeader(SCORED_COLUMNS) + "\n");
    let text = "";
    scoredRows(inst, ds, scores).forEach((row, i) => {
      text += toCsvLine(SCORED_COLUMNS, row) + "\n";
      const f = row.fields,
        d = ds[i];
      const p = f["Fraud probability"] as number;
      ids.push(d.id);
      col.probability.push(p);
      col.risk.push(f["Risk value"] as number);
      col.index.push(f["Data-driven index"] as number);
      col.zone.push(ZONE_CODES.indexOf(f.Zone as (typeof ZONE_CODES)[number]));
      col.seen.push(f.Route === "seen price" ? 1 : 0);
      col.fraud.push(d.fraud);
      col.critical.push(d.criticalFraud === 2 ? 1 : 0);
      col.duty.push(duty(d));
      if (top.length < EXPLAINED_ROWS || p > top[top.length - 1].p) {
        top.push({d, p});
        top.sort((a, b) => b.p - a.p);
        top = top.slice(0, EXPLAINED_ROWS);
      }
    });
    csv.push(new Blob([text]));
  };
  // Chunks are scored here or, while it has fewer than REMOTE_AHEAD waiting, by the remote scorer (in
  // parallel), and written strictly in file order: the CSV, columns and top rows are those of scoring every
  // chunk here, and an error is thrown at the chunk that raised it, after every earlier chunk.
  const queue: Pending[] = [];
  let remoteWaiting = 0;
  const submit = (ds: Declaration[]) => {
    if (ds.length === 0) return;
    const p: Pending = {ds, ready: Promise.resolve(), remote: false};
    if (remote && remoteWaiting < REMOTE_AHEAD) {
      p.remote = true;
      remoteWaiting++;
      p.ready = remote.score(ds).then(
        (scores) => void (p.scores = scores),
        (e: unknown) => void (p.error = e ?? new Error("remote scoring failed"))
      );
    } else {
      try {
        p.scores = scoreBatch(inst, ds);
      } catch (e) {
        p.error = e;
      }
    }
    queue.push(p);
  };
  /** The reader's next rows; a refused file is refused as it is found (an earlier chunk's failed scoring is
   * thrown instead only once that chunk is written, as when every chunk is scored here). */
  let refused = false;
  const read = (next: () => Declaration[]): Declaration[] => {
    try {
      return next();
    } catch (e) {
      if (queue.some((p) => p.error !== undefined || p.remote)) {
        // written in order by drain, which throws the earlier chunk's error first (or this one after)
        queue.push({ds: [], error: e, ready: Promise.resolve(), remote: false});
        refused = true;
        return [];
      }
      throw e;
    }
  };
  /** Write the chunks at the head of the queue that are scored; with `all`, wait for every one. */
  const drain = async (all: boolean) => {
    while (queue.length > 0) {
      const p = queue[0];
      if (p.scores === undefined && p.error === undefined) {
        if (!all && remoteWaiting < REMOTE_AHEAD) return;
        await p.ready;
        continue;
      }
      queue.shift();
      if (p.remote) remoteWaiting--;
      if (p.error !== undefined) throw p.error;
      take(p.ds, p.scores!);
    }
  };
  return {
    async push(chunk) {
      submit(read(() => reader.push(chunk)));
      await drain(refused);
    },
    async end() {
      submit(read(() => reader.end()));
      await drain(true);
      // TreeSHAP over a thousand trees takes a while a row: the second scorer explains half the top rows
      const half = remote?.explain ? Math.floor(top.length / 2) : 0;
      const there =
        half > 0
          ? remote!.explain!(
              top.slice(0, half).map((t) => t.d),
              lang
            )
          : Promise.resolve([]);
      const here = explainRows(
        inst,
        top.slice(half).map((t) => t.d),
        lang
      );
      const reasons = [...(await there), ...here];
      return {
        file,
        ids,
        probability: col.probability.done(),
        risk: col.risk.done(),
        index: col.index.done(),
        zone: col.zone.done(),
        seen: col.seen.done(),
        fraud: col.fraud.done(),
        critical: col.critical.done(),
        duty: col.duty.done(),
        csv: new Blob(csv.length ? csv : [csvHeader(SCORED_COLUMNS) + "\n"], {type: "text/csv"}),
        rowsRead: reader.rowsRead,
        rowsScored: ids.length,
        errorCount: reader.errorCount,
        errors: [...reader.errors],
        notes: [...reader.notes],
        labelled: reader.layout !== null && !reader.layout.unlabelled.includes("Fraud"),
        explained: top.map(({d}, i) => ({id: d.id, reasons: reasons[i]}))
      };
    },
    get rowsRead() {
      return reader.rowsRead;
    }
  };
}
