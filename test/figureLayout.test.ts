import {describe, expect, test} from "vitest";
import {layoutFigure, wrapText, type FigurePiece, type Font, type Measure} from "../src/lib/report/figureLayout.js";

// A monospace stub: every character is half the font size wide (computed by hand below).
const measure: Measure = (text, font) => text.length * font.size * 0.5;
const font: Font = {family: "sans-serif", size: 10};

describe("wrapText", () => {
  test("fills lines greedily and collapses whitespace", () => {
    expect(wrapText("a bb  ccc\n dd", 4, (s) => s.length, font)).toEqual(["a bb", "ccc", "dd"]);
  });
  test("a word wider than the line is kept whole on its own line", () => {
    expect(wrapText("x abcdefgh y", 3, (s) => s.length, font)).toEqual(["x", "abcdefgh", "y"]);
  });
  test("empty text gives no lines", () => {
    expect(wrapText("  \n ", 10, (s) => s.length, font)).toEqual([]);
  });
  test("no line is wider than the width unless it is one word", () => {
    const text = "Inspecting the riskiest 5% of the test months: the share of inspections that find fraud, on all test declarations";
    for (const width of [60, 120, 300]) {
      const lines = wrapText(text, width, measure, font);
      expect(lines.join(" ")).toBe(text);
      for (const line of lines) expect(measure(line, font) <= width || !line.includes(" ")).toBe(true);
    }
  });
});

describe("layoutFigure", () => {
  const chart: FigurePiece = {kind: "graphic", width: 640, height: 300};
  const legend: FigurePiece = {
    kind: "swatches",
    font,
    items: [
      {width: 15, height: 15, label: "all test declarations"},
      {width: 15, height: 15, label: "novel declarations"}
    ]
  };
  const caption: FigurePiece = {kind: "text", font: {...font, size: 12}, text: "word ".repeat(200).trim()};

  test("the figure has the chart's width, not a swatch's, and stacks legend, chart and caption", () => {
    const l = layoutFigure([legend, chart, caption], {measure, gap: 8, lineHeight: 1.5});
    expect(l.width).toBe(640);
    const [sw, g, t] = l.placements;
    expect(sw.kind).toBe("swatches");
    // row height max(15, 10 × 1.5) = 15; the chart starts one gap below it
    expect(g).toEqual({kind: "graphic", piece: 1, x: 0, y: 15 + 8, width: 640, height: 300});
    if (t.kind !== "text") throw new Error("expected text");
    // n words of "word" at 6 px a character take 30n − 6 px: 21 fit in 640 px
    const perLine = 21;
    expect(t.lines.length).toBe(Math.ceil(200 / perLine));
    expect(t.lines[0].y).toBeGreaterThan(23 + 300 + 8);
    expect(l.height).toBeCloseTo(15 + 8 + 300 + 8 + t.lines.length * 18, 9);
  });

  test("swatches flow left to right: swatch, half an em, label, one em to the next", () => {
    const l = layoutFigure([legend, chart], {measure});
    const p = l.placements[0];
    if (p.kind !== "swatches") throw new Error("expected swatches");
    const [a, b] = p.swatches;
    expect(a.x).toBe(0);
    expect(a.labelX).toBe(15 + 5);
    expect(b.x).toBe(15 + 5 + measure("all test declarations", font) + 10);
    expect(b.y).toBe(a.y);
  });

  test("swatches wrap onto a new row when the figure is too narrow", () => {
    const l = layoutFigure([legend, {kind: "graphic", width: 150, height: 100}], {measure});
    const p = l.placements[0];
    if (p.kind !== "swatches") throw new Error("expected swatches");
    expect(p.swatches[1].x).toBe(0);
    expect(p.swatches[1].y).toBeGreaterThan(p.swatches[0].y);
    // the chart sits below both rows
    const g = l.placements[1];
    if (g.kind !== "graphic") throw new Error("expected graphic");
    expect(g.y).toBeGreaterThanOrEqual(p.swatches[1].y + 15);
  });

  test("padding surrounds the content: the same layout, shifted, and the figure larger by twice the padding", () => {
    const pieces = [legend, chart, caption];
    const plain = layoutFigure(pieces, {measure});
    const padded = layoutFigure(pieces, {measure, padding: 12});
    expect(padded.width).toBe(plain.width + 24);
    expect(padded.height).toBeCloseTo(plain.height + 24, 9);
    const g = (l: typeof plain) => l.placements.find((p) => p.kind === "graphic")!;
    expect(g(padded)).toMatchObject({x: 12, y: (g(plain) as {y: number}).y + 12});
    const t = (l: typeof plain) => l.placements.find((p) => p.kind === "text") as {lines: {text: string; x: number; y: number}[]};
    expect(t(padded).lines.map((line) => line.text)).toEqual(t(plain).lines.map((line) => line.text));
    expect(t(padded).lines[0].x).toBe(12);
  });

  test("every placement stays inside the figure", () => {
    const l = layoutFigure(
      [{kind: "text", font: {...font, size: 16}, text: "A title"}, legend, chart, {kind: "graphic", width: 240, height: 50}, caption],
      {measure}
    );
    for (const p of l.placements) {
      if (p.kind === "graphic") expect(p.y + p.height).toBeLessThanOrEqual(l.height);
      if (p.kind === "text") for (const line of p.lines) expect(line.y).toBeLessThanOrEqual(l.height);
      if (p.kind === "swatches") for (const s of p.swatches) expect(s.x + s.width).toBeLessThanOrEqual(l.width);
    }
  });

  test("empty text and empty legends take no space; a lone graphic is the figure", () => {
    const l = layoutFigure([{kind: "text", font, text: " "}, {kind: "swatches", font, items: []}, chart], {measure});
    expect(l.placements).toEqual([{kind: "graphic", piece: 2, x: 0, y: 0, width: 640, height: 300}]);
    expect(l).toMatchObject({width: 640, height: 300});
  });

  test("does not mutate its input", () => {
    const pieces = [legend, chart, caption];
    const copy = structuredClone(pieces);
    layoutFigure(pieces, {measure});
    expect(pieces).toEqual(copy);
  });

  test("errors name the function and the problem", () => {
    expect(() => layoutFigure([caption], {measure})).toThrow("layoutFigure: no graphic to take the width from");
    expect(() => layoutFigure([{kind: "graphic", width: 0, height: 10}], {measure})).toThrow("layoutFigure: a graphic has size 0 × 10");
    expect(layoutFigure([caption], {measure, width: 300}).width).toBe(300);
  });
});
