/**
 * Dataset acquisition: the real files (when CUSTOMS_DATA_DIR is set, as in CI) and every way it can fail.
 * Expected counts come from the dataset's README (37,385 / 8,134 / 8,481; 954 e-commerce, 244 frauds).
 */
import {createHash} from "node:crypto";
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {canonicalContent, explainMismatch, loadDataset, PROJECT_ROOT, SPLIT_FILES, type SplitFile} from "../loaders/dataset.js";
import {COLUMNS, ecommerceOnly} from "../src/lib/data/declarations.js";

const DATA_DIR = process.env.CUSTOMS_DATA_DIR ? resolve(PROJECT_ROOT, process.env.CUSTOMS_DATA_DIR) : null;

const HEADER = COLUMNS.map((c) => c.name).join(",");
const ROW = "97061800,2020-01-01,30,B,11,21,11,10,ZZR1LT6,QLRUBN9,0VKY2BR,,440890,BE,BE,0.0,FEU1,G,108.0,372254.4,0,0";
/** A fresh cache folder, so no test writes into the project's data/cache/ (a good load caches its parsed rows). */
const tempCache = () => mkdtempSync(join(tmpdir(), "customs-cache-"));
const sha = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");

/** A one-file fixture dataset in a fresh folder, with the spec that matches it. */
function fixture(text: string): {dir: string; files: SplitFile[]} {
  const dir = mkdtempSync(join(tmpdir(), "customs-"));
  writeFileSync(join(dir, "x.csv"), text);
  return {dir, files: [{split: "train", file: "x.csv", rows: text.trim().split("\n").length - 1, sha256: sha(text), period: "2020"}]};
}

describe.runIf(DATA_DIR)("the real dataset (CUSTOMS_DATA_DIR)", () => {
  test("three splits with the published row counts, verified checksums, 954 e-commerce rows of which 244 fraud", async () => {
    const ds = await loadDataset({dataDir: DATA_DIR, cacheDir: tempCache()});
    expect(ds.splits.map((s) => [s.split, s.declarations.length, s.checksumVerified])).toEqual([
      ["train", 37385, true],
      ["valid", 8134, true],
      ["test", 8481, true]
    ]);
    const ec = ecommerceOnly(ds.declarations);
    expect(ec).toHaveLength(954);
    expect(ec.filter((d) => d.fraud === 1)).toHaveLength(244);
  });

  /** A temporary copy of the real dataset, with `edit` applied to the files it names. */
  function copyOf(edit: Partial<Record<string, (bytes: Buffer) => Buffer | string>>): string {
    const dir = mkdtempSync(join(tmpdir(), "customs-"));
    for (const f of SPLIT_FILES) {
      const bytes = readFileSync(join(DATA_DIR!, f.file));
      writeFileSync(join(dir, f.file), edit[f.file]?.(bytes) ?? bytes);
    }
    return dir;
  }

  test("the pinned checksums are of the published files as they are (LF, no BOM), so canonical = plain hash", () => {
    for (const f of SPLIT_FILES) {
      const bytes = readFileSync(join(DATA_DIR!, f.file));
      expect(sha(bytes)).toBe(f.sha256);
      expect(canonicalContent(bytes).normalised).toEqual([]);
    }
  });

  test("a CRLF copy with a BOM (a spreadsheet's re-save) is accepted, with a note", async () => {
    const dir = copyOf({"df_syn_test_eng.csv": (b) => "\uFEFF" + b.toString("utf8").replace(/\n/g, "\r\n")});
    const notes: string[] = [];
    const ds = await loadDataset({dataDir: dir, cacheDir: tempCache(), log: (m) => notes.push(m)});
    expect(ds.splits.map((s) => s.declarations.length)).toEqual([37385, 8134, 8481]);
    expect(ds.splits[2].normalised).toEqual(["UTF-8 BOM removed", "8482 CRLF line endings normalised to LF"]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/df_syn_test_eng\.csv: has the pinned content once normalised/);
  });

  // The last byte before the final newline is the last row's Critical Fraud, "0" in the published file.
  test("a flipped bit that breaks a field is named by file, row and field", async () => {
    const dir = copyOf({
      "df_syn_valid_eng.csv": (b) => {
        b[b.length - 2] ^= 8;
        return b;
      }
    }); // "0" becomes "8"
    await expect(loadDataset({dataDir: dir})).rejects.toThrow(
      /df_syn_valid_eng\.csv, row 8134, field "Critical Fraud": must be 0, 1 or 2 \(value "8"\); the file is not the pinned version/
    );
  });

  test("a flipped bit that leaves every row valid says so, with the row count", async () => {
    const dir = copyOf({
      "df_syn_valid_eng.csv": (b) => {
        b[b.length - 2] ^= 2;
        return b;
      }
    }); // "0" becomes "2", valid
    await expect(loadDataset({dataDir: dir})).rejects.toThrow(
      /df_syn_valid_eng\.csv: all 8134 data rows are valid and the row count is the pinned one, but some value differs/
    );
  });

  test("a swapped split is named as the split it is", async () => {
    const dir = copyOf({"df_syn_valid_eng.csv": () => readFileSync(join(DATA_DIR!, "df_syn_test_eng.csv"))});
    await expect(loadDataset({dataDir: dir})).rejects.toThrow(
      /df_syn_valid_eng\.csv: has the content of df_syn_test_eng\.csv \(the test split\)/
    );
  });
});

describe("dataset acquisition failures", () => {
  test("a CUSTOMS_DATA_DIR that does not exist is a clear error, not a silent download", async () => {
    let fetched = false;
    const fetchFn = (async () => {
      fetched = true;
      throw new Error("no");
    }) as typeof fetch;
    await expect(loadDataset({dataDir: "/nonexistent/folder", fetchFn})).rejects.toThrow(
      /\/nonexistent\/folder: CUSTOMS_DATA_DIR does not name an existing folder/
    );
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
    await expect(loadDataset({dataDir: null, cacheDir, files, fetchFn: bad})).rejects.toThrow(
      /x\.csv, row 2, field "Date": the row has 1 fields.*; the file is not the pinned version/
    );
    expect(readdirSync(cacheDir)).toEqual([]);
    const good = (async () => new Response(text)) as typeof fetch;
    const ds = await loadDataset({dataDir: null, cacheDir, files, fetchFn: good});
    expect(ds.declarations).toHaveLength(1);
    expect(ds.splits[0].source).toBe("download");
    expect(readdirSync(cacheDir)).toEqual(["parsed", "x.csv"]); // the file and its parsed rows
    const again = await loadDataset({dataDir: null, cacheDir, files, fetchFn: bad});
    expect(again.splits[0].source).toBe("cache");
  });

  test("an unreachable download tells how to build offline", async () => {
    const {files} = fixture(`${HEADER}\n${ROW}\n`);
    const cacheDir = mkdtempSync(join(tmpdir(), "cache-"));
    const offline = (async () => {
      throw new Error("getaddrinfo ENOTFOUND");
    }) as typeof fetch;
    await expect(loadDataset({dataDir: null, cacheDir, files, fetchFn: offline})).rejects.toThrow(/Set CUSTOMS_DATA_DIR/);
    expect(existsSync(join(cacheDir, "x.csv"))).toBe(false);
  });

  test("a CRLF copy and a BOM copy of a valid file are accepted and say they were normalised", async () => {
    const text = `${HEADER}\n${ROW}\n${ROW.replace("97061800", "97061801")}\n`;
    const {files} = fixture(text);
    for (const [copy, note] of [
      [text.replace(/\n/g, "\r\n"), ["3 CRLF line endings normalised to LF"]],
      [`\uFEFF${text}`, ["UTF-8 BOM removed"]],
      [text.replace(/\n/g, "\r"), ["3 CR line endings normalised to LF"]]
    ] as const) {
      const dir = mkdtempSync(join(tmpdir(), "customs-"));
      writeFileSync(join(dir, "x.csv"), copy);
      const notes: string[] = [];
      const ds = await loadDataset({dataDir: dir, cacheDir: tempCache(), files, log: (m) => notes.push(m)});
      expect(ds.declarations.map((d) => d.id)).toEqual(["97061800", "97061801"]);
      expect(ds.splits[0].normalised).toEqual(note);
      expect(notes).toEqual([`${join(dir, "x.csv")}: has the pinned content once normalised (${note.join("; ")}); accepted`]);
    }
  });

  test("a canonical file is accepted without a note", async () => {
    const {dir, files} = fixture(`${HEADER}\n${ROW}\n`);
    const notes: string[] = [];
    const ds = await loadDataset({dataDir: dir, cacheDir: tempCache(), files, log: (m) => notes.push(m)});
    expect(ds.splits[0].normalised).toEqual([]);
    expect(notes).toEqual([]);
  });

  test("a corrupted field is named by file, row and field, not just as a checksum mismatch", async () => {
    const good = `${HEADER}\n${ROW}\n${ROW}\n`;
    const {dir, files} = fixture(good);
    writeFileSync(join(dir, "x.csv"), good.replace(/2020-01-01(?![\s\S]*2020-01-01)/, "2020-01-41")); // the second row's date
    await expect(loadDataset({dataDir: dir, files})).rejects.toThrow(
      new RegExp(
        `${join(dir, "x.csv")}, row 2, field "Date": is not an ISO date YYYY-MM-DD \\(value "2020-01-41"\\); the file is not the pinned version \\(sha256 [0-9a-f]{64}, pinned ${files[0].sha256}\\)`
      )
    );
  });

  test("a valid file with other content says so, with its row count against the pinned one", async () => {
    const {dir, files} = fixture(`${HEADER}\n${ROW}\n${ROW}\n`);
    writeFileSync(join(dir, "x.csv"), `${HEADER}\n${ROW}\n`);
    await expect(loadDataset({dataDir: dir, files})).rejects.toThrow(
      /x\.csv: all 1 data rows are valid, but the pinned version has 2 rows: not the pinned version/
    );
    writeFileSync(join(dir, "x.csv"), `${HEADER}\n${ROW}\n${ROW.replace("108.0", "108.5")}\n`);
    await expect(loadDataset({dataDir: dir, files})).rejects.toThrow(
      /x\.csv: all 2 data rows are valid and the row count is the pinned one, but some value differs/
    );
  });

  test("a file with another split's pinned content is named as that split", async () => {
    const train = `${HEADER}\n${ROW}\n`;
    const valid = `${HEADER}\n${ROW.replace("2020-01-01", "2021-01-01")}\n`;
    const dir = mkdtempSync(join(tmpdir(), "customs-"));
    const files: SplitFile[] = [
      {split: "train", file: "t.csv", rows: 1, sha256: sha(train), period: "2020"},
      {split: "valid", file: "v.csv", rows: 1, sha256: sha(valid), period: "2021 Q1"}
    ];
    writeFileSync(join(dir, "t.csv"), valid);
    writeFileSync(join(dir, "v.csv"), train);
    await expect(loadDataset({dataDir: dir, files})).rejects.toThrow(
      /t\.csv: has the content of v\.csv \(the valid split\), not of t\.csv \(the train split\): the files are swapped or misnamed/
    );
    // explainMismatch is pure: the same verdict for the other file
    expect(explainMismatch(train, files[1], "v.csv", files).message).toMatch(/^v\.csv: has the content of t\.csv \(the train split\)/);
  });

  test("a corrupted cached copy is removed and named, so the next build fetches it again", async () => {
    const text = `${HEADER}\n${ROW}\n`;
    const {files} = fixture(text);
    const cacheDir = mkdtempSync(join(tmpdir(), "cache-"));
    writeFileSync(join(cacheDir, "x.csv"), text.replace(",0,0\n", ",0,5\n"));
    const fetchFn = (async () => {
      throw new Error("offline");
    }) as typeof fetch;
    await expect(loadDataset({dataDir: null, cacheDir, files, fetchFn})).rejects.toThrow(
      /x\.csv, row 1, field "Critical Fraud": must be 0, 1 or 2/
    );
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});

describe("parse once: the verified rows are cached for the build's other loaders", () => {
  test("a second load reads the cache, with the same rows; a corrupt cache file is parsed again and replaced", async () => {
    const {dir, files} = fixture(`${HEADER}\n${ROW}\n${ROW.replace("97061800", "97061801")}\n`);
    const cacheDir = tempCache();
    const first = await loadDataset({dataDir: dir, cacheDir, files});
    const cached = readdirSync(join(cacheDir, "parsed"));
    expect(cached).toHaveLength(1);
    expect(cached[0]).toMatch(new RegExp(`^${files[0].sha256.slice(0, 16)}-[0-9a-f]{12}\\.json$`));
    const path = join(cacheDir, "parsed", cached[0]);
    // the cache is what the second load returns: mark it and see the mark come back
    const marked = JSON.parse(readFileSync(path, "utf8"));
    marked[1].office = "from-cache";
    writeFileSync(path, JSON.stringify(marked));
    const second = await loadDataset({dataDir: dir, cacheDir, files});
    expect(second.declarations[1].office).toBe("from-cache");
    expect(second.declarations[0]).toEqual(first.declarations[0]);
    // a truncated cache file (an interrupted writer) is ignored and rewritten
    writeFileSync(path, "[{");
    const third = await loadDataset({dataDir: dir, cacheDir, files});
    expect(third.declarations).toEqual(first.declarations);
    expect(JSON.parse(readFileSync(path, "utf8"))).toHaveLength(2);
    expect(readdirSync(join(cacheDir, "parsed"))).toEqual(cached); // no temporary file left behind
  });
  test("a bad file is never cached", async () => {
    const {dir, files} = fixture(`${HEADER}\n${ROW.replace(",0,0", ",3,0")}\n`);
    const cacheDir = tempCache();
    await expect(loadDataset({dataDir: dir, cacheDir, files})).rejects.toThrow(/Fraud/);
    expect(existsSync(join(cacheDir, "parsed"))).toBe(false);
  });
});
