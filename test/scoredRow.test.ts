/**
 * The scored-row CSV formatter: RFC 4180 quoting written out by hand, and a round trip through two
 * independent readers (our streaming parser and d3-dsv) that must give the values back.
 */
import {csvParseRows} from "d3-dsv";
import {describe, expect, test} from "vitest";
import {createCsvRecordParser} from "../src/lib/data/csvRecords.js";
import {csvField, csvHeader, toCsvLine} from "../src/lib/fileScoring/scoredRow.js";

describe("csvField, csvHeader, toCsvLine", () => {
  test("quotes only what needs it, doubling quotes (RFC 4180)", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField("")).toBe("");
    expect(csvField(372254.4)).toBe("372254.4");
    expect(csvField(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(csvHeader(["Declaration ID", "Zone, name"])).toBe('Declaration ID,"Zone, name"');
  });

  test("a non-finite number or a missing column is an error naming the declaration and column", () => {
    expect(() => toCsvLine(["p"], {id: "7", fields: {p: NaN}})).toThrow(
      'toCsvLine: declaration 7, column "p": csvField: NaN is not a finite number'
    );
    expect(() => toCsvLine(["p", "q"], {id: "7", fields: {p: 1}})).toThrow('toCsvLine: declaration 7 has no value for column "q"');
  });

  test("round trip: the line reads back as the values, by our parser and by d3-dsv", () => {
    const columns = ["id", "note", "x"];
    const values = ['a"b,c', 'end"', 1e-7];
    const line = toCsvLine(columns, {id: "a", fields: {id: values[0], note: values[1], x: values[2]}});
    const p = createCsvRecordParser();
    const records = [...p.push(line), ...p.end()];
    expect(records.map((r) => r.fields)).toEqual([values.map(String)]);
    expect(csvParseRows(line)).toEqual([values.map(String)]);
    expect(Number(records[0].fields[2])).toBe(1e-7);
  });
});
