import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  bombEntry,
  deflated,
  filler,
  MiB,
  type RawEntry,
  rawZip,
  stored,
} from './bombs.testing.ts';
import { type ArchiveLimits, DEFAULT_ARCHIVE_LIMITS, RATIO_GRACE_BYTES } from './limits.ts';
import { ArchiveUnreadable, decodeEntryName, openZip, unzip } from './readZip.ts';
import { zipFiles } from './writeZip.ts';

const codeOf = (run: () => unknown): string => {
  try {
    run();
    return 'read';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    if (error instanceof ArchiveUnreadable) return 'unreadable';
    throw error;
  }
};

const files = fc.uniqueArray(
  fc.tuple(
    fc.stringMatching(/^[a-zA-Zéè0-9_-]{1,12}(\/[a-z0-9]{1,8})?\.(xml|csv|txt)$/),
    fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string({ maxLength: 300 }).map((s) => s.repeat(3)),
    ),
  ),
  { selector: ([name]) => name, maxLength: 8 },
);

const bytesOf = (content: Uint8Array | string) => Buffer.from(content);

describe('unzip', () => {
  it('reads back every archive zipFiles writes, deflated or stored', () => {
    fc.assert(
      fc.property(files, fc.boolean(), (list, store) => {
        const read = unzip(zipFiles(new Map(list), { store }), DEFAULT_ARCHIVE_LIMITS);
        expect([...read].map(([n, d]) => [n, [...d]])).toEqual(
          list.map(([n, c]) => [n, [...bytesOf(c)]]),
        );
      }),
    );
  });

  it('reads an archive within the limits, and refuses one past them by the limit it crosses', () => {
    const limits = fc.record({
      maxEntries: fc.integer({ min: 0, max: 8 }),
      maxEntryBytes: fc.integer({ min: 0, max: 1000 }),
      maxTotalBytes: fc.integer({ min: 0, max: 3000 }),
      maxRatio: fc.integer({ min: 1, max: 200 }),
    });
    fc.assert(
      fc.property(files, limits, (list, l: ArchiveLimits) => {
        const sizes = list.map(([, c]) => bytesOf(c).length);
        const crossed = {
          archive_too_many_entries: list.length > l.maxEntries,
          archive_entry_too_large: sizes.some((s) => s > l.maxEntryBytes),
          archive_too_large: sizes.reduce((a, b) => a + b, 0) > l.maxTotalBytes,
        };
        const code = codeOf(() => unzip(zipFiles(new Map(list)), l));
        if (Object.values(crossed).some(Boolean)) expect(crossed).toHaveProperty(code, true);
        else expect(code).toBe('read');
      }),
    );
  });

  it('never fails otherwise than as unreadable or by a limit, whatever bytes are damaged', () => {
    fc.assert(
      fc.property(
        files,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1 }),
        (list, damage) => {
          const zip = zipFiles(new Map(list));
          for (const [at, value] of damage) zip[at % zip.length] = value;
          expect(['read', 'unreadable']).toContain(
            codeOf(() => unzip(zip, DEFAULT_ARCHIVE_LIMITS)).replace(/^archive_.*/, 'read'),
          );
        },
      ),
    );
  });

  it('checks sizes it is told against what it reads: a lie is unreadable or crosses a limit', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 500 }), fc.nat(), (text, declared) => {
        const entry = { ...deflated('a.txt', text), size: declared };
        const code = codeOf(() => unzip(rawZip([entry]), DEFAULT_ARCHIVE_LIMITS));
        if (declared === Buffer.byteLength(text)) expect(code).toBe('read');
        else
          expect(code).toMatch(/^(unreadable|archive_(entry_too_large|too_large|ratio_too_high))$/);
      }),
    );
  });
});

describe('zip bombs', () => {
  const bomb = bombEntry('sheet.xml', { megabytes: 300 });

  it('refuses a 300 MB bomb by the ratio it declares, without inflating it', () => {
    expect(bomb.data.length).toBeLessThan(400_000);
    expect(codeOf(() => openZip(rawZip([bomb]), DEFAULT_ARCHIVE_LIMITS))).toBe(
      'archive_ratio_too_high',
    );
  });

  it('stops inflating a bomb that declares a small size at the first limit it passes', () => {
    const liar = rawZip([{ ...bomb, size: 10 }]);
    const archive = openZip(liar, DEFAULT_ARCHIVE_LIMITS);
    const [entry] = archive.entries;
    if (!entry) throw new Error('no entry');
    expect(codeOf(() => archive.read(entry))).toBe('archive_ratio_too_high');
    const loose = { ...DEFAULT_ARCHIVE_LIMITS, maxRatio: 10_000 };
    expect(codeOf(() => unzip(liar, loose))).toBe('archive_entry_too_large');
    expect(codeOf(() => unzip(liar, { ...loose, maxTotalBytes: 10 * MiB }))).toBe(
      'archive_too_large',
    );
  });

  it('lets a small, very compressible file through: the ratio counts beyond a grace size', () => {
    const blank = Buffer.alloc(RATIO_GRACE_BYTES, 0x20);
    expect(blank.length / deflateRawSync(blank).length).toBeGreaterThan(500);
    expect(unzip(rawZip([deflated('styles.xml', blank)]), DEFAULT_ARCHIVE_LIMITS).size).toBe(1);
  });

  it('counts the total over the entries read, so many small bombs add up', () => {
    const dense = filler(128);
    const entries = [0, 1, 2].map((k) => bombEntry(`${k}.txt`, { megabytes: 2, fill: dense }));
    const limits = { ...DEFAULT_ARCHIVE_LIMITS, maxTotalBytes: 5 * MiB };
    expect(codeOf(() => unzip(rawZip(entries), limits))).toBe('archive_too_large');
    const [first, second, third] = entries as [RawEntry, RawEntry, RawEntry];
    const archive = openZip(rawZip([first, second, { ...third, size: 1 }]), limits);
    const read = archive.entries.map((e) => codeOf(() => archive.read(e)));
    expect(read).toEqual(['read', 'read', 'archive_too_large']);
  });

  it('refuses entries that share their compressed bytes (overlapping entries)', () => {
    const one = rawZip([deflated('a.xml', 'x'.repeat(1000))]);
    const directoryAt = one.readUInt32LE(one.length - 6);
    const central = one.subarray(directoryAt, one.length - 22);
    const twin = Buffer.from(central);
    twin.write('b', 46);
    const end = Buffer.from(one.subarray(one.length - 22));
    end.writeUInt16LE(2, 8);
    end.writeUInt16LE(2, 10);
    end.writeUInt32LE(central.length * 2, 12);
    const zip = Buffer.concat([one.subarray(0, directoryAt), central, twin, end]);
    expect(codeOf(() => unzip(zip, DEFAULT_ARCHIVE_LIMITS))).toBe('unreadable');
  });
});

describe('archives it does not read', () => {
  it('refuses what is not a zip, repeated names, encryption, other methods and bad CRCs', () => {
    const unreadable = (zip: Buffer) => codeOf(() => unzip(zip, DEFAULT_ARCHIVE_LIMITS));
    expect(unreadable(Buffer.from('PK not really'))).toBe('unreadable');
    expect(unreadable(rawZip([stored('a', 'x'), stored('a', 'y')]))).toBe('unreadable');
    expect(unreadable(rawZip([{ ...stored('a', 'x'), method: 12 as 0 }]))).toBe('unreadable');
    expect(unreadable(rawZip([{ ...stored('a', 'bonjour'), crc: 1 }]))).toBe('unreadable');
    const encrypted = rawZip([stored('a', 'x')]);
    encrypted.writeUInt16LE(0x801, encrypted.readUInt32LE(encrypted.length - 6) + 8);
    expect(unreadable(encrypted)).toBe('unreadable');
  });

  it('reads flagged UTF-8, unflagged UTF-8 and CP437 names', () => {
    expect(decodeEntryName(Buffer.from('Accès', 'utf8'), 0x800)).toBe('Accès');
    expect(decodeEntryName(Buffer.from('Accès', 'utf8'), 0)).toBe('Accès');
    expect(decodeEntryName(Buffer.from([0x41, 0x63, 0x63, 0x8a, 0x73]), 0)).toBe('Accès');
  });
});
