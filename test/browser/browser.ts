/** Shared set-up for browser tests: serve dist/ on 127.0.0.1 and drive Debian's Chromium. */
import {existsSync} from "node:fs";
import {resolve} from "node:path";
import {chromium, type Browser} from "playwright-core";
import {serveDir} from "../../scripts/serve.js";

export const DIST = resolve(import.meta.dirname, "../../dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function startBrowser(): Promise<{browser: Browser; base: string; close: () => Promise<void>}> {
  if (!existsSync(DIST)) throw new Error("browser tests: dist/ is missing; run `npm run build` first");
  if (!existsSync(CHROMIUM)) throw new Error(`browser tests: no Chromium at ${CHROMIUM}; apt-get install -y chromium`);
  const {url, server} = await serveDir(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync"
    ]
  });
  return {
    browser,
    base: url,
    close: async () => {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    }
  };
}
