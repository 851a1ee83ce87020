/**
 * Scoring a whole file (issue 13): a file of SCORE_ROWS rows (default 200,000) made by repeating the train
 * split's rows with new Declaration IDs, then
 * - the declaration reader alone, in this process (chunks read from the file, rows parsed and validated);
 * - `npm run score` as its own process (reader, the real file scorer, CSV written), its --stats line: rows per
 *   second and peak RSS, at a quarter of the rows and at all of them, and for a header-only file (Node, tsx
 *   and the modules alone), so the memory's growth with the file's size can be read off.
 * Beside the budget of issue 13 (1,000,000 rows in 10 s). The command's rate is timed inside scoreFile: the
 * instrument's loading (its build cache) is not in it.
 */
import {spawnSync} from "node:child_process";
import {startBrowser} from "../../test/browser/browser.js";
import {once} from "node:events";
import {createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {PROJECT_ROOT, canonicalContent, loadDataset} from "../../loaders/dataset.js";
import {createDeclarationReader} from "../../src/lib/data/declarationStream.js";
import {SCORE_FILE_ROWS_PER_S_BUDGET} from "../budgets.js";

/** Write `rows` data rows: the source rows over and over, each with a new, unique Declaration ID. */
async function makeFile(path: string, header: string, source: readonly string[], rows: number): Promise<void> {
  const out = createWriteStream(path);
  let text = header + "\n";
  for (let k = 0; k < rows; k++) {
    const row = source[k % source.length];
    text += `${100_000_000 + k}${row.slice(row.indexOf(","))}\n`;
    if (text.length > 1 << 16 || k === rows - 1) {
      if (!out.write(text)) await once(out, "drain");
      text = "";
    }
  }
  out.end();
  await once(out, "finish");
}

interface Stats {
  rows: number;
  ms: number;
  rowsPerS: number;
  maxRssMiB: number;
}

/** Run `npm run score -- input --out output --stats` as its own process; its --stats line (the last on stderr). */
function runScore(input: string, output: string): Stats {
  const tsx = join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
  const r = spawnSync(tsx, [join(PROJECT_ROOT, "scripts", "score.ts"), input, "--out", output, "--stats"], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 28
  });
  if (r.status !== 0) throw new Error(`npm run score failed (exit ${r.status}): ${r.stderr}`);
  return JSON.parse(r.stderr.trimEnd().split("\n").pop()!) as Stats;
}

export default async function score(): Promise<void> {
  const n = Number(process.env.SCORE_ROWS ?? 200_000);
  if (!Number.isInteger(n) || n < 4) throw new Error(`SCORE_ROWS must be an integer >= 4, got ${process.env.SCORE_ROWS}`);
  const train = (await loadDataset()).splits.find((s) => s.split === "train")!;
  const [header, ...source] = canonicalContent(readFileSync(train.path)).text.trimEnd().split("\n");
  const dir = mkdtempSync(join(tmpdir(), "bench-score-"));
  try {
    const full = join(dir, "rows.csv");
    const quarter = join(dir, "quarter.csv");
    const empty = join(dir, "header.csv");
    const t0 = performance.now();
    await makeFile(full, header, source, n);
    await makeFile(quarter, header, source, Math.floor(n / 4));
    writeFileSync(empty, header + "\n");
    console.log(
      `${n} rows (${train.file}'s ${source.length} rows repeated, new IDs) written in ${((performance.now() - t0) / 1000).toFixed(1)} s`
    );

    // The reader alone, in this process.
    const r = createDeclarationReader(full);
    const t1 = performance.now();
    const stream = createReadStream(full, {highWaterMark: 1 << 16});
    stream.setEncoding("utf8");
    let valid = 0;
    for await (const chunk of stream) valid += r.push(chunk as string).length;
    valid += r.end().length;
    const readerS = (performance.now() - t1) / 1000;
    const budget = (rps: number) =>
      `(budget ${SCORE_FILE_ROWS_PER_S_BUDGET.toLocaleString("en")} rows/s: ${rps >= SCORE_FILE_ROWS_PER_S_BUDGET ? "met" : "MISSED"})`;
    const readerRps = r.rowsRead / readerS;
    console.log(
      `reader alone (read, parse, validate): ${r.rowsRead} rows, ${valid} valid, ${r.errorCount} errors in ${readerS.toFixed(2)} s = ${Math.round(readerRps).toLocaleString("en")} rows/s ${budget(readerRps)}`
    );

    // The command, as its own process.
    const runs = [
      {label: "header only", file: empty},
      {label: `${Math.floor(n / 4)} rows`, file: quarter},
      {label: `${n} rows`, file: full}
    ].map((run) => ({...run, stats: runScore(run.file, join(dir, "out.csv"))}));
    for (const {label, stats} of runs) {
      const rate = stats.rows > 0 ? `${Math.round(stats.rowsPerS).toLocaleString("en")} rows/s ${budget(stats.rowsPerS)}` : "";
      console.log(
        `npm run score, ${label.padEnd(14)} ${(stats.ms / 1000).toFixed(2).padStart(6)} s  peak RSS ${stats.maxRssMiB.toFixed(0).padStart(4)} MiB  ${rate}`
      );
    }
    const [, q, all] = runs.map((x) => x.stats);
    console.log(
      `peak RSS growth from ${q.rows} to ${all.rows} rows: ${(all.maxRssMiB - q.maxRssMiB).toFixed(0)} MiB ` +
        `(${(((all.maxRssMiB - q.maxRssMiB) * 1024 * 1024) / (all.rows - q.rows)).toFixed(0)} bytes per row: the ID set and garbage not yet collected)`
    );
    const estimate = 1_000_000 / all.rowsPerS;
    console.log(`at this rate 1,000,000 rows take ${estimate.toFixed(1)} s in Node`);

    // The /score page in Chromium (needs a build): the file chosen, read and scored in the page's Web Worker.
    const env = await startBrowser();
    try {
      const page = await env.browser.newPage();
      await page.goto(env.base + "/score", {waitUntil: "networkidle"});
      const t2 = performance.now();
      await page.locator("input[type=file]").setInputFiles(full);
      await page.waitForFunction(() => /scored/.test(document.querySelector(".file-status")?.textContent ?? ""), null, {timeout: 600_000});
      const pageS = (performance.now() - t2) / 1000;
      const rps = n / pageS;
      console.log(
        `/score in Chromium, ${n} rows: ${pageS.toFixed(1)} s = ${Math.round(rps).toLocaleString("en")} rows/s ${budget(rps)}; 1,000,000 rows would take ${(1_000_000 / rps).toFixed(0)} s (budget 10 s)`
      );
    } finally {
      await env.close();
    }
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
