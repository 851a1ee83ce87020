/**
 * Chinese paragraphs over several source lines (src/lib/i18n/lineBreaks.ts), through markdown-it, the parser
 * Framework uses: no gap between two Chinese characters, a space kept beside Latin text and numbers.
 */
import MarkdownIt from "markdown-it";
import {expect, test} from "vitest";
import {chineseLineBreaks, joinsWithoutSpace} from "../src/lib/i18n/lineBreaks.js";

const md = new MarkdownIt();
chineseLineBreaks(md);

test("a break between Chinese characters or full-width punctuation is dropped", () => {
  expect(md.render("风险值\n与预警区")).toBe("<p>风险值与预警区</p>\n");
  expect(md.render("见下表，\n其中")).toBe("<p>见下表，其中</p>\n");
});

test("a break beside Latin text, a number or markup stays a line break (shown as a space)", () => {
  expect(md.render("风险值\nf = 0.3")).toBe("<p>风险值\nf = 0.3</p>\n");
  expect(md.render("BP network\n神经网络")).toBe("<p>BP network\n神经网络</p>\n");
  expect(md.render("**风险**\n值")).toBe("<p><strong>风险</strong>\n值</p>\n");
  expect(new MarkdownIt().render("风险值\n与预警区")).toBe("<p>风险值\n与预警区</p>\n"); // without the rule
});

test("joinsWithoutSpace looks at the two characters beside the break", () => {
  expect(joinsWithoutSpace("。", "（")).toBe(true);
  expect(joinsWithoutSpace("5", "条")).toBe(false);
  expect(joinsWithoutSpace("", "条")).toBe(false);
});
