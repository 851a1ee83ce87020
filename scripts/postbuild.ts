/**
 * After `observable build`: accessibility fixes to Framework's own page shell that its config cannot
 * express (checked by axe-core in the browser tests): a `lang` on <html> (zh-CN under /zh/), an
 * accessible name for the sidebar toggle, the sidebar's close label moved out of its <ol>, and a viewport
 * that lets readers zoom (Framework's sets maximum-scale=1).
 * Fails loudly if Framework's markup changed so a fix no longer applies.
 */
import {readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join, relative, sep} from "node:path";
import {PROJECT_ROOT} from "../loaders/dataset.js";

const DIST = join(PROJECT_ROOT, "dist");

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

for (const file of htmlFiles(DIST)) {
  const rel = relative(DIST, file);
  const lang = rel.split(sep)[0] === "zh" ? "zh-CN" : "en";
  let html = readFileSync(file, "utf8");
  html = replaceOnce(html, /<html>/, `<html lang="${lang}">`, rel, "html lang");
  html = replaceOnce(html, /<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">/,
    '<meta name="viewport" content="width=device-width, initial-scale=1">', rel, "zoomable viewport");
  if (html.includes('id="observablehq-sidebar-toggle"')) {
    html = replaceOnce(html, /<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">/,
      '<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar" aria-label="Toggle sidebar">', rel, "sidebar toggle name");
    html = replaceOnce(html, /<ol>\s*<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>/,
      '<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>\n  <ol>', rel, "sidebar close label");
  }
  writeFileSync(file, html);
}
