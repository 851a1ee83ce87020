/**
 * The /score page's Web Worker: reads the chosen file with the browser's own stream (it never leaves the
 * browser) and scores it in a file session (src/lib/fileScoring/fileSession.ts), posting progress as it goes.
 * Started by src/components/fileScore.ts with `new Worker(import.meta.resolve("./scoreWorker.js"), {type: "module"})`.
 */
import {createFileSession, type FileResult} from "../lib/fileScoring/fileSession.js";
import {reviveInstrument, type InstrumentJson} from "../lib/instrument/model.js";
import {DatasetError} from "../lib/data/declarations.js";
import {datasetErrorText} from "../lib/fileScoring/messages.js";
import type {Lang} from "../lib/i18n/lang.js";

/** The file, the instrument, and the page's language (the reasons and a refused file's message). */
export type ScoreRequest = {file: File; instrument: InstrumentJson; lang?: Lang};
export type ScoreReply =
  | {type: "progress"; bytes: number; total: number; rows: number}
  | {type: "done"; result: FileResult; ms: number}
  | {type: "error"; message: string};

const scope = self as unknown as {
  postMessage(r: ScoreReply, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ScoreRequest>) => void) | null;
};

scope.onmessage = async ({data: {file, instrument, lang = "en"}}) => {
  const t0 = performance.now();
  try {
    const session = createFileSession(reviveInstrument(instrument), file.name, lang);
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    let bytes = 0,
      last = 0;
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      session.push(value);
      bytes += value.length; // characters: close enough to bytes for a progress bar
      if (performance.now() - last > 100) {
        last = performance.now();
        scope.postMessage({type: "progress", bytes: Math.min(bytes, file.size), total: file.size, rows: session.rowsRead});
      }
    }
    const result = session.end();
    // the columns move to the page (transferred, not copied): memory stays one copy of the scores
    const columns = [result.probability, result.risk, result.index, result.zone, result.seen, result.fraud, result.critical, result.duty];
    scope.postMessage(
      {type: "done", result, ms: performance.now() - t0},
      columns.map((c) => c.buffer as ArrayBuffer)
    );
  } catch (e) {
    // a refused file (its header, a broken quote) in the page's language; anything else as thrown
    const message = e instanceof DatasetError && lang !== "en" ? datasetErrorText(lang, e) : (e as Error).message;
    scope.postMessage({type: "error", message});
  }
};
