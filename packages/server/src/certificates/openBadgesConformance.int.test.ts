// Issue 18, item 3: every credential the product issues — a certificate, an attestation of
// domains and an attestation of blocs (VAE) — conforms to the 1EdTech Open Badges 3.0 JSON
// schema (proof as an array included) and verifies with @digitalbazaar/vc; the addresses it
// carries answer: its achievement (JSON-LD or a page), each result description, and each
// alignment on our CASE service.

import { caseUri } from '@certeval/core';
import {
  awardedDecision,
  partialDecision,
  vaeDecision,
} from '@certeval/core/certificates/certificates.testing';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ob30AchievementProblems,
  ob30CredentialProblems,
} from '../credentials/ob30Schema.testing.ts';
import { certificates } from '../platform/db/schema.ts';
import { exportReferential, importReferential } from '../referential/service.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { actorForEmail } from '../test/sessions.ts';
import { signedJurySession, TEST_SECRET } from './certificates.testing.ts';
import { independentlyVerified } from './independentVerifier.testing.ts';
import { issueSessionCertificates } from './issueCertificates.ts';

type Json = Record<string, unknown>;
type Description = { id: string; name: string; resultType: string; alignment?: Alignment[] };
type Alignment = { targetUrl: string; targetCode: string; targetType: string };
type Credential = Json & {
  proof: unknown;
  credentialSubject: {
    achievement: Json & {
      id: string;
      name: string;
      achievementType: string;
      criteria: { narrative: string };
      alignment: Alignment[];
      resultDescription: Description[];
    };
    result: Array<{ resultDescription: string }>;
  };
};

const KINDS = ['certificate', 'domains', 'blocs'] as const;
const PUBLIC_URL = 'http://localhost:3000';
const pathOf = (url: string) => {
  expect(url.startsWith(`${PUBLIC_URL}/`)).toBe(true);
  return url.slice(PUBLIC_URL.length).split('#')[0] ?? '';
};
const get = (url: string, accept?: string, language?: string) =>
  t.app.inject({
    method: 'GET',
    url: pathOf(url),
    headers: {
      ...(accept ? { accept } : {}),
      ...(language ? { 'accept-language': language } : {}),
    },
  });
const achievementOf = (kind: (typeof KINDS)[number]) => issued[kind].credentialSubject.achievement;

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
const issued: Record<'certificate' | 'domains' | 'blocs', Credential> = {} as never;

beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_SECRET: TEST_SECRET });
  const { sessionId } = await signedJurySession(t.ctx, [
    { decision: awardedDecision(), birthName: 'Aubertin', firstNames: ['Noé'] },
    { decision: partialDecision(), birthName: 'Lagarde', firstNames: ['Sixtine'] },
    { decision: vaeDecision({ R: 80, PO: 72, OT: 60 }), birthName: 'Perrot', firstNames: ['Ilan'] },
  ]);
  const actor = await actorForEmail(t.ctx, 'certificateur@demo.certeval.example');
  const result = await issueSessionCertificates(t.ctx, actor, sessionId);
  const ids = result.issued.map((one) => one.id);
  const rows = await t.ctx.database.db
    .select({ credential: certificates.credential })
    .from(certificates)
    .where(inArray(certificates.id, ids));
  const credentials = rows.map((row) => row.credential as Credential);
  const named = (name: string) => {
    const found = credentials.find((c) => JSON.stringify(c.credentialSubject).includes(name));
    if (!found) throw new Error(`no credential for ${name}`);
    return found;
  };
  issued.certificate = named('Aubertin');
  issued.domains = named('Lagarde');
  issued.blocs = named('Perrot');
}, 120_000);
afterAll(() => t.close());

describe('every credential the product issues', () => {
  it('is a certificate, an attestation of domains and one of blocs', () => {
    expect(issued.certificate.credentialSubject.achievement.achievementType).toBe('Certification');
    expect(JSON.stringify(issued.domains.credentialSubject)).toContain('Domaine ');
    expect(JSON.stringify(issued.blocs.credentialSubject)).toContain('Bloc ');
  });

  it.each(['certificate', 'domains', 'blocs'] as const)(
    '%s conforms to the 1EdTech OB 3.0 JSON schema, its proof an array',
    (kind) => {
      expect(Array.isArray(issued[kind].proof)).toBe(true);
      expect(ob30CredentialProblems(issued[kind])).toEqual([]);
    },
  );

  it.each(['certificate', 'domains', 'blocs'] as const)(
    '%s verifies with @digitalbazaar/vc',
    async (kind) => {
      expect(await independentlyVerified(t.app, issued[kind])).toBe(true);
    },
  );

  it('would fail the schema with its proof as a single object', () => {
    const single = { ...issued.certificate, proof: (issued.certificate.proof as unknown[])[0] };
    expect(ob30CredentialProblems(single)).toContainEqual({
      path: '/proof',
      message: 'must be array',
    });
  });
});

describe('the achievement a credential names', () => {
  it.each(KINDS)('%s: answers JSON-LD, an OB 3.0 Achievement, when asked for it', async (kind) => {
    const carried = achievementOf(kind);
    for (const accept of ['application/ld+json', 'application/json']) {
      const response = await get(carried.id, accept);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('application/ld+json');
      const served = response.json();
      expect(served).toMatchObject({
        id: carried.id,
        type: ['Achievement'],
        name: carried.name,
        achievementType: carried.achievementType,
      });
      expect(served['@context']).toEqual(issued[kind]['@context']);
      expect(served.criteria.narrative.length).toBeGreaterThan(0);
      expect(served.alignment.length).toBeGreaterThan(0);
      expect(ob30AchievementProblems(served)).toEqual([]);
    }
  });

  it('answers the certificate’s criteria as the credential states them', async () => {
    const carried = achievementOf('certificate');
    expect((await get(carried.id, 'application/ld+json')).json().criteria).toEqual(
      carried.criteria,
    );
  });

  it.each(KINDS)('%s: answers an HTML page otherwise, in French or English', async (kind) => {
    const carried = achievementOf(kind);
    const page = await get(carried.id, 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="fr">');
    expect(page.body).toContain('Comment l’obtenir');
    for (const description of carried.resultDescription) {
      expect(page.body).toContain(description.name.replaceAll("'", '&#39;'));
    }
    const english = await get(carried.id, undefined, 'en-GB,en;q=0.9,fr;q=0.5');
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('How it is obtained');
  });

  it.each(KINDS)('%s: each result description its results name resolves', async (kind) => {
    const carried = achievementOf(kind);
    const served = (await get(carried.id, 'application/ld+json')).json();
    const page = (await get(carried.id)).body;
    for (const result of issued[kind].credentialSubject.result) {
      const id = result.resultDescription;
      const own = carried.resultDescription.find((d) => d.id === id);
      const published = served.resultDescription.find((d: Description) => d.id === id);
      expect(published, id).toMatchObject({
        name: own?.name,
        resultType: own?.resultType,
      });
      expect(page).toContain(`id="${decodeURIComponent(id.split('#')[1] ?? '')}"`);
    }
  });

  it('is not found for a certification that does not exist; a wrong kind is refused', async () => {
    const base = `${PUBLIC_URL}/api/public/achievements`;
    expect(
      (await get(`${base}/no-such-certification/certificate`, 'application/json')).statusCode,
    ).toBe(404);
    expect((await get(`${base}/cqp-agc/diploma`, 'application/json')).statusCode).toBe(400);
  });
});

describe('a certification whose referential is only a draft', () => {
  it('publishes no achievement: nothing of a draft leaks', async () => {
    const file = await exportReferential(t.ctx, 'cqp-agc');
    const draft = {
      ...file,
      certification: { ...file.certification, id: 'cqp-agc-brouillon' },
      versions: file.versions.map((version) => ({ ...version, status: 'draft' as const })),
    };
    await importReferential(t.ctx, draft, { actorId: null });
    const url = `${PUBLIC_URL}/api/public/achievements/cqp-agc-brouillon/certificate`;
    expect((await get(url, 'application/ld+json')).statusCode).toBe(404);
    expect((await get(url)).statusCode).toBe(404);
  });
});

describe('the alignments a credential carries', () => {
  const alignmentsOf = (kind: (typeof KINDS)[number]) => {
    const carried = achievementOf(kind);
    return [...carried.alignment, ...carried.resultDescription.flatMap((d) => d.alignment ?? [])];
  };

  it.each(KINDS)('%s: point at our CASE service, where they resolve', async (kind) => {
    const alignments = alignmentsOf(kind);
    expect(alignments.length).toBeGreaterThan(1);
    for (const alignment of alignments) {
      const collection = alignment.targetType === 'CFItem' ? 'CFItems' : 'CFDocuments';
      expect(alignment.targetUrl).toBe(caseUri(PUBLIC_URL, collection, alignment.targetCode));
      const response = await get(alignment.targetUrl);
      expect(response.statusCode, alignment.targetUrl).toBe(200);
      expect(response.json().identifier).toBe(alignment.targetCode);
    }
  });
});
