/**
 * `npm run leaks -- /zh/risk /zh/data` : what on a Chinese page is still English. Prints, per page, the
 * catalogue's English texts shown (what test/browser/zh.test.ts fails on) and, for review, every other
 * rendered text with three or more English words in a row (texts the catalogue does not have yet).
 * Needs `npm run build`, or SITE_URL=http://127.0.0.1:3000 with `npm run dev` running.
 */
import {englishFragments, englishLeaks} from "../src/lib/i18n/index.js";
import {startBrowser} from "../test/browser/browser.js";
import {visibleTexts} from "../test/browser/visibleTexts.js";

const ENGLISH_RUN = /[A-Za-z]{2,}[,.;:]?\s+[A-Za-z]{2,}[,.;:]?\s+[A-Za-z]{2,}/;
const env = await startBrowser();
const fragments = englishFragments();
for (const path of process.argv.slice(2)) {
  const page = await env.browser.newPage();
  // tsx keeps function names with an __name helper that the page does not have (vitest does not add it)
  await page.addInitScript("globalThis.__name = (f) => f");
  await page.goto(env.base + path, {waitUntil: "networkidle"});
  await page.waitForTimeout(1000);
  const texts = await page.evaluate(visibleTexts);
  const leaks = englishLeaks(texts, fragments);
  const runs = [...new Set(texts.filter((s) => ENGLISH_RUN.test(s)).map((s) => s.trim().slice(0, 160)))];
  console.log(`# ${path}: ${leaks.length} catalogue text(s) in English, ${runs.length} other English text(s)`);
  for (const l of leaks) console.log(`  catalogue: ${JSON.stringify(l)}`);
  for (const r of runs) console.log(`  english:   ${r}`);
  await page.close();
}
await env.close();
