// The declaration of holders to the Caisse des Dépôts through the API (issue 18, item 6), on a
// signed jury session of the demo certifier issued here: a certificate whose holder's record is
// complete, one whose record lacks sex and INSEE code, a VAE bloc attestation, a domain
// attestation. Refusals (another role, another certifier, no identifiers, a holder lacking
// data), the file valid against the CDC schema (xmllint-wasm), each document declared once
// unless it changed, and a revocation after declaration listed for the next file.
import { cdcSchemaErrors } from '@certeval/core/cdc/cdcSchema.testing';
import { parisDay } from '@certeval/core/cdc/index';
import {
  awardedDecision,
  partialDecision,
  vaeDecision,
} from '@certeval/core/certificates/certificates.testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../accounts/service.ts';
import {
  demoCertifierId,
  signedJurySession,
  TEST_SECRET,
} from '../certificates/certificates.testing.ts';
import { issueSessionCertificates } from '../certificates/issueCertificates.ts';
import { createOrganisation } from '../organisations/service.ts';
import { auditEvents, candidates, cdcExportEntries, cdcExports } from '../platform/db/schema.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { actorForEmail, signInCookie } from '../test/sessions.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let certifier: string;
let certifierId: string;
let candidateIds: string[];
let numbers: Record<'complete' | 'lacking' | 'blocs' | 'domains', string>;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    ...(cookie ? { headers: { cookie } } : {}),
    ...(payload ? { payload } : {}),
  });
const today = () => parisDay(new Date());
const period = () => ({ organisationId: certifierId, from: '2025-01-01', to: today() });
const previewUrl = () =>
  `/api/cdc/declaration?organisationId=${certifierId}&from=2025-01-01&to=${today()}`;
const exportFile = (cookie = certifier) => call('POST', '/api/cdc/declarations', cookie, period());
const exportCount = async () => (await t.ctx.database.db.select().from(cdcExports)).length;

beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_SECRET: TEST_SECRET });
  certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
  certifierId = await demoCertifierId(t.ctx);
  const session = await signedJurySession(t.ctx, [
    {
      decision: awardedDecision(),
      birthName: 'Garnier',
      firstNames: ['Inès'],
      sex: 'female',
      birthInseeCode: '21231',
    },
    { decision: awardedDecision(), birthName: 'Rolland', firstNames: ['Théo', 'Marc'] },
    {
      decision: vaeDecision({ R: 80, PO: 72, OT: 60 }),
      birthName: 'Navarro',
      firstNames: ['Hugo'],
      sex: 'male',
      birthInseeCode: '99134',
      accessRoute: 'vae',
    },
    { decision: partialDecision(), birthName: 'Perrin', sex: 'female', birthInseeCode: '75056' },
  ]);
  candidateIds = session.candidateIds;
  const actor = await actorForEmail(t.ctx, 'certificateur@demo.certeval.example');
  const issued = await issueSessionCertificates(t.ctx, actor, session.sessionId);
  const numberOf = (candidateId: string) =>
    issued.issued.find((d) => d.candidateId === candidateId)?.number ?? '';
  const [complete = '', lacking = '', blocs = '', domains = ''] = candidateIds.map(numberOf);
  numbers = { complete, lacking, blocs, domains };
});
afterAll(() => t.close());

describe('who may declare the holders', () => {
  it('refuses someone signed out, and a company pilot', async () => {
    expect((await call('GET', previewUrl())).statusCode).toBe(401);
    const pilot = await signInCookie(t.app, 'pilote@demo.certeval.example');
    const settings = `/api/cdc/settings?organisationId=${certifierId}`;
    expect((await call('GET', settings, pilot)).statusCode).toBe(403);
    expect((await call('GET', previewUrl(), pilot)).statusCode).toBe(403);
    expect((await exportFile(pilot)).statusCode).toBe(403);
  });

  it('tells another certifier nothing of this one’s declaration, and the reverse', async () => {
    const actor = await actorForEmail(t.ctx, 'certificateur@demo.certeval.example');
    const other = await createOrganisation(t.ctx, actor, {
      kind: 'certifier',
      name: 'Commission fictive de la boulangerie',
    });
    await createUser(t.ctx, {
      email: 'admin@boulangerie.example',
      displayName: 'Rémi Fictif',
      password: 'a long enough password 42',
      roles: [
        { organisationName: 'Commission fictive de la boulangerie', role: 'certifier_admin' },
      ],
    });
    const stranger = await signInCookie(
      t.app,
      'admin@boulangerie.example',
      'a long enough password 42',
    );
    const settings = { organisationId: certifierId, idClient: 'ABC12345', idContrat: 'MCF1' };
    for (const response of [
      await call('GET', `/api/cdc/settings?organisationId=${certifierId}`, stranger),
      await call('PUT', '/api/cdc/settings', stranger, settings),
      await call('GET', previewUrl(), stranger),
      await exportFile(stranger),
      await call('GET', `/api/cdc/settings?organisationId=${other.id}`, certifier),
    ])
      expect(response.statusCode).toBe(404);
    expect(await exportCount()).toBe(0);
  });
});

describe('the certifier’s CDC identifiers', () => {
  it('are asked for before any export, checked, then stored in capitals', async () => {
    const refused = await exportFile();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('cdc_settings_missing');
    const wrong = await call('PUT', '/api/cdc/settings', certifier, {
      organisationId: certifierId,
      idClient: 'ABC1234',
      idContrat: '',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().problems.map((p: { path: string }) => p.path)).toEqual([
      'body/idClient',
      'body/idContrat',
    ]);
    const saved = await call('PUT', '/api/cdc/settings', certifier, {
      organisationId: certifierId,
      idClient: 'abc12345',
      idContrat: 'mcfcer000001',
    });
    expect(saved.json()).toEqual({ idClient: 'ABC12345', idContrat: 'MCFCER000001' });
    const read = await call('GET', `/api/cdc/settings?organisationId=${certifierId}`, certifier);
    expect(read.json()).toEqual({ idClient: 'ABC12345', idContrat: 'MCFCER000001' });
    const audit = await t.ctx.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'cdc.settings'));
    expect(audit).toHaveLength(1);
  });
});

describe('the declaration of a period', () => {
  it('names each holder whose record lacks what the file needs, and exports nothing', async () => {
    const preview = (await call('GET', previewUrl(), certifier)).json();
    expect(preview.missing.map((m: { holderName: string }) => m.holderName)).toEqual([
      'Théo Marc Rolland',
    ]);
    expect(preview.notDeclarable.map((n: { number: string }) => n.number)).toEqual([
      numbers.domains,
    ]);
    const refused = await exportFile();
    expect(refused.statusCode).toBe(422);
    const body = refused.json();
    expect(body.code).toBe('cdc_holder_data_missing');
    expect(body.problems).toHaveLength(1);
    expect(body.problems[0].message.fr).toContain('Théo Marc Rolland : sexe non renseigné');
    expect(body.problems[0].message.en).toContain('INSEE code of the birth commune not given');
    expect(await exportCount()).toBe(0);
  });

  it('takes the missing data on the enrolment form, an implausible INSEE code refused', async () => {
    const id = candidateIds[1] ?? '';
    const file = (await call('GET', `/api/candidates/${id}`, certifier)).json();
    const save = (candidate: object) =>
      call('PUT', `/api/candidates/${id}`, certifier, { candidate, revision: file.revision });
    const corsica = await save({ ...file.candidate, sex: 'male', birthInseeCode: '20004' });
    expect(corsica.statusCode).toBe(400);
    expect(corsica.json().problems.map((p: { path: string }) => p.path)).toEqual([
      'body/candidate/birthInseeCode',
    ]);
    expect(
      (await save({ ...file.candidate, sex: 'male', birthInseeCode: '2b033' })).statusCode,
    ).toBe(200);
    const [row] = await t.ctx.database.db.select().from(candidates).where(eq(candidates.id, id));
    expect([row?.sex, row?.birthInseeCode]).toEqual(['male', '2B033']);
  });

  it('exports one file valid against the CDC schema, and records what it declared', async () => {
    const response = await exportFile();
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/xml');
    const xml = response.body;
    expect(await cdcSchemaErrors(xml)).toEqual([]);
    for (const id of [numbers.complete, numbers.lacking, `${numbers.blocs}`])
      expect(xml).toContain(`<cpf:idTechnique>${id}</cpf:idTechnique>`);
    expect(xml).not.toContain(numbers.domains);
    expect(xml).toContain('<cpf:code>RNCP28795BC03</cpf:code>');
    expect(xml).toContain('<cpf:idContrat>MCFCER000001</cpf:idContrat>');
    expect(xml).toContain(`<cpf:urlPreuve>http://localhost:3000/verifier/${numbers.complete}`);
    const entries = await t.ctx.database.db.select().from(cdcExportEntries);
    expect(entries.map((e) => e.action)).toEqual(['declared', 'declared', 'declared']);
    const [audit] = await t.ctx.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'cdc.export'));
    expect((audit?.data as { declared?: string[] } | undefined)?.declared).toHaveLength(3);
  });

  it('never declares a document twice unless what it says has changed', async () => {
    const again = await exportFile();
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('cdc_nothing_to_declare');
    await t.ctx.database.db
      .update(candidates)
      .set({ birthInseeCode: '21054' })
      .where(eq(candidates.id, candidateIds[0] ?? ''));
    const preview = (await call('GET', previewUrl(), certifier)).json();
    expect([preview.toDeclare, preview.corrections, preview.alreadyDeclared]).toEqual([
      0,
      [numbers.complete],
      2,
    ]);
    const corrected = await exportFile();
    expect(corrected.statusCode).toBe(200);
    expect(corrected.body).toContain('<cpf:codeInsee>21054</cpf:codeInsee>');
    expect(corrected.body).not.toContain(numbers.lacking);
  });

  it('lists a document revoked after its declaration for the next file, once', async () => {
    const [document] = (await call('GET', '/api/certificates', certifier))
      .json()
      .filter((d: { number: string }) => d.number === numbers.lacking);
    const revoked = await call('POST', `/api/certificates/${document.id}/revocation`, certifier, {
      reason: 'Erreur sur le nom de naissance',
    });
    expect(revoked.statusCode).toBe(200);
    const preview = (await call('GET', previewUrl(), certifier)).json();
    expect(preview.revocations).toMatchObject([
      {
        number: numbers.lacking,
        holderName: 'Théo Marc Rolland',
        reason: 'Erreur sur le nom de naissance',
      },
    ]);
    await t.ctx.database.db
      .update(candidates)
      .set({ birthInseeCode: '21231' })
      .where(eq(candidates.id, candidateIds[0] ?? ''));
    expect((await exportFile()).statusCode).toBe(200);
    const listed = await t.ctx.database.db
      .select()
      .from(cdcExportEntries)
      .where(eq(cdcExportEntries.action, 'revocation_listed'));
    expect(listed).toHaveLength(1);
    expect((await call('GET', previewUrl(), certifier)).json().revocations).toEqual([]);
  });
});
