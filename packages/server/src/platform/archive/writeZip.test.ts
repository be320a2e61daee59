import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS } from './limits.ts';
import { unzip } from './readZip.ts';
import { zipFiles } from './writeZip.ts';

const files = new Map([
  ['imsmanifest.xml', '<?xml version="1.0"?><manifest/>'],
  ['items/q-é.xml', 'Évaluer l’écoute : 100 % « réussi »'.repeat(50)],
]);

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
}

const texts = (zip: Buffer) =>
  new Map([...unzip(zip, DEFAULT_ARCHIVE_LIMITS)].map(([name, data]) => [name, data.toString()]));

describe('zipFiles', () => {
  it('reads back what it wrote, accents and all', () => {
    expect(texts(zipFiles(files))).toEqual(files);
  });

  it('stores the files as they are when asked', () => {
    const zip = zipFiles(files, { store: true });
    expect(zip.includes(Buffer.from(files.get('items/q-é.xml') ?? ''))).toBe(true);
    expect(texts(zip)).toEqual(files);
  });

  it('writes the same bytes for the same files: no clock in the archive', () => {
    expect(zipFiles(files).equals(zipFiles(files))).toBe(true);
  });

  it.skipIf(!hasPython())('writes an archive another reader (Python’s zipfile) opens', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-'));
    const file = path.join(dir, 'p.zip');
    fs.writeFileSync(file, zipFiles(files));
    const script = `import zipfile,sys,json\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({n: z.read(n).decode() for n in z.namelist()}))`;
    const read = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
    expect(read).toEqual(Object.fromEntries(files));
    fs.rmSync(dir, { recursive: true });
  });
});
