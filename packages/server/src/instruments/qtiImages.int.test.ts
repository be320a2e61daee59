// The pictures of imported QTI items (issue 18, item 4): stored with the instrument in the
// import's transaction, served to its authors and to the candidate taking it, written back
// into its QTI export; never served through an instrument whose items do not show them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS } from '../platform/archive/limits.ts';
import { unzip } from '../platform/archive/readZip.ts';
import { zipFiles } from '../platform/archive/writeZip.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

const fixtures = path.join(
  import.meta.dirname,
  '../../../../../shared/fixtures/qti/qti21-qtiworks',
);
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const name = `${createHash('sha256').update(png).digest('hex')}.png`;
let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, {
    certifier: 'certificateur@demo.certeval.example',
    trainer: 'formateur@demo.certeval.example',
    tutor: 'tuteur@demo.certeval.example',
    candidate: 'candidat@demo.certeval.example',
  }));
});
afterAll(() => t.close());

const manifest = (files: string[]) =>
  `<?xml version="1.0"?><manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m"><organizations/><resources>${files
    .map(
      (f, k) =>
        `<resource identifier="r${k}" type="imsqti_item_xmlv2p1" href="${f}"><file href="${f}"/></resource>`,
    )
    .join('')}</resources></manifest>`;

async function importWithPicture(key: string) {
  const items = ['choice.xml', 'likert.xml'];
  const files = new Map<string, string | Buffer>([
    ['imsmanifest.xml', manifest(items)],
    ...items.map((f) => [f, fs.readFileSync(path.join(fixtures, f), 'utf8')] as [string, string]),
    ['images/sign.png', png],
  ]);
  const url = `/api/instruments/qti?certification=cqp-agc&version=1&domain=R&key=${key}`;
  return call('POST', url, 'certifier', zipFiles(files), 'application/zip');
}

describe('the pictures of an imported QTI questionnaire', () => {
  let evaluation: string;

  it('are stored with it and served to its authors, only when an item shows them', async () => {
    const imported = await importWithPicture('avec-image');
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json().omitted).toEqual([]);
    const picture = await call(
      'GET',
      `/api/instruments/avec-image/versions/1/images/${name}`,
      'certifier',
    );
    expect(picture.statusCode).toBe(200);
    expect(picture.headers['content-type']).toBe('image/png');
    expect(picture.headers['x-content-type-options']).toBe('nosniff');
    expect(picture.rawPayload).toEqual(png);
    const elsewhere = await call(
      'GET',
      `/api/instruments/cqp-agc-demo-questionnaire/versions/1/images/${name}`,
      'certifier',
    );
    expect(elsewhere.statusCode).toBe(404);
  });

  it('are shown to the candidate taking it, and to no one else through their evaluation', async () => {
    const stored = (
      await call('GET', '/api/instruments/avec-image/versions/1', 'certifier')
    ).json();
    const published = await call(
      'POST',
      '/api/instruments/avec-image/versions/1/publish',
      'certifier',
      {
        revision: stored.revision,
      },
    );
    expect(published.statusCode, published.body).toBe(200);
    const lucas = (await call('GET', '/api/candidates', 'trainer')).json().items[0].id;
    const assigned = await call('POST', `/api/candidates/${lucas}/questionnaires`, 'trainer', {
      instrument: { key: 'avec-image', version: '1' },
      kind: 'final',
      date: new Date().toISOString().slice(0, 10),
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    evaluation = assigned.json().id;
    const view = (await call('GET', `/api/evaluations/${evaluation}/take`, 'candidate')).json();
    const items = view.questionnaire.sections.flatMap((s: { items: unknown[] }) => s.items);
    expect(items.find((i: { id: string }) => i.id === 'choice').images).toEqual([
      { file: `images/${name}`, alt: 'NEVER LEAVE LUGGAGE UNATTENDED' },
    ]);
    const shown = await call('GET', `/api/evaluations/${evaluation}/images/${name}`, 'candidate');
    expect([shown.statusCode, shown.rawPayload]).toEqual([200, png]);
    expect(
      (await call('GET', `/api/evaluations/${evaluation}/images/${name}`, 'tutor')).statusCode,
    ).toBe(403);
    const other = 'a'.repeat(64);
    expect(
      (await call('GET', `/api/evaluations/${evaluation}/images/${other}.png`, 'candidate'))
        .statusCode,
    ).toBe(404);
  });

  it('go back into its QTI export', async () => {
    const exported = await call('GET', '/api/instruments/avec-image/versions/1/qti', 'certifier');
    const files = unzip(exported.rawPayload, DEFAULT_ARCHIVE_LIMITS);
    expect(files.get(`items/images/${name}`)).toEqual(png);
    expect(String(files.get('items/choice.xml'))).toContain(`<img src="images/${name}"`);
  });
});
