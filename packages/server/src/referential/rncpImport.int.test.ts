// The RNCP / RS import through the API (issue 18, item 5): the XML flux or the CSV zip streamed
// in, imported in the background with its progress, all or nothing, problems located.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';
import { listCertifications } from './service.ts';

const fixtures = path.join(import.meta.dirname, '../../../../../shared/fixtures/rncp');
const RS_XML = path.join(fixtures, 'export_fiches_RS_fixture.xml');
const CSV_ZIP = path.join(fixtures, 'export-fiches-csv-2024-02-22.zip');
let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let certifier: string;

beforeAll(async () => {
  t = await createDemoTestApp();
  certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
});
afterAll(() => t.close());

async function upload(body: Buffer | string, type: string, file: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/referentials/import?fileName=${encodeURIComponent(file)}`,
    headers: { cookie: certifier, 'content-type': type },
    payload: body,
  });
}

/** Polls the import until it ends, keeping every progress seen. */
async function finished(id: string) {
  const seen: Array<{ status: string; fiches: number; bytesRead: number }> = [];
  for (let i = 0; i < 200; i++) {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/referentials/imports/${id}`,
      headers: { cookie: certifier },
    });
    expect(response.statusCode).toBe(200);
    const progress = response.json();
    seen.push(progress);
    if (progress.status !== 'running') return { progress, seen };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the import did not finish');
}

const rsCount = async () => (await listCertifications(t.ctx)).filter((c) => c.kind === 'rs').length;

describe('POST /api/referentials/import with an RNCP export', () => {
  it('refuses a truncated XML with its position, and stores nothing', async () => {
    const cut = fs.readFileSync(RS_XML, 'utf8').slice(0, 120_000);
    const before = (await listCertifications(t.ctx)).length;
    const started = await upload(cut, 'application/xml', 'coupé.xml');
    expect(started.statusCode).toBe(202);
    const { progress } = await finished(started.json().id);
    expect(progress.status).toBe('failed');
    expect(progress.error).toMatchObject({
      code: 'import_invalid',
      problems: [
        {
          code: 'malformed_xml',
          file: 'coupé.xml',
          line: cut.split('\n').length,
          column: expect.any(String),
        },
      ],
    });
    expect((await listCertifications(t.ctx)).length).toBe(before);
  });

  it('streams the RS XML in and imports its 8 fiches with their competences', async () => {
    const bytes = fs.readFileSync(RS_XML);
    const started = await upload(bytes, 'application/xml', 'export_fiches_RS.xml');
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ status: 'running', bytesTotal: bytes.length });
    const { progress } = await finished(started.json().id);
    expect(progress).toMatchObject({
      status: 'done',
      fiches: 8,
      bytesRead: bytes.length,
      report: { fiches: 8, imported: 8, kept: [] },
    });
    expect(await rsCount()).toBe(8);
    const rs5000 = (await listCertifications(t.ctx)).find((c) => c.slug === 'rs5000');
    expect(rs5000?.versions[0]?.nodeCount).toBe(7);
    const warnings = progress.report.warnings as Array<{ code: string; file: string }>;
    expect(warnings.find((w) => w.code === 'capacities_intro')?.file).toBe('export_fiches_RS.xml');
  });

  it('imports the CSV zip, each warning naming the file of the zip it is about', async () => {
    const started = await upload(fs.readFileSync(CSV_ZIP), 'application/zip', 'export.zip');
    expect(started.statusCode).toBe(202);
    const { progress } = await finished(started.json().id);
    expect(progress.status).toBe('done');
    expect(progress.report.fiches).toBe(9);
    const siret = (progress.report.warnings as Array<{ code: string; file: string; line: number }>)
      .filter((w) => w.code === 'siret_cleaned')
      .map((w) => w.file);
    expect(new Set(siret)).toEqual(new Set(['export_fiches_CSV_Certificateurs_2024_02_22.csv']));
  });

  it('refuses format=rncp with a JSON body, and an unknown import', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/referentials/import?format=rncp',
      headers: { cookie: certifier, 'content-type': 'application/json' },
      payload: { FICHES: [] },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().path).toBe('headers/content-type');
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/referentials/imports/nothing-here',
      headers: { cookie: certifier },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('is refused to a person who may not import referentials', async () => {
    const tutor = await signInCookie(t.app, 'tuteur@demo.certeval.example');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/referentials/import',
      headers: { cookie: tutor, 'content-type': 'application/xml' },
      payload: fs.readFileSync(RS_XML),
    });
    expect(response.statusCode).toBe(403);
  });
});
