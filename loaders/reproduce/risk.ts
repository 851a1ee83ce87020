/** Section "riskIndex" of `npm run reproduce`: standard samples, thresholds, the 17-sample table, the 100 samples' zones. */
import {recomputePaper17} from "../../src/lib/paper/risk.js";
import {normalise, riskValue, riskValues} from "../../src/lib/method/radar.js";
import {standardThresholds, zoneCounts, PAPER_THRESHOLDS} from "../../src/lib/method/zones.js";
import {printedTolerance} from "../../src/lib/paper/ledger.js";
import {riskData} from "../risk.js";
import {readRadarVectors} from "./ledger.js";
import type {Context, Section, Target} from "./types.js";

export function riskIndexSection({dataset, paper}: Context): Section {
  const data = riskData(dataset, paper);
  const w = data.weights.published;
  const standard = riskValues(
    [0, 0.65, 0.85, 1].map((a) => Array(17).fill(a)),
    w
  );
  const thresholds = standardThresholds(w);
  const rows = recomputePaper17(data.sample17, w, data.weights.w13, data.typed13);
  const samples100 = riskValues(
    data.samples.map((s) => normalise(s.printed)),
    w
  );
  const zones100 = zoneCounts(samples100);
  const json = {
    standardSamples: standard,
    thresholds: thresholds.map((t) => +t.toFixed(4)),
    paper17: {
      printed: rows.map((r) => r.printed),
      recomputedPublishedWeights: rows.map((r) => r.published),
      recomputedPaperInputs: rows.map((r) => r.paperInputs)
    },
    samples100,
    zones100
  };
  const standardTargets: Target[] = rows
    .filter((r) => r.kind === "standard")
    .map((r) => ({
      name: `${r.label}: risk value (published weights)`,
      paper: r.printed,
      ours: r.published,
      tolerance: printedTolerance(String(r.printed)),
      explainedBy: r.printed === 0 || r.printed === 1 ? undefined : "D31"
    }));
  const vectors = readRadarVectors();
  const vector = (label: string) => {
    const v = vectors.find((x) => x.label === label);
    if (!v) throw new Error(`reproduce: data/authors/radarVectors.csv has no row "${label}"`);
    return v.x;
  };
  let s = 0;
  const random = rows.filter((r) => r.kind === "random").map((r) => ({r, sample: ++s}));
  return {
    key: "riskIndex",
    title: "Risk index: standard samples, thresholds, the 17-sample table, zones of samples 1-100",
    json,
    targets: [
      ...standardTargets,
      ...thresholds.map((t, k): Target => ({
        name: `threshold ${k + 1} (printed to 4 decimals)`,
        paper: PAPER_THRESHOLDS[k],
        ours: t,
        tolerance: 5e-5
      })),
      // The authors' full typed vectors (data/authors/radarVectors.csv): every sample within its printed digits (D33).
      ...random.map(({r, sample}): Target => ({
        name: `sample ${sample}: risk value with W13 and the authors' typed vector`,
        paper: r.printed,
        ours: riskValue(vector(`sample ${sample}`), data.weights.w13),
        tolerance: printedTolerance(String(r.printed))
      })),
      ...random.map(({r, sample}): Target => ({
        name: `sample ${sample}: risk value with the published weights (the method as described)`,
        paper: r.printed,
        ours: r.published,
        tolerance: printedTolerance(String(r.printed)),
        explainedBy: "D32"
      })),
      {name: "samples 1-100 in the safety zone (not printed)", paper: null, ours: zones100.safety, tolerance: null},
      {name: "samples 1-100 in the general zone (not printed)", paper: null, ours: zones100.general, tolerance: null},
      {name: "samples 1-100 in the severe zone (not printed)", paper: null, ours: zones100.severe, tolerance: null}
    ]
  };
}
