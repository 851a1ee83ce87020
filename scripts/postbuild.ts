/**
 * After `observable build`: accessibility fixes to Framework's own page shell that its config cannot
 * express (checked by axe-core in the browser tests): a `lang` on <html> (zh-CN under /zh/), an
 * accessible name for the sidebar toggle, the sidebar's close label moved out of its <ol>, and a viewport
 * that lets readers zoom (Framework's sets maximum-scale=1).
 * Fails loudly if Framework's markup changed so a fix no longer applies.
 *
 * scripts/build.ts calls {@link postbuild} on the temporary output before it replaces dist/; run alone
 * (`tsx scripts/postbuild.ts [dir]`) it fixes dist/ or the folder given.
 */
import {readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join, relative, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {PROJECT_ROOT} from "../loaders/dataset.js";

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
 * Apply the page-shell fixes to every HTML file under `dir`, in place.
 * @param dir a built site (Framework's output folder)
 * @throws {Error} naming the file and the fix when Framework's markup no longer matches
 */
export function postbuild(dir: string): void {
  for (const file of htmlFiles(dir)) {
    const rel = relative(dir, file);
    const lang = rel.split(sep)[0] === "zh" ? "zh-CN" : "en";
    let html = readFileSync(file, "utf8");
    html = replaceOnce(html, /<html>/, `<html lang="${lang}">`, rel, "html lang");
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
        '<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar" aria-label="Toggle sidebar">',
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
    writeFileSync(file, html);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  postbuild(resolve(process.argv[2] ?? join(PROJECT_ROOT, "dist")));
}
