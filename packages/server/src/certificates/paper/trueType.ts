// Just enough of a TrueType font to print certificates fast: the character map, the advance
// widths, and a subset made of the glyphs a document uses (plus the glyphs composite ones are
// built from), renumbered from 1 with .notdef at 0. pdfmake parses the whole font for every
// document (~70 ms a page with DejaVu Sans); a certificate parses it once per process and
// subsets it in well under a millisecond. Tables kept, as PDF embedding needs them (ISO 32000,
// 9.9): head, hhea, maxp, hmtx, loca, glyf, and the hinting programs cvt, fpgm, prep.
import { readFileSync } from 'node:fs';

interface TableRecord {
  offset: number;
  length: number;
}

export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
  italicAngle: number;
}

export interface TrueTypeFont {
  postScriptName: string;
  metrics: FontMetrics;
  /** The glyph of a code point, 0 (.notdef) when the font has none. */
  glyphOf(codePoint: number): number;
  /** Advance width of a glyph, in font units. */
  advanceOf(glyph: number): number;
  /** A font file holding `glyphs` (original ids), and each original id's new id. */
  subset(glyphs: Iterable<number>): { file: Buffer; newIds: Map<number, number> };
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

function tableDirectory(data: Buffer): Map<string, TableRecord> {
  const tables = new Map<string, TableRecord>();
  const count = data.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    tables.set(data.toString('latin1', at, at + 4), {
      offset: data.readUInt32BE(at + 8),
      length: data.readUInt32BE(at + 12),
    });
  }
  return tables;
}

/** Format 12 (full Unicode) when the font has it, else format 4 (the BMP). */
function characterMap(data: Buffer, cmap: TableRecord): Map<number, number> {
  const map = new Map<number, number>();
  const subtables = data.readUInt16BE(cmap.offset + 2);
  const offsets = new Map<string, number>();
  for (let i = 0; i < subtables; i++) {
    const at = cmap.offset + 4 + 8 * i;
    const key = `${data.readUInt16BE(at)}/${data.readUInt16BE(at + 2)}`;
    offsets.set(key, cmap.offset + data.readUInt32BE(at + 4));
  }
  const full = offsets.get('3/10');
  if (full !== undefined && data.readUInt16BE(full) === 12) {
    const groups = data.readUInt32BE(full + 12);
    for (let g = 0; g < groups; g++) {
      const at = full + 16 + 12 * g;
      const start = data.readUInt32BE(at);
      const end = data.readUInt32BE(at + 4);
      const glyph = data.readUInt32BE(at + 8);
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
    return map;
  }
  const bmp = offsets.get('3/1');
  if (bmp === undefined) throw new Error('The font has no Unicode character map.');
  const segments = data.readUInt16BE(bmp + 6) / 2;
  const ends = bmp + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const start = data.readUInt16BE(starts + 2 * s);
    const end = data.readUInt16BE(ends + 2 * s);
    const delta = data.readInt16BE(deltas + 2 * s);
    const rangeOffset = data.readUInt16BE(rangeOffsets + 2 * s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph = 0;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
        const raw = data.readUInt16BE(at);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

function postScriptName(data: Buffer, name: TableRecord | undefined, fallback: string): string {
  if (!name) return fallback;
  const count = data.readUInt16BE(name.offset + 2);
  const strings = name.offset + data.readUInt16BE(name.offset + 4);
  for (let i = 0; i < count; i++) {
    const at = name.offset + 6 + 12 * i;
    if (data.readUInt16BE(at + 6) !== 6) continue;
    const length = data.readUInt16BE(at + 8);
    const offset = strings + data.readUInt16BE(at + 10);
    const platform = data.readUInt16BE(at);
    const raw = Buffer.from(data.subarray(offset, offset + length));
    const text = platform === 3 ? raw.swap16().toString('utf16le') : raw.toString('latin1');
    return text.replace(/[^A-Za-z0-9-]/g, '');
  }
  return fallback;
}

function checksum(table: Buffer): number {
  let sum = 0;
  const padded = table.length % 4 === 0 ? table : Buffer.concat([table, Buffer.alloc(4)]);
  for (let i = 0; i + 4 <= padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** Assembles a font file from its tables (sorted by tag, 4-byte aligned, checksummed). */
function fontFile(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const table = tables.get(tag) as Buffer;
    const at = 12 + 16 * i;
    header.write(tag, at, 'latin1');
    header.writeUInt32BE(checksum(table), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.length, at + 12);
    const padding = (4 - (table.length % 4)) % 4;
    bodies.push(table, Buffer.alloc(padding));
    offset += table.length + padding;
  });
  const file = Buffer.concat([header, ...bodies]);
  const headAt = header.readUInt32BE(12 + 16 * tags.indexOf('head') + 8);
  file.writeUInt32BE((0xb1b0afba - checksum(file)) >>> 0, headAt + 8);
  return file;
}

/** Reads a TrueType font file once; subsets are cut from it on demand. */
export function loadTrueType(path: string): TrueTypeFont {
  const data = readFileSync(path);
  const tables = tableDirectory(data);
  const table = (tag: string): TableRecord => {
    const found = tables.get(tag);
    if (!found) throw new Error(`The font ${path} has no ${tag} table.`);
    return found;
  };
  const slice = (tag: string) => {
    const { offset, length } = table(tag);
    return data.subarray(offset, offset + length);
  };
  const head = slice('head');
  const hhea = slice('hhea');
  const numGlyphs = slice('maxp').readUInt16BE(4);
  const hMetrics = hhea.readUInt16BE(34);
  const hmtx = slice('hmtx');
  const longLoca = head.readInt16BE(50) === 1;
  const loca = slice('loca');
  const glyf = slice('glyf');
  const cmap = characterMap(data, table('cmap'));
  const os2 = tables.has('OS/2') ? slice('OS/2') : undefined;
  const post = tables.has('post') ? slice('post') : undefined;

  const glyphRange = (glyph: number): [number, number] =>
    longLoca
      ? [loca.readUInt32BE(4 * glyph), loca.readUInt32BE(4 * glyph + 4)]
      : [2 * loca.readUInt16BE(2 * glyph), 2 * loca.readUInt16BE(2 * glyph + 2)];
  const advanceOf = (glyph: number) => hmtx.readUInt16BE(4 * Math.min(glyph, hMetrics - 1));
  const leftBearingOf = (glyph: number) =>
    glyph < hMetrics
      ? hmtx.readInt16BE(4 * glyph + 2)
      : hmtx.readInt16BE(4 * hMetrics + 2 * (glyph - hMetrics));

  /** The glyphs a composite glyph is built from, with the offset of each index. */
  function components(glyph: number): Array<{ glyph: number; at: number }> {
    const [start, end] = glyphRange(glyph);
    if (end <= start || glyf.readInt16BE(start) >= 0) return [];
    const found: Array<{ glyph: number; at: number }> = [];
    let at = start + 10;
    for (;;) {
      const flags = glyf.readUInt16BE(at);
      found.push({ glyph: glyf.readUInt16BE(at + 2), at: at + 2 - start });
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) at += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
      if (!(flags & MORE_COMPONENTS)) return found;
    }
  }

  function subset(wanted: Iterable<number>) {
    const order = [0];
    const newIds = new Map<number, number>([[0, 0]]);
    const add = (glyph: number) => {
      if (glyph >= numGlyphs || newIds.has(glyph)) return;
      newIds.set(glyph, order.length);
      order.push(glyph);
      for (const part of components(glyph)) add(part.glyph);
    };
    for (const glyph of wanted) add(glyph);
    const count = order.length;
    const newLoca = Buffer.alloc(4 * (count + 1));
    const newHmtx = Buffer.alloc(4 * count);
    const pieces: Buffer[] = [];
    let offset = 0;
    order.forEach((glyph, id) => {
      const [start, end] = glyphRange(glyph);
      const piece = Buffer.from(glyf.subarray(start, end));
      for (const part of components(glyph)) {
        piece.writeUInt16BE(newIds.get(part.glyph) ?? 0, part.at);
      }
      const padded =
        piece.length % 4 === 0
          ? piece
          : Buffer.concat([piece, Buffer.alloc(4 - (piece.length % 4))]);
      newLoca.writeUInt32BE(offset, 4 * id);
      newHmtx.writeUInt16BE(advanceOf(glyph), 4 * id);
      newHmtx.writeInt16BE(leftBearingOf(glyph), 4 * id + 2);
      pieces.push(padded);
      offset += padded.length;
    });
    newLoca.writeUInt32BE(offset, 4 * count);
    const newHead = Buffer.from(head);
    newHead.writeUInt32BE(0, 8);
    newHead.writeInt16BE(1, 50);
    const newHhea = Buffer.from(hhea);
    newHhea.writeUInt16BE(count, 34);
    const newMaxp = Buffer.from(slice('maxp'));
    newMaxp.writeUInt16BE(count, 4);
    const out = new Map<string, Buffer>([
      ['head', newHead],
      ['hhea', newHhea],
      ['maxp', newMaxp],
      ['hmtx', newHmtx],
      ['loca', newLoca],
      ['glyf', Buffer.concat(pieces)],
    ]);
    for (const tag of ['cvt ', 'fpgm', 'prep']) if (tables.has(tag)) out.set(tag, slice(tag));
    return { file: fontFile(out), newIds };
  }

  const unitsPerEm = head.readUInt16BE(18);
  return {
    postScriptName: postScriptName(data, tables.get('name'), 'Font'),
    metrics: {
      unitsPerEm,
      ascent: hhea.readInt16BE(4),
      descent: hhea.readInt16BE(6),
      capHeight: os2 && os2.readUInt16BE(0) >= 2 ? os2.readInt16BE(88) : hhea.readInt16BE(4),
      bbox: [
        head.readInt16BE(36),
        head.readInt16BE(38),
        head.readInt16BE(40),
        head.readInt16BE(42),
      ],
      italicAngle: post ? post.readInt32BE(4) / 65536 : 0,
    },
    glyphOf: (codePoint) => cmap.get(codePoint) ?? 0,
    advanceOf,
    subset,
  };
}
