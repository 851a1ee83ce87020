/** Page weight: bytes each built page transfers on first load, and whether it loads tfjs. */
import {PAGES, ZH_PAGES} from "../../observablehq.config.js";
import {startBrowser} from "../../test/browser/browser.js";
import {measurePage} from "../../test/browser/measure.js";

export default async function pages(): Promise<void> {
  const env = await startBrowser();
  try {
    console.log("page                      KiB  requests  tfjs  load ms");
    for (const path of ["/", ...[...PAGES, ...ZH_PAGES].map((p) => p.path)]) {
      const t0 = performance.now();
      const r = await measurePage(env.browser, env.base, path, {axe: false, settle: 0});
      const ms = performance.now() - t0;
      console.log(
        `${path.padEnd(22)} ${(r.bytes / 1024).toFixed(0).padStart(6)}  ${String(r.requests).padStart(8)}  ${r.loadsTfjs ? " yes" : "  no"}  ${ms.toFixed(0).padStart(7)}`
      );
    }
  } finally {
    await env.close();
  }
}
