import fs from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readRncpCsvZip } from './csvExport.ts';
import { decodeEntryName, listZipEntries, readZipEntry } from './zipEntries.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-zip-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A zip of stored entries, names written as given (no UTF-8 flag unless asked). */
function storedZip(entries: Array<{ name: Buffer; data: Buffer; flags?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, flags = 0 } of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(flags, 6);
    local.writeUInt32LE(zlib.crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(flags, 8);
    central.writeUInt32LE(zlib.crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('decodeEntryName', () => {
  it('reads flagged UTF-8, unflagged UTF-8 and CP437 names', () => {
    expect(decodeEntryName(Buffer.from('Accès', 'utf8'), 0x800)).toBe('Accès');
    expect(decodeEntryName(Buffer.from('Accès', 'utf8'), 0)).toBe('Accès');
    expect(decodeEntryName(Buffer.from([0x41, 0x63, 0x63, 0x8a, 0x73]), 0)).toBe('Accès');
  });
});

describe('zip reading', () => {
  it('reads stored entries and checks their CRC-32', async () => {
    const file = path.join(dir, 'stored.zip');
    fs.writeFileSync(
      file,
      storedZip([{ name: Buffer.from('a.txt'), data: Buffer.from('bonjour') }]),
    );
    const handle = await open(file, 'r');
    try {
      const [entry] = await listZipEntries(handle);
      expect(entry?.name).toBe('a.txt');
      if (entry) expect((await readZipEntry(handle, entry)).toString()).toBe('bonjour');
      if (entry) await expect(readZipEntry(handle, { ...entry, crc32: 1 })).rejects.toThrow(/CRC/);
    } finally {
      await handle.close();
    }
  });

  it('imports CSV tables whose names are NFD, with a warning', async () => {
    const file = path.join(dir, 'nfd.zip');
    const standard = '"Numero_Fiche";"Intitule"\n"RNCP1";"Un"\n';
    const blocs =
      '"Numero_Fiche";"Bloc_Competences_Code";"Bloc_Competences_Libelle"\n"RNCP1";"RNCP1BC01";"B"\n';
    const nfd = 'export_fiches_CSV_Blocs_De_Compétences_2024_02_22.csv'.normalize('NFD');
    fs.writeFileSync(
      file,
      storedZip([
        {
          name: Buffer.from('export_fiches_CSV_Standard_2024_02_22.csv'),
          data: Buffer.from(standard),
        },
        { name: Buffer.from(nfd, 'utf8'), data: Buffer.from(blocs), flags: 0x800 },
      ]),
    );
    const read = await readRncpCsvZip(file);
    expect(read.files.map((f) => [f.table, f.rows])).toEqual([
      ['standard', 1],
      ['blocs', 1],
    ]);
    expect(read.fiches[0]?.blocs).toEqual([{ code: 'RNCP1BC01', label: 'B' }]);
    expect(read.warnings.map((w) => w.code)).toEqual(['file_name_normalised']);
  });
});
