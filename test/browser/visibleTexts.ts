/** What a reader of a page meets as text, collected in the page (zh.test.ts, scripts/leaks.ts). */

/**
 * In the page: every text a reader meets, one string per text node that is rendered, plus aria-labels,
 * tooltips (title attributes, SVG <title>), placeholders and the pager's CSS labels. Left out: code, and what is marked
 * lang="en" on purpose (the glossary's English column, the English paper's title).
 */
export function visibleTexts(): string[] {
  const out: string[] = [];
  const skip = (el: Element | null) => !el || el.closest('code, pre, script, style, [lang="en"]') !== null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (skip(el) || !n.textContent?.trim()) continue;
    if (el!.closest("svg title") || el!.checkVisibility()) out.push(n.textContent);
  }
  for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder]")) {
    if (skip(el) || !(el.checkVisibility() || el.closest("svg"))) continue;
    for (const a of ["aria-label", "title", "placeholder"]) if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
  }
  // the pager's "Previous page" / "Next page" are CSS content, not text nodes
  for (const a of document.querySelectorAll("#observablehq-footer nav a")) {
    const content = getComputedStyle(a, "::before").content;
    if (content.startsWith('"')) out.push(JSON.parse(content) as string);
  }
  return out;
}
