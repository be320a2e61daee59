// Writes a ZIP archive of a few files with node:zlib alone: what a QTI content package travels
// as, and the workbook handed to exceljs once its entries are read under the limits (stored,
// not compressed again). UTF-8 names, no ZIP64 (far below 4 GB), no encryption. Archives are
// read by readZip.ts.
import { crc32, deflateRawSync } from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8 = 0x0800;
const STORE = 0;
const DEFLATE = 8;
/** 1980-01-01 00:00 in MS-DOS time: the archive does not depend on the clock. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface Entry {
  name: Buffer;
  method: number;
  crc: number;
  size: number;
  data: Buffer;
  offset: number;
}

function localHeader(e: Entry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(LOCAL, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(UTF8, 6);
  h.writeUInt16LE(e.method, 8);
  h.writeUInt16LE(0, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(e.crc, 14);
  h.writeUInt32LE(e.data.length, 18);
  h.writeUInt32LE(e.size, 22);
  h.writeUInt16LE(e.name.length, 26);
  return Buffer.concat([h, e.name]);
}

function centralHeader(e: Entry): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(CENTRAL, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(UTF8, 8);
  h.writeUInt16LE(e.method, 10);
  h.writeUInt16LE(0, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(e.crc, 16);
  h.writeUInt32LE(e.data.length, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(e.name.length, 28);
  h.writeUInt32LE(e.offset, 42);
  return Buffer.concat([h, e.name]);
}

/**
 * The files (path → text or bytes) as one ZIP archive, in the map's order: deflated, or
 * stored as they are with `{ store: true }`.
 */
export function zipFiles(
  files: ReadonlyMap<string, string | Uint8Array>,
  options: { store?: boolean } = {},
): Buffer {
  const parts: Buffer[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const [path, content] of files) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const entry = {
      name: Buffer.from(path, 'utf8'),
      method: options.store ? STORE : DEFLATE,
      crc: crc32(raw),
      size: raw.length,
      data: options.store
        ? Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
        : deflateRawSync(raw),
      offset,
    };
    const local = Buffer.concat([localHeader(entry), entry.data]);
    parts.push(local);
    entries.push(entry);
    offset += local.length;
  }
  const central = Buffer.concat(entries.map(centralHeader));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, central, end]);
}
