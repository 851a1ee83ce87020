/**
 * The dataset schema and its validating parser (src/lib/data/declarations.ts), issue 19: rows with an empty
 * required field, a header with an extra or a missing column, every number and date form the readers accept
 * or refuse. The 22 column names are those of the published files' header line (the local copy in
 * CUSTOMS_DATA_DIR, the same as its README's list); the typed row below is ROW4 of test/declarations.test.ts
 * (row 4 of df_syn_train_eng.csv) read by hand.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {
  COLUMNS,
  COLUMN_DESCRIPTIONS,
  DatasetError,
  ECOMMERCE_FIELDS,
  bySplit,
  checkHeader,
  parseDeclarations,
  validateRow,
  type Declaration
} from "../src/lib/data/declarations.js";

const HEADER: string[] = COLUMNS.map((c) => c.name);
const ROW4 = "13844785,2020-01-02,40,B,15,21,43,40,5RQ0VK6,5VOMCFU,U0867HI,VZIZJJ,871200,CN,CN,0.0,FCN2,E,4953.5,1676759.75,1,1";
const ROW4_TYPED: Declaration = {
  id: "13844785",
  date: "2020-01-02",
  office: "40",
  processType: "B",
  importType: "15",
  importUse: "21",
  paymentType: "43",
  transport: "40",
  declarant: "5RQ0VK6",
  importer: "5VOMCFU",
  seller: "U0867HI",
  courier: "VZIZJJ",
  hs6: "871200",
  departure: "CN",
  origin: "CN",
  taxRate: 0,
  taxType: "FCN2",
  originIndicator: "E",
  netMass: 4953.5,
  itemPrice: 1676759.75,
  fraud: 1,
  criticalFraud: 1
};
const field = (name: string, value: string, row = ROW4) => {
  const f = row.split(",");
  f[HEADER.indexOf(name)] = value;
  return f.join(",");
};
const parse = (...rows: string[]) => parseDeclarations([HEADER.join(","), ...rows].join("\n"), "f.csv");
function errorOf(fn: () => unknown): DatasetError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DatasetError) return e;
    throw e;
  }
  throw new Error("expected a DatasetError");
}

describe("the schema", () => {
  test("the 22 column names are the published files' header, in order", () => {
    const dir = process.env.CUSTOMS_DATA_DIR;
    if (!dir) throw new Error("set CUSTOMS_DATA_DIR to the local copy of the dataset");
    for (const split of ["train", "valid", "test"]) {
      const first = readFileSync(join(dir, `df_syn_${split}_eng.csv`), "utf8").split("\n", 1)[0];
      expect(HEADER).toEqual(first.split(","));
    }
  });

  test("a row is read into every key with its type (row 4 of the train split, by hand)", () => {
    const [d] = parse(ROW4);
    expect(d).toEqual(ROW4_TYPED);
    expect(Object.keys(d)).toEqual(COLUMNS.map((c) => c.key)); // schema order
  });

  test("every column has a description for the Data page; the e-commerce fields are all but Import Type, with the split", () => {
    for (const c of COLUMNS) expect(COLUMN_DESCRIPTIONS[c.name].length).toBeGreaterThan(10);
    expect(Object.keys(COLUMN_DESCRIPTIONS)).toEqual(HEADER);
    const keys: string[] = COLUMNS.map((c) => c.key).filter((k) => k !== "importType");
    expect(ECOMMERCE_FIELDS).toEqual([keys[0], "split", ...keys.slice(1)]);
  });
});

describe("rows with an empty or malformed required field", () => {
  test.each([
    ["Declaration ID", "is empty"],
    ["Import Type", "is empty"],
    ["Date", "is not an ISO date YYYY-MM-DD"],
    ["Tax Rate", "is not a number"],
    ["Net Mass", "is not a number"],
    ["Item Price", "is not a number"],
    ["Fraud", "must be 0 or 1"],
    ["Critical Fraud", "must be 0, 1 or 2"]
  ])("an empty %s: %s", (name, problem) => {
    const e = errorOf(() => parse(ROW4, field(name, "")));
    expect(e.message).toBe(`f.csv, row 2, field "${name}": ${problem} (value "")`);
    expect(e).toMatchObject({file: "f.csv", row: 2, field: name, problem: `${problem} (value "")`});
  });

  test("a field of spaces is empty (fields are trimmed); an ID field of spaces is the category missing", () => {
    expect(errorOf(() => parse(field("Declaration ID", "  "))).message).toBe('f.csv, row 1, field "Declaration ID": is empty (value "  ")');
    expect(parse(field("Seller ID", "  "))[0].seller).toBe("missing");
    expect(parse(field("Net Mass", " 12.5 "))[0].netMass).toBe(12.5);
  });

  test.each([
    ["0", 0],
    ["7", 7],
    ["+2", 2],
    ["5.", 5],
    [".5", 0.5],
    ["0.25", 0.25],
    ["1e3", 1000],
    ["1.5E-2", 0.015],
    ["2e+1", 20]
  ])("Net Mass %j reads as %d", (raw, x) => {
    expect(parse(field("Net Mass", raw))[0].netMass).toBe(x);
  });

  test.each([
    ["12kg", "is not a number"],
    ["kg12", "is not a number"],
    ["1e", "is not a number"],
    ["e3", "is not a number"],
    [".", "is not a number"],
    ["1.2.3", "is not a number"],
    ["1 2", "is not a number"],
    ["0x10", "is not a number"],
    ["Infinity", "is not a number"],
    ["1e999", "is not a finite number"],
    ["-5", "is negative"],
    ["-0.5e1", "is negative"]
  ])("Net Mass %j: %s", (raw, problem) => {
    expect(errorOf(() => parse(field("Net Mass", raw))).problem).toBe(`${problem} (value "${raw}")`);
  });

  test("-0 and 0 are not negative", () => {
    expect(Object.is(parse(field("Tax Rate", "-0"))[0].taxRate, -0)).toBe(true);
  });

  test.each([
    "2020-1-01",
    "2020-01-1",
    "20200-01-01",
    "2020-01-011",
    "x2020-01-01",
    "2020-01-01x",
    "2020-13-01",
    "2021-02-29",
    "2020/01/01"
  ])("Date %j is refused", (raw) => {
    expect(errorOf(() => parse(field("Date", raw))).problem).toBe(`is not an ISO date YYYY-MM-DD (value "${raw}")`);
  });

  test("labels: Fraud 0/1 and Critical Fraud 0/1/2 exactly", () => {
    expect(parse(field("Fraud", "0"))[0].fraud).toBe(0);
    expect(parse(field("Critical Fraud", "0"))[0].criticalFraud).toBe(0);
    expect(parse(field("Critical Fraud", "2"))[0].criticalFraud).toBe(2);
    for (const raw of ["2", "01", "true", "1.0"]) expect(errorOf(() => parse(field("Fraud", raw))).field).toBe("Fraud");
    for (const raw of ["3", "-1", "02"]) expect(errorOf(() => parse(field("Critical Fraud", raw))).field).toBe("Critical Fraud");
  });
});

describe("a split's header: exactly the 22 columns in order", () => {
  test("an extra column at the end", () => {
    const e = errorOf(() => parseDeclarations(`${[...HEADER, "Note"].join(",")}\n${ROW4},x`, "f.csv"));
    expect(e.message).toBe("f.csv: header has 23 columns, expected 22");
    expect(e).toMatchObject({row: null, field: null});
  });

  test("an extra column inside names the first column out of place", () => {
    const header = [...HEADER.slice(0, 3), "Note", ...HEADER.slice(3)];
    expect(errorOf(() => checkHeader(header, "f.csv", "exact")).message).toBe(
      'f.csv, field "Process Type": header column 4 should be "Process Type", found "Note"'
    );
  });

  test("a missing last column: found nothing", () => {
    expect(errorOf(() => checkHeader(HEADER.slice(0, -1), "f.csv", "exact")).message).toBe(
      'f.csv, field "Critical Fraud": header column 22 should be "Critical Fraud", found nothing'
    );
  });

  test("the exact layout reads column j at position j", () => {
    expect(checkHeader(HEADER, "f.csv", "exact")).toEqual({
      names: HEADER,
      positions: HEADER.map((_, j) => j),
      extra: [],
      reordered: false,
      unlabelled: []
    });
  });

  test("an empty file, a BOM, and blank lines: only one final empty line is ignored", () => {
    expect(errorOf(() => parseDeclarations("", "f.csv")).message).toBe("f.csv: the file is empty");
    expect(parseDeclarations(`\uFEFF${HEADER.join(",")}\n${ROW4}\n`, "f.csv")).toEqual([ROW4_TYPED]);
    expect(parseDeclarations(`${HEADER.join(",")}\n`, "f.csv")).toEqual([]);
    expect(errorOf(() => parseDeclarations(`${HEADER.join(",")}\n\n${ROW4}`, "f.csv")).message).toBe(
      'f.csv, row 1, field "Date": the row has 1 fields, expected 22: it ends before this field'
    );
  });
});

describe("a file to score: columns by name", () => {
  const moved = [HEADER[1], HEADER[0], ...HEADER.slice(2)];
  test("columns in another order are read by name and flagged as reordered", () => {
    const layout = checkHeader(moved, "s.csv", "byName");
    expect(layout.reordered).toBe(true);
    expect(layout.positions.slice(0, 3)).toEqual([1, 0, 2]);
    const f = ROW4.split(",");
    expect(validateRow([f[1], f[0], ...f.slice(2)], layout, new Set())).toEqual(ROW4_TYPED);
    expect(checkHeader(HEADER, "s.csv", "byName").reordered).toBe(false);
  });

  test("without the label columns the row reads Fraud and Critical Fraud as 0", () => {
    const layout = checkHeader(HEADER.slice(0, -2), "s.csv", "byName");
    expect(layout.unlabelled).toEqual(["Fraud", "Critical Fraud"]);
    expect(layout.positions.slice(-2)).toEqual([-1, -1]);
    expect(validateRow(ROW4.split(",").slice(0, -2), layout, new Set())).toEqual({...ROW4_TYPED, fraud: 0, criticalFraud: 0});
  });

  test("an extra column is listed and ignored", () => {
    const layout = checkHeader([...HEADER.slice(0, 5), "Remark", ...HEADER.slice(5)], "s.csv", "byName");
    expect(layout.extra).toEqual(["Remark"]);
    expect(layout.reordered).toBe(false);
    const f = ROW4.split(",");
    expect(validateRow([...f.slice(0, 5), "anything", ...f.slice(5)], layout, new Set())).toEqual(ROW4_TYPED);
  });

  test("a missing column: one, two or three named, with the close name found instead", () => {
    const without = (...names: string[]) => HEADER.filter((n) => !names.includes(n));
    expect(errorOf(() => checkHeader(without("Net Mass"), "s.csv", "byName")).message).toBe(
      's.csv, field "Net Mass": the header lacks column "Net Mass"'
    );
    expect(errorOf(() => checkHeader(without("Net Mass", "Tax Rate"), "s.csv", "byName")).message).toBe(
      's.csv, field "Tax Rate": the header lacks 2 columns "Tax Rate" and "Net Mass"'
    );
    expect(errorOf(() => checkHeader([...without("Net Mass", "Tax Rate", "Date"), "net_mass", "TaxRate"], "s.csv", "byName")).message).toBe(
      's.csv, field "Date": the header lacks 3 columns "Date", "Tax Rate" (found "TaxRate" instead, column 21) and "Net Mass" (found "net_mass" instead, column 20)'
    );
  });

  test("close names: within 2 edits for long names, 1 for names under 8 characters (hand-checked distances)", () => {
    const lacking = (name: string, found: string) =>
      errorOf(() =>
        checkHeader(
          HEADER.map((n) => (n === name ? found : n)),
          "s.csv",
          "byName"
        )
      ).message;
    expect(lacking("Importer ID", "Imprter IDs")).toContain('(found "Imprter IDs" instead'); // 2 edits, 11 characters
    expect(lacking("Importer ID", "Imprtr IDs")).not.toContain("found"); // 3 edits
    expect(lacking("Date", "Dat")).toContain('(found "Dat" instead'); // 4 characters: 4 >> 2 = 1 edit allowed, 1 used
    expect(lacking("Date", "Datum")).not.toContain("found"); // 2 edits
    expect(lacking("Tax Type", "Tax Typo")).toContain('(found "Tax Typo" instead'); // 8 characters: 2 edits allowed, 1 used
    expect(lacking("Tax Type", "Tx Typo")).toContain('(found "Tx Typo" instead'); // 2 edits
    expect(lacking("Tax Rate", "TAX-RATE")).toContain('(found "TAX-RATE" instead'); // equal ignoring case and "-"
  });

  test("no schema column at all: is the header line missing?", () => {
    expect(errorOf(() => checkHeader([""], "s.csv", "byName")).message).toBe(
      's.csv, field "Declaration ID": none of the dataset\'s 22 columns is in the header (the first line is empty): is the header line missing?'
    );
    expect(errorOf(() => checkHeader([], "s.csv", "byName")).message).toContain("(the first line is empty)");
    expect(errorOf(() => checkHeader(["1", "2", "3", "4"], "s.csv", "byName")).message).toContain(
      '(its first line has "1", "2", "3", ...)'
    );
    expect(errorOf(() => checkHeader(["a", "b", "c"], "s.csv", "byName")).message).toContain('(its first line has "a", "b", "c")');
    expect(errorOf(() => checkHeader(["Fraud", "x"], "s.csv", "byName")).message).toContain('(its first line has "Fraud", "x")');
  });

  test("a schema column twice is an error; an unknown one twice is not", () => {
    expect(errorOf(() => checkHeader([...HEADER, "Date"], "s.csv", "byName")).message).toBe(
      's.csv, field "Date": the header has column "Date" twice (columns 2 and 23)'
    );
    expect(checkHeader([...HEADER, "x", "x"], "s.csv", "byName").extra).toEqual(["x", "x"]);
  });
});

test("bySplit keeps file order within each split", () => {
  const rows = (["test", "train", "valid", "train"] as const).map((split, i) => ({...ROW4_TYPED, id: String(i), split}));
  const s = bySplit(rows);
  expect([s.train, s.valid, s.test].map((r) => r.map((d) => d.id))).toEqual([["1", "3"], ["2"], ["0"]]);
});
