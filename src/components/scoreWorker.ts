/**
 * The /score page's Web Worker: reads the chosen file with the browser's own stream (it never leaves the
 * browser) and scores it in a file session (src/lib/fileScoring/fileSession.ts), posting progress as it goes.
 * Started by src/components/fileScore.ts with `new Worker(import.meta.resolve("./scoreWorker.js"), {type: "module"})`.
 */
import {createFileSession, type FileResult, type RemoteScorer} from "../lib/fileScoring/fileSession.js";
import {unpackScores, type HelperReply, type HelperRequest} from "../lib/fileScoring/remoteScores.js";
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

/**
 * The second worker (./scoreHelper.ts) as a remote scorer, or null where a worker cannot start one: the
 * machines this page is measured on have two cores, and scoring is most of the work.
 */
function startHelper(instrument: InstrumentJson): (RemoteScorer & {close(): void}) | null {
  let helper: Worker;
  try {
    helper = new Worker(import.meta.resolve("./scoreHelper.js"), {type: "module"});
  } catch {
    return null;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a scores or a reasons reply, by request
  const waiting = new Map<number, {resolve: (r: any) => void; reject: (e: Error) => void}>();
  let next = 0;
  helper.onmessage = ({data}: MessageEvent<HelperReply>) => {
    const w = waiting.get(data.id)!;
    waiting.delete(data.id);
    if (data.type === "scores") w.resolve(unpackScores(data.packed));
    else if (data.type === "reasons") w.resolve(data.reasons);
    else w.reject(new Error(data.message));
  };
  helper.onerror = (e) => {
    for (const w of waiting.values()) w.reject(new Error(`the second scoring worker failed: ${e.message}`));
    waiting.clear();
  };
  const send = (m: HelperRequest) => helper.postMessage(m);
  send({type: "instrument", instrument});
  const ask = <T>(m: (id: number) => HelperRequest) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, {resolve, reject});
      send(m(id));
    });
  return {
    score: (rows) => ask((id) => ({type: "score", id, rows})),
    explain: (rows, lang) => ask((id) => ({type: "explain", id, rows, lang})),
    close: () => helper.terminate()
  };
}

const cores = typeof navigator !== "undefined" ? (navigator.hardwareConcurrency ?? 1) : 1;

scope.onmessage = async ({data: {file, instrument, lang = "en"}}) => {
  const t0 = performance.now();
  const helper = cores >= 2 ? startHelper(instrument) : null;
  try {
    const session = createFileSession(reviveInstrument(instrument), file.name, lang, helper);
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    let bytes = 0,
      last = 0;
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      await session.push(value);
      bytes += value.length; // characters: close enough to bytes for a progress bar
      if (performance.now() - last > 100) {
        last = performance.now();
        scope.postMessage({type: "progress", bytes: Math.min(bytes, file.size), total: file.size, rows: session.rowsRead});
      }
    }
    const result = await session.end();
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
  } finally {
    helper?.close();
  }
};
