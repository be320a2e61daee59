import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, ensureOrganisation } from '../accounts/service.ts';
import { demoOrganisations, seedDemo } from '../demo/seedDemo.ts';
import { loadShippedReferentials } from '../referential/loadShipped.ts';
import { createTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let pilot: string;
let companyId: string;
let variantId: string;

beforeAll(async () => {
  t = await createTestApp();
  await loadShippedReferentials(t.ctx);
  await seedDemo(t.ctx);
  companyId = (await ensureOrganisation(t.ctx, 'company', demoOrganisations.company)).id;
  await ensureOrganisation(t.ctx, 'company', 'Laiterie du Plateau');
  await createUser(t.ctx, {
    email: 'pilote@laiterie.example',
    displayName: 'Noémie Caron',
    password: 'un mot de passe de test',
    roles: [{ organisationName: 'Laiterie du Plateau', role: 'company_pilot' }],
  });
  pilot = await signInCookie(t.app, 'pilote@demo.certeval.example');
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

describe('company adaptation of the CQP AGC', () => {
  it('is started by the pilot from the published national version, every line national', async () => {
    const created = await call('POST', '/api/variants', pilot, {
      organisationId: companyId,
      certification: 'cqp-agc',
      version: '1',
      name: 'CQP AGC — biscuiterie',
    });
    expect(created.statusCode).toBe(201);
    variantId = created.json().id;
    const variant = (await call('GET', `/api/variants/${variantId}`, pilot)).json();
    expect(variant.revision).toBe(1);
    expect(variant.canEdit).toBe(true);
    expect(new Set(variant.lines.flatMap((l: { status: string[] }) => l.status))).toEqual(
      new Set(['national']),
    );
  });

  it('saves renamed, hidden and added items and shows how each line differs; the national version stays', async () => {
    const changes = [
      {
        kind: 'rename',
        code: 'M2A1',
        label: 'Saisir les commandes dans le logiciel de la biscuiterie',
      },
      { kind: 'hide', code: 'M1A1' },
      {
        kind: 'add',
        code: 'BTV-M2A9',
        type: 'activity',
        parent: 'M2',
        label: 'Préparer les commandes des gammes sans gluten',
      },
    ];
    const saved = await call('PUT', `/api/variants/${variantId}`, pilot, { revision: 1, changes });
    expect(saved.json()).toEqual({ id: variantId, revision: 2 });
    const { lines } = (await call('GET', `/api/variants/${variantId}`, pilot)).json();
    const byCode = new Map(lines.map((l: { code: string }) => [l.code, l]));
    expect(byCode.get('M2A1')).toMatchObject({
      status: ['renamed'],
      adapted: { label: changes[0]?.label },
    });
    expect(byCode.get('M1A1')).toMatchObject({ status: ['hidden'] });
    expect(byCode.get('BTV-M2A9')).toMatchObject({ status: ['added'] });
    const national = (await call('GET', '/api/certifications/cqp-agc/versions/1', pilot)).json()
      .version;
    expect(national.nodes.find((n: { code: string }) => n.code === 'M2A1').label).not.toBe(
      changes[0]?.label,
    );
  });

  it('refuses a save based on an old revision and keeps what was saved', async () => {
    const stale = await call('PUT', `/api/variants/${variantId}`, pilot, {
      revision: 1,
      changes: [],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict');
    expect((await call('GET', `/api/variants/${variantId}`, pilot)).json().changes).toHaveLength(3);
  });

  it('refuses changes that do not apply, naming each, and saves nothing', async () => {
    const bad = await call('PUT', `/api/variants/${variantId}`, pilot, {
      revision: 2,
      changes: [{ kind: 'rename', code: 'M9A9', label: 'x' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'variant_invalid',
      problems: [{ code: 'unknown_national_item', path: 'body.changes[0].code' }],
    });
    expect((await call('GET', `/api/variants/${variantId}`, pilot)).json().revision).toBe(2);
  });

  it('is read by the company’s tutor and the certifier, written by neither, and hidden from another company', async () => {
    const tutor = await signInCookie(t.app, 'tuteur@demo.certeval.example');
    expect((await call('GET', `/api/variants/${variantId}`, tutor)).json().canEdit).toBe(false);
    expect(
      (await call('PUT', `/api/variants/${variantId}`, tutor, { revision: 2, changes: [] }))
        .statusCode,
    ).toBe(403);
    const certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
    // The certifier sees every company's: this one and the demo company's own (seedDemo).
    const seen = (await call('GET', '/api/variants', certifier))
      .json()
      .map((v: { id: string }) => v.id);
    expect(seen).toContain(variantId);
    expect(seen).toHaveLength(2);
    const other = await signInCookie(t.app, 'pilote@laiterie.example', 'un mot de passe de test');
    expect((await call('GET', '/api/variants', other)).json()).toEqual([]);
    expect((await call('GET', `/api/variants/${variantId}`, other)).statusCode).toBe(403);
    expect(
      (await call('PUT', `/api/variants/${variantId}`, other, { revision: 2, changes: [] }))
        .statusCode,
    ).toBe(403);
    const forOther = await call('POST', '/api/variants', other, {
      organisationId: companyId,
      certification: 'cqp-agc',
      version: '1',
      name: 'x',
    });
    expect(forOther.statusCode).toBe(403);
  });
});
