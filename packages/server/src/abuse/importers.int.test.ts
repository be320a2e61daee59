// Issue 18, Bad input: every importer meets damaged real files — QTI packages, the RNCP XML
// flux, the RNCP CSV zip — 1,000 mutations each (test/mutations.testing.ts). Whatever the
// damage, the import either stores the whole file or refuses it with a coded, located error
// and stores nothing of it: never another exception, never half a file. The fixtures are the
// real ones made small (a few items, two fiches) so that 1,000 imports stay quick on 2 cores.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Instrument } from '@certeval/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importQtiQuestionnaire } from '../instruments/importQti.ts';
import * as instrumentStore from '../instruments/store.ts';
import { DEFAULT_ARCHIVE_LIMITS } from '../platform/archive/limits.ts';
import { unzip } from '../platform/archive/readZip.ts';
import { zipFiles } from '../platform/archive/writeZip.ts';
import { certifications } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { importRncpExport } from '../referential/interchange.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { damage, damagedBytes, mutatedBytes, mutatedText } from '../test/mutations.testing.ts';
import { actorForEmail } from '../test/sessions.ts';

const fixtures = path.join(import.meta.dirname, '../../../../../shared/fixtures');
const RUNS = 1000;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-fuzz-'));
let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let certifier: Actor;

beforeAll(async () => {
  t = await createDemoTestApp();
  certifier = await actorForEmail(t.ctx, 'certificateur@demo.certeval.example');
});
afterAll(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The error an import may end with: coded and, for a bad file, located. */
function expectCoded(error: unknown) {
  if (!(error instanceof AppError)) throw error;
  if (error.code === 'import_invalid' || error.code === 'instrument_invalid')
    expect(error.problems?.length ?? 0).toBeGreaterThan(0);
}

describe('the QTI importer, on 1,000 damaged packages', () => {
  const names = ['choice.xml', 'order_partial_scoring.xml', 'likert.xml'];
  const items = names.map(
    (n) => [n, fs.readFileSync(path.join(fixtures, 'qti/qti21-qtiworks', n), 'utf8')] as const,
  );
  const resources = names
    .map(
      (n, k) =>
        `<resource identifier="r${k}" type="imsqti_item_xmlv2p1" href="${n}"><file href="${n}"/></resource>`,
    )
    .join('');
  const manifest = `<?xml version="1.0"?><manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m"><organizations/><resources>${resources}</resources></manifest>`;
  const files = [['imsmanifest.xml', manifest] as const, ...items];

  /** One file of the package damaged, or the zip's own bytes. */
  const damaged = fc.oneof(
    fc
      .integer({ min: 0, max: files.length - 1 })
      .chain((k) =>
        mutatedText(files[k]?.[1] ?? '').map((text) =>
          zipFiles(new Map(files.map(([n, content], i) => [n, i === k ? text : content]))),
        ),
      ),
    mutatedBytes(zipFiles(new Map(files))),
  );

  it('stores a whole questionnaire or nothing, and never crashes', async () => {
    let run = 0;
    const seen = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(damaged, async (body) => {
        const key = `fuzz-qti-${++run}`;
        const input = { body, format: 'zip' as const, fileName: 'fuzz.zip', key, title: '' };
        const binding = { certification: 'cqp-agc', version: '1', domain: 'R' };
        try {
          const created = await importQtiQuestionnaire(t.ctx, certifier, { ...input, ...binding });
          const row = await instrumentStore.findInstrument(t.ctx.database.db, key, '1');
          if (!row) throw new Error(`${key} was imported but is not stored`);
          const stored = (row.document as Instrument).sections.flatMap((s) => s.items);
          expect(stored).toHaveLength(created.imported);
          seen.ok++;
        } catch (error) {
          expectCoded(error);
          expect(await instrumentStore.findInstrument(t.ctx.database.db, key, '1')).toBeFalsy();
          seen.refused++;
        }
      }),
      { numRuns: RUNS },
    );
    expect(Math.min(seen.ok, seen.refused)).toBeGreaterThan(RUNS / 20);
  }, 600_000);
});

/** Every fiche number made unique to the run, so that what one run stores is its own. */
const renumbered = (text: string, run: number) =>
  text.replace(
    /\b(RNCP|RS)(\d+)/g,
    (_, prefix: string, digits: string) => `${prefix}${digits}${run}`,
  );

/** Every certification stored. */
async function storedSlugs(): Promise<Set<string>> {
  const rows = await t.ctx.database.db.select({ slug: certifications.slug }).from(certifications);
  return new Set(rows.map((r) => r.slug));
}

/**
 * The certifications an import added. Compared as a difference, not by the run's number: a
 * mutation may change a fiche's number too, which then no longer ends with its run's.
 */
async function addedSince(before: Set<string>): Promise<string[]> {
  return [...(await storedSlugs())].filter((slug) => !before.has(slug)).sort();
}

type Seen = { ok: number; refused: number };

/**
 * Imports `file`: stored whole (every fiche it reports, and nothing else) or not at all, never
 * another error. Counts each way, to check both are met.
 */
async function importWholeOrNothing(file: string, seen: Seen) {
  const before = await storedSlugs();
  try {
    const report = await importRncpExport(t.ctx, file, null, { name: 'fuzz' });
    const imported = report.imported.map((r) => r.certification).sort();
    expect(await addedSince(before)).toEqual(imported);
    seen.ok++;
  } catch (error) {
    expectCoded(error);
    expect(await addedSince(before)).toEqual([]);
    seen.refused++;
  }
}

/** 1,000 imports of `build(run)`'s file, each renumbered for its run. */
async function fuzz(
  first: number,
  files: fc.Arbitrary<(run: number) => string | Buffer>,
  ext: string,
) {
  let run = first;
  const seen: Seen = { ok: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(files, async (build) => {
      run++;
      const file = path.join(tmp, `fuzz-${run}.${ext}`);
      fs.writeFileSync(file, build(run));
      await importWholeOrNothing(file, seen);
      fs.rmSync(file);
    }),
    { numRuns: RUNS },
  );
  // Both ways are met, many times: the damage is neither always fatal nor always harmless.
  expect(Math.min(seen.ok, seen.refused)).toBeGreaterThan(RUNS / 20);
}

describe('the RNCP XML importer, on 1,000 damaged exports', () => {
  // Two real fiches, the smallest of each export: an RS with its competences, an RNCP title
  // with its blocs.
  const fiche = (file: string, number: string) => {
    const text = fs.readFileSync(path.join(fixtures, 'rncp', file), 'utf8');
    const found = text.match(
      new RegExp(
        `<FICHE>\\s*<ID_FICHE>\\d+</ID_FICHE>\\s*<NUMERO_FICHE>${number}<[\\s\\S]*?</FICHE>`,
      ),
    );
    if (!found) throw new Error(`${number} not found`);
    return found[0];
  };
  const small = `<?xml version="1.0" encoding="UTF-8"?>\n<FICHES>\n<VERSION_FLUX>4.1</VERSION_FLUX>\n${fiche('export_fiches_RS_fixture.xml', 'RS6232')}\n${fiche('export_fiches_RNCP_fixture.xml', 'RNCP37488')}\n</FICHES>\n`;

  it('stores every fiche of a readable file, nothing of a damaged one, and never crashes', async () => {
    await fuzz(
      100_000,
      damage.map((mutate) => (run: number) => mutate(renumbered(small, run))),
      'xml',
    );
  }, 600_000);
});

describe('the RNCP CSV importer, on 1,000 damaged zips', () => {
  const zip = fs.readFileSync(path.join(fixtures, 'rncp/export-fiches-csv-2024-02-22.zip'));
  // Three of its nine fiches, with every table they appear in: an RNCP title with its blocs,
  // the title it replaced, an RS fiche.
  const kept = /^(?:"[^"]*";)?"(RNCP509|RNCP30271|RS5000)";/;
  const entries = [...unzip(zip, DEFAULT_ARCHIVE_LIMITS)].map(([name, bytes]) => {
    const [header = '', ...rows] = bytes.toString('utf8').split('\r\n');
    const text = [header, ...rows.filter((row) => kept.test(row))].join('\r\n');
    return [name, `${text}\r\n`] as const;
  });
  const zipOf = (run: number, k = -1, mutate = (text: string) => text) =>
    zipFiles(
      new Map(
        entries.map(([n, c], i) => [n, i === k ? mutate(renumbered(c, run)) : renumbered(c, run)]),
      ),
    );
  /** One CSV file damaged, or the zip's own bytes. */
  const damaged = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: entries.length - 1 }), damage).map(
      ([k, mutate]) =>
        (run: number) =>
          zipOf(run, k, mutate),
    ),
    damage.map((mutate) => (run: number) => damagedBytes(zipOf(run), mutate)),
  );

  it('stores every fiche of a readable export, nothing of a damaged one, and never crashes', async () => {
    await fuzz(200_000, damaged, 'zip');
  }, 600_000);
});
