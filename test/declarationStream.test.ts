/**
 * The streaming declaration reader: the expected messages are written out here from the row rules of
 * declarations.ts (validateRow, the rule parseDeclarations applies to a split) and the reader's own rules
 * (one error per row, duplicates named with the first line, empty lines); the valid rows must equal
 * parseDeclarations of the same rows, and every cut of the text into chunks must give the same output.
 */
import {existsSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../loaders/dataset.js";
import {createDeclarationReader, formatRowError, type DeclarationReaderOptions} from "../src/lib/data/declarationStream.js";
import {COLUMNS, DatasetError, parseDeclarations, type Declaration} from "../src/lib/data/declarations.js";
import {mulberry32} from "../src/lib/stats/random.js";

// Two rows copied from df_syn_train_eng.csv (rows 1 and 4 of the file), as in declarations.test.ts.
const NAMES: readonly string[] = COLUMNS.map((c) => c.name);
const HEADER = NAMES.join(",");
const ROW1 = "97061800,2020-01-01,30,B,11,21,11,10,ZZR1LT6,QLRUBN9,0VKY2BR,,440890,BE,BE,0.0,FEU1,G,108.0,372254.4,0,0";
const ROW4 = "13844785,2020-01-02,40,B,15,21,43,40,5RQ0VK6,5VOMCFU,U0867HI,VZIZJJ,871200,CN,CN,0.0,FCN2,E,4953.5,1676759.75,1,1";

/** Replace field `name` of a CSV row (the value is put in as written: quote it yourself). */
function withField(row: string, name: string, value: string): string {
  const f = row.split(",");
  f[NAMES.indexOf(name)] = value;
  return f.join(",");
}
const withId = (row: string, id: string) => withField(row, "Declaration ID", id);

interface Output {
  declarations: Declaration[];
  errors: string[];
  errorCount: number;
  notes: string[];
  rowsRead: number;
  rowsValid: number;
}

/** Read `text` cut into chunks of the given sizes (repeated); a header error is returned as its message. */
function read(text: string, sizes: readonly number[] = [text.length || 1], options?: DeclarationReaderOptions): Output | string {
  const r = createDeclarationReader("in.csv", options);
  const declarations: Declaration[] = [];
  try {
    for (let i = 0, k = 0; i < text.length; k++) {
      const size = sizes[k % sizes.length];
      declarations.push(...r.push(text.slice(i, i + size)));
      i += size;
    }
    declarations.push(...r.end());
  } catch (e) {
    if (e instanceof DatasetError) return e.message;
    throw e;
  }
  const {errorCount, notes, rowsRead, rowsValid} = r;
  return {declarations, errors: r.errors.map(formatRowError), errorCount, notes: [...notes], rowsRead, rowsValid};
}

function readOk(text: string, sizes?: readonly number[], options?: DeclarationReaderOptions): Output {
  const out = read(text, sizes, options);
  if (typeof out === "string") throw new Error(`expected the file to be read, got: ${out}`);
  return out;
}

/** Chunk sizes 1..max from a seeded RNG. */
function randomSizes(seed: number, max: number): number[] {
  const rnd = mulberry32(seed);
  return Array.from({length: 1000}, () => 1 + Math.floor(rnd() * max));
}

/** The same output for chunks of 1, 7 and 4096 characters and for random cuts; returns it. */
function readEveryWay(text: string): Output | string {
  const whole = read(text);
  for (const sizes of [[1], [7], [4096], randomSizes(1, 16), randomSizes(2, 300)]) expect(read(text, sizes)).toEqual(whole);
  return whole;
}

/** A file with every kind of bad row, each on a known line (comments give the line). */
const BAD_LINES = [
  HEADER, // 1
  ROW1, // 2
  ROW4, // 3
  withId(withField(ROW4, "Net Mass", "12kg"), "3001"), // 4
  "1,2,3", // 5: short
  withId(ROW1, "3002") + ",x", // 6: long
  "", // 7: empty line
  ROW1, // 8: duplicate of line 2
  withId(withField(ROW1, "Date", "2020-02-30"), "3003"), // 9
  withId(withField(ROW1, "Fraud", "3"), "3004"), // 10
  withId(withField(ROW1, "Critical Fraud", "3"), "3005"), // 11
  withId(withField(ROW1, "Item Price", "-5"), "3006"), // 12
  withId(ROW1, ""), // 13
  withId(withField(ROW1, "Import Type", ""), "3007"), // 14
  withId(withField(ROW1, "Office ID", '"30"x'), "3008"), // 15: text after a closing quote
  withId(withField(ROW1, "Seller ID", '"AB\nC"'), "3009"), // 16-17: valid, a quoted line break
  withId(withField(ROW1, "Tax Rate", ""), "3010"), // 18
  withId(ROW4, "3001"), // 19: duplicate of line 4, itself left out
  withId(withField(ROW4, "Tax Type", '"A,B"'), "3011"), // 20: valid, a quoted comma
  withId(ROW4, "3011"), // 21: duplicate of line 20
  "",
  "" // two empty lines at the end: ignored
];
const BAD_FILE = BAD_LINES.join("\n");

const BAD_FILE_ERRORS = [
  'in.csv, line 4, field "Net Mass": is not a number (value "12kg")',
  'in.csv, line 5, field "Process Type": the row has 3 fields, expected 22: it ends before this field',
  'in.csv, line 6, field "Critical Fraud": the row has 23 fields, expected 22: 1 extra after this field',
  "in.csv, line 7: the row is empty",
  'in.csv, line 8, field "Declaration ID": duplicate Declaration ID: first on line 2 (value "97061800")',
  'in.csv, line 9, field "Date": is not an ISO date YYYY-MM-DD (value "2020-02-30")',
  'in.csv, line 10, field "Fraud": must be 0 or 1 (value "3")',
  'in.csv, line 11, field "Critical Fraud": must be 0, 1 or 2 (value "3")',
  'in.csv, line 12, field "Item Price": is negative (value "-5")',
  'in.csv, line 13, field "Declaration ID": is empty (value "")',
  'in.csv, line 14, field "Import Type": is empty (value "")',
  'in.csv, line 15, field "Office ID": the row is not valid CSV: text after the closing quote of a quoted field (a quote inside a field is written "") (value "30x")',
  'in.csv, line 18, field "Tax Rate": is not a number (value "")',
  'in.csv, line 19, field "Declaration ID": duplicate Declaration ID: first on line 4 (value "3001")',
  'in.csv, line 21, field "Declaration ID": duplicate Declaration ID: first on line 20 (value "3011")'
];

describe("createDeclarationReader", () => {
  test("a file with every kind of bad row: exactly the expected messages, in any chunking", () => {
    const out = readEveryWay(BAD_FILE) as Output;
    expect(out.errors).toEqual(BAD_FILE_ERRORS);
    expect(out.declarations.map((d) => d.id)).toEqual(["97061800", "13844785", "3009", "3011"]);
    expect(out.declarations[2].seller).toBe("AB\nC");
    expect(out.declarations[3].taxType).toBe("A,B");
    expect(out).toMatchObject({errorCount: 15, notes: [], rowsRead: 19, rowsValid: 4});
  });

  test("the valid rows are what parseDeclarations gives for them alone", () => {
    const valid = [
      ROW1,
      ROW4,
      withId(withField(ROW1, "Seller ID", '"AB\nC"'), "3009"),
      withId(withField(ROW4, "Tax Type", '"A,B"'), "3011")
    ];
    expect(readOk(BAD_FILE).declarations).toEqual(parseDeclarations([HEADER, ...valid].join("\n"), "in.csv"));
  });

  test("a BOM and CRLF line endings give the same output as the plain file", () => {
    const plain = readOk(BAD_FILE);
    // line numbers stay those of the plain file: a CRLF is one line break (the quoted LF of line 16 stays)
    expect(readEveryWay("\uFEFF" + BAD_LINES.join("\r\n"))).toEqual(plain);
  });

  test("a missing column refuses the file with one error naming it", () => {
    const header = NAMES.filter((n) => n !== "Net Mass").join(",");
    expect(readEveryWay(`${header}\n${ROW1}\n`)).toBe('in.csv, field "Net Mass": the header lacks column "Net Mass"');
  });

  test("a renamed column is named with the close name found instead", () => {
    const header = (renamed: Record<string, string>) => NAMES.map((n) => renamed[n] ?? n).join(",");
    expect(readEveryWay(`${header({"Net Mass": "Net mass"})}\n${ROW1}`)).toBe(
      'in.csv, field "Net Mass": the header lacks column "Net Mass" (found "Net mass" instead, column 19)'
    );
    expect(read(header({"HS6 Code": "HS6_Code", "Item Price": "Item Prise", Fraud: "Label"}))).toBe(
      'in.csv, field "HS6 Code": the header lacks 2 columns "HS6 Code" (found "HS6_Code" instead, column 13) and ' +
        '"Item Price" (found "Item Prise" instead, column 20)' // "Fraud" may be absent: a file to score need not be labelled
    );
  });

  test("no header at all, an empty file, a column twice: one clear error each", () => {
    expect(read(`${ROW1}\n`)).toBe(
      `in.csv, field "Declaration ID": none of the dataset's 22 columns is in the header (its first line has "97061800", "2020-01-01", "30", ...): is the header line missing?`
    );
    expect(read(`\n${HEADER}`)).toMatch(/\(the first line is empty\): is the header line missing\?$/);
    expect(read("")).toBe("in.csv: the file is empty");
    expect(read("\uFEFF")).toBe("in.csv: the file is empty");
    expect(read(`${HEADER},Fraud\n`)).toBe('in.csv, field "Fraud": the header has column "Fraud" twice (columns 21 and 23)');
  });

  test("after a header error the reader refuses every later call with the same error", () => {
    const r = createDeclarationReader("in.csv");
    expect(() => r.push("x,y\n")).toThrow(DatasetError);
    expect(() => r.push(ROW1)).toThrow(/the header/);
    expect(() => r.end()).toThrow(/the header/);
  });

  test("extra columns, anywhere, are ignored with a note; the rows read as without them", () => {
    const insert = (row: string, at: number, value: string) => {
      const f = row.split(",");
      f.splice(at, 0, value);
      return f.join(",");
    };
    const text = [insert(HEADER, 3, "Comment") + ",Score", insert(ROW1, 3, "looks fine") + ",0.5", insert(ROW4, 3, '"a, b"') + ",0.9"].join(
      "\n"
    );
    const out = readEveryWay(text) as Output;
    expect(out.notes).toEqual(['in.csv: 2 columns not in the dataset\'s schema ignored: "Comment", "Score"']);
    expect(out.declarations).toEqual(parseDeclarations(`${HEADER}\n${ROW1}\n${ROW4}`, "in.csv"));
    // the field count includes the extra columns; the missing field is named by the file's header
    expect(readOk(`${text}\n${ROW1}`).errors).toEqual([
      'in.csv, line 4, field "Critical Fraud": the row has 22 fields, expected 24: it ends before this field'
    ]);
  });

  test("a file without its label columns is read (labels 0) with a note that its selection cannot be judged", () => {
    const drop = (row: string) => row.split(",").slice(0, -2).join(",");
    const out = readEveryWay([drop(HEADER), drop(ROW1), drop(ROW4)].join("\n")) as Output;
    expect(out.notes).toEqual([
      'in.csv: no "Fraud" or "Critical Fraud" column: the file is scored, but nothing can be said about what its selection would catch'
    ]);
    expect(out.declarations.map((d) => [d.id, d.fraud, d.criticalFraud])).toEqual([
      ["97061800", 0, 0],
      ["13844785", 0, 0]
    ]);
  });

  test("columns in another order are read by name, with a note", () => {
    const order = NAMES.map((_, j) => j).reverse();
    const pick = (row: string) => order.map((j) => row.split(",")[j]).join(",");
    const out = readEveryWay([pick(HEADER), pick(ROW1), pick(ROW4)].join("\n")) as Output;
    expect(out.notes).toEqual(["in.csv: the columns are not in the dataset's order; they are read by name"]);
    expect(out.declarations).toEqual(parseDeclarations(`${HEADER}\n${ROW1}\n${ROW4}`, "in.csv"));
    // keys in schema order whatever the file's order (so the JSON of a declaration is the same)
    expect(Object.keys(out.declarations[0])).toEqual(COLUMNS.map((c) => c.key));
  });

  test("duplicate IDs: every later occurrence is an error naming the first's line; the first is kept", () => {
    const out = readOk([HEADER, ROW1, ROW4, ROW1, withField(ROW1, "Office ID", "99"), ROW4].join("\n"));
    expect(out.errors).toEqual([
      'in.csv, line 4, field "Declaration ID": duplicate Declaration ID: first on line 2 (value "97061800")',
      'in.csv, line 5, field "Declaration ID": duplicate Declaration ID: first on line 2 (value "97061800")',
      'in.csv, line 6, field "Declaration ID": duplicate Declaration ID: first on line 3 (value "13844785")'
    ]);
    expect(out.declarations.map((d) => d.office)).toEqual(["30", "40"]);
  });

  test("errors beyond maxErrors are counted and passed to onError, not kept", () => {
    const seen: number[] = [];
    const rows = Array.from({length: 50}, (_, k) => withId(withField(ROW1, "Net Mass", "x"), String(k)));
    const out = readOk([HEADER, ...rows, ROW4].join("\n"), undefined, {maxErrors: 5, onError: (e) => seen.push(e.line)});
    expect(out.errors).toHaveLength(5);
    expect(out).toMatchObject({errorCount: 50, rowsRead: 51, rowsValid: 1});
    expect(seen).toEqual(Array.from({length: 50}, (_, k) => k + 2));
  });

  test("an unclosed quote refuses the file at maxFieldChars, naming the line it opened on", () => {
    const text = `${HEADER}\n${ROW1}\n"97061801,${"x".repeat(500)}`;
    expect(read(text, [64], {maxFieldChars: 200})).toBe("in.csv: line 3: a field longer than 200 characters: is a quote left unclosed?");
    // below the limit it is one bad row
    expect(readOk(text).errors).toEqual([
      `in.csv, line 3, field "Declaration ID": the row is not valid CSV: a quoted field opened on line 3 is never closed (value "97061801,${"x".repeat(500)}")`
    ]);
  });

  test("a header-only file reads no rows and no errors", () => {
    expect(readOk(`${HEADER}\r\n`)).toEqual({declarations: [], errors: [], errorCount: 0, notes: [], rowsRead: 0, rowsValid: 0});
  });
});

// The real splits, where they are: CUSTOMS_DATA_DIR, else the shared copy beside the project (loaders/dataset.ts).
const DATA_DIR = process.env.CUSTOMS_DATA_DIR
  ? resolve(PROJECT_ROOT, process.env.CUSTOMS_DATA_DIR)
  : [resolve(PROJECT_ROOT, "..", "shared", "customs-declaration-datasets")].find((d) => existsSync(join(d, "df_syn_valid_eng.csv")));

describe.runIf(DATA_DIR)("the real dataset through the reader", () => {
  test.each(["df_syn_valid_eng.csv", "df_syn_test_eng.csv"])(
    "%s in random chunks gives exactly what parseDeclarations gives, no error, no note",
    (file) => {
      const text = readFileSync(join(DATA_DIR!, file), "utf8");
      const expected = parseDeclarations(text, file);
      const out = readOk(text, randomSizes(7, 1 << 16));
      expect(out.declarations).toEqual(expected);
      expect(JSON.stringify(out.declarations)).toBe(JSON.stringify(expected));
      expect(out).toMatchObject({errors: [], errorCount: 0, notes: [], rowsRead: expected.length});
    }
  );
});
