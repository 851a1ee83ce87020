/**
 * The text of a PDF that Chromium printed, for tests: Chromium (Skia) writes Type0 fonts with 2-byte glyph
 * ids and a ToUnicode CMap, and shows text with `<hex> Tj` and `[<hex> n <hex>] TJ`; this decodes those
 * through each page's fonts' CMaps (PDF 1.7, 9.10.3). Not a general PDF text extractor: enough to ask
 * whether a printed page holds a string.
 */
import {inflateSync} from "node:zlib";
import {PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject} from "pdf-lib";

function streamText(doc: PDFDocument, obj: PDFObject | undefined): string {
  const s = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (s instanceof PDFArray)
    return s
      .asArray()
      .map((o) => streamText(doc, o))
      .join("\n");
  if (!(s instanceof PDFRawStream)) return "";
  const filter = s.dict.get(PDFName.of("Filter"));
  const bytes = filter && filter.toString() === "/FlateDecode" ? inflateSync(s.contents) : Buffer.from(s.contents);
  return bytes.toString("latin1");
}

const hexToString = (hex: string) => {
  let out = "";
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
};

/** glyph id (4 hex digits) -> text, from a ToUnicode CMap's bfchar and bfrange sections. */
function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, src, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(src.toUpperCase().padStart(4, "0"), hexToString(dst));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const a = parseInt(lo, 16);
      const b = parseInt(hi, 16);
      const d = parseInt(dst, 16);
      for (let g = a; g <= b; g++) map.set(g.toString(16).toUpperCase().padStart(4, "0"), String.fromCharCode(d + g - a));
    }
  return map;
}

/**
 * Each page's text, in drawing order (runs joined by a space).
 * @param bytes a PDF as page.pdf() returns it
 */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const fonts = new Map<string, Map<string, string>>();
    const fontDict = page.node.Resources()?.lookup(PDFName.of("Font"));
    if (fontDict instanceof PDFDict)
      for (const [name, ref] of fontDict.entries()) {
        const font = doc.context.lookup(ref);
        if (font instanceof PDFDict) fonts.set(name.toString(), parseCMap(streamText(doc, font.get(PDFName.of("ToUnicode")))));
      }
    const content = streamText(doc, page.node.get(PDFName.of("Contents")));
    let cmap = new Map<string, string>();
    const runs: string[] = [];
    const decode = (hex: string) => (hex.toUpperCase().match(/.{4}/g) ?? []).map((g) => cmap.get(g) ?? "").join("");
    for (const m of content.matchAll(/(\/[^\s/]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[((?:<[0-9A-Fa-f]*>|[-\d.\s])*)\]\s*TJ/g)) {
      if (m[1]) cmap = fonts.get(m[1]) ?? new Map();
      else if (m[2] !== undefined) runs.push(decode(m[2]));
      else runs.push([...m[3].matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => decode(h[1])).join(""));
    }
    // NFKC: Chromium maps ligature glyphs to one character ("ﬀ"); readers and tests mean "ff".
    return runs.join(" ").normalize("NFKC");
  });
}
