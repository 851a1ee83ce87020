/**
 * After `observable build`: accessibility fixes to Framework's own page shell that its config cannot
 * express (checked by axe-core in the browser tests): a `lang` on <html> (zh-CN under /zh/), an
 * accessible name for the sidebar toggle, the sidebar's close label moved out of its <ol>, and a viewport
 * that lets readers zoom (Framework's sets maximum-scale=1); and one time stamp for every registered file,
 * so a rebuild of the same commit gives the same pages.
 * Fails loudly if Framework's markup changed so a fix no longer applies.
 *
 * scripts/build.ts calls {@link postbuild} on the temporary output before it replaces dist/; run alone
 * (`tsx scripts/postbuild.ts [dir]`) it fixes dist/ or the folder given.
 */
import {execFileSync} from "node:child_process";
import {readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join, relative, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {PROJECT_ROOT} from "../loaders/dataset.js";
import {t} from "../src/lib/i18n/catalogue.js";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith(".html") ? [p] : [];
  });
}

function replaceOnce(text: string, from: RegExp, to: string, file: string, what: string): string {
  if (!from.test(text)) throw new Error(`postbuild: ${file}: cannot apply "${what}" (Framework's markup changed?)`);
  return text.replace(from, to);
}

/**
 * Framework stamps each registered file with its loader output's modification time, so two builds of the
 * same commit differ: pin every stamp to one time (the commit's), and the pages are the same bytes.
 * @param html a page
 * @param ms the time to write, in milliseconds since 1970
 * @example pinLastModified('{"lastModified":1796232470164,"size":1}', 0) // '{"lastModified":0,"size":1}'
 */
export function pinLastModified(html: string, ms: number): string {
  return html.replace(/"lastModified":\d+/g, `"lastModified":${Math.trunc(ms)}`);
}

/** The commit's time in ms (git), SOURCE_DATE_EPOCH's if set, else 0: what the build stamps its files with. */
export function buildTime(): number {
  if (process.env.SOURCE_DATE_EPOCH) return 1000 * Number(process.env.SOURCE_DATE_EPOCH);
  try {
    return 1000 * Number(execFileSync("git", ["log", "-1", "--format=%ct"], {cwd: PROJECT_ROOT, encoding: "utf8"}).trim());
  } catch {
    return 0;
  }
}

/**
 * Apply the page-shell fixes to every HTML file under `dir`, in place.
 * @param dir a built site (Framework's output folder)
 * @param lastModified the time every registered file is stamped with ({@link pinLastModified})
 * @throws {Error} naming the file and the fix when Framework's markup no longer matches
 */
export function postbuild(dir: string, lastModified = buildTime()): void {
  for (const file of htmlFiles(dir)) {
    const rel = relative(dir, file);
    const lang = rel.split(sep)[0] === "zh" ? "zh-CN" : "en";
    let html = readFileSync(file, "utf8");
    html = replaceOnce(html, /<html>/, `<html lang="${lang}">`, rel, "html lang");
    // Framework appends the one site title to every page's <title>: a Chinese page gets the Chinese one.
    const site = escapeHtml(t("en", "site.title"));
    if (lang === "zh-CN" && html.includes(` | ${site}</title>`))
      html = html.replace(` | ${site}</title>`, ` | ${escapeHtml(t("zh", "site.title"))}</title>`);
    const toggle = escapeHtml(t(lang === "zh-CN" ? "zh" : "en", "sidebar.toggle"));
    html = replaceOnce(
      html,
      /<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">/,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      rel,
      "zoomable viewport"
    );
    if (html.includes('id="observablehq-sidebar-toggle"')) {
      html = replaceOnce(
        html,
        /<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">/,
        `<input id="observablehq-sidebar-toggle" type="checkbox" title="${toggle}" aria-label="${toggle}">`,
        rel,
        "sidebar toggle name"
      );
      html = replaceOnce(
        html,
        /<ol>\s*<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>/,
        '<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>\n  <ol>',
        rel,
        "sidebar close label"
      );
    }
    writeFileSync(file, pinLastModified(html, lastModified));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  postbuild(resolve(process.argv[2] ?? join(PROJECT_ROOT, "dist")));
}
