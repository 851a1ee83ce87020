/**
 * The layout of an exported figure: a chart's pieces (title and caption text, colour-legend swatches, the
 * chart's SVG graphics) stacked top to bottom in one SVG as wide as the widest graphic, text wrapped to
 * that width. Pure: text widths come from a `measure` function (a canvas in the browser, a stub in tests),
 * so `src/components/download.ts` only reads the DOM and draws what this module places.
 */

/** A font as the page computed it. */
export interface Font {
  family: string;
  /** Size in px. */
  size: number;
  weight?: string;
  color?: string;
}

/** Width in px of `text` set in `font`. */
export type Measure = (text: string, font: Font) => number;

/** One swatch of a legend: its graphic's size and its label. */
export interface SwatchItem {
  width: number;
  height: number;
  label: string;
}

/** A piece of a figure, in reading order. */
export type FigurePiece =
  | {kind: "graphic"; width: number; height: number}
  | {kind: "text"; text: string; font: Font}
  | {kind: "swatches"; items: readonly SwatchItem[]; font: Font};

/** A line of text; `y` is its baseline. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
}

/** A swatch's box and its label's start and baseline. */
export interface PlacedSwatch {
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
  labelY: number;
}

/** Where a piece goes; `piece` is its index in the input. */
export type Placement =
  | {kind: "graphic"; piece: number; x: number; y: number; width: number; height: number}
  | {kind: "text"; piece: number; lines: PlacedLine[]}
  | {kind: "swatches"; piece: number; swatches: PlacedSwatch[]};

/** The whole figure: its size and every piece's place. */
export interface FigureLayout {
  width: number;
  height: number;
  placements: Placement[];
}

/** Options of {@link layoutFigure}. */
export interface LayoutOptions {
  measure: Measure;
  /** Figure width; default the widest graphic's. */
  width?: number;
  /** Vertical space between pieces (px). */
  gap?: number;
  /** Line height as a multiple of the font size. */
  lineHeight?: number;
  /** Margin around the whole figure (px), room for labels a graphic draws past its edge. */
  padding?: number;
}

/**
 * Greedy word wrap: whitespace collapsed as HTML does, words added to a line while it fits in `width`;
 * a word wider than `width` gets a line of its own (never cut).
 * @example wrapText("a bb ccc", 4, (s) => s.length, font) // ["a bb", "ccc"]
 */
export function wrapText(text: string, width: number, measure: Measure, font: Font): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, font) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

// Baseline of a line centred in a box: 0.32 em below the centre, the offset Plot uses for centred text.
const baseline = (top: number, box: number, size: number) => top + box / 2 + 0.32 * size;

/**
 * Stack a figure's pieces top to bottom, left-aligned, in a figure as wide as its widest graphic (so the
 * export has the chart's width, never a legend swatch's) plus `padding` on each side. Text wraps to that width; legend swatches flow in
 * rows as Plot's wrapping legend lays them out (swatch, 0.5 em, label, 1 em to the next).
 * @param pieces in reading order (title, legend, chart, caption)
 * @returns the figure's size and each piece's placement, in input order; empty text pieces are left out
 * @throws if there is no graphic and no `width`, or a size is not a positive finite number
 * @example layoutFigure([{kind: "graphic", width: 640, height: 400}], {measure}).height // 400
 */
export function layoutFigure(pieces: readonly FigurePiece[], options: LayoutOptions): FigureLayout {
  const {measure, gap = 8, lineHeight = 1.35, padding = 0} = options;
  const graphics = pieces.filter((p) => p.kind === "graphic");
  for (const g of graphics) {
    if (!(g.width > 0 && g.height > 0 && Number.isFinite(g.width) && Number.isFinite(g.height))) {
      throw new Error(`layoutFigure: a graphic has size ${g.width} × ${g.height}`);
    }
  }
  const width = options.width ?? (graphics.length ? Math.max(...graphics.map((g) => g.width)) : NaN);
  if (!(width > 0)) throw new Error("layoutFigure: no graphic to take the width from, and no width given");

  const placements: Placement[] = [];
  const x0 = padding;
  let y = padding;
  const advance = (height: number) => {
    y += height + gap;
  };
  pieces.forEach((p, piece) => {
    if (p.kind === "graphic") {
      placements.push({kind: "graphic", piece, x: x0, y, width: p.width, height: p.height});
      advance(p.height);
    } else if (p.kind === "text") {
      const box = p.font.size * lineHeight;
      const lines = wrapText(p.text, width, measure, p.font).map((text, i) => ({text, x: x0, y: baseline(y + i * box, box, p.font.size)}));
      if (!lines.length) return;
      placements.push({kind: "text", piece, lines});
      advance(lines.length * box);
    } else {
      if (!p.items.length) return;
      const em = p.font.size;
      const row = Math.max(em * lineHeight, ...p.items.map((s) => s.height));
      const swatches: PlacedSwatch[] = [];
      let x = 0,
        top = y;
      for (const s of p.items) {
        const w = s.width + 0.5 * em + measure(s.label, p.font);
        if (x > 0 && x + w > width) {
          x = 0;
          top += row;
        }
        swatches.push({
          x: x0 + x,
          y: top + (row - s.height) / 2,
          width: s.width,
          height: s.height,
          labelX: x0 + x + s.width + 0.5 * em,
          labelY: baseline(top, row, em)
        });
        x += w + em;
      }
      placements.push({kind: "swatches", piece, swatches});
      advance(top + row - y);
    }
  });
  const content = y > padding ? y - gap - padding : 0;
  return {width: width + 2 * padding, height: content + 2 * padding, placements};
}
