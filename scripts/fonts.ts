/**
 * The self-hosted Chinese font (issue 16): copies @fontsource/noto-sans-sc's regular and bold
 * stylesheets and their woff2 subsets into src/fonts/noto-sans-sc/ (git-ignored), before the build.
 * Framework cannot bundle a stylesheet with local url()s (issue #1573, ../shared/ENGINEERING.md), so the
 * config lists these files in `dynamicPaths` (copied as they are) and Chinese pages link the stylesheet
 * with rel="stylesheet external" (src/lib/report/pageShell.ts). The woff fallbacks are dropped: every browser
 * the report supports reads woff2. Each subset covers a unicode-range, so a page downloads only the
 * subsets its characters need.
 *
 * KaTeX's stylesheet and fonts go the same way into src/fonts/katex/ ({@link copyKatex}): formulas render
 * with KaTeX's HTML (MathML alone sets radicals and hats awkwardly in Chromium), the MathML kept for
 * screen readers.
 *
 * `tsx scripts/fonts.ts` runs it alone (scripts/build.ts calls {@link copyFonts} and {@link copyKatex}).
 */
import {copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {PROJECT_ROOT} from "../loaders/dataset.js";

/** The weights copied: body text and bold (headings, <b>). */
export const FONT_WEIGHTS = [400, 700] as const;

/**
 * Copy the font into `<root>/src/fonts/noto-sans-sc/`: one stylesheet (the weights' @font-face rules,
 * woff2 only) and the woff2 files it names.
 * @param root the project root
 * @returns the number of font files copied
 * @throws {Error} naming the file when the package or a subset it names is missing (npm ci first)
 */
export function copyFonts(root: string = PROJECT_ROOT): number {
  const pkg = join(root, "node_modules", "@fontsource", "noto-sans-sc");
  const out = join(root, "src", "fonts", "noto-sans-sc");
  rmSync(out, {recursive: true, force: true});
  mkdirSync(join(out, "files"), {recursive: true});
  const css: string[] = [];
  const files = new Set<string>();
  for (const weight of FONT_WEIGHTS) {
    const source = join(pkg, `${weight}.css`);
    if (!existsSync(source)) throw new Error(`fonts: ${source} is missing (is @fontsource/noto-sans-sc installed?)`);
    const text = readFileSync(source, "utf8").replace(/,\s*url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, "");
    for (const m of text.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)) files.add(m[1]);
    css.push(text);
  }
  for (const f of files) {
    const from = join(pkg, "files", f);
    if (!existsSync(from)) throw new Error(`fonts: ${from} is missing (named in the package's stylesheet)`);
    copyFileSync(from, join(out, "files", f));
  }
  writeFileSync(join(out, "noto-sans-sc.css"), `/* @fontsource/noto-sans-sc, copied by scripts/fonts.ts */\n${css.join("\n")}`);
  return files.size;
}

/**
 * Copy KaTeX's stylesheet (woff2 only) and the woff2 fonts it names into `<root>/src/fonts/katex/`.
 * @param root the project root
 * @returns the number of font files copied
 * @throws {Error} naming the file when katex or a font it names is missing (npm ci first)
 */
export function copyKatex(root: string = PROJECT_ROOT): number {
  const pkg = join(root, "node_modules", "katex", "dist");
  const out = join(root, "src", "fonts", "katex");
  const source = join(pkg, "katex.min.css");
  if (!existsSync(source)) throw new Error(`fonts: ${source} is missing (is katex installed?)`);
  rmSync(out, {recursive: true, force: true});
  mkdirSync(join(out, "fonts"), {recursive: true});
  const css = readFileSync(source, "utf8").replace(/,url\(fonts\/[^)]+\.(woff|ttf)\) format\("(woff|truetype)"\)/g, "");
  const files = new Set([...css.matchAll(/url\(fonts\/([^)]+\.woff2)\)/g)].map((m) => m[1]));
  for (const f of files) {
    const from = join(pkg, "fonts", f);
    if (!existsSync(from)) throw new Error(`fonts: ${from} is missing (named in KaTeX's stylesheet)`);
    copyFileSync(from, join(out, "fonts", f));
  }
  writeFileSync(join(out, "katex.css"), `/* katex/dist/katex.min.css, copied by scripts/fonts.ts */\n${css}`);
  return files.size;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`fonts: ${copyFonts()} woff2 files in src/fonts/noto-sans-sc/, ${copyKatex()} in src/fonts/katex/`);
}
