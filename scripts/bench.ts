/**
 * `npm run bench`: figures, never assertions. Times a clean build and each data loader, and prints the
 * sizes of what the loaders emit. Each module in scripts/bench/ adds its figures: it exports
 * `default async function (): Promise<void>` that prints them (run in file-name order after these).
 * `npm run bench -- pages bp` runs only those modules (after a build of your own).
 */
import {execFileSync} from "node:child_process";
import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {PROJECT_ROOT} from "../loaders/dataset.js";
import {WARM_BUILD_BUDGET_S} from "./budgets.js";
import {loaderFiles} from "./build.js";

function time<T>(fn: () => T): {ms: number; value: T} {
  const t0 = performance.now();
  const value = fn();
  return {ms: performance.now() - t0, value};
}

const env = {...process.env, PATH: `${join(PROJECT_ROOT, "node_modules", ".bin")}:${process.env.PATH}`};
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, {cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28});

const only = process.argv.slice(2);
if (only.length === 0) {
  console.log("Loaders (each run alone with tsx, including Node start-up and reading the three CSV files):");
  const loaders = loaderFiles(join(PROJECT_ROOT, "src", "data"));
  const rows = loaders.map((f) => {
    const {ms, value} = time(() => run("tsx", [join("src", "data", f)]));
    return {loader: f, ms, bytes: value.length};
  });
  for (const r of rows)
    console.log(`  ${r.loader.padEnd(28)} ${(r.ms / 1000).toFixed(2).padStart(7)} s  ${(r.bytes / 1024).toFixed(1).padStart(9)} KiB`);

  const baseline = time(() => run("node", ["-e", "0"]));
  console.log(`  (Node start-up alone: ${(baseline.ms / 1000).toFixed(2)} s)`);

  const build = time(() => run("npm", ["run", "build"]));
  let distBytes = 0;
  const walk = (d: string): void =>
    readdirSync(d).forEach((f) => {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else distBytes += statSync(p).size;
    });
  walk(join(PROJECT_ROOT, "dist"));
  // budgets of issue 14, for these two-core machines; the validation models come from data/cache when its key matches
  console.log(
    `\nWarm build (npm run build, loader cache cleared, validation models cached): ${(build.ms / 1000).toFixed(1)} s (budget ${WARM_BUILD_BUDGET_S} s: ${build.ms / 1000 <= WARM_BUILD_BUDGET_S ? "met" : "MISSED"}); dist/ ${(distBytes / 1024 / 1024).toFixed(2)} MiB`
  );
  console.log(`Sum of loader times / build time: ${(rows.reduce((s, r) => s + r.ms, 0) / build.ms).toFixed(2)}`);
}

const modules = readdirSync(join(PROJECT_ROOT, "scripts", "bench"))
  .filter((f) => f.endsWith(".ts"))
  .sort()
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, "")));
for (const f of modules) {
  console.log(`\n== ${f}`);
  const mod = await import(pathToFileURL(join(PROJECT_ROOT, "scripts", "bench", f)).href);
  await mod.default();
}
