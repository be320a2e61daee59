// Worker task (platform/workers/pool.ts): the cells of an uploaded evaluation sheet, read off
// the event loop. Bytes and limits in, the table or the reason it cannot be read out.
import type { ArchiveLimits } from '../platform/archive/limits.ts';
import { readTable, type SheetFormat } from './sheets.ts';

export default function readSheetTask(input: {
  bytes: Uint8Array;
  format: SheetFormat;
  limits: ArchiveLimits;
}) {
  const { bytes, format, limits } = input;
  return readTable(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), format, limits);
}
