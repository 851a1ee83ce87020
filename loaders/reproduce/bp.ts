/** Section "bp" of `npm run reproduce`: the paper's BP test table recomputed, and our networks' errors. */
import {errorStats, signedErrors} from "../../src/lib/bp/metrics.js";
import {bpSummary, declarations954, zoneOf} from "../bp.js";
import type {Context, Section} from "./types.js";

export function bpSection({paper, dataset}: Context): Section {
  const expected = paper.bpTest.map((r) => r.expected),
    network = paper.bpTest.map((r) => r.network);
  const heldOut = [13, 14, 15, 16];
  const all = errorStats(expected, network),
    last4 = errorStats(expected, network, heldOut);
  const signed = signedErrors(expected, network);
  const s = bpSummary(paper, declarations954(dataset, paper));
  const figures = ({seed, mae17, maeHeldOutRows, zoneAgreement17}: typeof s.kerasPreset) => ({
    seed,
    mae17,
    maeHeldOutRows,
    zoneAgreement17
  });
  const near = (x: number) => x.toFixed(4);
  const paperZoneAgreement = expected.filter((y, i) => zoneOf(y) === zoneOf(network[i])).length;
  return {
    key: "bp",
    title: "BP network: the paper's test table recomputed, and our trained networks",
    json: {
      kerasPreset: figures(s.kerasPreset),
      lmPreset: figures(s.lmPreset),
      honest: {cvMae: s.honest.cvMae, chronologicalMae: s.honest.chronologicalMae},
      seedSpread: {seeds: s.seedSpread.seeds, mae17: s.seedSpread.mae17}
    },
    targets: [
      // Not printed in the paper: derived from its table (REPRODUCTION-NOTES, "The BP network").
      {
        name: "paper's network, MAE over the 17 rows (recomputed from its table)",
        paper: 0.0323,
        source: "derived",
        ours: all.mae,
        tolerance: 5e-5
      },
      {
        name: "paper's network, MAE over rows 14-17, the only held-out rows",
        paper: 0.0613,
        source: "derived",
        ours: last4.mae,
        tolerance: 5e-5
      },
      {name: "paper's network, largest absolute error", paper: 0.1033, source: "derived", ours: all.maxAbs, tolerance: 5e-5},
      {name: "paper's network, row of the largest error", paper: 14, source: "derived", ours: all.maxRow + 1, tolerance: 0},
      {
        name: 'row 2 "absolute error" vs expected - network',
        paper: paper.bpTest[1].absError,
        ours: signed[1],
        tolerance: 1e-9,
        explainedBy: "D50"
      },
      {
        name: 'negative entries in the "absolute error" column (an absolute value is never negative)',
        paper: 0,
        source: "derived",
        ours: paper.bpTest.filter((r) => r.absError < 0).length,
        tolerance: 0,
        explainedBy: "D51"
      },
      {
        name: "paper's network, rows whose zone matches the expected value's zone (rows 2, 3, 12 do not)",
        paper: null,
        source: "derived",
        ours: paperZoneAgreement,
        tolerance: null
      },
      // Our trained networks are other draws of the same set-up (D53): reported beside the paper's run, not compared with it.
      {
        name: `Keras preset (seed ${s.kerasPreset.seed}), MAE over 17 rows, 13 of them training rows (paper's run: ${near(all.mae)}, derived)`,
        paper: null,
        ours: s.kerasPreset.mae17,
        tolerance: null,
        explainedBy: "D52, D53"
      },
      {
        name: `Keras preset (seed ${s.kerasPreset.seed}), MAE over the 4 held-out rows (paper's run: ${near(last4.mae)}, derived)`,
        paper: null,
        ours: s.kerasPreset.maeHeldOutRows,
        tolerance: null,
        explainedBy: "D52, D53"
      },
      {
        name: `Keras preset over ${s.seedSpread.seeds} seeds, median MAE over 17 rows (paper's run: ${near(all.mae)}, derived)`,
        paper: null,
        ours: s.seedSpread.mae17.median,
        tolerance: null,
        explainedBy: "D53"
      },
      {
        name: `Keras preset over ${s.seedSpread.seeds} seeds: seeds whose held-out MAE is at least the paper's run's ${near(last4.mae)} (derived)`,
        paper: null,
        ours: s.seedSpread.maeHeldOutRows.filter((m) => m >= last4.mae).length,
        tolerance: null,
        explainedBy: "D53"
      },
      {
        name: `Keras preset, rows whose zone matches the expected value's zone (paper's run: ${paperZoneAgreement}, derived)`,
        paper: null,
        ours: s.kerasPreset.zoneAgreement17,
        tolerance: null,
        explainedBy: "D53"
      },
      {
        name: `MATLAB preset (Levenberg-Marquardt), MAE over 17 rows (paper's run: ${near(all.mae)}, derived)`,
        paper: null,
        ours: s.lmPreset.mae17,
        tolerance: null,
        explainedBy: "D52, D53, D54"
      },
      {
        name: `MATLAB preset, MAE over the 4 held-out rows (paper's run: ${near(last4.mae)}, derived)`,
        paper: null,
        ours: s.lmPreset.maeHeldOutRows,
        tolerance: null,
        explainedBy: "D52, D53, D54"
      },
      {
        name: "honest: 5-fold cross-validated MAE over the 100 samples (not in the paper)",
        paper: null,
        ours: s.honest.cvMae,
        tolerance: null
      },
      {
        name: `honest: MAE on the newest ${s.honest.chronologicalTestRows} of the 954 declarations, trained on the oldest ${s.honest.chronologicalTrainRows} (not in the paper)`,
        paper: null,
        ours: s.honest.chronologicalMae,
        tolerance: null
      }
    ]
  };
}
