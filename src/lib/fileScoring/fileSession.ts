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
import {fileScorer, SCORED_COLUMNS} from "./fileScorer.js";
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

/** A file being scored: push its text as it arrives, then end. */
export interface FileSession {
  push(chunk: string): void;
  end(): FileResult;
  readonly rowsRead: number;
}

/**
 * Start scoring a file.
 * @param inst the revived instrument
 * @param file the file's name (error messages name it)
 * @param lang the language of the explained rows' reasons (the CSV and the reader's messages stay English)
 * @throws {DatasetError} from push or end when the header is wrong (nothing is scored)
 */
export function createFileSession(inst: Instrument, file: string, lang: Lang = "en"): FileSession {
  const reader = createDeclarationReader(file);
  const score = fileScorer(inst);
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
  const take = (ds: readonly Declaration[]) => {
    if (ds.length === 0) return;
    if (csv.length === 0) csv.push(csvHeader(SCORED_COLUMNS) + "\n");
    let text = "";
    score(ds).forEach((row, i) => {
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
  return {
    push: (chunk) => take(reader.push(chunk)),
    end() {
      take(reader.end());
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
        explained: top.map(({d}) => ({
          id: d.id,
          reasons: assessDeclaration(inst, d)
            .fraud.reasons.slice(0, 3)
            .map((x) => (lang === "en" ? x.text : reasonText(x, lang)))
        }))
      };
    },
    get rowsRead() {
      return reader.rowsRead;
    }
  };
}
