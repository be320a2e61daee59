// Test support: zip archives built byte by byte, honest or lying, and zip bombs small on the
// wire. A bomb's content is compressed once per mebibyte and the compressed segment repeated:
// each segment ends with a full flush (no back-reference crosses it), so the copies make one
// valid deflate stream, and a 300 MB entry costs ~1 KB per MB to build and to send.
import { constants, crc32, deflateRawSync } from 'node:zlib';

export const MiB = 1024 * 1024;

export interface RawEntry {
  name: string;
  method: 0 | 8;
  /** The bytes as stored in the archive (deflated when method is 8). */
  data: Buffer;
  crc: number;
  /** What the headers declare: the true sizes unless a test lies. */
  size: number;
  compressedSize?: number;
}

function header(size: number, fields: Array<[number, number, 2 | 4]>): Buffer {
  const bytes = Buffer.alloc(size);
  for (const [at, value, width] of fields)
    width === 2 ? bytes.writeUInt16LE(value, at) : bytes.writeUInt32LE(value >>> 0, at);
  return bytes;
}

/** A zip archive of the entries exactly as given: nothing is checked, so a test may lie. */
export function rawZip(entries: readonly RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const compressed = e.compressedSize ?? e.data.length;
    const local = header(30, [
      [0, 0x04034b50, 4],
      [4, 20, 2],
      [6, 0x0800, 2],
      [8, e.method, 2],
      [14, e.crc, 4],
      [18, compressed, 4],
      [22, e.size, 4],
      [26, name.length, 2],
    ]);
    central.push(
      header(46, [
        [0, 0x02014b50, 4],
        [4, 20, 2],
        [6, 20, 2],
        [8, 0x0800, 2],
        [10, e.method, 2],
        [16, e.crc, 4],
        [20, compressed, 4],
        [24, e.size, 4],
        [28, name.length, 2],
        [42, offset, 4],
      ]),
      name,
    );
    parts.push(local, name, e.data);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = header(22, [
    [0, 0x06054b50, 4],
    [8, entries.length, 2],
    [10, entries.length, 2],
    [12, directory.length, 4],
    [16, offset, 4],
  ]);
  return Buffer.concat([...parts, directory, end]);
}

/** An honest deflated entry. */
export function deflated(name: string, content: string | Buffer): RawEntry {
  const raw = Buffer.from(content);
  return { name, method: 8, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
}

/** An honest stored (not compressed) entry. */
export function stored(name: string, content: string | Buffer): RawEntry {
  const raw = Buffer.from(content);
  return { name, method: 0, data: raw, crc: crc32(raw), size: raw.length };
}

/**
 * One mebibyte of filler: spaces (deflate's best case, ~1000:1), or spaces with a letter every
 * `every` bytes (every 128: ~60:1, under the default ratio limit).
 */
export function filler(every?: number): Buffer {
  const bytes = Buffer.alloc(MiB, 0x20);
  if (every === undefined) return bytes;
  let x = 12345;
  for (let i = 0; i < MiB; i += every) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = 97 + ((x >>> 16) % 26);
  }
  return bytes;
}

/** A deflated entry: `head`, then `megabytes` MiB of `fill`, then `tail`, its CRC true. */
export function bombEntry(
  name: string,
  options: { head?: string; tail?: string; megabytes: number; fill?: Buffer },
): RawEntry {
  const head = Buffer.from(options.head ?? '');
  const tail = Buffer.from(options.tail ?? '');
  const fill = options.fill ?? filler();
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const segment = deflateRawSync(fill, flush);
  let crc = crc32(head);
  for (let k = 0; k < options.megabytes; k++) crc = crc32(fill, crc);
  crc = crc32(tail, crc);
  const data = Buffer.concat([
    deflateRawSync(head, flush),
    ...Array<Buffer>(options.megabytes).fill(segment),
    deflateRawSync(tail),
  ]);
  return { name, method: 8, data, crc, size: head.length + options.megabytes * MiB + tail.length };
}

const SPREADSHEET = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

interface BombOptions {
  fill?: Buffer;
  /** The uncompressed size the archive declares for the bomb, when it lies. */
  declaredSize?: number;
}

/**
 * A valid XLSX of one sheet ("Évaluations", A1 = candidate_id) whose sheet XML carries
 * `megabytes` MiB of blank space: a bomb when large, an ordinary workbook when small.
 */
export function xlsxBomb(megabytes: number, { fill, declaredSize }: BombOptions = {}): Buffer {
  const sheet = bombEntry('xl/worksheets/sheet1.xml', {
    head: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SPREADSHEET}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>candidate_id</t></is></c></row>`,
    megabytes,
    ...(fill && { fill }),
    tail: '</sheetData></worksheet>',
  });
  return rawZip([
    deflated(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/></Types>`,
    ),
    deflated(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${SPREADSHEET}" xmlns:r="${OFFICE}"><sheets><sheet name="Évaluations" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    declaredSize === undefined ? sheet : { ...sheet, size: declaredSize },
  ]);
}

/** A QTI content package: its manifest, and one item whose XML carries `megabytes` of space. */
export function qtiBomb(megabytes: number, { fill }: BombOptions = {}): Buffer {
  return rawZip([
    deflated(
      'imsmanifest.xml',
      '<?xml version="1.0"?><manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m"><organizations/><resources><resource identifier="r1" type="imsqti_item_xmlv2p1" href="item.xml"><file href="item.xml"/></resource></resources></manifest>',
    ),
    bombEntry('item.xml', {
      head: '<?xml version="1.0"?><assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="i1" title="Bombe" adaptive="false" timeDependent="false">',
      megabytes,
      ...(fill && { fill }),
      tail: '</assessmentItem>',
    }),
  ]);
}
