import {loadContext} from "../../loaders/context.js";
import {earlyWarning} from "../../loaders/earlyWarning.js";
import {toColumns} from "../lib/data/columns.js";

// The 954 declarations as columns (src/lib/data/columns.ts); the page recomputes risk values for its weight switch.
const {weights, rows} = earlyWarning(await loadContext());
process.stdout.write(JSON.stringify({
  weights,
  rows: toColumns(rows, ["sample", "declarationId", "source", "split", "date", "office", "departure", "hs6", "fraud", "criticalFraud", "values", "risk", "zone"])
}));
