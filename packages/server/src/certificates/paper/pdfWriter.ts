// A small PDF writer for documents laid out in advance (certificates, attestations): pages of
// positioned text runs and filled or stroked rectangles, fonts embedded as subsets of the
// glyphs used (Type0 / CIDFontType2, Identity-H, with a ToUnicode map so that the text can be
// searched, copied and read back), streams compressed. The same input gives the same bytes.
// Why not pdfmake: see trueType.ts; the product's general documents still go through
// platform/pdf/renderPdf.ts.
import { deflateSync } from 'node:zlib';
import type { TrueTypeFont } from './trueType.ts';

export type Rgb = readonly [number, number, number];
export type FontName = 'regular' | 'bold';
export type FontSet = Record<FontName, TrueTypeFont>;

export interface TextRun {
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  size: number;
  font: FontName;
  text: string;
  color?: Rgb;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: Rgb;
  stroke?: Rgb;
  lineWidth?: number;
}

/** Runs of filled cells of a square grid (a QR code): [column, row from the top, length]. */
export interface Grid {
  x: number;
  y: number;
  /** Width of the whole grid, in points. */
  size: number;
  cells: number;
  runs: Array<[number, number, number]>;
  fill: Rgb;
}

export interface Page {
  width: number;
  height: number;
  boxes: Box[];
  grids?: Grid[];
  texts: TextRun[];
}

export interface PdfInfo {
  title: string;
  author: string;
  subject?: string;
  /** Written as the creation date, so that rendering again gives the same bytes. */
  created: Date;
}

/** Width of `text` in points, without kerning (none of our layouts needs it). */
export function textWidth(font: TrueTypeFont, text: string, size: number): number {
  let units = 0;
  for (const char of text) units += font.advanceOf(font.glyphOf(char.codePointAt(0) ?? 0));
  return (units * size) / font.metrics.unitsPerEm;
}

const number = (value: number) => (Math.round(value * 100) / 100).toString();
const colour = (rgb: Rgb) => rgb.map((c) => number(c)).join(' ');

/** A PDF literal string (parentheses and backslashes escaped), in PDFDocEncoding or UTF-16. */
function literal(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const utf16 = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return `<${utf16.toString('hex')}>`;
}

function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

class ObjectList {
  readonly bodies: Buffer[] = [];
  add(body: string | Buffer): number {
    this.bodies.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return this.bodies.length;
  }
  /** Reserves a number for an object written later. */
  reserve(): number {
    this.bodies.push(Buffer.alloc(0));
    return this.bodies.length;
  }
  set(id: number, body: string | Buffer): void {
    this.bodies[id - 1] = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
  }
}

function stream(dictionary: string, data: Buffer): Buffer {
  const packed = deflateSync(data);
  return Buffer.concat([
    Buffer.from(
      `<< ${dictionary} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`,
      'latin1',
    ),
    packed,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

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
  for (const [glyph] of byNewId) widths.push(number(font.advanceOf(glyph) * scale));
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
    stream(`/Length1 ${file.length}`, file),
    latin(
      `<< /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [${metrics.bbox
        .map((v) => number(v * scale))
        .join(' ')}] /ItalicAngle ${number(metrics.italicAngle)} /Ascent ${number(
        metrics.ascent * scale,
      )} /Descent ${number(metrics.descent * scale)} /CapHeight ${number(
        metrics.capHeight * scale,
      )} /StemV 80 /FontFile2 ${fileId} 0 R >>`,
    ),
    latin(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptorId} 0 R /W [0 [${widths.join(
        ' ',
      )}]] /CIDToGIDMap /Identity >>`,
    ),
    stream('', toUnicodeMap(unicodeOf)),
    latin(
      `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cidFontId} 0 R] /ToUnicode ${unicodeId} 0 R >>`,
    ),
  ];
  return { firstId, bodies, newIds };
}

/** Embeds `font` for the characters of `texts` (at least those of French) as five objects. */
function embedFont(
  objects: ObjectList,
  font: TrueTypeFont,
  resource: string,
  texts: readonly string[],
): { resource: string; id: number; encode(text: string): string } {
  const firstId = objects.bodies.length + 1;
  const glyphs = glyphsOf(font, texts);
  const extra = glyphs.size - (frenchGlyphs.get(font)?.size ?? 0);
  const key = `${font.postScriptName}|${firstId}|${extra === 0 ? 'french' : [...glyphs.keys()].sort((a, b) => a - b).join(',')}`;
  let bundle = bundles.get(key);
  if (!bundle) {
    bundle = fontBundle(font, glyphs, firstId);
    if (bundles.size >= MAX_BUNDLES) bundles.delete(bundles.keys().next().value as string);
    bundles.set(key, bundle);
  }
  for (const body of bundle.bodies) objects.add(body);
  const { newIds } = bundle;
  return {
    resource,
    id: firstId + 4,
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

function pageContent(
  page: Page,
  fonts: Record<FontName, { resource: string; encode(text: string): string }>,
): Buffer {
  const ops: string[] = [];
  for (const box of page.boxes) {
    const rect = `${number(box.x)} ${number(box.y)} ${number(box.width)} ${number(box.height)} re`;
    if (box.fill) ops.push(`${colour(box.fill)} rg ${rect} f`);
    if (box.stroke) {
      ops.push(`${colour(box.stroke)} RG ${number(box.lineWidth ?? 1)} w ${rect} S`);
    }
  }
  for (const grid of page.grids ?? []) {
    // Drawn in cell units under a scaling, so that each run is a few integers.
    const cell = grid.size / grid.cells;
    const top = grid.cells;
    const runs = grid.runs.map(
      ([column, row, length]) => `${column} ${top - row - 1} ${length} 1 re`,
    );
    ops.push(
      `q ${colour(grid.fill)} rg ${number(cell)} 0 0 ${number(cell)} ${number(grid.x)} ${number(grid.y)} cm ${runs.join(' ')} f Q`,
    );
  }
  let current = '';
  for (const run of page.texts) {
    const font = fonts[run.font];
    const state = `${font.resource} ${number(run.size)} ${colour(run.color ?? [0, 0, 0])}`;
    const select =
      state === current
        ? ''
        : `/${font.resource} ${number(run.size)} Tf ${colour(run.color ?? [0, 0, 0])} rg `;
    current = state;
    ops.push(
      `BT ${select}1 0 0 1 ${number(run.x)} ${number(run.y)} Tm <${font.encode(run.text)}> Tj ET`,
    );
  }
  return Buffer.from(ops.join('\n'), 'latin1');
}

/** The PDF bytes of `pages`. */
export function writePdf(pages: readonly Page[], fonts: FontSet, info: PdfInfo): Buffer {
  const objects = new ObjectList();
  const catalogId = objects.reserve();
  const pagesId = objects.reserve();
  const infoId = objects.add(
    `<< /Title ${literal(info.title)} /Author ${literal(info.author)}${
      info.subject ? ` /Subject ${literal(info.subject)}` : ''
    } /Producer (Certeval) /CreationDate (${pdfDate(info.created)}) >>`,
  );
  const textsOf = (font: FontName) =>
    pages.flatMap((page) => page.texts.filter((t) => t.font === font).map((t) => t.text));
  const embedded = {
    regular: embedFont(objects, fonts.regular, 'F1', textsOf('regular')),
    bold: embedFont(objects, fonts.bold, 'F2', textsOf('bold')),
  };
  const fontResources = `/Font << /F1 ${embedded.regular.id} 0 R /F2 ${embedded.bold.id} 0 R >>`;
  const pageIds = pages.map((page) => {
    const contentId = objects.add(stream('', pageContent(page, embedded)));
    return objects.add(
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${number(page.width)} ${number(
        page.height,
      )}] /Resources << ${fontResources} >> /Contents ${contentId} 0 R >>`,
    );
  });
  objects.set(
    pagesId,
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`,
  );
  objects.set(catalogId, `<< /Type /Catalog /Pages ${pagesId} 0 R /Lang (fr-FR) >>`);
  return serialise(objects.bodies, catalogId, infoId);
}

function serialise(bodies: readonly Buffer[], rootId: number, infoId: number): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(offset);
    const head = Buffer.from(`${i + 1} 0 obj\n`, 'latin1');
    const tail = Buffer.from('\nendobj\n', 'latin1');
    parts.push(head, body, tail);
    offset += head.length + body.length + tail.length;
  });
  const xref = [
    'xref',
    `0 ${bodies.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${bodies.length + 1} /Root ${rootId} 0 R /Info ${infoId} 0 R >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}
