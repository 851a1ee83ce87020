/**
 * The page model of the ledger on /reproducibility: the per-table counts with a total row, the filter by
 * table and status, and the cells each discrepancy entry is cited by (explained first). Pure.
 */
import {LEDGER_STATUSES, citedIds, type LedgerCell, type LedgerStatus, type LedgerTable, type StatusCounts} from "../paper/ledger.js";

export type CountsRow = {table: LedgerTable | "all"} & StatusCounts;

/**
 * The counts per table, in the given order, and a last row "all" summing them.
 * @param tables the ledger's `tables` (from `reproduce --json` or src/data/reproduce.json)
 */
export function countsRows(tables: Readonly<Record<LedgerTable, StatusCounts>>): CountsRow[] {
  const rows = (Object.entries(tables) as [LedgerTable, StatusCounts][]).map(([table, n]) => ({table, ...n}));
  const sum = (k: keyof StatusCounts) => rows.reduce((a, r) => a + r[k], 0);
  return [
    ...rows,
    {table: "all", cells: sum("cells"), ...(Object.fromEntries(LEDGER_STATUSES.map((s) => [s, sum(s)])) as Record<LedgerStatus, number>)}
  ];
}

/**
 * The cells of one table (or every table) whose status is among `statuses`, in ledger order.
 * @param table a table name or "all"
 */
export function filterCells<C extends Pick<LedgerCell, "table" | "status">>(
  cells: readonly C[],
  table: string,
  statuses: readonly string[]
): C[] {
  return cells.filter((c) => (table === "all" || c.table === table) && statuses.includes(c.status));
}

/** Rank of a status when listing an entry's cells: what it explains first. */
const ORDER: Record<LedgerStatus, number> = {fails: 0, explained: 1, input: 2, matches: 3};

/**
 * The cells that cite a discrepancy entry: fails first, then explained, inputs, matches (ledger order within).
 * @param id the entry's id ("D31")
 */
export function cellsCiting<C extends Pick<LedgerCell, "discrepancy" | "status">>(cells: readonly C[], id: string): C[] {
  return cells
    .map((c, i) => ({c, i}))
    .filter(({c}) => citedIds(c).includes(id))
    .sort((a, b) => ORDER[a.c.status] - ORDER[b.c.status] || a.i - b.i)
    .map(({c}) => c);
}

/**
 * A value for a table cell: strings as they are, numbers to 10 significant digits, null as a dash.
 * Why 10: the paper prints at most 9 decimals; more digits would only show float noise.
 */
export function formatLedgerValue(x: number | string | null): string {
  return x === null ? "–" : typeof x === "number" ? String(+x.toPrecision(10)) : x;
}

/** A reproduction target with its section's title, as /reproducibility lists it. */
export interface TargetRow {
  section: string;
  name: string;
  source?: string;
  paper: number | string | null;
  ours: number | string;
  difference?: number | null;
  tolerance: number | null;
  status: string;
  explainedBy?: string;
}

/**
 * Every section's targets in one list, each carrying its section's title.
 * @param sections the reproduction report's sections
 */
export function targetRows(sections: readonly {title: string; targets: readonly Omit<TargetRow, "section">[]}[]): TargetRow[] {
  return sections.flatMap((s) => s.targets.map((t) => ({section: s.title, ...t})));
}

/** How many targets have each status. */
export function statusCounts(targets: readonly {status: string}[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of targets) out[t.status] = (out[t.status] ?? 0) + 1;
  return out;
}

/** The targets with one of the statuses, in one section (or all when `section` is null). */
export function filterTargets<T extends {status: string; section: string}>(
  targets: readonly T[],
  statuses: readonly string[],
  section: string | null
): T[] {
  return targets.filter((t) => statuses.includes(t.status) && (section === null || t.section === section));
}

/**
 * A number as the tables show it: "–" for none, text as it is, small values in exponent form, others to
 * 8 significant digits without trailing zeros.
 */
export function formatTargetValue(x: number | string | null | undefined): string {
  if (x === null || x === undefined) return "–";
  if (typeof x !== "number") return String(x);
  return x !== 0 && Math.abs(x) < 1e-3 ? x.toExponential(2) : (+x.toPrecision(8)).toString();
}
