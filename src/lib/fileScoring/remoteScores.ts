/**
 * Scores crossing between two Web Workers (the /score page scores a file on two cores): scoreBatch's
 * rows packed into typed arrays and back, exactly (the doubles are copied as they are), and the messages
 * the two workers exchange. Pure: no DOM.
 */
import type {Declaration} from "../data/declarations.js";
import type {RowScore} from "../instrument/batch.js";
import type {InstrumentJson} from "../instrument/model.js";
import type {Lang} from "../i18n/lang.js";
import {ZONE_CODES} from "./fileSession.js";

/** A chunk's scores: the three doubles per row, and per row [zone, index zone, route (1 seen), unseen indicators]. */
export interface PackedScores {
  risk: Float64Array;
  index: Float64Array;
  probability: Float64Array;
  codes: Uint8Array;
}

/** What the first worker sends the second: the instrument once, then chunks to score. */
export type HelperRequest =
  | {type: "instrument"; instrument: InstrumentJson}
  | {type: "score"; id: number; rows: readonly Declaration[]}
  | {type: "explain"; id: number; rows: readonly Declaration[]; lang: Lang};
/** What comes back for a chunk, or for rows to explain. */
export type HelperReply =
  | {type: "scores"; id: number; packed: PackedScores}
  | {type: "reasons"; id: number; reasons: string[][]}
  | {type: "error"; id: number; message: string};

/**
 * Pack rows' scores for a message.
 * @param scores scoreBatch's rows
 */
export function packScores(scores: readonly RowScore[]): PackedScores {
  const n = scores.length;
  const p: PackedScores = {
    risk: new Float64Array(n),
    index: new Float64Array(n),
    probability: new Float64Array(n),
    codes: new Uint8Array(4 * n)
  };
  scores.forEach((s, i) => {
    p.risk[i] = s.risk;
    p.index[i] = s.index;
    p.probability[i] = s.probability;
    p.codes.set([ZONE_CODES.indexOf(s.zone), ZONE_CODES.indexOf(s.indexZone), s.route === "seen" ? 1 : 0, s.unseenIndicators], 4 * i);
  });
  return p;
}

/**
 * The rows' scores back from {@link packScores}: equal, field by field, to what was packed.
 * @param p packed scores
 */
export function unpackScores(p: PackedScores): RowScore[] {
  return Array.from(p.risk, (risk, i) => ({
    risk,
    zone: ZONE_CODES[p.codes[4 * i]],
    index: p.index[i],
    indexZone: ZONE_CODES[p.codes[4 * i + 1]],
    probability: p.probability[i],
    route: p.codes[4 * i + 2] === 1 ? "seen" : "new",
    unseenIndicators: p.codes[4 * i + 3]
  }));
}
