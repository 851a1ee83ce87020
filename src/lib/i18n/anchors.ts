/**
 * Readable heading anchors for Chinese headings. Framework slugs headings with @sindresorhus/slugify,
 * which drops Chinese characters, so a Chinese page's headings get the ids "", "-1", "-2"
 * (../shared/ENGINEERING.md). This markdown-it rule runs before markdown-it-anchor (which keeps an id
 * already set) and gives each heading with Chinese text an id made of its own words.
 */

/** The part of markdown-it this needs (the config passes Framework's instance). */
interface MarkdownItLike {
  core: {ruler: {before(name: string, rule: string, fn: (state: {tokens: TokenLike[]}) => void): void}};
}
interface TokenLike {
  type: string;
  content: string;
  attrGet(name: string): string | null;
  attrSet(name: string, value: string): void;
}

const HAN = /\p{Script=Han}/u;

/**
 * The id of a heading with Chinese text: its letters and digits (any script) joined by "-", everything
 * else dropped; "" when the heading has no Chinese (Framework's own slug applies then).
 * @example headingSlug("从申报自身字段检查（17 个指标）") // "从申报自身字段检查-17-个指标"
 */
export function headingSlug(text: string): string {
  if (!HAN.test(text)) return "";
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A markdown-it plugin (`markdownIt: (md) => md.use(chineseAnchors)` in the config): ids for Chinese
 * headings, made unique within the page with "-2", "-3".
 * @param md Framework's markdown-it instance (markdown-it-anchor already registered as "anchor")
 */
export function chineseAnchors(md: MarkdownItLike): void {
  md.core.ruler.before("anchor", "chinese_anchors", (state) => {
    const seen = new Map<string, number>();
    state.tokens.forEach((token, i) => {
      if (token.type !== "heading_open" || token.attrGet("id") !== null) return;
      const slug = headingSlug(state.tokens[i + 1]?.content ?? "");
      if (!slug) return;
      const n = (seen.get(slug) ?? 0) + 1;
      seen.set(slug, n);
      token.attrSet("id", n === 1 ? slug : `${slug}-${n}`);
    });
  });
}
