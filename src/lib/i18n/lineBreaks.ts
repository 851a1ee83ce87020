/**
 * Chinese paragraphs written over several source lines: markdown turns each line break into a space, and
 * between two Chinese characters a space is a visible gap (Chinese sets no spaces between words). This
 * markdown-it rule drops a soft line break whose neighbours are both Chinese (Han characters or full-width
 * punctuation); a break next to a Latin word or a number stays a space.
 */

/** The part of markdown-it this needs (the config passes Framework's instance). */
interface MarkdownItLike {
  core: {ruler: {after(name: string, rule: string, fn: (state: {tokens: InlineToken[]}) => void): void}};
}
interface InlineToken {
  type: string;
  content: string;
  children: ChildToken[] | null;
}
interface ChildToken {
  type: string;
  content: string;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Whether a line break between two texts is dropped: the last character before it and the first after it
 * are both Chinese.
 * @example joinsWithoutSpace("风险值", "与预警区") // true
 * @example joinsWithoutSpace("风险值", "f = 0.3") // false
 */
export function joinsWithoutSpace(before: string, after: string): boolean {
  return CJK.test(before.slice(-1)) && CJK.test(after.charAt(0));
}

/**
 * A markdown-it plugin (in the config's `markdownIt`): soft breaks between Chinese characters become nothing.
 * Only breaks between two plain texts are looked at (an interpolation or markup beside a break keeps it).
 * @param md Framework's markdown-it instance
 */
export function chineseLineBreaks(md: MarkdownItLike): void {
  md.core.ruler.after("inline", "chinese_line_breaks", (state) => {
    for (const token of state.tokens) {
      const c = token.type === "inline" ? token.children : null;
      if (!c) continue;
      for (let i = 1; i < c.length - 1; i++)
        if (
          c[i].type === "softbreak" &&
          c[i - 1].type === "text" &&
          c[i + 1].type === "text" &&
          joinsWithoutSpace(c[i - 1].content, c[i + 1].content)
        )
          Object.assign(c[i], {type: "text", content: ""});
    }
  });
}
