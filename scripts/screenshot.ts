/**
 * `npm run screenshot -- /data /` : full-page PNGs of built pages into /tmp (for looking at a page
 * before calling it done). Needs `npm run build` first.
 */
import {startBrowser} from "../test/browser/browser.js";

const env = await startBrowser();
const width = Number(process.env.WIDTH ?? 1280);
const page = await env.browser.newPage({viewport: {width, height: 900}});
for (const p of process.argv.slice(2)) {
  await page.goto(env.base + p, {waitUntil: "networkidle"});
  await page.waitForTimeout(1000);
  const file = `/tmp/screenshot${p.replace(/\//g, "_") || "_index"}${process.env.SUFFIX ?? ""}.png`;
  await page.screenshot({path: file, fullPage: true});
  console.log(file);
}
await env.close();
