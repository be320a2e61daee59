// A small PDF writer for documents laid out in advance (certificates, attestations): pages of
// positioned text runs, filled or stroked rectangles and cell grids (QR codes), fonts embedded
// as subsets (embeddedFont.ts), streams compressed. The same input gives the same bytes.
// Why not pdfmake: see trueType.ts; the product's general documents still go through
// platform/pdf/renderPdf.ts.
import { embedFont } from './embeddedFont.ts';
import { pdfNumber, pdfStream } from './pdfSyntax.ts';
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

const number = pdfNumber;
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
  const embed = (font: FontName, resource: string) => {
    const embedded = embedFont(fonts[font], objects.bodies.length + 1, textsOf(font));
    const ids = embedded.bodies.map((body) => objects.add(body));
    return { ...embedded, resource, id: ids.at(-1) as number };
  };
  const embedded = { regular: embed('regular', 'F1'), bold: embed('bold', 'F2') };
  const fontResources = `/Font << /F1 ${embedded.regular.id} 0 R /F2 ${embedded.bold.id} 0 R >>`;
  const pageIds = pages.map((page) => {
    const contentId = objects.add(pdfStream('', pageContent(page, embedded)));
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
