// The one zip reader of the product: XLSX workbooks, QTI packages, the RNCP CSV export. Every
// archive is read under ArchiveLimits (entries, bytes per entry, bytes in all, compression
// ratio), and reading stops as soon as one is crossed, with the coded error naming it.
//
// Nothing the archive declares is believed. Declared sizes may only refuse early (an archive
// that announces too much); they never allow anything: each entry is inflated by node:zlib
// with `maxOutputLength` set to what the limits leave, which inflates chunk by chunk and
// throws the moment the output passes it, so a lying central directory costs at most the
// limit. Entries may not overlap (overlapping entries multiply one compressed stream), names
// may not repeat, and each result is checked against its declared size and CRC-32.
//
// Why not yauzl or fflate (STACK.md): yauzl checks sizes against what the central directory
// declares, through a callback-and-stream API made for large files read lazily, while our
// archives are uploads already in memory; fflate's inflate has no output cap, and its unzip
// filter is given the declared size. node:zlib's capped inflate does exactly what we need, and
// the format we accept (stored or deflated, no zip64, no encryption) fits in this file.
import { crc32, inflateRawSync } from 'node:zlib';
import { type ArchiveLimit, type ArchiveLimits, limitError, RATIO_GRACE_BYTES } from './limits.ts';

/** An archive that is not one we can read: not a zip, damaged, or of a kind we refuse. */
export class ArchiveUnreadable extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  /** The uncompressed size the central directory declares: a claim, checked after reading. */
  declaredSize: number;
  /** Where the compressed bytes start in the archive, and how many there are (in bounds). */
  dataStart: number;
  compressedSize: number;
}

export interface ZipArchive {
  /** Every entry of the central directory, folders included, in its order. */
  entries: readonly ZipEntry[];
  /** The entry's bytes, inflated under what the limits leave after the entries read before. */
  read(entry: ZipEntry): Buffer;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8_FLAG = 0x800;
const ENCRYPTED_FLAG = 0x1;
const STORED = 0;
const DEFLATED = 8;

// Code page 437, bytes 0x80-0xFF: the encoding of names without the UTF-8 flag (APPNOTE 4.4.4).
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Entry names: UTF-8 when flagged; many tools write UTF-8 without the flag (the RNCP export
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

function unreadable(reason: string): never {
  throw new ArchiveUnreadable(`zip: ${reason}`);
}

function endOfCentralDirectory(zip: Buffer) {
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (zip.readUInt32LE(at) !== EOCD) continue;
    const count = zip.readUInt16LE(at + 10);
    const length = zip.readUInt32LE(at + 12);
    const offset = zip.readUInt32LE(at + 16);
    if (count === 0xffff || offset === 0xffffffff) unreadable('zip64 is not supported');
    if (zip.readUInt16LE(at + 4) !== 0 || count !== zip.readUInt16LE(at + 8))
      unreadable('multi-disk archives are not supported');
    if (offset + length > at) unreadable('the central directory lies outside the archive');
    return { count, offset, end: offset + length };
  }
  return unreadable('end of central directory not found (not a zip archive?)');
}

/** The entry at `at` of the central directory, its data located through its local header. */
function centralEntry(zip: Buffer, at: number, directoryStart: number) {
  const flags = zip.readUInt16LE(at + 8);
  if (flags & ENCRYPTED_FLAG) unreadable('encrypted entries are not supported');
  const nameLength = zip.readUInt16LE(at + 28);
  const local = zip.readUInt32LE(at + 42);
  if (local + 30 > directoryStart || zip.readUInt32LE(local) !== LOCAL)
    unreadable('bad local header');
  const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const compressedSize = zip.readUInt32LE(at + 20);
  if (dataStart + compressedSize > directoryStart) unreadable('entry data outside the archive');
  const entry: ZipEntry = {
    name: decodeEntryName(zip.subarray(at + 46, at + 46 + nameLength), flags),
    method: zip.readUInt16LE(at + 10),
    crc32: zip.readUInt32LE(at + 16),
    declaredSize: zip.readUInt32LE(at + 24),
    dataStart,
    compressedSize,
  };
  const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  return { entry, local, next };
}

function centralDirectory(zip: Buffer, limits: ArchiveLimits): ZipEntry[] {
  const eocd = endOfCentralDirectory(zip);
  if (eocd.count > limits.maxEntries) throw limitError('entries', limits, { count: eocd.count });
  const spans: Array<{ start: number; end: number }> = [];
  const entries: ZipEntry[] = [];
  let at = eocd.offset;
  for (let i = 0; i < eocd.count; i++) {
    if (at + 46 > eocd.end || zip.readUInt32LE(at) !== CENTRAL) unreadable('bad central directory');
    const { entry, local, next } = centralEntry(zip, at, eocd.offset);
    if (next > eocd.end) unreadable('bad central directory');
    entries.push(entry);
    spans.push({ start: local, end: entry.dataStart + entry.compressedSize });
    at = next;
  }
  spans
    .sort((a, b) => a.start - b.start)
    .reduce((end, span) => (span.start < end ? unreadable('entries overlap') : span.end), 0);
  const names = new Set(entries.map((e) => e.name));
  if (names.size !== entries.length) unreadable('an entry name appears twice');
  return entries;
}

/** How far an entry may inflate once `used` bytes are read, and the limit that says so. */
function budgetOf(entry: ZipEntry, used: number, limits: ArchiveLimits) {
  const candidates: Array<{ limit: ArchiveLimit; bytes: number }> = [
    { limit: 'entry', bytes: limits.maxEntryBytes },
    { limit: 'total', bytes: Math.max(0, limits.maxTotalBytes - used) },
    {
      limit: 'ratio',
      bytes: Math.max(RATIO_GRACE_BYTES, entry.compressedSize * limits.maxRatio),
    },
  ];
  return candidates.reduce((a, b) => (b.bytes < a.bytes ? b : a));
}

function inflate(zip: Buffer, entry: ZipEntry, budget: number): Buffer | 'over' {
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === STORED) return data.length > budget ? 'over' : data;
  if (entry.method !== DEFLATED)
    unreadable(`${entry.name} uses compression method ${entry.method}`);
  try {
    const inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
    return inflated.length > budget ? 'over' : inflated;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    return unreadable(`${entry.name} is corrupt (${(error as Error).message})`);
  }
}

/**
 * Opens an archive held in memory: its central directory is read and checked (entry count,
 * bounds, overlaps, and the sizes it declares, which may only refuse); nothing is inflated
 * until `read`. Throws ArchiveUnreadable, or the AppError of the limit crossed.
 */
export function openZip(bytes: Uint8Array, limits: ArchiveLimits): ZipArchive {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(zip, limits);
  let declared = 0;
  for (const entry of entries) {
    const budget = budgetOf(entry, declared, limits);
    if (entry.declaredSize > budget.bytes)
      throw limitError(budget.limit, limits, { name: entry.name });
    declared += entry.declaredSize;
  }
  let used = 0;
  return {
    entries,
    read(entry) {
      const budget = budgetOf(entry, used, limits);
      const data = inflate(zip, entry, budget.bytes);
      if (data === 'over') throw limitError(budget.limit, limits, { name: entry.name });
      if (data.length !== entry.declaredSize || crc32(data) !== entry.crc32)
        unreadable(`${entry.name} is corrupt (size or CRC-32 mismatch)`);
      used += data.length;
      return data;
    },
  };
}

/** Every file of the archive (folders left out), path → bytes, read under the limits. */
export function unzip(bytes: Uint8Array, limits: ArchiveLimits): Map<string, Buffer> {
  const archive = openZip(bytes, limits);
  const files = new Map<string, Buffer>();
  for (const entry of archive.entries)
    if (!entry.name.endsWith('/')) files.set(entry.name, archive.read(entry));
  return files;
}
