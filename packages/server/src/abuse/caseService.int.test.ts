// The public CASE 1.1 service (issue 18, item 2) opens the published referentials to anyone: it
// must open nothing else. A draft (a new version being prepared, an imported framework not yet
// published) is never answered, whoever asks and with whatever session; the service changes
// nothing, whatever the method; and its CORS opening never extends to credentials.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCaseVersion, importCasePackage } from '../referential/caseInterchange.ts';
import { startDraftVersion } from '../referential/service.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { actorForEmail, signInCookie } from '../test/sessions.ts';

const SERVICE = '/ims/case/v1p1';
let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let certifierCookie: string;

beforeAll(async () => {
  t = await createDemoTestApp();
  certifierCookie = await signInCookie(t.app, 'certificateur@demo.certeval.example');
});
afterAll(() => t.close());

const get = (url: string, cookie?: string) =>
  t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

describe('the CASE service answers no draft', () => {
  it('a new draft of the CQP AGC: neither its document, package nor items, even to its certifier', async () => {
    const certifier = await actorForEmail(t.ctx, 'certificateur@demo.certeval.example');
    await startDraftVersion(t.ctx, 'cqp-agc', '1', '2-brouillon', certifier.userId);
    const draft = await exportCaseVersion(t.ctx, 'cqp-agc', '2-brouillon');
    const urls = [
      `${SERVICE}/CFDocuments/${draft.CFDocument.identifier}`,
      `${SERVICE}/CFPackages/${draft.CFDocument.identifier}`,
      ...draft.CFItems.slice(0, 10).map((item) => `${SERVICE}/CFItems/${item.identifier}`),
      ...draft.CFAssociations.slice(0, 10).map((a) => `${SERVICE}/CFAssociations/${a.identifier}`),
    ];
    for (const url of urls) {
      for (const cookie of [undefined, certifierCookie]) {
        const response = await get(url, cookie);
        expect([url, response.statusCode]).toEqual([url, 404]);
        expect(response.json().imsx_codeMajor).toBe('failure');
      }
    }
    const list = (await get(`${SERVICE}/CFDocuments`, certifierCookie)).json();
    const listed = list.CFDocuments.map((d: { identifier: string }) => d.identifier);
    expect(listed).not.toContain(draft.CFDocument.identifier);
  });

  it('an imported framework not yet published: nothing of it', async () => {
    const pkg = {
      CFDocument: {
        identifier: 'c2222222-2222-4222-8222-222222222222',
        uri: 'https://outil.example/doc',
        creator: 'Organisme fictif',
        title: 'Cadre confidentiel en préparation',
        lastChangeDateTime: '2026-02-01T10:00:00Z',
      },
      CFItems: [
        {
          identifier: 'c2222222-2222-4222-8222-222222222223',
          uri: 'https://outil.example/item',
          fullStatement: 'Compétence encore confidentielle',
          lastChangeDateTime: '2026-02-01T10:00:00Z',
        },
      ],
    };
    await importCasePackage(t.ctx, { json: pkg }, { actorId: null });
    for (const url of [
      `${SERVICE}/CFPackages/${pkg.CFDocument.identifier}`,
      `${SERVICE}/CFItems/${pkg.CFItems[0]?.identifier}`,
      `${SERVICE}/CFItemAssociations/${pkg.CFItems[0]?.identifier}`,
    ]) {
      expect((await get(url, certifierCookie)).statusCode).toBe(404);
    }
  });
});

describe('the CASE service changes nothing', () => {
  it('refuses every method but reading, and the referentials stay as they were', async () => {
    const before = (await get('/api/certifications', certifierCookie)).json();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      for (const url of [
        `${SERVICE}/CFDocuments`,
        `${SERVICE}/CFPackages/x`,
        `${SERVICE}/CFItems/x`,
      ]) {
        const response = await t.app.inject({
          method,
          url,
          headers: { cookie: certifierCookie, 'content-type': 'application/json' },
          payload: '{"CFDocument":{}}',
        });
        expect([method, url, response.statusCode]).toEqual([method, url, 404]);
        expect(response.json().imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue).toBe(
          'unknownobject',
        );
      }
    }
    expect((await get('/api/certifications', certifierCookie)).json()).toEqual(before);
  });

  it('opens reading to every origin, never with credentials', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `${SERVICE}/CFDocuments`,
      headers: { origin: 'https://autre-site.example', cookie: certifierCookie },
    });
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    expect(response.headers['set-cookie']).toBeUndefined();
  });
});
