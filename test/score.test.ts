/**
 * `npm run score` end to end: the streaming driver in-process (output, per-row errors, nothing partial on a
 * header error, any read size) with an echo scorer whose output is written out by hand, and the command itself
 * (the real scorer, src/lib/fileScoring/fileScorer.ts) for its output and exit codes.
 */
import {execFile} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {PassThrough} from "node:stream";
import {promisify} from "node:util";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../loaders/dataset.js";
import {parseArgs, scoreFile} from "../scripts/score.js";
import {formatRowError, type RowError} from "../src/lib/data/declarationStream.js";
import {COLUMNS, type Declaration} from "../src/lib/data/declarations.js";
import {SCORED_COLUMNS} from "../src/lib/fileScoring/fileScorer.js";

const HEADER = COLUMNS.map((c) => c.name).join(",");
// rows 1 and 4 of df_syn_train_eng.csv; the second with a non-ASCII seller to split a character between reads
const ROW1 = "97061800,2020-01-01,30,B,11,21,11,10,ZZR1LT6,QLRUBN9,0VKY2BR,,440890,BE,BE,0.0,FEU1,G,108.0,372254.4,0,0";
const ROW4 = "13844785,2020-01-02,40,B,15,21,43,40,5RQ0VK6,5VOMCFU,Ü0867HI,VZIZJJ,871200,CN,CN,0.0,FCN2,E,4953.5,1676759.75,1,1";
const BAD = ROW1.replace("97061800", "5").replace(",108.0,", ",12kg,");
const FILE = `\uFEFF${HEADER}\r\n${ROW1}\r\n${BAD}\r\n${ROW4}\r\n${ROW1}\r\n`;
const EXPECTED = "Declaration ID,Item Price\n97061800,372254.4\n13844785,1676759.75\n";
/** Echoes the Declaration ID and Item Price of each row: the driver's output is then known exactly. */
const echo = {
  scorer: (ds: readonly Declaration[]) => ds.map((d) => ({id: d.id, fields: {"Declaration ID": d.id, "Item Price": d.itemPrice}})),
  columns: ["Declaration ID", "Item Price"]
};
const DATA_DIR = process.env.CUSTOMS_DATA_DIR ? resolve(PROJECT_ROOT, process.env.CUSTOMS_DATA_DIR) : null;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "score-test-"));
}

describe("scoreFile", () => {
  test("scores the valid rows into --out and reports each bad row, for any read size", async () => {
    const dir = tempDir();
    const input = join(dir, "in.csv");
    writeFileSync(input, FILE);
    for (const chunkBytes of [1, 7, 1 << 16]) {
      const errors: RowError[] = [];
      const out = join(dir, `out-${chunkBytes}.csv`);
      const result = await scoreFile(input, {...echo, out, chunkBytes, onError: (e) => errors.push(e)});
      expect(readFileSync(out, "utf8")).toBe(EXPECTED);
      expect(errors.map(formatRowError)).toEqual([
        `${input}, line 3, field "Net Mass": is not a number (value "12kg")`,
        `${input}, line 5, field "Declaration ID": duplicate Declaration ID: first on line 2 (value "97061800")`
      ]);
      expect(result).toMatchObject({rowsRead: 4, rowsScored: 2, errorCount: 2, notes: []});
    }
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("a wrong header writes nothing: no output, no temporary file, an old output untouched", async () => {
    const dir = tempDir();
    const input = join(dir, "in.csv");
    writeFileSync(input, `${HEADER.replace("Net Mass", "Weight")}\n${ROW1}\n`);
    const out = join(dir, "out.csv");
    writeFileSync(out, "old");
    await expect(scoreFile(input, {...echo, out})).rejects.toThrow(`${input}, field "Net Mass": the header lacks column "Net Mass"`);
    expect(readFileSync(out, "utf8")).toBe("old");
    expect(readdirSync(dir).sort()).toEqual(["in.csv", "out.csv"]);
  });

  test("to stdout: the same CSV, nothing before the header is accepted", async () => {
    const dir = tempDir();
    const input = join(dir, "in.csv");
    writeFileSync(input, FILE);
    const sink = new PassThrough();
    let text = "";
    sink.on("data", (b) => (text += b));
    await scoreFile(input, {...echo, out: null, stdout: sink, onError: () => {}});
    expect(text).toBe(EXPECTED);
  });

  test("the command line arguments", () => {
    expect(parseArgs(["in.csv", "--out", "o.csv"])).toEqual({input: "in.csv", out: "o.csv", stats: false});
    expect(parseArgs(["--stats", "in.csv"])).toEqual({input: "in.csv", out: null, stats: true});
    expect(parseArgs([])).toBe("no input file");
    expect(parseArgs(["in.csv", "--out"])).toBe("--out needs a file name");
    expect(parseArgs(["in.csv", "--out", "./in.csv"])).toBe("--out must not be the input file");
    expect(parseArgs(["a.csv", "b.csv"])).toBe("one input file only (got a.csv and b.csv)");
  });
});

describe.runIf(DATA_DIR)("npm run score (the command, with the instrument)", () => {
  const run = (args: string[]) =>
    promisify(execFile)(join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), [join(PROJECT_ROOT, "scripts", "score.ts"), ...args], {
      cwd: PROJECT_ROOT
    }).then(
      (r) => ({code: 0, ...r}),
      (e: {code: number; stdout: string; stderr: string}) => ({code: e.code, stdout: e.stdout, stderr: e.stderr})
    );

  test("exit 0 with bad rows on stderr; exit 1 and no file for a wrong header; exit 2 for usage", async () => {
    const dir = tempDir();
    const input = join(dir, "in.csv");
    const out = join(dir, "out.csv");
    writeFileSync(input, FILE);
    const ok = await run([input, "--out", out]);
    expect(ok.code).toBe(0);
    const lines = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(lines[0]).toBe(SCORED_COLUMNS.join(","));
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["97061800", "13844785"]);
    expect(lines[1]).toMatch(/^97061800,(safety|general|severe),0\.\d+,0\.\d+,(safety|general|severe),0\.\d+,[01](\.\d+)?,seen price,\d+$/);
    expect(ok.stderr).toContain(`${input}, line 3, field "Net Mass": is not a number (value "12kg")`);
    expect(ok.stderr).toContain(`score: ${input}: 4 rows read, 2 scored, 2 left out (listed above); written to ${out}`);

    writeFileSync(input, `${HEADER.replace(",Net Mass,", ",Net Mas,")}\n${ROW1}\n`);
    const bad = await run([input, "--out", join(dir, "bad.csv")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`the header lacks column "Net Mass" (found "Net Mas" instead, column 19)`);
    expect(existsSync(join(dir, "bad.csv"))).toBe(false);

    expect((await run([join(dir, "absent.csv")])).code).toBe(1);
    expect((await run([])).code).toBe(2);
  }, 600_000); // a cold checkout fits the instrument on the first run (about a minute here); later runs read its cache
});
