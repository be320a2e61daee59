// Fonts embedded in certificate PDFs as subsets (Type0 / CIDFontType2, Identity-H, with a
// ToUnicode map so that the text can be searched, copied and read back by pdf.js).
import { pdfNumber, pdfStream } from './pdfSyntax.ts';
import type { TrueTypeFont } from './trueType.ts';

function toUnicodeMap(unicodeOf: Map<number, number>): Buffer {
  const entries = [...unicodeOf].sort((a, b) => a[0] - b[0]);
  const lines: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    for (const [glyph, codePoint] of chunk) {
      const hex = Buffer.from(String.fromCodePoint(codePoint), 'utf16le').swap16().toString('hex');
      lines.push(`<${glyph.toString(16).padStart(4, '0')}> <${hex}>`);
    }
    lines.push('endbfchar');
  }
  return Buffer.from(
    [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <ffff>',
      'endcodespacerange',
      ...lines,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n'),
    'latin1',
  );
}

// Every document embeds at least the glyphs of written French (letters, digits, accents,
// punctuation), so that documents differ only by their text and share one subset, built and
// compressed once per process; a character outside it (a Polish or Turkish name) makes a
// subset of its own, kept as well.
const FRENCH = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...'ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸàâäçéèêëîïôöùûüÿŒœÆæ«»’‘“”–—…•°€№\u00a0\u202f',
].join('');

interface FontBundle {
  firstId: number;
  bodies: Buffer[];
  newIds: Map<number, number>;
}

const bundles = new Map<string, FontBundle>();
const MAX_BUNDLES = 64;

const frenchGlyphs = new WeakMap<TrueTypeFont, Map<number, number>>();

function glyphsOf(font: TrueTypeFont, texts: readonly string[]): Map<number, number> {
  let base = frenchGlyphs.get(font);
  if (!base) {
    base = new Map();
    for (const char of FRENCH) {
      const codePoint = char.codePointAt(0) ?? 0;
      const glyph = font.glyphOf(codePoint);
      if (glyph !== 0 && !base.has(glyph)) base.set(glyph, codePoint);
    }
    frenchGlyphs.set(font, base);
  }
  // Most documents are written in French only: the base set itself, not a copy.
  let glyphs = base;
  for (const text of texts) {
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      const glyph = font.glyphOf(codePoint);
      if (glyph === 0 || glyphs.has(glyph)) continue;
      if (glyphs === base) glyphs = new Map(base);
      glyphs.set(glyph, codePoint);
    }
  }
  return glyphs;
}

/** The five objects of a subset of `font` holding `glyphs`, numbered from `firstId`. */
function fontBundle(font: TrueTypeFont, glyphs: Map<number, number>, firstId: number): FontBundle {
  const { file, newIds } = font.subset(glyphs.keys());
  const unicodeOf = new Map<number, number>();
  for (const [glyph, codePoint] of glyphs) unicodeOf.set(newIds.get(glyph) ?? 0, codePoint);
  const { metrics } = font;
  const scale = 1000 / metrics.unitsPerEm;
  const widths: string[] = [];
  const byNewId = [...newIds].sort((a, b) => a[1] - b[1]);
  for (const [glyph] of byNewId) widths.push(pdfNumber(font.advanceOf(glyph) * scale));
  // A subset's name is tagged with six capital letters (ISO 32000, 9.6.4): derived from its
  // glyphs, so that the same text gives the same bytes.
  const tag = [...newIds.keys()]
    .reduce((hash, glyph) => (Math.imul(hash, 31) + glyph) >>> 0, 7)
    .toString(26)
    .toUpperCase()
    .replace(/[0-9]/g, (d) => String.fromCharCode(65 + Number(d)))
    .padStart(6, 'Q')
    .slice(-6);
  const name = `${tag}+${font.postScriptName}`;
  const [fileId, descriptorId, cidFontId, unicodeId] = [0, 1, 2, 3].map((k) => firstId + k);
  const latin = (text: string) => Buffer.from(text, 'latin1');
  const bodies = [
    pdfStream(`/Length1 ${file.length}`, file),
    latin(
      `<< /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [${metrics.bbox
        .map((v) => pdfNumber(v * scale))
        .join(' ')}] /ItalicAngle ${pdfNumber(metrics.italicAngle)} /Ascent ${pdfNumber(
        metrics.ascent * scale,
      )} /Descent ${pdfNumber(metrics.descent * scale)} /CapHeight ${pdfNumber(
        metrics.capHeight * scale,
      )} /StemV 80 /FontFile2 ${fileId} 0 R >>`,
    ),
    latin(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptorId} 0 R /W [0 [${widths.join(
        ' ',
      )}]] /CIDToGIDMap /Identity >>`,
    ),
    pdfStream('', toUnicodeMap(unicodeOf)),
    latin(
      `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cidFontId} 0 R] /ToUnicode ${unicodeId} 0 R >>`,
    ),
  ];
  return { firstId, bodies, newIds };
}

export interface EmbeddedFont {
  /** The five objects, to be numbered from the `firstId` given; the font is the last one. */
  bodies: Buffer[];
  /** The text as the hexadecimal glyph ids of the subset. */
  encode(text: string): string;
}

/** Embeds `font` for the characters of `texts` (at least those of French) as five objects. */
export function embedFont(
  font: TrueTypeFont,
  firstId: number,
  texts: readonly string[],
): EmbeddedFont {
  const glyphs = glyphsOf(font, texts);
  const extra = glyphs.size - (frenchGlyphs.get(font)?.size ?? 0);
  const key = `${font.postScriptName}|${firstId}|${extra === 0 ? 'french' : [...glyphs.keys()].sort((a, b) => a - b).join(',')}`;
  let bundle = bundles.get(key);
  if (!bundle) {
    bundle = fontBundle(font, glyphs, firstId);
    if (bundles.size >= MAX_BUNDLES) bundles.delete(bundles.keys().next().value as string);
    bundles.set(key, bundle);
  }
  const { newIds } = bundle;
  return {
    bodies: bundle.bodies,
    encode(text) {
      let hex = '';
      for (const char of text) {
        const glyph = font.glyphOf(char.codePointAt(0) ?? 0);
        hex += (newIds.get(glyph) ?? 0).toString(16).padStart(4, '0');
      }
      return hex;
    },
  };
}
