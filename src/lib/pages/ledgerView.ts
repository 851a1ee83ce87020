/**
 * The page model of the ledger on /reproducibility: the per-table counts with a total row, the filter by
 * table and status, and the cells each discrepancy entry is cited by (explained first). Pure.
 */
import {CATALOGUE, t, type TextKey} from "../i18n/catalogue.js";
import type {Lang} from "../i18n/lang.js";
import {zoneName} from "../i18n/terms.js";
import {ZONES, type Zone} from "../method/zones.js";
import {
  LEDGER_STATUSES,
  LEDGER_TABLES,
  citedIds,
  type LedgerCell,
  type LedgerStatus,
  type LedgerTable,
  type StatusCounts
} from "../paper/ledger.js";

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

/** The catalogue key of each status word: the ledger's four and the targets' four (loaders/reproduce/types.ts). */
const STATUS_KEYS: Readonly<Record<string, TextKey>> = {
  matches: "repro.status.matches",
  explained: "repro.status.explained",
  input: "repro.status.input",
  fails: "repro.status.fails",
  pass: "repro.status.pass",
  fail: "repro.status.fail",
  "ours only": "repro.status.oursOnly"
};

/**
 * A status word in a language: a ledger cell's (matches, explained, input, fails) or a target's (pass,
 * explained, fail, ours only). The English word is the status itself.
 * @param lang the page's language
 * @param status the status as the ledger or `npm run reproduce` writes it
 * @returns the catalogue's word; an unknown status as it is (never hidden)
 * @example statusText("zh", "matches") // "一致"
 */
export function statusText(lang: Lang, status: string): string {
  const key = STATUS_KEYS[status];
  return key ? t(lang, key) : status;
}

/**
 * The name of one of the paper's six tables (or "all") in a language; in English the ledger's own name.
 * @param lang the page's language
 * @param table a name of LEDGER_TABLES, or "all"
 * @param all what "all" means: the counts' total row, or the filter's every table
 * @example tableText("zh", "bpTest") // "BP 测试结果表"
 */
export function tableText(lang: Lang, table: string, all: "total" | "filter" = "filter"): string {
  if (table === "all") return t(lang, all === "total" ? "repro.counts.total" : "repro.filter.allTables");
  return (LEDGER_TABLES as readonly string[]).includes(table) ? t(lang, `repro.table.${table as LedgerTable}`) : table;
}

/** The sections of `npm run reproduce` (loaders/reproduce/index.ts) the catalogue has a title for. */
const SECTION_KEYS = [
  "dataset",
  "paperSamples",
  "weights",
  "mlScoring",
  "riskIndex",
  "bp",
  "earlyWarning954",
  "validation",
  "planner"
] as const;

/**
 * A section's title of `npm run reproduce` in a language: in English the loader's title; in Chinese the
 * catalogue's text for the section's key (mlScoring's training rows taken from the English title, where the
 * loader writes them). A section the catalogue does not know keeps its English title.
 * @param lang the page's language
 * @param section the section's key and English title
 */
export function sectionTitle(lang: Lang, section: {key?: string; title: string}): string {
  if (lang === "en" || !section.key) return section.title;
  if (!(SECTION_KEYS as readonly string[]).includes(section.key)) return section.title;
  const key = `repro.section.${section.key as (typeof SECTION_KEYS)[number]}` as const;
  const rows = /expert samples ([^)]*)\)$/.exec(section.title)?.[1];
  if (section.key === "mlScoring") return rows ? t(lang, key, {rows: rows.replace(/, /g, "、")}) : section.title;
  return t(lang, key);
}

const escapeRegExp = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The catalogue's templates under a prefix: each text's English as a regular expression whose groups are
 * its {parameters} (lazy, anchored: a text matches a template only as a whole), in catalogue order.
 */
function templates(prefix: string) {
  return (Object.keys(CATALOGUE) as TextKey[])
    .filter((key) => key.startsWith(prefix))
    .map((key) => {
      const parts = CATALOGUE[key].en.split(/\{(\w+)\}/);
      const params = parts.filter((_, i) => i % 2 === 1);
      const source = parts.map((p, i) => (i % 2 === 1 ? "(.+?)" : escapeRegExp(p))).join("");
      return {key, params, re: new RegExp(`^${source}$`)};
    });
}

/** A text written from one of the templates, in `lang` with the values the English carries; else as it is. */
function fromTemplates(lang: Lang, text: string, list: ReturnType<typeof templates>): string {
  for (const {key, params, re} of list) {
    const m = re.exec(text);
    if (m) return t(lang, key, Object.fromEntries(params.map((p, i) => [p, m[i + 1]])));
  }
  return text;
}

const TARGET_TEMPLATES = templates("repro.target.");
const EVIDENCE_TEMPLATES = templates("repro.ev.");

/**
 * A target's name of `npm run reproduce` in a language. The loaders write English names from templates;
 * the catalogue holds each template in both languages (`repro.target.*`), so the Chinese is the template's
 * Chinese with the values the English name carries (numbers as the loader wrote them).
 * @param lang the page's language
 * @param name the target's name as `npm run reproduce` writes it
 * @returns the name in `lang`; a name no template matches as it is (never hidden)
 * @example targetName("zh", "declarations scored") // "已评分的申报数"
 */
export function targetName(lang: Lang, name: string): string {
  return lang === "en" ? name : fromTemplates(lang, name, TARGET_TEMPLATES);
}

/**
 * A ledger cell's evidence in a language: src/lib/paper/paperLedger.ts writes it as parts joined by "; ",
 * each from a template the catalogue holds in both languages (`repro.ev.*`); each part is written in `lang`
 * with its values, a part no template matches as it is.
 * @param lang the page's language
 * @param evidence the cell's evidence as the build wrote it
 * @example evidenceText("zh", "expected - network: 0.01") // "期望值 - 网络输出：0.01"
 */
export function evidenceText(lang: Lang, evidence: string): string {
  if (lang === "en") return evidence;
  return evidence
    .split("; ")
    .map((part) => fromTemplates(lang, part, EVIDENCE_TEMPLATES))
    .join(t(lang, "repro.evidence.sep"));
}

/**
 * A cell's row label in a language: "sample 3" → "样本 3", "standard 65" → "标准样本 65", a zone by its
 * name; indicators (C1-C17) and the BP table's row numbers as they are.
 * @param lang the page's language
 * @param row the cell's row as the ledger labels it
 * @example rowText("zh", "safety") // "安全区"
 */
export function rowText(lang: Lang, row: string): string {
  if (lang === "en") return row;
  if ((ZONES as readonly string[]).includes(row)) return zoneName(lang, row as Zone);
  const m = /^(sample|standard) (\d+)$/.exec(row);
  return m ? t(lang, m[1] === "sample" ? "repro.row.sample" : "repro.row.standard", {n: m[2]}) : row;
}

/** The ledger's column names that are not indicators, with their catalogue keys. */
const COLUMN_KEYS: Readonly<Record<string, TextKey>> = {
  weight: "repro.column.weight",
  rank: "repro.column.rank",
  lower: "repro.column.lower",
  upper: "repro.column.upper",
  risk: "repro.column.risk",
  expected: "repro.column.expected",
  network: "repro.column.network",
  absError: "repro.column.absError"
};

/**
 * A cell's column in a language: the named columns of the paper's tables (weight, rank, lower, upper,
 * risk, expected, network, absError) from the catalogue; indicators (C1-C17) as they are.
 * @example columnText("zh", "absError") // "绝对误差"
 */
export function columnText(lang: Lang, column: string): string {
  const key = COLUMN_KEYS[column];
  return key ? t(lang, key) : column;
}

/**
 * The summary line of the cells citing an entry: how many, and how many of each status present, in the
 * ledger's order of statuses.
 * @param lang the page's language
 * @param cited the citing cells (from {@link cellsCiting})
 * @example citedSummary("en", [{status: "explained"}]) // "Cited by 1 cell: 1 explained"
 */
export function citedSummary(lang: Lang, cited: readonly Pick<LedgerCell, "status">[]): string {
  const counts = LEDGER_STATUSES.map((s) => [s, cited.filter((c) => c.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => t(lang, "repro.cited.count", {n: String(n), status: statusText(lang, s)}))
    .join(t(lang, "repro.list.sep"));
  return t(lang, cited.length === 1 ? "repro.cited.one" : "repro.cited.many", {n: String(cited.length), counts});
}

/**
 * Every section's targets in one list, each carrying its section's title (in the page's language).
 * @param sections the reproduction report's sections
 * @param lang the page's language (the section titles; {@link sectionTitle})
 */
export function targetRows(
  sections: readonly {key?: string; title: string; targets: readonly Omit<TargetRow, "section">[]}[],
  lang: Lang = "en"
): TargetRow[] {
  return sections.flatMap((s) => s.targets.map((x) => ({section: sectionTitle(lang, s), ...x})));
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
