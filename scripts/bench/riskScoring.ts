/**
 * Risk scoring throughput: normalise and score all 54,000 declarations (x* then f = sqrt(V1 V2) with the
 * published weights), in Node and in Chromium (the built site's own radar module), per declaration.
 *
 * The 14 scores come from a per-category lookup (every category value gets a fixed stand-in score). The
 * authors' ridge scoring is linear in one-hot categories, so applying it is also a lookup and sum per
 * category; its one-hot fit over all 54,000 declarations' categories is not what is timed here. C5, C10,
 * C12 are each declaration's own Net Mass, Tax Rate and Item Price. Needs a build (dist/) for Chromium.
 */
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {loadDataset} from "../../loaders/dataset.js";
import {loadPaperTables} from "../../loaders/paper.js";
import {INDICATORS} from "../../src/lib/method/indicators.js";
import {normalise, riskValues} from "../../src/lib/method/radar.js";
import {publishedWeights} from "../../src/lib/paper/weights.js";
import {DIST, startBrowser} from "../../test/browser/browser.js";

const FIELD: Record<string, string> = {
  Date: "date",
  "Office ID": "office",
  "Country of Departure": "departure",
  "Mode of Transport": "transport",
  "Net Mass": "netMass",
  "Courier ID": "courier",
  "Declarant ID": "declarant",
  "Importer ID": "importer",
  "Seller ID": "seller",
  "Tax Rate": "taxRate",
  "Tax Type": "taxType",
  "Item Price": "itemPrice",
  "Country of Origin": "origin",
  "HS6 Code": "hs6",
  "Country of Origin Indicator": "originIndicator",
  "Payment Type": "paymentType",
  "Import Use": "importUse"
};

/** A deterministic stand-in score 40-99 for a category value (string hash). */
function standInScore(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return 40 + ((h >>> 0) % 60);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export default async function riskScoring(): Promise<void> {
  const {declarations} = await loadDataset();
  const w = publishedWeights(loadPaperTables().weights);
  const tables = INDICATORS.map(() => new Map<string, number>());
  const raw = declarations.map((d) =>
    INDICATORS.map((ind, j) => {
      const v = (d as unknown as Record<string, string | number>)[FIELD[ind.column]];
      if (ind.kind === "quantity") return v as number;
      const key = String(v);
      let s = tables[j].get(key);
      if (s === undefined) tables[j].set(key, (s = standInScore(key)));
      return s;
    })
  );
  const n = raw.length;

  const score = () =>
    riskValues(
      raw.map((r) => normalise(r)),
      w
    );
  score(); // warm-up
  const node: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    score();
    node.push(performance.now() - t0);
  }
  const nodeMs = median(node);
  console.log(
    `Node:     ${n} declarations in ${nodeMs.toFixed(1)} ms (median of 5) = ${((nodeMs * 1000) / n).toFixed(2)} µs per declaration`
  );

  const file = readdirSync(join(DIST, "_import", "lib")).find((f) => /^radar\.[0-9a-f]+\.js$/.test(f));
  if (!file) {
    console.log("Chromium: skipped (no dist/_import/lib/radar.*.js: run npm run build first)");
    return;
  }
  const env = await startBrowser();
  try {
    const page = await env.browser.newPage();
    await page.goto(env.base + "/", {waitUntil: "networkidle"});
    // The timed code goes in as a string: tsx's helpers (__name) do not exist in the page.
    await page.evaluate((args) => Object.assign(window, {benchArgs: args}), {raw, w});
    const times = (await page.evaluate(`(async () => {
      const lib = await import("/_import/lib/${file}");
      const {raw, w} = window.benchArgs;
      const run = () => lib.riskValues(raw.map((r) => lib.normalise(r)), w);
      run();
      const out = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        run();
        out.push(performance.now() - t0);
      }
      return out;
    })()`)) as number[];
    const ms = median(times);
    console.log(`Chromium: ${n} declarations in ${ms.toFixed(1)} ms (median of 5) = ${((ms * 1000) / n).toFixed(2)} µs per declaration`);
    console.log(`Chromium / Node time ratio: ${(ms / nodeMs).toFixed(2)}`);
  } finally {
    await env.close();
  }
}
