import fs from 'node:fs';
import path from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';
import { importRncpExport } from './interchange.ts';
import { exportReferential, listCertifications } from './service.ts';

const fixtures = path.join(import.meta.dirname, '../../../../../shared/fixtures');
let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let certifier: string;

beforeAll(async () => {
  t = await createDemoTestApp();
  certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
});
afterAll(() => t.close());

describe('referential interchange through the API and the service', () => {
  it('exports a version as a CASE 1.1 package valid against the official schema', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/certifications/cqp-agc/export?format=case&version=1',
      headers: { cookie: certifier },
    });
    expect(response.statusCode).toBe(200);
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    (addFormats as unknown as (a: Ajv2019) => void)(ajv);
    const schema = JSON.parse(
      fs.readFileSync(path.join(fixtures, 'case/v1p1-official.json'), 'utf8'),
    );
    const valid = ajv.validate(schema, response.json());
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('imports a CASE package through the API and says what it assumed', async () => {
    const payload = fs.readFileSync(path.join(fixtures, 'case/Ordering.json'), 'utf8');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/referentials/import?format=case',
      headers: { cookie: certifier, 'content-type': 'application/json' },
      payload,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.versions[0].outcome).toBe('created');
    expect(body.warnings.length).toBeGreaterThan(0);
    const list = await listCertifications(t.ctx);
    expect(list.find((c) => c.slug === body.certification)?.versions[0]?.nodeCount).toBe(28);
  });

  it('imports a CASE spreadsheet sent as CSV, its warnings at their line and column', async () => {
    const payload = fs.readFileSync(path.join(fixtures, 'case/ccsso_ela_item.csv'));
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/referentials/import?format=case&fileName=ccsso_ela_item.csv',
      headers: { cookie: certifier, 'content-type': 'text/csv' },
      payload,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.versions[0].outcome).toBe('created');
    expect(body.warnings.find((w: { code: string }) => w.code === 'value_not_kept')).toMatchObject({
      file: 'ccsso_ela_item.csv',
      line: 2,
      column: 'lastChangeDateTime',
    });
    const list = await listCertifications(t.ctx);
    expect(list.find((c) => c.slug === body.certification)?.versions[0]?.nodeCount).toBe(1189);
  });

  it('refuses malformed JSON as a CASE package and stores nothing', async () => {
    const before = (await listCertifications(t.ctx)).length;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/referentials/import?format=case',
      headers: { cookie: certifier, 'content-type': 'text/plain' },
      payload: '{"CFDocument": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().problems[0].code).toBe('invalid_json');
    expect((await listCertifications(t.ctx)).length).toBe(before);
  });

  it('imports the RNCP and RS exports, then finds the same fiches unchanged', async () => {
    const rncp = await importRncpExport(
      t.ctx,
      path.join(fixtures, 'rncp/export_fiches_RNCP_fixture.xml'),
      null,
    );
    const rs = await importRncpExport(
      t.ctx,
      path.join(fixtures, 'rncp/export_fiches_RS_fixture.xml'),
      null,
    );
    expect([rncp.fiches, rs.fiches]).toEqual([12, 8]);
    const list = await listCertifications(t.ctx);
    expect(list.filter((c) => c.kind === 'rs')).toHaveLength(8);
    expect(list.find((c) => c.rncp === '34762')?.versions[0]?.status).toBe('published');
    // The replacement chain RNCP34762 → RNCP39568 is kept with the certification.
    const { certification } = await exportReferential(t.ctx, 'rncp34762');
    expect(certification.directory).toMatchObject({
      replaces: ['RNCP24998'],
      replacedBy: ['RNCP39568'],
    });
    expect(certification.directory?.certifiers.length).toBeGreaterThan(0);
    const again = await importRncpExport(
      t.ctx,
      path.join(fixtures, 'rncp/export_fiches_RNCP_fixture.xml'),
      null,
    );
    expect(new Set(again.imported.flatMap((r) => r.versions.map((v) => v.outcome)))).toEqual(
      new Set(['unchanged']),
    );
  });
});
