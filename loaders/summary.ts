/**
 * Build-time dataset summaries with arquero: rows per split, fraud rates, import types, date range,
 * and the e-commerce subset in compact column form.
 */
import * as aq from "arquero";
import {ECOMMERCE_FIELDS, ecommerceOnly, type Declaration, type Split} from "../src/lib/data/declarations.js";
import {toColumns, type Columns} from "../src/lib/data/columns.js";
import type {Dataset} from "./dataset.js";

export interface SplitSummary {
  split: Split;
  file: string;
  period: string;
  rows: number;
  fraud: number;
  critical: number;
  fraudRate: number;
  criticalRate: number;
  firstDate: string;
  lastDate: string;
  ecommerce: number;
  ecommerceFraud: number;
  sha256: string;
  source: string;
}

export interface ImportTypeSummary {
  importType: string;
  rows: number;
  fraudRate: number;
  criticalRate: number;
}

export interface DatasetSummary {
  rows: number;
  fraud: number;
  fraudRate: number;
  critical: number;
  criticalRate: number;
  firstDate: string;
  lastDate: string;
  checksumsVerified: boolean;
  splits: SplitSummary[];
  importTypes: ImportTypeSummary[];
  ecommerce: {rows: number; fraud: number; critical: number; fraudRate: number};
}

type Row = Declaration & {split: Split};

function stats(rows: readonly Row[]) {
  const t = aq.from(rows as Row[]);
  const s = t
    .rollup({
      rows: aq.op.count(),
      fraud: (d: Row) => aq.op.sum(d.fraud),
      critical: (d: Row) => aq.op.sum(d.criticalFraud === 2 ? 1 : 0),
      firstDate: (d: Row) => aq.op.min(d.date),
      lastDate: (d: Row) => aq.op.max(d.date)
    })
    .object() as {rows: number; fraud: number; critical: number; firstDate: string; lastDate: string};
  return {...s, fraudRate: s.fraud / s.rows, criticalRate: s.critical / s.rows};
}

/** Summarise the dataset: "critical" counts Critical Fraud = 2. */
export function summariseDataset(dataset: Dataset): DatasetSummary {
  const all = stats(dataset.declarations);
  const splits = dataset.splits.map((s): SplitSummary => {
    const rows = dataset.declarations.filter((d) => d.split === s.split);
    const st = stats(rows);
    const ec = ecommerceOnly(rows);
    return {
      split: s.split,
      file: s.file,
      period: s.period,
      rows: st.rows,
      fraud: st.fraud,
      critical: st.critical,
      fraudRate: st.fraudRate,
      criticalRate: st.criticalRate,
      firstDate: st.firstDate,
      lastDate: st.lastDate,
      ecommerce: ec.length,
      ecommerceFraud: ec.filter((d) => d.fraud === 1).length,
      sha256: s.sha256,
      source: s.source
    };
  });
  const importTypes = aq
    .from(dataset.declarations as Row[])
    .groupby("importType")
    .rollup({
      rows: aq.op.count(),
      fraudRate: (d: Row) => aq.op.mean(d.fraud),
      criticalRate: (d: Row) => aq.op.mean(d.criticalFraud === 2 ? 1 : 0)
    })
    .orderby(aq.desc("rows"))
    .objects() as ImportTypeSummary[];
  const ec = stats(ecommerceOnly(dataset.declarations));
  return {
    rows: all.rows,
    fraud: all.fraud,
    fraudRate: all.fraudRate,
    critical: all.critical,
    criticalRate: all.criticalRate,
    firstDate: all.firstDate,
    lastDate: all.lastDate,
    checksumsVerified: dataset.splits.every((s) => s.checksumVerified),
    splits,
    importTypes,
    ecommerce: {rows: ec.rows, fraud: ec.fraud, critical: ec.critical, fraudRate: ec.fraudRate}
  };
}

export type EcommerceRow = Pick<Row, (typeof ECOMMERCE_FIELDS)[number]>;

/** The 954 e-commerce declarations in file order, as columns. */
export function ecommerceColumns(dataset: Dataset): Columns<EcommerceRow> {
  return toColumns<EcommerceRow>(ecommerceOnly(dataset.declarations), ECOMMERCE_FIELDS);
}
