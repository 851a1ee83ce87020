import {describe, expect, test} from "vitest";
import {COLUMNS, DatasetError, MISSING, ecommerceOnly, parseDeclarations} from "../src/lib/data/declarations.js";

// Two rows copied from df_syn_train_eng.csv (rows 1 and 4 of the file).
const HEADER = COLUMNS.map((c) => c.name).join(",");
const ROW1 = "97061800,2020-01-01,30,B,11,21,11,10,ZZR1LT6,QLRUBN9,0VKY2BR,,440890,BE,BE,0.0,FEU1,G,108.0,372254.4,0,0";
const ROW4 = "13844785,2020-01-02,40,B,15,21,43,40,5RQ0VK6,5VOMCFU,U0867HI,VZIZJJ,871200,CN,CN,0.0,FCN2,E,4953.5,1676759.75,1,1";

/** Replace field `name` of a CSV row. */
function withField(row: string, name: string, value: string): string {
  const f = row.split(",");
  f[COLUMNS.findIndex((c) => c.name === name)] = value;
  return f.join(",");
}

function errorOf(fn: () => unknown): DatasetError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DatasetError) return e;
    throw e;
  }
  throw new Error("expected a DatasetError");
}

describe("parseDeclarations", () => {
  test("reads typed rows and keeps empty IDs as the category 'missing'", () => {
    const rows = parseDeclarations(`${HEADER}\n${ROW1}\n${ROW4}\n`, "f.csv");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      id: "97061800",
      date: "2020-01-01",
      courier: MISSING,
      hs6: "440890",
      taxRate: 0,
      netMass: 108,
      itemPrice: 372254.4,
      fraud: 0,
      criticalFraud: 0
    });
    expect(rows[1]).toMatchObject({importType: "15", courier: "VZIZJJ", netMass: 4953.5, fraud: 1, criticalFraud: 1});
    expect(ecommerceOnly(rows).map((d) => d.id)).toEqual(["13844785"]);
  });

  test("keeps leading zeros of HS6 codes", () => {
    const rows = parseDeclarations(`${HEADER}\n${withField(ROW1, "HS6 Code", "090121")}`, "f.csv");
    expect(rows[0].hs6).toBe("090121");
  });

  test("a missing column names the file and the column", () => {
    const header = COLUMNS.filter((c) => c.name !== "Net Mass")
      .map((c) => c.name)
      .join(",");
    const e = errorOf(() => parseDeclarations(`${header}\n`, "df_syn_train_eng.csv"));
    expect(e.message).toMatch(/df_syn_train_eng\.csv.*"Net Mass"/);
    expect(e.field).toBe("Net Mass");
  });

  test("a non-numeric Net Mass names file, row and field", () => {
    const e = errorOf(() => parseDeclarations(`${HEADER}\n${ROW1}\n${withField(ROW4, "Net Mass", "12kg")}`, "df_syn_valid_eng.csv"));
    expect(e).toMatchObject({file: "df_syn_valid_eng.csv", row: 2, field: "Net Mass"});
    expect(e.message).toBe('df_syn_valid_eng.csv, row 2, field "Net Mass": is not a number (value "12kg")');
  });

  test.each([
    ["Fraud", "3", /must be 0 or 1/],
    ["Critical Fraud", "3", /must be 0, 1 or 2/],
    ["Date", "2020-02-30", /ISO date/],
    ["Date", "01/02/2020", /ISO date/],
    ["Item Price", "-5", /negative/],
    ["Tax Rate", "", /not a number/],
    ["Declaration ID", "", /empty/]
  ])("rejects %s = %j", (field, value, message) => {
    const e = errorOf(() => parseDeclarations(`${HEADER}\n${withField(ROW1, field, value)}`, "f.csv"));
    expect(e).toMatchObject({row: 1, field});
    expect(e.message).toMatch(message);
  });

  test("a short row is an error naming the row", () => {
    const e = errorOf(() => parseDeclarations(`${HEADER}\n${ROW1}\n1,2,3`, "f.csv"));
    expect(e.message).toBe('f.csv, row 2, field "Process Type": the row has 3 fields, expected 22: it ends before this field');
  });

  test("a long row is an error naming the row and the last expected field", () => {
    const e = errorOf(() => parseDeclarations(`${HEADER}\n${ROW1},x`, "f.csv"));
    expect(e.message).toBe('f.csv, row 1, field "Critical Fraud": the row has 23 fields, expected 22: 1 extra after this field');
  });

  test("dates already seen are not re-checked, but a new invalid one is still named by row", () => {
    const rows = [ROW1, ROW1, withField(ROW1, "Date", "2020-02-29"), withField(ROW1, "Date", "2021-02-29")];
    const e = errorOf(() => parseDeclarations(`${HEADER}\n${rows.join("\n")}`, "f.csv"));
    expect(e).toMatchObject({row: 4, field: "Date"});
    expect(parseDeclarations(`${HEADER}\n${rows.slice(0, 3).join("\n")}`, "f.csv").map((d) => d.date)).toEqual([
      "2020-01-01",
      "2020-01-01",
      "2020-02-29"
    ]);
  });

  test("Import Type may not be empty, though other categories may", () => {
    expect(errorOf(() => parseDeclarations(`${HEADER}\n${withField(ROW1, "Import Type", "")}`, "f.csv"))).toMatchObject({
      row: 1,
      field: "Import Type"
    });
    expect(parseDeclarations(`${HEADER}\n${withField(ROW1, "Office ID", "")}`, "f.csv")[0].office).toBe("missing");
  });

  test("accepts Critical Fraud = 2", () => {
    expect(parseDeclarations(`${HEADER}\n${withField(ROW1, "Critical Fraud", "2")}`, "f.csv")[0].criticalFraud).toBe(2);
  });
});
