/** Shared set-up for browser tests: serve dist/ on 127.0.0.1 and drive Debian's Chromium. */
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {csvParse} from "d3-dsv";
import {chromium, type Browser} from "playwright-core";
import {serveDir} from "../../scripts/serve.js";

export const DIST = resolve(import.meta.dirname, "../../dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Chromium and a server of dist/. With SITE_URL set (e.g. `npm run dev`'s http://127.0.0.1:3000), pages
 * come from that server instead: a quick look at a page being written, without a build (the post-build
 * step, e.g. `<html lang>`, is then missing, so tests are run on dist/).
 */
export async function startBrowser(): Promise<{browser: Browser; base: string; close: () => Promise<void>}> {
  const site = process.env.SITE_URL?.replace(/\/$/, "");
  if (!site && !existsSync(DIST)) throw new Error("browser tests: dist/ is missing; run `npm run build` first");
  if (!existsSync(CHROMIUM)) throw new Error(`browser tests: no Chromium at ${CHROMIUM}; apt-get install -y chromium`);
  const {url, server} = site ? {url: site, server: undefined} : await serveDir(DIST);
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
      if (server) await new Promise((ok) => server.close(ok));
    }
  };
}

/**
 * The e-commerce Declaration IDs the build shipped (dist/_file/data/ecommerceDeclarations.<hash>.csv), in
 * file order: the IDs a test opens /declaration?id= with.
 */
export function builtDeclarationIds(): string[] {
  const dir = join(DIST, "_file", "data");
  const file = readdirSync(dir).find((f) => /^ecommerceDeclarations\.[0-9a-f]+\.csv$/.test(f));
  if (!file) throw new Error(`browser tests: no ecommerceDeclarations CSV in ${dir}; run \`npm run build\``);
  return csvParse(readFileSync(join(dir, file), "utf8")).map((d) => d["Declaration ID"]!);
}
