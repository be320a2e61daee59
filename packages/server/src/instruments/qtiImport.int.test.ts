// QTI import through the API, on the public QTIWorks samples of ../shared/fixtures/qti and on
// a package the product exported itself.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS } from '../platform/archive/limits.ts';
import { unzip } from '../platform/archive/readZip.ts';
import { zipFiles } from '../platform/archive/writeZip.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';
import { xsdErrors } from './qti/xsd.testing.ts';

const fixtures = path.join(
  import.meta.dirname,
  '../../../../../shared/fixtures/qti/qti21-qtiworks',
);
let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let certifier: string;

beforeAll(async () => {
  t = await createDemoTestApp();
  certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
});
afterAll(() => t.close());

const post = (query: string, body: Buffer | string, type: string, cookie = certifier) =>
  t.app.inject({
    method: 'POST',
    url: `/api/instruments/qti?certification=cqp-agc&version=1&${query}`,
    headers: { cookie, 'content-type': type },
    payload: body,
  });

function manifest(files: string[]) {
  const resources = files
    .map(
      (f, k) =>
        `<resource identifier="r${k}" type="imsqti_item_xmlv2p1" href="${f}"><file href="${f}"/></resource>`,
    )
    .join('');
  return `<?xml version="1.0"?><manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m"><organizations/><resources>${resources}</resources></manifest>`;
}

describe('QTI import', () => {
  it('asks for a domain when the items name none and the referential has domains', async () => {
    const xml = fs.readFileSync(path.join(fixtures, 'choice.xml'));
    const response = await post('key=sans-domaine', xml, 'application/xml');
    expect(response.json().problems[0].code).toBe('missing_domain');
  });

  it('imports every QTIWorks item into a draft: the survey unscored, the custom rules reduced', async () => {
    const names = fs.readdirSync(fixtures).filter((f) => f.endsWith('.xml'));
    const files = new Map(names.map((f) => [f, fs.readFileSync(path.join(fixtures, f), 'utf8')]));
    files.set('imsmanifest.xml', manifest(names));
    const response = await post(
      'key=qtiworks-exemples&title=Exemples%20QTIWorks&domain=R&file=qtiworks.zip',
      zipFiles(files),
      'application/zip',
    );
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.key).toBe('qtiworks-exemples');
    expect([body.imported, body.unsupported]).toEqual([names.length, []]);
    const stored = await t.app.inject({
      method: 'GET',
      url: '/api/instruments/qtiworks-exemples/versions/1',
      headers: { cookie: certifier },
    });
    const items = stored
      .json()
      .instrument.sections.flatMap((s: { items: Array<{ type: string }> }) => s.items);
    expect(new Set(items.map((i: { type: string }) => i.type))).toEqual(
      new Set(['single_choice', 'multiple_choice', 'open', 'matching', 'ordering', 'text_entry']),
    );
    const scoring = (id: string) =>
      items.find((i: { id: string }) => i.id === id)?.scoring as { model: string };
    expect(scoring('questionnaire').model).toBe('unscored');
    expect(scoring('orderPartialScoring').model).toBe('response_cases');
    expect(stored.json().status).toBe('draft');
  });

  it('round-trips a questionnaire the product exported', async () => {
    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/instruments/cqp-agc-demo-questionnaire/versions/1/qti',
      headers: { cookie: certifier },
    });
    const response = await post(
      'key=questionnaire-reimporte',
      exported.rawPayload,
      'application/zip',
    );
    expect(response.statusCode, response.body).toBe(201);
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/instruments/questionnaire-reimporte/versions/1',
      headers: { cookie: certifier },
    });
    const original = await t.app.inject({
      method: 'GET',
      url: '/api/instruments/cqp-agc-demo-questionnaire/versions/1',
      headers: { cookie: certifier },
    });
    const ids = (r: typeof again) =>
      r
        .json()
        .instrument.sections.flatMap((s: { items: Array<{ id: string }> }) =>
          s.items.map((i) => i.id),
        );
    expect(ids(again)).toEqual(ids(original));
  });

  it('exports QTI 3.0 and 2.1 packages whose manifests validate and link items to CASE', async () => {
    const download = (qti: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/instruments/cqp-agc-demo-questionnaire/versions/1/qti?qti=${qti}`,
        headers: { cookie: certifier },
      });
    const caseExport = await t.app.inject({
      method: 'GET',
      url: '/api/certifications/cqp-agc/export?format=case&version=1',
      headers: { cookie: certifier },
    });
    const uris = new Map<string, string>(
      caseExport
        .json()
        .CFItems.map((i: { humanCodingScheme: string; uri: string }) => [
          i.humanCodingScheme,
          i.uri,
        ]),
    );
    const v3 = unzip((await download('3.0')).rawPayload, DEFAULT_ARCHIVE_LIMITS);
    const manifest3 = String(v3.get('imsmanifest.xml'));
    expect(await xsdErrors('manifest3', manifest3)).toEqual([]);
    expect(manifest3).toContain(`<csm:caseItemURI>${uris.get('RC1')}</csm:caseItemURI>`);
    const v21 = await download('2.1');
    expect(v21.headers['content-disposition']).toContain('-qti21.zip');
    const files21 = unzip(v21.rawPayload, DEFAULT_ARCHIVE_LIMITS);
    expect(await xsdErrors('manifest21', String(files21.get('imsmanifest.xml')))).toEqual([]);
    const again = await post('key=questionnaire-qti21', v21.rawPayload, 'application/zip');
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().imported).toBe(files21.size - 1);
  });

  it('refuses invalid QTI whole, saying which file and line, and lets only the certifier import', async () => {
    const broken = await post(
      'key=casse&file=casse.xml',
      '<assessmentItem><oops',
      'application/xml',
    );
    expect(broken.statusCode).toBe(400);
    expect(broken.json().problems[0]).toMatchObject({ file: 'casse.xml' });
    const notZip = await post('key=pas-zip', Buffer.from('PK?'), 'application/zip');
    expect(notZip.json().problems[0].message.en).toMatch(/zip/);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/instruments',
      headers: { cookie: certifier },
    });
    expect(list.json().map((i: { key: string }) => i.key)).not.toContain('casse');
    const pilot = await signInCookie(t.app, 'pilote@demo.certeval.example');
    const xml = fs.readFileSync(path.join(fixtures, 'choice.xml'));
    expect((await post('key=pilote', xml, 'application/xml', pilot)).statusCode).toBe(403);
  });
});
