/**
 * The /score page's file session (src/lib/fileScoring/fileSession.ts) with a second scorer: chunks scored
 * elsewhere (here an asynchronous stand-in for the second Web Worker, answering late and out of order)
 * give the same file result, byte for byte, as every chunk scored in the session itself.
 */
import {readFileSync} from "node:fs";
import {resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {canonicalContent, loadDataset, PROJECT_ROOT} from "../loaders/dataset.js";
import {loadContext} from "../loaders/context.js";
import {loadInstrument} from "../loaders/instrument.js";
import {createFileSession, explainRows, type FileResult, type RemoteScorer} from "../src/lib/fileScoring/fileSession.js";
import {packScores, unpackScores} from "../src/lib/fileScoring/remoteScores.js";
import {scoreBatch} from "../src/lib/instrument/batch.js";
import {reviveInstrument} from "../src/lib/instrument/model.js";
import {mulberry32} from "../src/lib/stats/random.js";

const DATA_DIR = process.env.CUSTOMS_DATA_DIR ? resolve(PROJECT_ROOT, process.env.CUSTOMS_DATA_DIR) : null;

describe.runIf(DATA_DIR)("a file scored on two workers", async () => {
  const dataset = await loadDataset({dataDir: DATA_DIR});
  const inst = reviveInstrument(await loadInstrument(await loadContext()));
  const test_ = dataset.splits.find((s) => s.split === "test")!;
  const [header, ...lines] = canonicalContent(readFileSync(test_.path)).text.trimEnd().split("\n");
  // 2,500 rows, a duplicate ID, a row short of fields and an empty line among them
  const body = lines.slice(0, 2500);
  body.splice(1200, 0, body[5]);
  body.splice(1800, 0, body[7].split(",").slice(0, 5).join(","), "");
  const text = `${header}\n${body.join("\n")}\n`;

  const chunked = (seed: number) => {
    const rnd = mulberry32(seed);
    const out: string[] = [];
    for (let i = 0; i < text.length;) {
      const n = 1 + Math.floor(rnd() * 40_000);
      out.push(text.slice(i, i + n));
      i += n;
    }
    return out;
  };
  const run = async (chunks: string[], remote: RemoteScorer | null): Promise<FileResult> => {
    const s = createFileSession(inst, "f.csv", "en", remote);
    for (const c of chunks) await s.push(c);
    return s.end();
  };
  /** A stand-in for the second worker: scoreBatch, its scores packed and unpacked, answered after a random delay; it explains half the top rows. */
  const lateScorer = (seed: number, fail?: (call: number) => boolean): RemoteScorer & {calls: number} => {
    const rnd = mulberry32(seed);
    const r = {
      calls: 0,
      score: (ds: readonly Parameters<typeof scoreBatch>[1][number][]) => {
        const call = r.calls++;
        const wait = Math.floor(rnd() * 4);
        return new Promise<ReturnType<typeof scoreBatch>>((ok, ko) =>
          setTimeout(
            () => (fail?.(call) ? ko(new Error(`chunk ${call} failed`)) : ok(unpackScores(packScores(scoreBatch(inst, ds))))),
            wait
          )
        );
      },
      explain: (ds: Parameters<typeof explainRows>[1], lang: Parameters<typeof explainRows>[2]) =>
        new Promise<string[][]>((ok) => setTimeout(() => ok(explainRows(inst, ds, lang)), 3))
    };
    return r;
  };
  const same = async (a: FileResult, b: FileResult) => {
    expect(await b.csv.text()).toBe(await a.csv.text());
    const {csv: _a, ...restA} = a,
      {csv: _b, ...restB} = b;
    expect(restB).toEqual(restA);
  };

  test("packing scores keeps every field exactly", () => {
    const scores = scoreBatch(inst, dataset.declarations.slice(0, 500));
    expect(unpackScores(packScores(scores))).toEqual(scores);
  });

  test("chunks scored by a late second scorer: the same CSV bytes, columns, errors and explained rows, in any chunking", async () => {
    const local = await run(chunked(1), null);
    expect(local.rowsScored).toBe(2500);
    expect(local.errorCount).toBe(3);
    // each run explains its 20 most probable rows (TreeSHAP over a thousand trees): seconds on a busy machine
    const remote = lateScorer(2);
    await same(local, await run(chunked(2), remote));
    expect(remote.calls).toBeGreaterThan(1);
    expect(local.explained.length).toBe(20);
  }, 300_000);

  test("a chunk the second scorer fails on fails the file, with its message", async () => {
    await expect(
      run(
        chunked(4),
        lateScorer(4, (call) => call === 1)
      )
    ).rejects.toThrow("chunk 1 failed");
  });

  test("a refused file is refused with the reader's message, whoever scores", async () => {
    const bad = `${header.replace("Declaration ID", "Declaration")}\n${body.slice(0, 10).join("\n")}\n`;
    await expect(run([bad], lateScorer(5))).rejects.toThrow(/Declaration ID/);
  });
});
