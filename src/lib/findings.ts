/**
 * The report's headline findings, read from the build's reproduction run (src/data/reproduce.json), so
 * the summary pages (English and Chinese) never type a number by hand.
 */

export interface ReportSection {
  key: string;
  json: unknown;
}

export interface ZoneRate {
  n: number;
  fraud: number;
  rate: number | null;
  ci95: [number, number] | null;
}

export interface Findings {
  declarations: number;
  ecommerce: number;
  ecommerceFraud: number;
  sampleTypos: number;
  /** Largest |published - recomputed| over the weights, typos excluded. */
  weightMaxDiff: number;
  weightTypos: {indicator: string; published: number; corrected: number}[];
  thresholds: [number, number];
  zones100: Record<"safety" | "general" | "severe", number>;
  zones954: Record<"safety" | "general" | "severe", number>;
  fraudByZone954: Record<"safety" | "general" | "severe" | "all", ZoneRate>;
  bp: {paperMae17: number; oursMae17Median: number; seeds: number; cvMae: number; chronologicalMae: number};
  validation: {
    /** Fraud rate of the test months (all declarations): what random inspection finds. */
    baseRate: number;
    ecommerceBaseRate: number;
    seeds: number;
    /** Precision at 5% and 10% inspection on the test months, per model key ("all/gbdt", ...). */
    precisionAt: Record<string, {"5": number; "10": number}>;
    auc: Record<string, number>;
  };
}

function section<T>(sections: readonly ReportSection[], key: string): T {
  const s = sections.find((x) => x.key === key);
  if (!s) throw new Error(`findings: the reproduction report has no section "${key}"`);
  return s.json as T;
}

/**
 * Extract the headline numbers.
 * @param sections the `sections` of the reproduction report
 * @param bpTest the paper's BP test table; its MAE is mean |expected - network| over the 17 rows
 * @throws if a section the summary needs is missing
 */
export function findings(sections: readonly ReportSection[], bpTest: readonly {expected: number; network: number}[]): Findings {
  const dataset = section<{rows: number; ecommerceRows: number; ecommerceFraud: number}>(sections, "dataset");
  const samples = section<{mismatches: unknown[]}>(sections, "paperSamples");
  const weights = section<{maxAbsDiffExcludingTypos: number; typos: Findings["weightTypos"]}>(sections, "weights");
  const risk = section<{thresholds: [number, number]; zones100: Findings["zones100"]}>(sections, "riskIndex");
  const warning = section<{zones: Findings["zones954"]; fraudRateByZone: Findings["fraudByZone954"]}>(sections, "earlyWarning954");
  const bp = section<{seedSpread: {seeds: number; mae17: {median: number}}; honest: {cvMae: number; chronologicalMae: number}}>(sections, "bp");
  const validation = section<{
    protocol: {rows: Record<"all" | "ecommerce", {test: number}>; frauds: Record<"all" | "ecommerce", {test: number}>; seeds: number};
    models: Record<string, {auc: number; precisionAt: Record<string, number>}>;
  }>(sections, "validation");
  if (bpTest.length === 0) throw new Error("findings: the paper's BP test table is empty");
  return {
    declarations: dataset.rows,
    ecommerce: dataset.ecommerceRows,
    ecommerceFraud: dataset.ecommerceFraud,
    sampleTypos: samples.mismatches.length,
    weightMaxDiff: weights.maxAbsDiffExcludingTypos,
    weightTypos: weights.typos,
    thresholds: risk.thresholds,
    zones100: risk.zones100,
    zones954: warning.zones,
    fraudByZone954: warning.fraudRateByZone,
    bp: {
      paperMae17: bpTest.reduce((sum, r) => sum + Math.abs(r.expected - r.network), 0) / bpTest.length,
      oursMae17Median: bp.seedSpread.mae17.median,
      seeds: bp.seedSpread.seeds,
      cvMae: bp.honest.cvMae,
      chronologicalMae: bp.honest.chronologicalMae
    },
    validation: {
      baseRate: validation.protocol.frauds.all.test / validation.protocol.rows.all.test,
      ecommerceBaseRate: validation.protocol.frauds.ecommerce.test / validation.protocol.rows.ecommerce.test,
      seeds: validation.protocol.seeds,
      precisionAt: Object.fromEntries(Object.entries(validation.models).map(([k, m]) => [k, {"5": m.precisionAt["5"], "10": m.precisionAt["10"]}])),
      auc: Object.fromEntries(Object.entries(validation.models).map(([k, m]) => [k, m.auc]))
    }
  };
}
