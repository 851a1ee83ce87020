/**
 * The paper's tables, typed once. The CSV files in data/paper/ were transcribed from the paper
 * (../shared/seeds/001_4993669bfa65faf4.txt) exactly as printed, typos included; corrections live in
 * code that names them (see docs/discrepancies.md), never in these files.
 */
import {csvParse} from "d3-dsv";
import {INDICATOR_IDS, type IndicatorId, type IndicatorValues} from "../method/indicators.js";

/** One row of 17 indicator values, keyed C1..C17. */

export interface PaperSample {
  /** The paper's serial number (1-based). */
  sample: number;
  values: IndicatorValues;
}

export interface PaperWeight {
  indicator: IndicatorId;
  criterion: string;
  name: string;
  weight: number;
  rank: number;
}

export interface PaperZone {
  zone: "safety" | "general" | "severe";
  lower: number;
  upper: number;
  printed: string;
}

export interface PaperRiskRow {
  /** Column number in the paper's standard-and-random sample table (1..17). */
  row: number;
  kind: "standard" | "random";
  label: string;
  /** A standard sample's level in points, read from its label "standard 65"; null for a random sample. */
  level: number | null;
  values: IndicatorValues;
  risk: number;
}

export interface PaperBpRow {
  sample: number;
  expected: number;
  network: number;
  /** Printed as "absolute error" but signed: expected - network (see the discrepancy log). */
  absError: number;
}

/** All the paper's tables. */
export interface PaperTables {
  expert13: PaperSample[];
  samples100: PaperSample[];
  weights: PaperWeight[];
  zones: PaperZone[];
  sample17: PaperRiskRow[];
  bpTest: PaperBpRow[];
}

/** The CSV texts of data/paper/, by table name. */
export type PaperCsvTexts = Record<keyof PaperTables, string>;

function num(file: string, row: number, field: string, raw: string | undefined): number {
  const x = raw === undefined || raw.trim() === "" ? NaN : Number(raw);
  if (!Number.isFinite(x)) throw new Error(`data/paper/${file}.csv, row ${row}, field "${field}": not a number ("${raw ?? ""}")`);
  return x;
}

function values(file: string, row: number, r: Record<string, string | undefined>): IndicatorValues {
  return Object.fromEntries(INDICATOR_IDS.map((id) => [id, num(file, row, id, r[id])])) as IndicatorValues;
}

/** A 17-sample row's kind and, for a standard sample, its level from the label ("standard 65" → 65). */
function kindAndLevel(row: number, r: Record<string, string | undefined>): Pick<PaperRiskRow, "kind" | "level"> {
  const where = `data/paper/sample17.csv, row ${row}`;
  if (r.kind === "random") return {kind: "random", level: null};
  if (r.kind !== "standard") throw new Error(`${where}, field "kind": "${r.kind ?? ""}" is neither "standard" nor "random"`);
  const m = /^standard (\d+)$/.exec(r.label ?? "");
  if (!m) throw new Error(`${where}, field "label": a standard sample's label is "standard <level>", not "${r.label ?? ""}"`);
  return {kind: "standard", level: Number(m[1])};
}

function expectRows<T>(file: string, rows: T[], n: number): T[] {
  if (rows.length !== n) throw new Error(`data/paper/${file}.csv: ${rows.length} rows, expected ${n}`);
  return rows;
}

/**
 * Parse the paper's CSV tables into typed records.
 * @throws naming the file, row and field of any value that is not a number, or a wrong row count.
 */
export function parsePaperTables(csv: PaperCsvTexts): PaperTables {
  const samples = (file: "expert13" | "samples100", n: number) =>
    expectRows(
      file,
      csvParse(csv[file]).map((r, i) => ({
        sample: num(file, i + 1, "sample", r.sample),
        values: values(file, i + 1, r)
      })),
      n
    );
  return {
    expert13: samples("expert13", 13),
    samples100: samples("samples100", 100),
    weights: expectRows(
      "weights",
      csvParse(csv.weights).map((r, i) => ({
        indicator: INDICATOR_IDS[i],
        criterion: r.criterion ?? "",
        name: r.name ?? "",
        weight: num("weights", i + 1, "weight", r.weight),
        rank: num("weights", i + 1, "rank", r.rank)
      })),
      17
    ),
    zones: expectRows(
      "zones",
      csvParse(csv.zones).map((r, i) => ({
        zone: r.zone as PaperZone["zone"],
        lower: num("zones", i + 1, "lower", r.lower),
        upper: num("zones", i + 1, "upper", r.upper),
        printed: r.printed ?? ""
      })),
      3
    ),
    sample17: expectRows(
      "sample17",
      csvParse(csv.sample17).map((r, i) => ({
        row: num("sample17", i + 1, "row", r.row),
        ...kindAndLevel(i + 1, r),
        label: r.label ?? "",
        values: values("sample17", i + 1, r),
        risk: num("sample17", i + 1, "risk", r.risk)
      })),
      17
    ),
    bpTest: expectRows(
      "bpTest",
      csvParse(csv.bpTest).map((r, i) => ({
        sample: num("bpTest", i + 1, "sample", r.sample),
        expected: num("bpTest", i + 1, "expected", r.expected),
        network: num("bpTest", i + 1, "network", r.network),
        absError: num("bpTest", i + 1, "absError", r.absError)
      })),
      17
    )
  };
}

/** A paper table's indicator values as a matrix (rows x 17), in C1..C17 order. */
export function toMatrix(rows: readonly {values: IndicatorValues}[]): number[][] {
  return rows.map((r) => INDICATOR_IDS.map((id) => r.values[id]));
}
