// Issue 18, item 2 and "Done when": the CQP AGC served through the CASE 1.1 service, every answer
// valid against the official CASE 1.1 schema (caseSchemas.testing.ts), every item URI resolving
// on CERTEVAL_PUBLIC_URL; the OpenSALT samples served back valid; only published versions;
// imsx_StatusInfo for what is unknown; CORS open for GET.
import fs from 'node:fs';
import path from 'node:path';
import type { CfPackage } from '@certeval/core';
import { FULL, fullPackage } from '@certeval/core/referential/case/fullPackage.testing';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAuthorization } from '../../platform/http/authorization.ts';
import { createDemoTestApp } from '../../test/harness.ts';
import { actorForEmail } from '../../test/sessions.ts';
import { exportCaseVersion, importCasePackage } from '../caseInterchange.ts';
import { getVersion, publishVersion } from '../service.ts';
import { type CaseAnswer, caseErrors } from './caseSchemas.testing.ts';

const PUBLIC_URL = 'https://certeval.example';
const SERVICE = '/ims/case/v1p1';
const fixtures = path.join(import.meta.dirname, '../../../../../../shared/fixtures/case');
let t: Awaited<ReturnType<typeof createDemoTestApp>>;

beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_PUBLIC_URL: PUBLIC_URL });
});
afterAll(() => t.close());

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await t.app.inject({ method: 'GET', url, headers });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}

/** Answers `url` with 200 and a body valid as `answer`; returns the body. */
async function served(answer: CaseAnswer, url: string) {
  const { status, body } = await get(url);
  expect(status, url).toBe(200);
  expect(caseErrors(answer, body), url).toEqual([]);
  return body;
}

/** The path of a URI the service wrote: it must be on the public address. */
function pathOf(uri: string) {
  expect(uri.startsWith(`${PUBLIC_URL}${SERVICE}/`), uri).toBe(true);
  return uri.slice(PUBLIC_URL.length);
}

interface Served {
  identifier: string;
  title: string;
  uri: string;
  extensions: { certeval: { certification: { id: string } } };
}

const certificationOf = (document: Served) => document.extensions.certeval.certification.id;

async function cqpAgcDocument() {
  const list = await served('CFDocumentSet', `${SERVICE}/CFDocuments`);
  const documents = list.CFDocuments as Array<Served>;
  const document = documents.find((d) => certificationOf(d) === 'cqp-agc');
  if (!document) throw new Error(`no CQP AGC among ${documents.map((d) => d.title)}`);
  return document;
}

describe('the CQP AGC through the CASE 1.1 service', () => {
  it('lists the published frameworks, each CFDocument valid, with their count', async () => {
    const { headers, body } = await get(`${SERVICE}/CFDocuments`);
    expect(caseErrors('CFDocumentSet', body)).toEqual([]);
    expect(body.CFDocuments.map(certificationOf).sort()).toEqual([
      'cqp-agc',
      'referentiel-accueil',
      'titre-relation-client',
    ]);
    expect(headers['x-total-count']).toBe('3');
    expect(headers['access-control-allow-origin']).toBe('*');
  });

  it('serves its document and package, valid, where its URIs say', async () => {
    const document = await cqpAgcDocument();
    const served1 = await served('CFDocuments', pathOf(document.uri));
    expect(served1.identifier).toBe(document.identifier);
    const pkg = (await served('CFPackages', pathOf(served1.CFPackageURI.uri))) as CfPackage;
    expect(pkg.CFDocument.identifier).toBe(document.identifier);
    expect(pkg.CFItems.length).toBeGreaterThan(100);
  });

  it('resolves every item URI to its CFItem, valid, with its document', async () => {
    const document = await cqpAgcDocument();
    const pkg = (await get(`${SERVICE}/CFPackages/${document.identifier}`)).body as CfPackage;
    for (const item of pkg.CFItems) {
      const body = await served('CFItems', pathOf(item.uri));
      expect(body.identifier).toBe(item.identifier);
      expect(body.CFDocumentURI.identifier).toBe(document.identifier);
    }
  });

  it('serves each association, each item with its associations, types and groupings', async () => {
    const document = await cqpAgcDocument();
    const pkg = (await get(`${SERVICE}/CFPackages/${document.identifier}`)).body as CfPackage;
    for (const association of pkg.CFAssociations.slice(0, 40)) {
      await served('CFAssociations', pathOf(association.uri));
    }
    const [item] = pkg.CFItems;
    const withAssociations = await served(
      'CFItemAssociations',
      `${SERVICE}/CFItemAssociations/${item?.identifier}`,
    );
    expect(withAssociations.CFAssociations.length).toBeGreaterThan(0);
    for (const type of pkg.CFDefinitions.CFItemTypes) {
      const set = await served('CFItemTypes', pathOf(type.uri));
      expect(set.CFItemTypes[0].identifier).toBe(type.identifier);
    }
    for (const grouping of pkg.CFDefinitions.CFAssociationGroupings) {
      await served('CFAssociationGroupings', pathOf(grouping.uri));
    }
  });

  it('dates the package by its publication, the same on every request', async () => {
    const document = await cqpAgcDocument();
    const first = await get(`${SERVICE}/CFPackages/${document.identifier}`);
    const again = await get(`${SERVICE}/CFPackages/${document.identifier}`);
    expect(again.body).toEqual(first.body);
    const { publishedAt } = await getVersion(t.ctx, 'cqp-agc', '1');
    expect(first.body.CFDocument.lastChangeDateTime).toBe(publishedAt?.toISOString());
    expect(first.body.CFItems[0].lastChangeDateTime).toBe(publishedAt?.toISOString());
    const exported = await exportCaseVersion(t.ctx, 'cqp-agc', '1');
    expect(exported.CFDocument.lastChangeDateTime).toBe(publishedAt?.toISOString());
  });
});

describe('the routes of the service', () => {
  it('are all declared, public, for reading', () => {
    const routes = t.routes.filter((r) => r.url.startsWith(SERVICE));
    expect(routes.map((r) => `${r.method} ${r.url.slice(SERVICE.length)}`).sort()).toEqual(
      [
        'GET /CFAssociationGroupings/:sourcedId',
        'GET /CFAssociations/:sourcedId',
        'GET /CFConcepts/:sourcedId',
        'GET /CFDocuments',
        'GET /CFDocuments/:sourcedId',
        'GET /CFItemAssociations/:sourcedId',
        'GET /CFItemTypes/:sourcedId',
        'GET /CFItems/:sourcedId',
        'GET /CFLicenses/:sourcedId',
        'GET /CFPackages/:sourcedId',
        'GET /CFRubrics/:sourcedId',
        'GET /CFSubjects/:sourcedId',
        'OPTIONS /*',
      ].sort(),
    );
    expect(new Set(routes.map((r) => r.policy))).toEqual(new Set(['public']));
  });

  it('could not be registered without declaring a policy', async () => {
    const app = Fastify();
    registerAuthorization(app, t.ctx);
    const register = async () => {
      app.get(`${SERVICE}/CFOubli/:sourcedId`, async () => 'oops');
      await app.ready();
    };
    await expect(register()).rejects.toThrow(/CFOubli\/:sourcedId declares no policy/);
  });
});

describe('failures answered the binding’s way', () => {
  it('an unknown identifier: 404 and imsx_StatusInfo unknownobject', async () => {
    for (const collection of ['CFDocuments', 'CFPackages', 'CFItems', 'CFRubrics']) {
      const { status, body, headers } = await get(
        `${SERVICE}/${collection}/00000000-0000-4000-8000-000000000000`,
      );
      expect([collection, status]).toEqual([collection, 404]);
      expect(caseErrors('imsx', body)).toEqual([]);
      expect(body.imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue).toBe(
        'unknownobject',
      );
      expect(headers['access-control-allow-origin']).toBe('*');
    }
  });

  it('an unknown endpoint or a bad page: imsx_StatusInfo too', async () => {
    const unknown = await get(`${SERVICE}/CFNothing/1`);
    expect([unknown.status, caseErrors('imsx', unknown.body)]).toEqual([404, []]);
    const badPage = await get(`${SERVICE}/CFDocuments?limit=0`);
    expect(badPage.status).toBe(400);
    expect(caseErrors('imsx', badPage.body)).toEqual([]);
    expect(badPage.body.imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue).toBe(
      'invalid_selection_field',
    );
  });

  it('answers a CORS preflight from any origin, for reading only', async () => {
    const response = await t.app.inject({
      method: 'OPTIONS',
      url: `${SERVICE}/CFPackages/x`,
      headers: { origin: 'https://outil.example', 'access-control-request-method': 'GET' },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
  });
});

describe('imported frameworks, once published', () => {
  async function importFixture(name: string) {
    const text = fs.readFileSync(path.join(fixtures, name), 'utf8');
    const input = name.endsWith('.csv') ? { csv: text, fileName: name } : { json: text };
    const { result } = await importCasePackage(t.ctx, input, { actorId: null, fileName: name });
    return result;
  }

  it('are not served as drafts, then served valid once published (OpenSALT samples, CSV)', async () => {
    for (const name of ['Ordering.json', 'SmartLevelFramework.json', 'sample_case.csv']) {
      const { certification, versions } = await importFixture(name);
      const key = versions[0]?.key ?? '';
      const id = (await exportCaseVersion(t.ctx, certification, key)).CFDocument.identifier;
      expect((await get(`${SERVICE}/CFPackages/${id}`)).status, name).toBe(404);
      await publishVersion(t.ctx, certification, key, 1, await anyCertifier());
      const pkg = (await served('CFPackages', `${SERVICE}/CFPackages/${id}`)) as CfPackage;
      for (const item of pkg.CFItems.slice(0, 5)) {
        await served('CFItemAssociations', `${SERVICE}/CFItemAssociations/${item.identifier}`);
      }
    }
  });

  it('serve every class of a package using every field of CASE 1.1', async () => {
    const { result } = await importCasePackage(t.ctx, { json: fullPackage() }, { actorId: null });
    await publishVersion(
      t.ctx,
      result.certification,
      result.versions[0]?.key ?? '',
      1,
      await anyCertifier(),
    );
    const concepts = await served('CFConcepts', `${SERVICE}/CFConcepts/${FULL.concept}`);
    expect(concepts.CFConcepts.map((c: { hierarchyCode: string }) => c.hierarchyCode)).toEqual([
      '1',
      '1.1',
    ]);
    const types = await served('CFItemTypes', `${SERVICE}/CFItemTypes/${FULL.itemType}`);
    expect(types.CFItemTypes).toHaveLength(2);
    const childTypes = await served('CFItemTypes', `${SERVICE}/CFItemTypes/${FULL.childType}`);
    expect(childTypes.CFItemTypes).toHaveLength(1);
    await served('CFSubjects', `${SERVICE}/CFSubjects/${FULL.subject}`);
    const license = await served('CFLicenses', `${SERVICE}/CFLicenses/${FULL.license}`);
    expect(license.licenseText).toBe('Libre réutilisation.');
    await served('CFAssociationGroupings', `${SERVICE}/CFAssociationGroupings/${FULL.grouping}`);
    const rubric = await served('CFRubrics', `${SERVICE}/CFRubrics/${FULL.rubric}`);
    expect(rubric.CFRubricCriteria[0].CFRubricCriterionLevels[0].quality).toBe('Maîtrisé');
    const [, item] = FULL.items;
    const around = await served('CFItemAssociations', `${SERVICE}/CFItemAssociations/${item}`);
    expect(
      around.CFAssociations.map((a: { associationType: string }) => a.associationType).sort(),
    ).toEqual(['isChildOf', 'precedes']);
  });

  it('serve the subjects a package defines', async () => {
    const { certification, versions } = await importFixture('math_cfs_sample.json');
    await publishVersion(t.ctx, certification, versions[0]?.key ?? '', 1, await anyCertifier());
    const subjects = await served(
      'CFSubjects',
      `${SERVICE}/CFSubjects/eb8ae273-6667-52ec-a73f-3d8a631bde9f`,
    );
    expect(subjects.CFSubjects.map((s: { title: string }) => s.title)).toEqual(['Math']);
  });
});

async function anyCertifier(): Promise<string> {
  return (await actorForEmail(t.ctx, 'certificateur@demo.certeval.example')).userId;
}
