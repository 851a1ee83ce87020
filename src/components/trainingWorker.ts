/**
 * The training lab's Web Worker: the lab's session (src/lib/bp/labSession.ts) behind postMessage, so
 * training never blocks the page. Started by src/components/trainingLab.ts with
 * `new Worker(import.meta.resolve("./trainingWorker.js"), {type: "module"})`.
 */
import {labSession, type SessionReply, type SessionRequest} from "../lib/bp/labSession.js";

const scope = self as unknown as {postMessage(r: SessionReply): void; onmessage: ((e: MessageEvent<SessionRequest>) => void) | null};
const handle = labSession((r) => scope.postMessage(r));
scope.onmessage = (e) => void handle(e.data);
