// A small reader of zip archives, enough for France Compétences' CSV export: the central
// directory gives the entries, each is read on demand and inflated with node:zlib. No
// dependency: the format needed (stored or deflated entries, no zip64, no encryption) fits in
// a page, and a library would bring more surface than the one archive shape we read.
import type { FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const inflateRaw = promisify(zlib.inflateRaw);

export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const UTF8_FLAG = 0x800;

// Code page 437, bytes 0x80-0xFF: the encoding of names without the UTF-8 flag (APPNOTE 4.4.4).
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Entry names: UTF-8 when flagged; many tools write UTF-8 without the flag (the fixture
 * does), so valid UTF-8 is taken as such; anything else is CP437, as the format says.
 */
export function decodeEntryName(bytes: Uint8Array, flags: number): string {
  if (flags & UTF8_FLAG) return Buffer.from(bytes).toString('utf8');
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return Array.from(bytes, (b) =>
      b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80],
    ).join('');
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new Error(`zip: truncated file at byte ${position}`);
  return buffer;
}

async function endOfCentralDirectory(handle: FileHandle) {
  const { size } = await handle.stat();
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = await readAt(handle, size - tailLength, tailLength);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD_SIGNATURE) continue;
    const count = tail.readUInt16LE(i + 10);
    const offset = tail.readUInt32LE(i + 16);
    if (count === 0xffff || offset === 0xffffffff) throw new Error('zip: zip64 is not supported');
    return { count, length: tail.readUInt32LE(i + 12), offset };
  }
  throw new Error('zip: end of central directory not found (not a zip file?)');
}

export async function listZipEntries(handle: FileHandle): Promise<ZipEntry[]> {
  const eocd = await endOfCentralDirectory(handle);
  const directory = await readAt(handle, eocd.offset, eocd.length);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < eocd.count; i++) {
    if (directory.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      throw new Error('zip: bad central directory');
    const nameLength = directory.readUInt16LE(at + 28);
    const skip = directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    entries.push({
      name: decodeEntryName(
        directory.subarray(at + 46, at + 46 + nameLength),
        directory.readUInt16LE(at + 8),
      ),
      method: directory.readUInt16LE(at + 10),
      crc32: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + skip;
  }
  return entries;
}

/** The uncompressed bytes of one entry, checked against its size and CRC-32. */
export async function readZipEntry(handle: FileHandle, entry: ZipEntry): Promise<Buffer> {
  const header = await readAt(handle, entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL_SIGNATURE)
    throw new Error(`zip: bad header for ${entry.name}`);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const stored = await readAt(handle, start, entry.compressedSize);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new Error(`zip: ${entry.name} uses compression method ${entry.method}`);
  }
  const data = entry.method === 8 ? await inflateRaw(stored) : stored;
  if (data.length !== entry.size || zlib.crc32(data) !== entry.crc32) {
    throw new Error(`zip: ${entry.name} is corrupt (size or CRC-32 mismatch)`);
  }
  return data;
}
