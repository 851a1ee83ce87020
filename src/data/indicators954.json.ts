import {loadContext} from "../../loaders/context.js";
import {indicatorTable} from "../../loaders/indicatorTable.js";
import {INDICATOR_IDS} from "../lib/method/indicators.js";

// The 954 x 17 indicator table as columns; ridge scores rounded to 1e-6 (effect on weights < 1e-8).
const rows = indicatorTable(await loadContext());
const round = (x: number) => Math.round(x * 1e6) / 1e6;
process.stdout.write(JSON.stringify({
  sample: rows.map((r) => r.sample),
  declarationId: rows.map((r) => r.declarationId),
  source: rows.map((r) => r.source),
  ...Object.fromEntries(INDICATOR_IDS.map((id) => [id, rows.map((r) => round(r.values[id]))]))
}));
