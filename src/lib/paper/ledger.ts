/**
 * The reproduction ledger: one status for every cell of the paper's six tables (issue 11).
 *
 * A cell is either recomputed (we compute its value from other inputs and compare) or an input (a value
 * the paper typed in, which we can only check against its other appearances: another table, the anchors
 * of the standard samples, the dataset). The gate:
 * - recomputed, |ours - paper| <= tolerance: `matches`;
 * - input, consistent with every other appearance: `input`;
 * - otherwise, citing a discrepancy entry with evidence the build computed: `explained`;
 * - otherwise: `fails` (`npm run reproduce` exits 1).
 * The default tolerance is half a unit of the cell's last printed digit ({@link printedTolerance}); a
 * looser one must carry its reason.
 */

/** The six tables of data/paper/, in the paper's order. */
export const LEDGER_TABLES = ["expert13", "samples100", "weights", "zones", "sample17", "bpTest"] as const;
export type LedgerTable = (typeof LEDGER_TABLES)[number];

export const LEDGER_STATUSES = ["matches", "explained", "input", "fails"] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];

/** One cell as judged. */
export interface LedgerCell {
  table: LedgerTable;
  /** The row as the paper labels it (sample number, indicator, zone). */
  row: string;
  column: string;
  /** The cell exactly as printed (the transcription in data/paper/). */
  paper: string;
  /** Our value: the recomputation, or for an input the value of its other appearance that decides. */
  ours: number | string | null;
  /** |ours - paper| allowed; null for inputs (checked by equality up to printing). */
  tolerance: number | null;
  /** Why the tolerance is looser than the printed digits, when it is. */
  toleranceReason?: string;
  status: LedgerStatus;
  /** Discrepancy-log ids ("D2" or "D31, D30") the cell cites: the explanation first, then notes; set on every explained cell. */
  discrepancy: string | null;
  /** What the build computed to judge the cell: shown beside it. */
  evidence: string;
}

/** What a table rule says about one cell before the gate judges it. */
export type CellClaim =
  | {kind: "recomputed"; ours: number; tolerance?: number; toleranceReason?: string}
  | {kind: "input"; consistent: boolean; ours: number | string | null};

/** A cell to judge: where it is, what is printed, the claim, what explains a difference, the evidence. */
export interface CellInput {
  table: LedgerTable;
  row: string;
  column: string;
  paper: string;
  claim: CellClaim;
  /** Discrepancy ids that explain a difference: only these can make a differing cell `explained`. */
  discrepancy?: string;
  /** Discrepancy ids cited as notes (how the value is recomputed, what it implies): never an explanation. */
  note?: string;
  evidence: string;
}

/**
 * Half a unit of the last printed digit: the rounding error a printed value may carry.
 * Rule: count the digits after the decimal point (d); the tolerance is 0.5 * 10^-d. Exponent notation
 * ("1.5e-6") counts the mantissa's decimals and shifts by the exponent.
 * @param printed the cell as printed, e.g. "0.424141301"
 * @returns e.g. 5e-10 for "0.424141301", 0.5 for "61", 0.05 for "6.5"
 * @throws if printed is not a number
 * @example printedTolerance("0.0323") // 5e-5
 */
export function printedTolerance(printed: string): number {
  const s = printed.trim();
  const m = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(s);
  if (!m || (m[1] === "" && (m[2] ?? "") === "")) throw new Error(`printedTolerance: "${printed}" is not a printed number`);
  const decimals = (m[2] ?? "").length - Number(m[3] ?? 0);
  // 0.5 * 10^-d, written as a division for negative d so that "1e3" gives 500, and rounded to the
  // printed scale so 5e-10 is exactly the decimal 5e-10 (0.5 * 1e-9 is 5.000000000000001e-10).
  return decimals >= 0 ? Number(`5e-${decimals + 1}`) : 5 * 10 ** (-decimals - 1);
}

/**
 * Judge one cell by the ledger's gate (see the module comment).
 * @param cell the cell, its claim, the discrepancy that explains a difference, notes, and the evidence
 * @param known the ids of the discrepancy log: a citation of an unknown id never explains
 * @returns the judged cell; `fails` when a recomputed cell differs or an input is inconsistent without a
 *   known citation or without evidence
 */
export function judgeCell(cell: CellInput, known: ReadonlySet<string>): LedgerCell {
  const {claim} = cell;
  const ids = cell.discrepancy ? cell.discrepancy.split(/,\s*/) : [];
  const cited = ids.length > 0 && ids.every((id) => known.has(id)) && cell.evidence.trim() !== "";
  const all = [...ids, ...(cell.note ? cell.note.split(/,\s*/) : [])].filter((id, i, a) => a.indexOf(id) === i);
  const base = {
    table: cell.table,
    row: cell.row,
    column: cell.column,
    paper: cell.paper,
    discrepancy: all.length ? all.join(", ") : null,
    evidence: cell.evidence
  };
  if (claim.kind === "input") {
    return {...base, ours: claim.ours, tolerance: null, status: claim.consistent ? "input" : cited ? "explained" : "fails"};
  }
  const tolerance = claim.tolerance ?? printedTolerance(cell.paper);
  if (claim.tolerance !== undefined && claim.tolerance > printedTolerance(cell.paper) && !claim.toleranceReason) {
    throw new Error(`judgeCell: ${cell.table} ${cell.row}/${cell.column}: a tolerance looser than the printed digits needs a reason`);
  }
  const within = Number.isFinite(claim.ours) && Math.abs(claim.ours - Number(cell.paper)) <= tolerance;
  return {
    ...base,
    ours: claim.ours,
    tolerance,
    ...(claim.toleranceReason ? {toleranceReason: claim.toleranceReason} : {}),
    status: within ? "matches" : cited ? "explained" : "fails"
  };
}

export type StatusCounts = {cells: number} & Record<LedgerStatus, number>;

/**
 * Count the statuses per table (every table of {@link LEDGER_TABLES} present, even if empty).
 * @returns {"<table>": {cells, matches, explained, input, fails}}
 */
export function ledgerCounts(cells: readonly Pick<LedgerCell, "table" | "status">[]): Record<LedgerTable, StatusCounts> {
  const out = Object.fromEntries(LEDGER_TABLES.map((t) => [t, {cells: 0, matches: 0, explained: 0, input: 0, fails: 0}])) as Record<
    LedgerTable,
    StatusCounts
  >;
  for (const c of cells) {
    out[c.table].cells++;
    out[c.table][c.status]++;
  }
  return out;
}

/** The ids a cell cites. */
export function citedIds(cell: Pick<LedgerCell, "discrepancy">): string[] {
  return cell.discrepancy ? cell.discrepancy.split(/,\s*/) : [];
}

/**
 * The cells each discrepancy entry is cited by.
 * @param ids every id of the log (each gets an entry, possibly empty)
 */
export function cellsByDiscrepancy<C extends Pick<LedgerCell, "discrepancy">>(
  cells: readonly C[],
  ids: readonly string[]
): Map<string, C[]> {
  const out = new Map(ids.map((id) => [id, [] as C[]]));
  for (const c of cells) for (const id of citedIds(c)) out.get(id)?.push(c);
  return out;
}
