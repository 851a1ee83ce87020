/** The shape of `npm run reproduce`: sections of targets, each target paper vs ours. */
import type {BuildContext} from "../context.js";

/** "ours only": a number we report that the paper does not print; listed apart, never a match. */
export type Status = "pass" | "explained" | "fail" | "ours only";

export interface Target {
  name: string;
  paper: number | string | null;
  ours: number | string;
  /** |paper - ours| allowed for "pass"; null for exact equality of strings or integers. */
  tolerance: number | null;
  /** Discrepancy-log ids ("D2" or "D1, D2") that explain a difference beyond the tolerance (a note on an ours-only target). */
  explainedBy?: string;
  /** Where the reference value comes from: printed in the paper (default), or derived by us from its tables. */
  source?: "paper" | "derived";
}

export interface EvaluatedTarget extends Target {
  difference: number | null;
  status: Status;
}

export interface Section {
  /** Key in the JSON output. */
  key: string;
  title: string;
  json: unknown;
  targets: Target[];
}

/** The build context every section reads (loaders/context.ts). */
export type Context = BuildContext;
