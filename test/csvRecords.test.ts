/**
 * The streaming CSV record parser. Expected records are written out by hand from RFC 4180's rules, or are
 * d3-dsv's csvParseRows of the same text (an independent parser) where both accept the input; every text
 * is also fed in chunks cut at random places (seeded), which must not change the records.
 */
import {csvParseRows} from "d3-dsv";
import {describe, expect, test} from "vitest";
import {CsvError, createCsvRecordParser, type CsvRecord} from "../src/lib/data/csvRecords.js";
import {mulberry32} from "../src/lib/stats/random.js";

/** Parse `text` cut into chunks of the given sizes (repeated), then end. */
function parseChunked(text: string, sizes: readonly number[] = [text.length || 1]): CsvRecord[] {
  const p = createCsvRecordParser();
  const out: CsvRecord[] = [];
  for (let i = 0, k = 0; i < text.length; k++) {
    const size = sizes[k % sizes.length];
    out.push(...p.push(text.slice(i, i + size)));
    i += size;
  }
  out.push(...p.end());
  return out;
}

/** Chunk sizes 1..max drawn from a seeded RNG: boundaries fall everywhere, CRLF and "" included. */
function randomSizes(seed: number, max: number, count = 500): number[] {
  const rnd = mulberry32(seed);
  return Array.from({length: count}, () => 1 + Math.floor(rnd() * max));
}

const fields = (records: CsvRecord[]) => records.map((r) => r.fields);
const lines = (records: CsvRecord[]) => records.map((r) => r.line);

/** Every cut of the text gives the same records as the whole text at once. */
function expectChunkInvariant(text: string): CsvRecord[] {
  const whole = parseChunked(text);
  for (const sizes of [[1], [2], [7], [4096], ...[1, 2, 3].map((seed) => randomSizes(seed, 9))]) {
    expect(parseChunked(text, sizes)).toEqual(whole);
  }
  return whole;
}

describe("createCsvRecordParser", () => {
  test("plain records, LF, with and without a final line break", () => {
    expect(fields(expectChunkInvariant("a,b\n1,2\n"))).toEqual([
      ["a", "b"],
      ["1", "2"]
    ]);
    expect(fields(expectChunkInvariant("a,b\n1,2"))).toEqual([
      ["a", "b"],
      ["1", "2"]
    ]);
  });

  test("empty fields, a trailing comma, an empty line (one empty field, as d3-dsv reads it)", () => {
    const text = ",a,\n\nb,\n";
    expect(fields(expectChunkInvariant(text))).toEqual(csvParseRows(text));
    expect(fields(expectChunkInvariant("a,"))).toEqual([["a", ""]]);
    expect(parseChunked("")).toEqual([]);
  });

  test("a BOM is dropped, also when the first chunk is empty or the BOM is alone in its chunk", () => {
    const p = createCsvRecordParser();
    expect([...p.push(""), ...p.push("\uFEFF"), ...p.push("a,b\n")].map((r) => r.fields)).toEqual([["a", "b"]]);
    expect(fields(expectChunkInvariant("\uFEFFa,b"))).toEqual([["a", "b"]]);
    // only at the very start: elsewhere it is a character like any other
    expect(fields(parseChunked("a\n\uFEFFb"))).toEqual([["a"], ["\uFEFFb"]]);
  });

  test("CRLF and lone CR end lines, each counted once", () => {
    const records = expectChunkInvariant("h1,h2\r\n1,2\r\n3,4\r5,6\n7,8\r\n");
    expect(fields(records)).toEqual([
      ["h1", "h2"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
      ["7", "8"]
    ]);
    expect(lines(records)).toEqual([1, 2, 3, 4, 5]);
  });

  test("quoted fields: commas, doubled quotes, line breaks (LF, CRLF, CR); lines are where records start", () => {
    const text = 'id,note\r\n1,"a, b"\r\n2,"say ""hi"""\r\n3,"two\r\nlines"\r\n4,"x\ny\rz"\r\n5,""\r\n6,end';
    const records = expectChunkInvariant(text);
    expect(fields(records)).toEqual([
      ["id", "note"],
      ["1", "a, b"],
      ["2", 'say "hi"'],
      ["3", "two\r\nlines"],
      ["4", "x\ny\rz"],
      ["5", ""],
      ["6", "end"]
    ]);
    // d3-dsv agrees on the fields
    expect(fields(records)).toEqual(csvParseRows(text));
    // record 3 spans lines 4-5, record 4 lines 6-8
    expect(lines(records)).toEqual([1, 2, 3, 4, 6, 9, 10]);
    expect(records.every((r) => r.malformed === null)).toBe(true);
  });

  test("a doubled quote split between chunks is one quote; a closing quote at a chunk's end closes the field", () => {
    const p = createCsvRecordParser();
    const out = [...p.push('a,"x"'), ...p.push('"y"'), ...p.push(",b\n"), ...p.push('"q"'), ...p.end()];
    expect(fields(out)).toEqual([["a", 'x"y', "b"], ["q"]]);
  });

  test("a quote inside an unquoted field is kept as a character (as d3-dsv does)", () => {
    const records = expectChunkInvariant('12" pipe,a"b\n');
    expect(fields(records)).toEqual([['12" pipe', 'a"b']]);
    expect(records[0].malformed).toBeNull();
  });

  test("text after a closing quote is a malformed record, named by field; the next record is read as usual", () => {
    const records = expectChunkInvariant('a,"b"c,d\n1,2,3\n');
    expect(records[0]).toEqual({
      fields: ["a", "bc", "d"],
      line: 1,
      malformed: {field: 1, reason: 'text after the closing quote of a quoted field (a quote inside a field is written "")'}
    });
    expect(records[1]).toEqual({fields: ["1", "2", "3"], line: 2, malformed: null});
  });

  test("a quote never closed makes the last record malformed, naming the line it opened on", () => {
    const records = expectChunkInvariant('a,b\n1,"open\n2,3\n');
    expect(records).toHaveLength(2);
    expect(records[1]).toEqual({
      fields: ["1", "open\n2,3\n"],
      line: 2,
      malformed: {field: 1, reason: "a quoted field opened on line 2 is never closed"}
    });
  });

  test("an unclosed quote cannot hold the whole file: past maxFieldChars the parse stops with the line", () => {
    const p = createCsvRecordParser({maxFieldChars: 100});
    p.push('h\n"');
    expect(() => {
      for (let k = 0; k < 20; k++) p.push("0123456789\n");
    }).toThrow(new CsvError(2, "a field longer than 100 characters: is a quote left unclosed?"));
  });

  test("push after end and end twice are errors", () => {
    const p = createCsvRecordParser();
    p.end();
    expect(() => p.push("a")).toThrow(CsvError);
    expect(() => p.end()).toThrow(/end called twice/);
  });

  test("random CSV texts: same records as d3-dsv, whole or in random chunks (seeded)", () => {
    const rnd = mulberry32(20261202);
    const pieces = ["a", "bc", "", " ", ",", "\n", "\r\n", "\r", '"q"', '"a,b"', '"x""y"', '"l\nm"', '"r\r\ns"', "é", "\uFEFF"];
    for (let t = 0; t < 200; t++) {
      let text = "";
      let afterQuoted = false;
      const len = Math.floor(rnd() * 30);
      for (let k = 0; k < len; k++) {
        let piece = pieces[Math.floor(rnd() * pieces.length)];
        // well formed only: a quoted field starts a field and is followed by a comma or a line break
        const atFieldStart = text === "" || /[,\n\r]$/.test(text);
        if ((piece.startsWith('"') && !atFieldStart) || (afterQuoted && !/^[,\n\r]/.test(piece))) piece = "," + piece;
        afterQuoted = piece.endsWith('"');
        text += piece;
      }
      if (afterQuoted) text += ",";
      if (text.startsWith("\uFEFF")) text = "x" + text;
      // d3-dsv drops one final line break only; an empty text or a text of line breaks differ in ways that
      // do not matter here, so compare texts that end with a field character
      text += "z";
      const whole = expectChunkInvariant(text);
      expect(fields(whole), JSON.stringify(text)).toEqual(csvParseRows(text));
    }
  });
});
