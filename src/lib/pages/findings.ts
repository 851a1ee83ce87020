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
    /** Precision at 5% and 10% inspection on the test months, per model key ("all/gbdt", "novel/gbdt", ...). */
    precisionAt: Record<string, {"5": number; "10": number}>;
    auc: Record<string, number>;
    /** Bootstrap 95% intervals, per model key (absent in reports made before they existed). */
    aucInterval: Record<string, [number, number] | null>;
    precisionInterval: Record<string, {"5": [number, number]; "10": [number, number]} | null>;
    family: Record<string, string>;
    label: Record<string, string>;
    /** Test rows whose exact Item Price occurs in the training months, and the novel rest. */
    overlap: {testRows: number; seenPriceRows: number; novelRows: number};
    novel: {frauds: number; fraudRate: number; ecommerceRows: number; ecommerceFrauds: number};
    duty: {k90: {k: number; share: number}; frauds: number; zeroDuty: number};
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
  const bp = section<{seedSpread: {seeds: number; mae17: {median: number}}; honest: {cvMae: number; chronologicalMae: number}}>(
    sections,
    "bp"
  );
  const validation = section<{
    protocol: {rows: Record<"all" | "ecommerce", {test: number}>; frauds: Record<"all" | "ecommerce", {test: number}>; seeds: number};
    models: Record<
      string,
      {
        auc: number;
        precisionAt: Record<string, number>;
        aucInterval?: [number, number] | null;
        precisionInterval?: Record<string, [number, number]>;
        family?: string;
        label?: string;
      }
    >;
    overlap: Findings["validation"]["overlap"];
    novel: Findings["validation"]["novel"];
    duty: Findings["validation"]["duty"];
  }>(sections, "validation");
  const perModel = <T>(f: (m: (typeof validation.models)[string]) => T): Record<string, T> =>
    Object.fromEntries(Object.entries(validation.models).map(([k, m]) => [k, f(m)]));
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
      precisionAt: perModel((m) => ({"5": m.precisionAt["5"], "10": m.precisionAt["10"]})),
      auc: perModel((m) => m.auc),
      aucInterval: perModel((m) => m.aucInterval ?? null),
      precisionInterval: perModel((m) => (m.precisionInterval ? {"5": m.precisionInterval["5"], "10": m.precisionInterval["10"]} : null)),
      family: perModel((m) => m.family ?? "model"),
      label: perModel((m) => m.label ?? ""),
      overlap: validation.overlap,
      novel: validation.novel,
      duty: validation.duty
    }
  };
}
