/**
 * BP network timings: the Keras preset (500 epochs x 4 batches = 2,000 Adam steps on the paper's 13
 * training rows) with each engine in Node (typed arrays, tfjs CPU, tfjs WASM, Levenberg-Marquardt) and
 * in headless Chromium on the built training page (typed arrays and tfjs CPU, chart updating), the
 * 20-seed run, and the floor: a minimal typed-array forward/backward/Adam loop of the same network.
 * Figures only; ratios are measured within this run.
 */
import {copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {paper17} from "../../loaders/bp.js";
import {loadPaperTables} from "../../loaders/paper.js";
import {lmTrainer} from "../../src/lib/bp/lm.js";
import {initWeights, layerSizes} from "../../src/lib/bp/network.js";
import {PRESETS, lmParams, trainParams} from "../../src/lib/bp/presets.js";
import {tf, tfjsTrainer} from "../../src/lib/bp/tfjsTrainer.js";
import {runTrainerSync, scaleData, type TrainingData} from "../../src/lib/bp/training.js";
import {typedTrainer} from "../../src/lib/bp/typedTrainer.js";
import {PROJECT_ROOT} from "../../loaders/dataset.js";

function timeMs(fn: () => void, repeat = 1): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return Math.min(...times); // best of `repeat`: the machine is shared, the minimum is the least disturbed run
}

/**
 * The floor: 2,000 Adam steps of the 17-10-6-1 network on batches of 4, written as plainly as possible
 * (no evaluation between epochs, no scaling, no bookkeeping).
 */
function minimalLoop(data: TrainingData, steps: number): number {
  const {xs, ys} = scaleData(data);
  const s = layerSizes({inputs: 17, hidden: [10, 6], activations: ["sigmoid", "tanh"]});
  const w = initWeights({inputs: 17, hidden: [10, 6], activations: ["sigmoid", "tanh"]}, 1);
  const P = w.map((l) => Float64Array.from([...l.kernel.flat(), ...l.bias]));
  const G = P.map((p) => new Float64Array(p.length)),
    M = P.map((p) => new Float64Array(p.length)),
    V = P.map((p) => new Float64Array(p.length));
  const a = s.map((n) => new Float64Array(n)),
    d = s.map((n) => new Float64Array(n));
  const train = data.train;
  let loss = 0;
  for (let t = 1; t <= steps; t++) {
    G.forEach((g) => g.fill(0));
    loss = 0;
    for (let b = 0; b < 4; b++) {
      const r = train[((t - 1) * 4 + b) % train.length];
      a[0].set(xs[r]);
      for (let l = 0; l < 3; l++) {
        const nIn = s[l],
          nOut = s[l + 1],
          p = P[l];
        for (let j = 0; j < nOut; j++) {
          let z = p[nIn * nOut + j];
          for (let i = 0; i < nIn; i++) z += a[l][i] * p[i * nOut + j];
          a[l + 1][j] = l === 0 ? 1 / (1 + Math.exp(-z)) : l === 1 ? Math.tanh(z) : z;
        }
      }
      const e = a[3][0] - ys[r];
      loss += (e * e) / 4;
      d[3][0] = e / 2;
      for (let l = 2; l >= 0; l--) {
        const nIn = s[l],
          nOut = s[l + 1],
          p = P[l],
          g = G[l];
        for (let j = 0; j < nOut; j++) g[nIn * nOut + j] += d[l + 1][j];
        for (let i = 0; i < nIn; i++) {
          let acc = 0;
          for (let j = 0; j < nOut; j++) {
            g[i * nOut + j] += a[l][i] * d[l + 1][j];
            acc += p[i * nOut + j] * d[l + 1][j];
          }
          const y = a[l][i];
          d[l][i] = l === 2 ? acc * (1 - y * y) : l === 1 ? acc * y * (1 - y) : 0;
        }
      }
    }
    const c1 = 1 - 0.9 ** t,
      c2 = 1 - 0.999 ** t;
    for (let l = 0; l < 3; l++) {
      const p = P[l],
        g = G[l],
        m = M[l],
        v = V[l];
      for (let q = 0; q < p.length; q++) {
        m[q] = 0.9 * m[q] + 0.1 * g[q];
        v[q] = 0.999 * v[q] + 0.001 * g[q] * g[q];
        p[q] -= (0.001 * m[q]) / c1 / (Math.sqrt(v[q] / c2) + 1e-7);
      }
    }
  }
  return loss;
}

async function browserFigures(): Promise<string[]> {
  if (!existsSync(join(PROJECT_ROOT, "dist", "training.html")))
    return ["  (no dist/training.html: run `npm run build` first for the browser figures)"];
  const {startBrowser} = await import("../../test/browser/browser.js");
  const env = await startBrowser();
  const out: string[] = [];
  try {
    for (const [engine, label] of [
      ["typed", "typed arrays"],
      ["tfjs", "tfjs CPU"]
    ] as const) {
      const page = await env.browser.newPage();
      await page.goto(`${env.base}/training?preset=keras&engine=${engine}`, {waitUntil: "networkidle"});
      await page.locator(".lab-play").click();
      await page.waitForSelector(".training-lab[data-state='done']", {timeout: 300_000});
      const ms = Number(await page.locator(".training-lab").getAttribute("data-train-ms"));
      out.push(`  Chromium, ${label.padEnd(13)} Keras preset, Play to done (chart updating) ${String(Math.round(ms)).padStart(6)} ms`);
      if (engine === "typed") {
        await page.locator(".lab-seeds").click();
        await page.waitForSelector(".lab-seeds-out[data-ms]", {timeout: 300_000});
        const seeds = Number(await page.locator(".lab-seeds-out").getAttribute("data-ms"));
        out.push(`  Chromium, typed arrays  20-seed run                                  ${String(seeds).padStart(6)} ms`);
      }
      await page.close();
    }
  } finally {
    await env.close();
  }
  return out;
}

/**
 * tfjs in Chromium on the CPU and WASM backends: the tfjs trainer bundled (esbuild, through tsx's
 * dependency) with tfjs-backend-wasm into a small page, served with its .wasm files from a temp dir.
 */
async function browserTfjsBackends(data: TrainingData): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "bp-bench-"));
  try {
    const {build} = await import("esbuild");
    const wasmDir = join(PROJECT_ROOT, "node_modules", "@tensorflow", "tfjs-backend-wasm", "dist");
    for (const f of ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"])
      copyFileSync(join(wasmDir, f), join(dir, f));
    writeFileSync(
      join(dir, "entry.ts"),
      `
      import {tf, tfjsTrainer} from ${JSON.stringify(join(PROJECT_ROOT, "src/lib/bp/tfjsTrainer.ts"))};
      import {runTrainerSync} from ${JSON.stringify(join(PROJECT_ROOT, "src/lib/bp/training.ts"))};
      import {setWasmPaths} from "@tensorflow/tfjs-backend-wasm";
      setWasmPaths("/");
      (window as any).benchRun = async (backend: string, data: any, params: any) => {
        await tf.setBackend(backend);
        runTrainerSync(tfjsTrainer(data, {...params, epochs: 5}));
        const t0 = performance.now();
        runTrainerSync(tfjsTrainer(data, params));
        return performance.now() - t0;
      };`
    );
    await build({
      entryPoints: [join(dir, "entry.ts")],
      bundle: true,
      format: "esm",
      outfile: join(dir, "bench.js"),
      logLevel: "error",
      nodePaths: [join(PROJECT_ROOT, "node_modules")],
      alias: {"@tensorflow/tfjs-core": "@tensorflow/tfjs/dist/tf.fesm.js"},
      external: ["fs", "buffer", "path", "crypto", "os", "worker_threads", "perf_hooks", "util"]
    }); // Node-only branches, never taken in the browser
    writeFileSync(join(dir, "index.html"), `<!doctype html><script type="module" src="bench.js"></script>`);
    const {serveDir} = await import("../serve.js");
    const {url, server} = await serveDir(dir);
    const {startBrowser} = await import("../../test/browser/browser.js");
    const env = await startBrowser();
    const out: string[] = [];
    try {
      const page = await env.browser.newPage();
      await page.goto(url + "/index.html", {waitUntil: "networkidle"});
      await page.waitForFunction(() => "benchRun" in window);
      for (const backend of ["cpu", "wasm"]) {
        const ms = await page.evaluate(
          ([b, d, p]) => (window as unknown as {benchRun: (...a: unknown[]) => Promise<number>}).benchRun(b, d, p),
          [backend, data, trainParams(PRESETS.keras.settings)] as const
        );
        out.push(
          `  Chromium, tfjs ${backend.toUpperCase().padEnd(4)}     Keras preset, training only              ${String(Math.round(ms)).padStart(6)} ms`
        );
      }
    } finally {
      await env.close();
      await new Promise((ok) => server.close(ok));
    }
    return out;
  } catch (e) {
    return [`  Chromium, tfjs CPU/WASM bundle: unavailable (${(e as Error).message})`];
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

export default async function bench(): Promise<void> {
  const d17 = paper17(loadPaperTables());
  const data: TrainingData = {x: d17.x, y: d17.y, train: [...Array(13).keys()], test: [13, 14, 15, 16]};
  const keras = trainParams(PRESETS.keras.settings);
  console.log("Keras preset: 17-10-6-1, 500 epochs x 4 batches = 2,000 Adam steps (Node, one core; typed-array figures best of 9):");
  minimalLoop(data, 2000); // warm-up
  const floor = timeMs(() => minimalLoop(data, 2000), 9);
  runTrainerSync(typedTrainer(data, keras)); // warm-up
  const typed = timeMs(() => runTrainerSync(typedTrainer(data, keras)), 9);
  const row = (label: string, ms: number) =>
    console.log(`  ${label.padEnd(48)} ${ms.toFixed(1).padStart(9)} ms   ${(ms / floor).toFixed(1).padStart(7)} x floor`);
  row("minimal typed-array loop (the floor)", floor);
  row("typed-array trainer (+ evaluation every epoch)", typed);
  await tf.setBackend("cpu");
  row(
    "tfjs, CPU backend",
    timeMs(() => runTrainerSync(tfjsTrainer(data, keras)))
  );
  try {
    await import("@tensorflow/tfjs-backend-wasm");
    await tf.setBackend("wasm");
    runTrainerSync(tfjsTrainer(data, {...keras, epochs: 5}));
    row(
      "tfjs, WASM backend",
      timeMs(() => runTrainerSync(tfjsTrainer(data, keras)))
    );
  } catch (e) {
    console.log(`  tfjs, WASM backend: unavailable (${(e as Error).message})`);
  } finally {
    await tf.setBackend("cpu");
  }
  row(
    "Levenberg-Marquardt, MATLAB preset (500 iter.)",
    timeMs(() => runTrainerSync(lmTrainer(data, lmParams(PRESETS.matlab.settings))))
  );
  const seeds = timeMs(() => {
    for (let seed = 1; seed <= 20; seed++) runTrainerSync(typedTrainer(data, {...keras, seed}));
  });
  row("typed-array trainer, 20 seeds", seeds);
  for (const line of await browserFigures()) console.log(line);
  for (const line of await browserTfjsBackends(data)) console.log(line);
  console.log("  Goals: the preset under 500 ms in the browser with the chart updating; 20 seeds under 10 s.");
}
