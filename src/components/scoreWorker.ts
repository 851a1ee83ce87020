/**
 * The /score page's Web Worker: reads the chosen file with the browser's own stream (it never leaves the
 * browser) and scores it in a file session (src/lib/fileScoring/fileSession.ts), posting progress as it goes.
 * Started by src/components/fileScore.ts with `new Worker(import.meta.resolve("./scoreWorker.js"), {type: "module"})`.
 */
import {createFileSession, type FileResult} from "../lib/fileScoring/fileSession.js";
import {reviveInstrument, type InstrumentJson} from "../lib/instrument/model.js";

export type ScoreRequest = {file: File; instrument: InstrumentJson};
export type ScoreReply =
  | {type: "progress"; bytes: number; total: number; rows: number}
  | {type: "done"; result: FileResult; ms: number}
  | {type: "error"; message: string};

const scope = self as unknown as {
  postMessage(r: ScoreReply, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ScoreRequest>) => void) | null;
};

scope.onmessage = async ({data: {file, instrument}}) => {
  const t0 = performance.now();
  try {
    const session = createFileSession(reviveInstrument(instrument), file.name);
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
    scope.postMessage({type: "error", message: (e as Error).message});
  }
};
