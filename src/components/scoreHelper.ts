/**
 * The /score page's second Web Worker: scores chunks of valid declarations with scoreBatch
 * (src/lib/instrument/batch.ts) while the first worker (./scoreWorker.ts) reads, validates and scores the
 * others, so a file is scored on two cores. It gets the instrument once, then chunks; each reply carries
 * the chunk's scores packed in typed arrays (transferred, not copied). At the end it explains half the top rows.
 */
import {scoreBatch} from "../lib/instrument/batch.js";
import {packScores, type HelperReply, type HelperRequest} from "../lib/fileScoring/remoteScores.js";
import {explainRows} from "../lib/fileScoring/fileSession.js";
import {reviveInstrument, type Instrument} from "../lib/instrument/model.js";

const scope = self as unknown as {
  postMessage(r: HelperReply, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<HelperRequest>) => void) | null;
};

let inst: Instrument | null = null;

scope.onmessage = ({data}) => {
  if (data.type === "instrument") {
    inst = reviveInstrument(data.instrument);
    return;
  }
  try {
    if (!inst) throw new Error("scoreHelper: a chunk came before the instrument");
    if (data.type === "explain") {
      scope.postMessage({type: "reasons", id: data.id, reasons: explainRows(inst, data.rows, data.lang)});
      return;
    }
    const packed = packScores(scoreBatch(inst, data.rows));
    scope.postMessage({type: "scores", id: data.id, packed}, [
      packed.risk.buffer,
      packed.index.buffer,
      packed.probability.buffer,
      packed.codes.buffer
    ] as ArrayBuffer[]);
  } catch (e) {
    scope.postMessage({type: "error", id: data.id, message: (e as Error).message});
  }
};
