import fs from 'node:fs';
import path from 'node:path';
import { parseReferential } from '@certeval/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seedDemo.ts';
import { createTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';
import { loadShippedReferentials } from './loadShipped.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let certifier: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.ctx);
  await loadShippedReferentials(t.ctx);
  certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
});
afterAll(() => t.close());

const get = (url: string, cookie = certifier) =>
  t.app.inject({ method: 'GET', url, headers: { cookie } });
const importText = (payload: string, contentType = 'text/yaml') =>
  t.app.inject({
    method: 'POST',
    url: '/api/referentials/import',
    headers: { cookie: certifier, 'content-type': contentType },
    payload,
  });

const draft = (label: string) => `format: certeval.referential
formatVersion: 1
certification:
  id: cqp-test-conserverie
  kind: cqp
  title: { fr: "CQP d'essai" }
  nsf: []
  rome: []
versions:
  - id: "2026"
    status: draft
    sources: ["test"]
    nodes:
      - { type: mission, code: M1, label: "${label}" }
      - { type: activity, code: M1A1, parent: M1, label: "Prendre les commandes" }
    links: []
    discrepancies: []
`;

describe('referentials', () => {
  it('loads the three shipped certifications once, then finds them unchanged', async () => {
    const list = (await get('/api/certifications')).json();
    expect(list.map((c: { slug: string }) => c.slug)).toEqual([
      'cqp-agc',
      'referentiel-accueil',
      'titre-relation-client',
    ]);
    const again = await loadShippedReferentials(t.ctx);
    expect(again.flatMap((o) => o.result?.versions.map((v) => v.outcome))).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
  });

  it('serves a version of the CQP AGC with its five missions and finds a competence by code', async () => {
    const { version } = (await get('/api/certifications/cqp-agc/versions/1')).json();
    expect(version.nodes.filter((n: { type: string }) => n.type === 'mission')).toHaveLength(5);
    const found = (await get('/api/certifications/cqp-agc/versions/1/search?q=posf5')).json();
    expect(found.map((n: { code: string }) => n.code)).toEqual(['POSF5']);
  });

  it('refuses an invalid file, lists every problem with its line, and stores nothing', async () => {
    const broken = draft('Gérer les commandes').replace(
      'code: M1A1, parent: M1',
      'code: M1, parent: M9',
    );
    const response = await importText(broken);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('referential_invalid');
    const codes = body.problems.map((p: { code: string }) => p.code).sort();
    expect(codes).toEqual(['duplicate_code', 'unknown_parent']);
    expect(
      body.problems.every(
        (p: { line?: number; message: { fr: string; en: string } }) =>
          p.line && p.message.fr && p.message.en,
      ),
    ).toBe(true);
    expect((await get('/api/certifications/cqp-test-conserverie/export')).statusCode).toBe(404);
  });

  it('creates a draft, updates it, publishes it once with the revision read, then keeps it immutable', async () => {
    expect((await importText(draft('Gérer les commandes'))).json().versions).toEqual([
      { key: '2026', outcome: 'created' },
    ]);
    expect((await importText(draft('Gérer les commandes clients'))).json().versions).toEqual([
      { key: '2026', outcome: 'updated' },
    ]);
    const { revision } = (
      await get('/api/certifications/cqp-test-conserverie/versions/2026')
    ).json();
    expect(revision).toBe(2);

    const publish = (rev: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/certifications/cqp-test-conserverie/versions/2026/publish',
        headers: { cookie: certifier },
        payload: { revision: rev },
      });
    expect((await publish(1)).json().code).toBe('conflict');
    expect((await publish(2)).statusCode).toBe(200);
    expect((await publish(3)).json().code).toBe('version_published');

    const changed = await importText(
      draft('Autre libellé').replace('status: draft', 'status: published'),
    );
    expect(changed.statusCode).toBe(409);
    expect(changed.json()).toMatchObject({ code: 'version_published', path: '$.versions[0].id' });
    const { version } = (
      await get('/api/certifications/cqp-test-conserverie/versions/2026')
    ).json();
    expect(version.nodes[0].label).toBe('Gérer les commandes clients');
  });

  it('shows what changed between two versions', async () => {
    const v2 = draft('Gérer les commandes et les litiges')
      .replace('id: "2026"', 'id: "2027"')
      .replace(
        '      - { type: activity, code: M1A1, parent: M1, label: "Prendre les commandes" }',
        '      - { type: activity, code: M1A2, parent: M1, label: "Traiter les litiges" }',
      );
    expect((await importText(v2)).statusCode).toBe(200);
    const diff = (
      await get('/api/certifications/cqp-test-conserverie/diff?from=2026&to=2027')
    ).json();
    expect(diff.added.map((n: { code: string }) => n.code)).toEqual(['M1A2']);
    expect(diff.removed.map((n: { code: string }) => n.code)).toEqual(['M1A1']);
    expect(diff.changed.map((c: { code: string; fields: string[] }) => [c.code, c.fields])).toEqual(
      [['M1', ['label']]],
    );
  });

  it('exports the native file, which imports back unchanged (JSON)', async () => {
    const exported = await get('/api/certifications/cqp-agc/export');
    const shipped = fs.readFileSync(
      path.join(t.ctx.config.shippedReferentialsDir, 'cqp-agc.yaml'),
      'utf8',
    );
    const parsed = parseReferential(shipped);
    expect(parsed.ok && exported.json()).toEqual(parsed.ok && parsed.value);
    const back = await importText(exported.body, 'application/json');
    expect(back.json().versions).toEqual([{ key: '1', outcome: 'unchanged' }]);
  });

  it('lets only the certifier import', async () => {
    const tutor = await signInCookie(t.app, 'tuteur@demo.certeval.example');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/referentials/import',
      headers: { cookie: tutor, 'content-type': 'text/yaml' },
      payload: draft('x'),
    });
    expect(response.statusCode).toBe(403);
    expect((await get('/api/certifications', tutor)).statusCode).toBe(200);
  });

  it('starts a new draft from the published CQP AGC, publishes it, and the diff is empty', async () => {
    const start = await t.app.inject({
      method: 'POST',
      url: '/api/certifications/cqp-agc/versions',
      headers: { cookie: certifier },
      payload: { from: '1', key: '2' },
    });
    expect(start.statusCode).toBe(201);
    expect(start.json()).toEqual({ key: '2', status: 'draft', revision: 1 });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/certifications/cqp-agc/versions',
      headers: { cookie: certifier },
      payload: { from: '1', key: '2' },
    });
    expect(again.statusCode).toBe(409);
    const diff = (await get('/api/certifications/cqp-agc/diff?from=1&to=2')).json();
    expect([diff.added, diff.removed, diff.changed, diff.addedLinks, diff.removedLinks]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    const list = (await get('/api/certifications')).json();
    expect(
      list
        .find((c: { slug: string }) => c.slug === 'cqp-agc')
        .versions.map((v: { status: string }) => v.status),
    ).toEqual(['published', 'draft']);
  });
});
