/**
 * Dataset acquisition: the real files (when CUSTOMS_DATA_DIR is set, as in CI) and every way it can fail.
 * Expected counts come from the dataset's README (37,385 / 8,134 / 8,481; 954 e-commerce, 244 frauds).
 */
import {createHash} from "node:crypto";
import {copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {loadDataset, PROJECT_ROOT, SPLIT_FILES, type SplitFile} from "../loaders/dataset.js";
import {COLUMNS, ecommerceOnly} from "../src/lib/declarations.js";

const DATA_DIR = process.env.CUSTOMS_DATA_DIR ? resolve(PROJECT_ROOT, process.env.CUSTOMS_DATA_DIR) : null;

const HEADER = COLUMNS.map((c) => c.name).join(",");
const ROW = "97061800,2020-01-01,30,B,11,21,11,10,ZZR1LT6,QLRUBN9,0VKY2BR,,440890,BE,BE,0.0,FEU1,G,108.0,372254.4,0,0";
const sha = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");

/** A one-file fixture dataset in a fresh folder, with the spec that matches it. */
function fixture(text: string): {dir: string; files: SplitFile[]} {
  const dir = mkdtempSync(join(tmpdir(), "customs-"));
  writeFileSync(join(dir, "x.csv"), text);
  return {dir, files: [{split: "train", file: "x.csv", rows: text.trim().split("\n").length - 1, sha256: sha(text), period: "2020"}]};
}

describe.runIf(DATA_DIR)("the real dataset (CUSTOMS_DATA_DIR)", () => {
  test("three splits with the published row counts, verified checksums, 954 e-commerce rows of which 244 fraud", async () => {
    const ds = await loadDataset({dataDir: DATA_DIR});
    expect(ds.splits.map((s) => [s.split, s.declarations.length, s.checksumVerified])).toEqual([
      ["train", 37385, true], ["valid", 8134, true], ["test", 8481, true]
    ]);
    const ec = ecommerceOnly(ds.declarations);
    expect(ec).toHaveLength(954);
    expect(ec.filter((d) => d.fraud === 1)).toHaveLength(244);
  });

  test("a corrupted copy fails its checksum, naming the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "customs-"));
    for (const f of SPLIT_FILES) copyFileSync(join(DATA_DIR!, f.file), join(dir, f.file));
    const bytes = readFileSync(join(dir, "df_syn_valid_eng.csv"));
    bytes[bytes.length - 3] ^= 1; // flip one bit
    writeFileSync(join(dir, "df_syn_valid_eng.csv"), bytes);
    await expect(loadDataset({dataDir: dir})).rejects.toThrow(/df_syn_valid_eng\.csv: sha256 mismatch/);
  });
});

describe("dataset acquisition failures", () => {
  test("a CUSTOMS_DATA_DIR that does not exist is a clear error, not a silent download", async () => {
    let fetched = false;
    const fetchFn = (async () => { fetched = true; throw new Error("no"); }) as typeof fetch;
    await expect(loadDataset({dataDir: "/nonexistent/folder", fetchFn})).rejects.toThrow(/\/nonexistent\/folder: CUSTOMS_DATA_DIR does not name an existing folder/);
    expect(fetched).toBe(false);
  });

  test("a folder without the files names the missing file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "customs-"));
    await expect(loadDataset({dataDir: dir})).rejects.toThrow(/df_syn_train_eng\.csv: file not found in CUSTOMS_DATA_DIR/);
  });

  test("a wrong row count is an error", async () => {
    const {dir, files} = fixture(`${HEADER}\n${ROW}\n`);
    await expect(loadDataset({dataDir: dir, files: [{...files[0], rows: 2}]})).rejects.toThrow(/x\.csv: has 1 data rows, expected 2/);
  });

  test("a bad value in a checksummed file names file, row and field", async () => {
    const {dir, files} = fixture(`${HEADER}\n${ROW.replace(",0,0", ",3,0")}\n`);
    await expect(loadDataset({dataDir: dir, files})).rejects.toThrow('x.csv, row 1, field "Fraud": must be 0 or 1 (value "3")');
  });

  test("without local files it downloads into the cache, verified, and writes nothing when the bytes are wrong", async () => {
    const text = `${HEADER}\n${ROW}\n`;
    const {files} = fixture(text);
    const cacheDir = mkdtempSync(join(tmpdir(), "cache-"));
    const bad = (async () => new Response(text + "tampered")) as typeof fetch;
    await expect(loadDataset({dataDir: null, cacheDir, files, fetchFn: bad})).rejects.toThrow(/sha256 mismatch/);
    expect(readdirSync(cacheDir)).toEqual([]);
    const good = (async () => new Response(text)) as typeof fetch;
    const ds = await loadDataset({dataDir: null, cacheDir, files, fetchFn: good});
    expect(ds.declarations).toHaveLength(1);
    expect(ds.splits[0].source).toBe("download");
    expect(readdirSync(cacheDir)).toEqual(["x.csv"]);
    const again = await loadDataset({dataDir: null, cacheDir, files, fetchFn: bad});
    expect(again.splits[0].source).toBe("cache");
  });

  test("an unreachable download tells how to build offline", async () => {
    const {files} = fixture(`${HEADER}\n${ROW}\n`);
    const cacheDir = mkdtempSync(join(tmpdir(), "cache-"));
    const offline = (async () => { throw new Error("getaddrinfo ENOTFOUND"); }) as typeof fetch;
    await expect(loadDataset({dataDir: null, cacheDir, files, fetchFn: offline})).rejects.toThrow(/Set CUSTOMS_DATA_DIR/);
    expect(existsSync(join(cacheDir, "x.csv"))).toBe(false);
  });
});
