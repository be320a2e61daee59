// Authoring instruments through the API: create, save with the revision read, publish, start a
// new version, clone for a company, and download the paper form and the QTI package.
import fs from 'node:fs';
import path from 'node:path';
import type { Instrument } from '@certeval/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as accounts from '../accounts/service.ts';
import { DEMO_PASSWORD, demoOrganisations } from '../demo/seedDemo.ts';
import { DEFAULT_ARCHIVE_LIMITS } from '../platform/archive/limits.ts';
import { unzip } from '../platform/archive/readZip.ts';
import { auditEvents } from '../platform/db/schema.ts';
import { normalise, readPdfText } from '../platform/pdf/pdfText.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { importQtiPackage } from './qti/readPackage.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let demo: DemoCaller;
let company: string;
let otherCompany: string;

beforeAll(async () => {
  t = await createDemoTestApp();
  const other = await accounts.ensureOrganisation(t.ctx, 'company', 'Laiterie du Val Fleuri');
  await accounts.createUser(t.ctx, {
    email: 'pilote@val-fleuri.example',
    displayName: 'Mathis Guérin',
    password: DEMO_PASSWORD,
    roles: [{ organisationName: 'Laiterie du Val Fleuri', role: 'company_pilot' }],
  });
  const organisations = await accounts.listOrganisations(t.ctx);
  company = organisations.find((o) => o.name === demoOrganisations.company)?.id ?? '';
  otherCompany = other.id;
  demo = await demoCaller(t.app, {
    certifier: 'certificateur@demo.certeval.example',
    pilot: 'pilote@demo.certeval.example',
    tutor: 'tuteur@demo.certeval.example',
    trainer: 'formateur@demo.certeval.example',
    otherPilot: 'pilote@val-fleuri.example',
  });
});
afterAll(() => t.close());

type Who = 'certifier' | 'pilot' | 'tutor' | 'trainer' | 'otherPilot';
const call = (who: Who, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  demo.call(method, url, who, payload);
const read = async (who: Who, key: string, version = '1') =>
  (await call(who, 'GET', `/api/instruments/${key}/versions/${version}`)).json();

function demoQuestionnaire(): Record<string, unknown> {
  const file = path.join(t.ctx.config.shippedInstrumentsDir, 'cqp-agc-demo-questionnaire.yaml');
  const { version: _version, status: _status, ...rest } = parse(fs.readFileSync(file, 'utf8'));
  return { ...rest, id: 'questionnaire-ecoute', title: 'Questionnaire écoute client' };
}

async function auditActions(subject: string) {
  const rows = await t.ctx.database.db.select().from(auditEvents);
  return rows.filter((r) => r.subjectId === subject).map((r) => r.action);
}

describe('a national instrument, from creation to its second version', () => {
  let revision: number;

  it('is created as a draft, version 1, by the certifier only', async () => {
    const created = await call('certifier', 'POST', '/api/instruments', {
      instrument: demoQuestionnaire(),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ key: 'questionnaire-ecoute', version: '1', revision: 1 });
    const got = await read('certifier', 'questionnaire-ecoute');
    expect([got.status, got.organisationId, got.derivedFrom, got.canEdit]).toEqual([
      'draft',
      null,
      null,
      true,
    ]);
    expect(got.instrument.status).toBe('draft');
    expect(new Date(got.updatedAt).getTime()).toBeGreaterThan(0);
    revision = got.revision;
    const again = await call('certifier', 'POST', '/api/instruments', {
      instrument: demoQuestionnaire(),
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'conflict']);
    const byPilot = await call('pilot', 'POST', '/api/instruments', {
      instrument: { ...demoQuestionnaire(), id: 'par-le-pilote' },
    });
    expect(byPilot.statusCode).toBe(403);
    expect(await auditActions('questionnaire-ecoute@1')).toEqual(['instrument.create']);
  });

  it('refuses an instrument core finds invalid, saying where, and stores nothing', async () => {
    const instrument = demoQuestionnaire();
    const sections = instrument.sections as Array<{ items: Array<{ evaluates: string[] }> }>;
    const [first] = sections[0]?.items ?? [];
    if (first) first.evaluates = ['RC99'];
    const refused = await call('certifier', 'POST', '/api/instruments', {
      instrument: { ...instrument, id: 'questionnaire-faux' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('instrument_invalid');
    expect(refused.json().problems).toEqual([
      expect.objectContaining({
        code: 'unknown_code',
        path: '$.sections[0].items[0].evaluates[0]',
        message: expect.objectContaining({ fr: expect.stringContaining('RC99') }),
      }),
    ]);
    expect(
      (await call('certifier', 'GET', '/api/instruments/questionnaire-faux/versions/1')).statusCode,
    ).toBe(404);
  });

  it('saves an edit with the revision read, and refuses a stale one without overwriting', async () => {
    const { instrument } = await read('certifier', 'questionnaire-ecoute');
    const url = '/api/instruments/questionnaire-ecoute/versions/1';
    const saved = await call('certifier', 'PUT', url, {
      instrument: { ...instrument, title: 'Questionnaire écoute client (revu)' },
      revision,
    });
    expect([saved.statusCode, saved.json()]).toEqual([200, { revision: revision + 1 }]);
    const stale = await call('certifier', 'PUT', url, {
      instrument: { ...instrument, title: 'Écrasé ?' },
      revision,
    });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'conflict']);
    const now = await read('certifier', 'questionnaire-ecoute');
    expect([now.instrument.title, now.revision]).toEqual([
      'Questionnaire écoute client (revu)',
      revision + 1,
    ]);
    const rebound = await call('certifier', 'PUT', url, {
      instrument: { ...instrument, binding: { certification: 'cqp-agc', version: '2' } },
      revision: revision + 1,
    });
    expect(rebound.json().problems.map((p: { path: string }) => p.path)).toEqual([
      '$.binding.version',
    ]);
    revision += 1;
  });

  it('publishes, then refuses every edit of the published version', async () => {
    const url = '/api/instruments/questionnaire-ecoute/versions/1';
    const published = await call('certifier', 'POST', `${url}/publish`, { revision });
    expect([published.statusCode, published.json().status]).toEqual([200, 'published']);
    const { instrument, status } = await read('certifier', 'questionnaire-ecoute');
    expect([status, instrument.status]).toEqual(['published', 'published']);
    const edit = await call('certifier', 'PUT', url, {
      instrument,
      revision: revision + 1,
    });
    expect([edit.statusCode, edit.json().code]).toEqual([409, 'version_published']);
    const again = await call('certifier', 'POST', `${url}/publish`, { revision: revision + 1 });
    expect(again.json().code).toBe('version_published');
    expect(await auditActions('questionnaire-ecoute@1')).toEqual([
      'instrument.create',
      'instrument.update',
      'instrument.publish',
    ]);
  });

  it('starts version 2 as a draft copy, version 1 untouched', async () => {
    const url = '/api/instruments/questionnaire-ecoute/versions/1/new-version';
    const next = await call('certifier', 'POST', url);
    expect([next.statusCode, next.json()]).toEqual([
      201,
      { key: 'questionnaire-ecoute', version: '2', revision: 1 },
    ]);
    const v2 = await read('certifier', 'questionnaire-ecoute', '2');
    expect([v2.status, v2.derivedFrom, v2.instrument.version]).toEqual([
      'draft',
      'questionnaire-ecoute@1',
      '2',
    ]);
    expect((await call('certifier', 'POST', url)).json().version).toBe('3');
    expect((await read('certifier', 'questionnaire-ecoute')).status).toBe('published');
    expect((await call('pilot', 'POST', url)).statusCode).toBe(403);
  });
});

describe("a company's adaptation of the national tutor grid", () => {
  const grid = '/api/instruments/cqp-agc-tutor-grid/versions/1';
  let key: string;

  it('is cloned by the demo pilot for their company, bound to its variant', async () => {
    const cloned = await call('pilot', 'POST', `${grid}/clone`, { organisationId: company });
    expect(cloned.statusCode).toBe(201);
    key = cloned.json().key;
    expect(cloned.json()).toEqual({
      key: 'cqp-agc-tutor-grid-biscuiterie-des-trois-vallees',
      version: '1',
      revision: 1,
    });
    const got = await read('pilot', key);
    const variants = (await call('pilot', 'GET', '/api/variants')).json();
    expect(got.instrument.binding).toEqual({ variant: variants[0].id });
    expect([got.organisationId, got.derivedFrom, got.status, got.canEdit]).toEqual([
      company,
      'cqp-agc-tutor-grid@1',
      'draft',
      true,
    ]);
    expect(got.instrument.title).toBe(
      "Grille d'observation des activités (tuteur) — Biscuiterie des Trois Vallées",
    );
    expect(await auditActions(`${key}@1`)).toEqual(['instrument.clone']);
  });

  it('is edited by the pilot against the company variant: its added activity may be tagged', async () => {
    const got = await read('pilot', key);
    const instrument = got.instrument as Instrument;
    const m2 = instrument.sections.find((s) => s.id === 'M2');
    m2?.items.push({
      type: 'observation',
      id: 'BTV-M2A7',
      domain: 'PO',
      evaluates: ['BTV-M2A7'],
      scoring: { model: 'scale_percentage', scale: 'percentage' },
      observation: 'Préparer les commandes de la gamme sans gluten',
      prompts: [],
    });
    const saved = await call('pilot', 'PUT', `/api/instruments/${key}/versions/1`, {
      instrument,
      revision: got.revision,
    });
    expect(saved.statusCode).toBe(200);
  });

  it("is refused to another company's pilot: no clone for the demo company, no edit, no read", async () => {
    const clone = await call('otherPilot', 'POST', `${grid}/clone`, { organisationId: company });
    expect([clone.statusCode, clone.json().code]).toEqual([403, 'forbidden']);
    const { instrument, revision } = await read('pilot', key);
    const edit = await call('otherPilot', 'PUT', `/api/instruments/${key}/versions/1`, {
      instrument,
      revision,
    });
    expect(edit.statusCode).toBe(403);
    expect((await call('otherPilot', 'GET', `/api/instruments/${key}/versions/1`)).statusCode).toBe(
      403,
    );
    const own = await call('otherPilot', 'POST', `${grid}/clone`, { organisationId: otherCompany });
    expect([own.statusCode, own.json().key]).toEqual([
      201,
      'cqp-agc-tutor-grid-laiterie-du-val-fleuri',
    ]);
    // No variant of the CQP AGC for that company: bound to the national version.
    expect((await read('otherPilot', own.json().key)).instrument.binding).toEqual({
      certification: 'cqp-agc',
      version: '1',
    });
  });

  it('is listed for the company and the certifier, not for others', async () => {
    const keys = async (who: Who, query = '') =>
      (await call(who, 'GET', `/api/instruments${query}`))
        .json()
        .map((i: { key: string }) => i.key);
    expect(await keys('tutor')).toContain(key);
    expect(await keys('certifier')).toContain(key);
    expect(await keys('trainer')).not.toContain(key);
    expect(await keys('otherPilot')).not.toContain(key);
    expect(await keys('certifier', `?organisation=${company}`)).toEqual([key]);
    expect(await keys('certifier', '?organisation=national&certification=cqp-agc')).toEqual([
      'cqp-agc-demo-questionnaire',
      'cqp-agc-jury-guide',
      'cqp-agc-tutor-grid',
      'cqp-agc-vae-booklet',
      'questionnaire-ecoute',
      'questionnaire-ecoute',
      'questionnaire-ecoute',
    ]);
  });
});

describe('downloads', () => {
  it('prints the jury guide as a PDF with the header filled in', async () => {
    const response = await call(
      'tutor',
      'GET',
      '/api/instruments/cqp-agc-jury-guide/versions/1/pdf?date=2026-03-12&evaluator=Odile%20Castagn%C3%A9&role=membre%20du%20jury&candidate=Ma%C3%ABlle%20Arnaud&company=Fromagerie%20Lh%C3%B4te',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="cqp-agc-jury-guide-v1.pdf"',
    );
    const pdf = await readPdfText(response.rawPayload);
    expect(pdf.pages).toHaveLength(8);
    expect(pdf.pages[0]).toContain('12/03/2026');
    expect(pdf.pages[0]).toContain(normalise('Odile Castagné, membre du jury'));
    expect(pdf.pages[0]).toContain(normalise('Maëlle Arnaud'));
    expect(pdf.pages[0]).toContain(normalise('Fromagerie Lhôte'));
  }, 60_000);

  it('exports the demo questionnaire as a QTI 3.0 package with every item', async () => {
    const response = await call(
      'certifier',
      'GET',
      '/api/instruments/cqp-agc-demo-questionnaire/versions/1/qti',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="cqp-agc-demo-questionnaire-v1-qti.zip"',
    );
    const files = new Map(
      [...unzip(response.rawPayload, DEFAULT_ARCHIVE_LIMITS)].map(([n, d]) => [n, d.toString()]),
    );
    const { instrument } = await read('certifier', 'cqp-agc-demo-questionnaire');
    const ids = (instrument as Instrument).sections.flatMap((s) => s.items.map((i) => i.id));
    expect([...files.keys()].sort()).toEqual(
      ['imsmanifest.xml', ...ids.map((id) => `items/${id}.xml`)].sort(),
    );
    const reimported = importQtiPackage(files);
    expect(reimported.problems).toEqual([]);
    expect(reimported.questionnaire.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(ids);
  });

  it('refuses a QTI export of an instrument that is not a questionnaire', async () => {
    const response = await call(
      'certifier',
      'GET',
      '/api/instruments/cqp-agc-jury-guide/versions/1/qti',
    );
    expect([response.statusCode, response.json().code]).toEqual([400, 'validation_failed']);
  });
});

describe('the OpenAPI document', () => {
  it('describes the authoring routes and the files they return', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const paths = doc.paths as Record<string, Record<string, { responses: object }>>;
    expect(Object.keys(paths['/api/instruments/{key}/versions/{version}'] ?? {}).sort()).toEqual([
      'get',
      'put',
    ]);
    for (const verb of ['clone', 'publish', 'new-version'])
      expect(paths[`/api/instruments/{key}/versions/{version}/${verb}`]?.post).toBeDefined();
    expect(
      JSON.stringify(paths['/api/instruments/{key}/versions/{version}/pdf']?.get?.responses),
    ).toContain('application/pdf');
    expect(
      JSON.stringify(paths['/api/instruments/{key}/versions/{version}/qti']?.get?.responses),
    ).toContain('application/zip');
  });
});
