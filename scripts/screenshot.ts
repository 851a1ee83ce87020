/**
 * `npm run screenshot -- /data /` : full-page PNGs of built pages into /tmp (for looking at a page
 * before calling it done). Needs `npm run build` first. WIDTH and HEIGHT set the viewport (1280 x 900),
 * FULL=0 keeps the shot to the viewport (e.g. a projector's 1280 x 720), SUFFIX is added to file names.
 */
import {startBrowser} from "../test/browser/browser.js";

const env = await startBrowser();
const width = Number(process.env.WIDTH ?? 1280);
const height = Number(process.env.HEIGHT ?? 900);
const page = await env.browser.newPage({viewport: {width, height}});
for (const p of process.argv.slice(2)) {
  await page.goto(env.base + p, {waitUntil: "networkidle"});
  await page.waitForTimeout(1000);
  const file = `/tmp/screenshot${p.replace(/\//g, "_") || "_index"}${process.env.SUFFIX ?? ""}.png`;
  await page.screenshot({path: file, fullPage: process.env.FULL !== "0"});
  console.log(file);
}
await env.close();
