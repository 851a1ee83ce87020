/**
 * Scoring one file in the browser (the /score page's Web Worker, src/components/scoreWorker.ts): text chunks
 * in, through the same reader (src/lib/data/declarationStream.ts) and file scorer (./fileScorer.ts) as
 * `npm run score`, so the CSV it returns is byte for byte the command's output; plus what the page ranks
 * and selects (scores, labels, duty per row) and the exact reasons of the rows the model ranks highest.
 */
import {createDeclarationReader, type RowError} from "../data/declarationStream.js";
import type {Declaration} from "../data/declarations.js";
import {duty} from "../fraud/features.js";
import {assessDeclaration} from "../instrument/assess.js";
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
  probability: number[];
  risk: number[];
  index: number[];
  zone: string[];
  route: string[];
  fraud: number[];
  critical: number[];
  duty: number[];
  /** The scored rows as `npm run score` writes them (header included), in file order. */
  csv: string;
  /** The rows with the highest fraud probability, with the model's three largest reasons each. */
  explained: {id: string; reasons: string[]}[];
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
 * @throws {DatasetError} from push or end when the header is wrong (nothing is scored)
 */
export function createFileSession(inst: Instrument, file: string): FileSession {
  const reader = createDeclarationReader(file);
  const score = fileScorer(inst);
  const r: Omit<FileResult, "rowsRead" | "rowsScored" | "errorCount" | "errors" | "notes" | "labelled" | "explained" | "csv"> & {
    csv: string[];
  } = {
    file,
    ids: [],
    probability: [],
    risk: [],
    index: [],
    zone: [],
    route: [],
    fraud: [],
    critical: [],
    duty: [],
    csv: []
  };
  let top: {d: Declaration; p: number}[] = [];
  const take = (ds: readonly Declaration[]) => {
    if (ds.length === 0) return;
    if (r.csv.length === 0) r.csv.push(csvHeader(SCORED_COLUMNS) + "\n");
    let text = "";
    score(ds).forEach((row, i) => {
      text += toCsvLine(SCORED_COLUMNS, row) + "\n";
      const f = row.fields,
        d = ds[i];
      r.ids.push(d.id);
      r.probability.push(f["Fraud probability"] as number);
      r.risk.push(f["Risk value"] as number);
      r.index.push(f["Data-driven index"] as number);
      r.zone.push(f.Zone as string);
      r.route.push(f.Route as string);
      r.fraud.push(d.fraud);
      r.critical.push(d.criticalFraud === 2 ? 1 : 0);
      r.duty.push(duty(d));
      const p = f["Fraud probability"] as number;
      if (top.length < EXPLAINED_ROWS || p > top[top.length - 1].p) {
        top.push({d, p});
        top.sort((a, b) => b.p - a.p);
        top = top.slice(0, EXPLAINED_ROWS);
      }
    });
    r.csv.push(text);
  };
  return {
    push: (chunk) => take(reader.push(chunk)),
    end() {
      take(reader.end());
      return {
        ...r,
        csv: r.csv.length ? r.csv.join("") : csvHeader(SCORED_COLUMNS) + "\n",
        rowsRead: reader.rowsRead,
        rowsScored: r.ids.length,
        errorCount: reader.errorCount,
        errors: [...reader.errors],
        notes: [...reader.notes],
        labelled: reader.layout !== null && !reader.layout.unlabelled.includes("Fraud"),
        explained: top.map(({d}) => ({
          id: d.id,
          reasons: assessDeclaration(inst, d)
            .fraud.reasons.slice(0, 3)
            .map((x) => x.text)
        }))
      };
    },
    get rowsRead() {
      return reader.rowsRead;
    }
  };
}
