// Findings of the trust issue (issue 14) on decided files, reproduced as their users met them:
// a decision changed after issuing left the certificate valid; a decision could be dated before
// the jury met; a signed file still moved (renamed, its tutor and trainer removed, a new final
// evaluation submitted). Each is refused or followed now, on both databases; the holder is told
// by e-mail (the demo's outbox) when a reopening suspends their document or a new decision
// revokes it.
import { awardedDecision } from '@certeval/core/certificates/certificates.testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoCertifierId,
  signedJurySession,
  TEST_SECRET,
} from '../certificates/certificates.testing.ts';
import { issueSessionCertificates } from '../certificates/issueCertificates.ts';
import { DEMO_PASSWORD } from '../demo/seedDemo.ts';
import { getInstrument } from '../instruments/service.ts';
import {
  agreedDeliberation,
  allItems,
  type Journey,
  journey,
  readyDemoCandidate,
  readyFictionalCandidate,
  today,
} from '../jury/juryJourney.testing.ts';
import { auditEvents, organisations } from '../platform/db/schema.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { actorForEmail, signInCookie } from '../test/sessions.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
let candidateId: string;
let sessionId: string;
let seat: string;

const PASSING = { R: 80, PO: 70, OT: 70 };
const FAILING = { R: 80, PO: 70, OT: 45 };
const COMMENT = 'Relation client solide ; organisation du travail à consolider.';

const view = async (who = 'president') =>
  (await j.call('GET', `/api/jury/candidates/${seat}`, who)).json();

async function sign() {
  const signed = await j.call('POST', `/api/jury/candidates/${seat}/sign`, 'president', {
    password: DEMO_PASSWORD,
    revision: (await view()).revision,
  });
  expect(signed.statusCode, signed.body).toBe(200);
}

async function reopen(reason: string) {
  const reopened = await j.call('POST', `/api/jury/candidates/${seat}/reopen`, 'certifier', {
    reason,
    revision: (await view('certifier')).revision,
  });
  expect(reopened.statusCode, reopened.body).toBe(200);
}

/** The president resumes a reopened deliberation and records a new agreement. */
async function agreeAgain(percentages: Record<string, number>) {
  const resumed = await j.call('POST', `/api/jury/candidates/${seat}/commands`, 'president', {
    command: 'resume',
    revision: (await view()).revision,
  });
  expect(resumed.statusCode, resumed.body).toBe(200);
  const agreed = await j.call('POST', `/api/jury/candidates/${seat}/agreement`, 'president', {
    percentages,
    comment: COMMENT,
    revision: resumed.json().revision,
  });
  expect(agreed.statusCode, agreed.body).toBe(200);
}

async function issue(session = sessionId) {
  const actor = await actorForEmail(t.ctx, 'certificateur@demo.certeval.example');
  return issueSessionCertificates(t.ctx, actor, session);
}

const publicPage = async (number: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/public/certificates/${number}` })).json();

type Check = { code: string; ok: boolean; reason?: string; message: { fr: string; en: string } };
type Verification = {
  valid: boolean;
  verdict: { outcome: string; cause?: string; headline: { fr: string; en: string } };
  checks: Check[];
};
/** The credential's status checks: one per list it is placed in (revocation, suspension). */
const statusChecks = (page: { verification: { checks: Check[] } }) =>
  page.verification.checks.filter((c) => c.code === 'status');

/** The "certificate revoked or suspended" messages in the certifier's outbox, oldest first. */
async function statusMessages() {
  const list = (await j.call('GET', '/api/mail/messages?limit=500', 'certifier')).json();
  const summaries = (list.messages as Array<{ id: string; template: string }>)
    .filter((m) => m.template === 'certificate-status')
    .reverse();
  return Promise.all(
    summaries.map(
      async (m) =>
        (await j.call('GET', `/api/mail/messages/${m.id}`, 'certifier')).json() as {
          toEmail: string;
          subject: string;
          text: string;
        },
    ),
  );
}

/** A message to the demo's holder about one document: its subject, reason and page. */
function expectTold(
  message: { toEmail: string; subject: string; text: string } | undefined,
  document: { number: string; subject: RegExp; reason: string },
) {
  expect(message?.toEmail).toBe('candidat@demo.certeval.example');
  expect(message?.subject).toMatch(document.subject);
  expect(message?.text).toContain(`Motif : ${document.reason}`);
  expect(message?.text).toContain(`/verifier/${document.number}`);
}

/** What the public verifier says of the document's credential uploaded as a JSON file. */
async function uploaded(id: string): Promise<Verification> {
  const credential = await j.call('GET', `/api/certificates/${id}/credential`, 'certifier');
  expect(credential.statusCode, credential.body).toBe(200);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/public/verify',
    headers: { 'content-type': 'application/json' },
    payload: credential.body,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().verification;
}

const HEADLINES = {
  suspended: { fr: /^Credential invalide : suspendu/, en: /^Invalid credential: suspended/ },
  revoked: { fr: /^Credential invalide : révoqué/, en: /^Invalid credential: revoked/ },
  valid: { fr: /^Credential valide/, en: /^Valid credential/ },
};

/**
 * The document reads the same by its number and uploaded: its verdict and headline, and one
 * status check per list, the revocation list's then the suspension list's, in their own words.
 */
async function expectRead(
  document: { id: string; number: string },
  state: 'valid' | 'suspended' | 'revoked',
) {
  const page = await publicPage(document.number);
  expect(page.status).toBe(state);
  const statusWords = {
    valid: ['Non révoqué.', 'Non suspendu.'],
    suspended: ['Non révoqué.', 'Suspendu.'],
    revoked: [expect.stringMatching(/^Révoqué/), 'Non suspendu.'],
  }[state];
  for (const verification of [page.verification as Verification, await uploaded(document.id)]) {
    expect(verification.valid).toBe(state === 'valid');
    expect(verification.verdict).toMatchObject(
      state === 'valid' ? { outcome: 'valid' } : { outcome: 'invalid', cause: state },
    );
    expect(verification.verdict.headline.fr).toMatch(HEADLINES[state].fr);
    expect(verification.verdict.headline.en).toMatch(HEADLINES[state].en);
    expect(statusChecks({ verification }).map((c) => c.message.fr)).toEqual(statusWords);
  }
  return page;
}

beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_SECRET: TEST_SECRET });
  j = await journey(t);
  j.cookies.holder = await signInCookie(t.app, 'candidat@demo.certeval.example');
  candidateId = await readyDemoCandidate(j);
  const agreed = await agreedDeliberation(j, candidateId, {
    percentages: PASSING,
    comment: COMMENT,
  });
  sessionId = agreed.sessionId;
  seat = agreed.seatId;
  await sign();
}, 180_000);
afterAll(() => t.close());

describe('documents follow their decision', () => {
  let certificate: string;
  let attestation: string;
  let certificateId: string;
  let attestationId: string;
  const firstReason = 'Pourcentage OT mal reporté dans la grille de synthèse.';

  it('lists, before the certifier reopens, the documents the reopening will suspend', async () => {
    const issued = await issue();
    expect(issued.issued.map((d) => d.kind)).toEqual(['certificate']);
    certificate = issued.issued[0]?.number as string;
    certificateId = issued.issued[0]?.id as string;
    await expectRead({ id: certificateId, number: certificate }, 'valid');
    const before = await view('certifier');
    expect(before.documents).toEqual([
      expect.objectContaining({ number: certificate, kind: 'certificate' }),
    ]);
    // Only the certifier, who reopens, is told.
    expect((await view('president')).documents).toEqual([]);
  });

  it('suspends the certificate when the deliberation is reopened, with the reason', async () => {
    await reopen(firstReason);
    const page = await expectRead({ id: certificateId, number: certificate }, 'suspended');
    expect(page.suspension).toMatchObject({ reason: firstReason });
    // The credential's own status says so: its bit is set in the certifier's suspension list.
    expect(statusChecks(page)).toEqual([
      expect.objectContaining({ ok: true }),
      expect.objectContaining({ ok: false, reason: 'suspended' }),
    ]);
    const audit = await t.ctx.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'certificate.suspend'));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.data).toMatchObject({ number: certificate, reason: firstReason });
    // Its holder is told, with the reason, in the reopening's transaction.
    const messages = await statusMessages();
    expect(messages).toHaveLength(1);
    expectTold(messages[0], {
      number: certificate,
      subject: /^Votre certificat est suspendu — /,
      reason: firstReason,
    });
  });

  it('revokes it when the new signature decides otherwise, and lets the new document be issued', async () => {
    await agreeAgain(FAILING);
    await sign();
    const page = await expectRead({ id: certificateId, number: certificate }, 'revoked');
    expect(page.revocation.reason).toContain(firstReason);
    expect(statusChecks(page)).toEqual([
      expect.objectContaining({ ok: false, reason: 'revoked' }),
      expect.objectContaining({ ok: true }),
    ]);
    const messages = await statusMessages();
    expect(messages).toHaveLength(2);
    expectTold(messages[1], {
      number: certificate,
      subject: /^Votre certificat est révoqué — /,
      reason: page.revocation.reason,
    });
    const issued = await issue();
    expect(issued.issued.map((d) => d.kind)).toEqual(['attestation']);
    attestation = issued.issued[0]?.number as string;
    attestationId = issued.issued[0]?.id as string;
    await expectRead({ id: attestationId, number: attestation }, 'valid');
  });

  it('lifts the suspension when the new signature gives the same documents and units', async () => {
    const reason = 'Commentaire de synthèse à reformuler.';
    await reopen(reason);
    await expectRead({ id: attestationId, number: attestation }, 'suspended');
    expectTold((await statusMessages())[2], {
      number: attestation,
      subject: /^Votre attestation est suspendue — /,
      reason,
    });
    await agreeAgain(FAILING);
    await sign();
    // Reinstated: no revocation message (the new decision's own message tells the holder).
    expect(await statusMessages()).toHaveLength(3);
    // The same credential, reinstated: its suspension bit is cleared again.
    const page = await expectRead({ id: attestationId, number: attestation }, 'valid');
    expect(page).not.toHaveProperty('suspension');
    expect(statusChecks(page)).toHaveLength(2);
    expect(statusChecks(page).every((c) => c.ok)).toBe(true);
    await expectRead({ id: certificateId, number: certificate }, 'revoked');
  });
});

describe('dates that cannot lie', () => {
  const DAY = 86_400_000;
  const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  const later = inDays(8);
  let early: { seatId: string; sessionId: string };

  const signEarly = async () =>
    j.call('POST', `/api/jury/candidates/${early.seatId}/sign`, 'president', {
      password: DEMO_PASSWORD,
      revision: (await j.call('GET', `/api/jury/candidates/${early.seatId}`, 'president')).json()
        .revision,
    });

  const setCertifierTimeZone = async (timeZone: string | null) =>
    t.ctx.database.db
      .update(organisations)
      .set({ timeZone })
      .where(eq(organisations.id, await demoCertifierId(t.ctx)));

  it('refuses to sign a decision before the day the jury meets, in French and English', async () => {
    const candidate = await readyFictionalCandidate(j, {
      birthName: 'Lefranc',
      firstNames: ['Aurore'],
      birthDate: '1994-03-11',
      birthPlace: 'Montbard (Côte-d’Or)',
    });
    early = await agreedDeliberation(
      j,
      candidate,
      { percentages: PASSING, comment: COMMENT },
      undefined,
      later,
    );
    const refused = await signEarly();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('decision_before_session');
    expect(refused.json().message.fr).toContain('avant');
    expect(refused.json().message.en).toContain('before');
    const file = (await j.call('GET', `/api/candidates/${candidate}`, 'pilot')).json();
    expect(file.status).toBe('ready_for_jury');
  });

  it('reads the day in the certifier’s time zone, Europe/Paris unless it has one', async () => {
    // 23:30 UTC on the eve of the session: already the session's day in Paris, not in Cayenne.
    const realNow = t.ctx.now;
    t.ctx.now = () => new Date(`${inDays(7)}T23:30:00Z`);
    try {
      await setCertifierTimeZone('America/Cayenne');
      const refused = await signEarly();
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('decision_before_session');
      await setCertifierTimeZone(null);
      const signed = await signEarly();
      expect(signed.statusCode, signed.body).toBe(200);
    } finally {
      t.ctx.now = realNow;
      await setCertifierTimeZone(null);
    }
  });

  it('never dates a document before the decision it comes from', async () => {
    // Signed early by the code of before: written straight into the jury's tables.
    const legacy = await signedJurySession(
      t.ctx,
      [{ decision: awardedDecision(), birthName: 'Avance' }],
      later,
    );
    for (const session of [legacy.sessionId, early.sessionId]) {
      const result = await issue(session);
      for (const document of result.issued) {
        const page = await publicPage(document.number);
        expect(page.issuedOn >= page.decisionDate, `${page.issuedOn} < ${page.decisionDate}`).toBe(
          true,
        );
      }
      expect(result.issued).toEqual([]);
      expect(result.skipped.map((s) => s.reason)).toEqual(['decision_ahead']);
    }
    // On the day of the decision, the documents are issued, dated that day.
    const realNow = t.ctx.now;
    t.ctx.now = () => new Date(`${later}T09:00:00Z`);
    try {
      const result = await issue(early.sessionId);
      expect(result.issued).toHaveLength(1);
      const page = await publicPage(result.issued[0]?.number as string);
      expect(page).toMatchObject({ issuedOn: later, decisionDate: later });
    } finally {
      t.ctx.now = realNow;
    }
  });
});

describe('a decided file is frozen', () => {
  const refusedAsDecided = (response: { statusCode: number; json: () => unknown }) => {
    expect(response.statusCode).toBe(409);
    const body = response.json() as { code: string; message: { fr: string; en: string } };
    expect(body.code).toBe('file_decided');
    expect(body.message.fr).toMatch(/décision/i);
    expect(body.message.en).toMatch(/decision/i);
  };

  const file = async () => (await j.call('GET', `/api/candidates/${candidateId}`, 'pilot')).json();

  it('refuses the pilot renaming the candidate or removing their tutor and trainer', async () => {
    const current = await file();
    expect(current.status).toBe('decided');
    const renamed = await j.call('PUT', `/api/candidates/${candidateId}`, 'pilot', {
      candidate: { ...current.candidate, birthName: 'Morel' },
      revision: current.revision,
    });
    refusedAsDecided(renamed);
    const unassigned = await j.call('PUT', `/api/candidates/${candidateId}`, 'pilot', {
      candidate: { ...current.candidate, tutorId: null, trainerId: null },
      revision: current.revision,
    });
    refusedAsDecided(unassigned);
    const after = await file();
    expect(after.candidate).toEqual(current.candidate);
    expect(after.revision).toBe(current.revision);
    expect(after.can.edit).toBe(false);
  });

  it('refuses a tutor opening or submitting a new final evaluation', async () => {
    const opened = await j.call('POST', `/api/candidates/${candidateId}/evaluations`, 'tutor', {
      instrument: { key: 'cqp-agc-tutor-grid', version: '1' },
      kind: 'final',
      date: today(),
    });
    refusedAsDecided(opened);
    type Listed = { kind: string; status: string; evaluatorRole: string };
    const count = async () =>
      (
        (
          await j.call('GET', `/api/candidates/${candidateId}/evaluations`, 'tutor')
        ).json() as Listed[]
      ).filter((e) => e.evaluatorRole === 'tutor' && e.kind === 'final' && e.status === 'submitted')
        .length;
    const before = await count();
    // A draft opened while the deliberation was reopened, submitted once it is signed again.
    await reopen('Évaluation finale du tuteur à compléter.');
    const draft = await j.call('POST', `/api/candidates/${candidateId}/evaluations`, 'tutor', {
      instrument: { key: 'cqp-agc-tutor-grid', version: '1' },
      kind: 'final',
      date: today(),
    });
    expect(draft.statusCode, draft.body).toBe(201);
    await agreeAgain(FAILING);
    await sign();
    const { instrument } = await getInstrument(t.ctx, 'cqp-agc-tutor-grid', '1');
    const saved = await j.call('PUT', `/api/evaluations/${draft.json().id}`, 'tutor', {
      items: allItems(instrument, 100),
      revision: draft.json().revision,
    });
    refusedAsDecided(saved);
    const submitted = await j.call('POST', `/api/evaluations/${draft.json().id}/submit`, 'tutor', {
      revision: draft.json().revision,
    });
    refusedAsDecided(submitted);
    expect(await count()).toBe(before);
  });

  it('refuses the other writes on the file: status, plan, follow-up, sheets, records', async () => {
    const current = await file();
    refusedAsDecided(
      await j.call('POST', `/api/candidates/${candidateId}/status`, 'pilot', {
        to: 'withdrawn',
        revision: current.revision,
      }),
    );
    refusedAsDecided(
      await j.call('PUT', `/api/candidates/${candidateId}/plan`, 'tutor', {
        entries: [],
        revision: 0,
      }),
    );
    refusedAsDecided(
      await j.call('POST', `/api/candidates/${candidateId}/booklet`, 'trainer', {
        kind: 'training_session',
        date: today(),
        title: 'Séance ajoutée après la décision',
      }),
    );
    const record = (
      await j.call('GET', `/api/candidates/${candidateId}/dossier`, 'certifier')
    ).json();
    const extra = {
      ...record,
      evaluations: [
        { ...record.evaluations[0], date: today(), evaluator: { name: 'Témoin', role: 'tutor' } },
      ],
    };
    refusedAsDecided(
      await j.call('POST', `/api/projects/${current.projectId}/dossiers`, 'pilot', extra),
    );
  });

  it('lets the certifier correct the identity with a reason, recorded as a correction', async () => {
    const current = await file();
    const corrected = { ...current.candidate, birthPlace: 'Dijon (Côte-d’Or)' };
    refusedAsDecided(
      await j.call('PUT', `/api/candidates/${candidateId}`, 'pilot', {
        candidate: corrected,
        revision: current.revision,
        correction: { reason: 'Lieu de naissance mal saisi.' },
      }),
    );
    const noReason = await j.call('PUT', `/api/candidates/${candidateId}`, 'certifier', {
      candidate: corrected,
      revision: current.revision,
      correction: { reason: '  ' },
    });
    refusedAsDecided(noReason);
    const done = await j.call('PUT', `/api/candidates/${candidateId}`, 'certifier', {
      candidate: corrected,
      revision: current.revision,
      correction: { reason: 'Lieu de naissance mal saisi à l’inscription.' },
    });
    expect(done.statusCode, done.body).toBe(200);
    const audit = await t.ctx.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.subjectId, candidateId), eq(auditEvents.action, 'candidate.correct')),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.data).toMatchObject({
      reason: 'Lieu de naissance mal saisi à l’inscription.',
      after: { birthPlace: 'Dijon (Côte-d’Or)' },
    });
  });
  it('lets the certifier complete the declaration data the record lacks, and nothing more', async () => {
    const current = await file();
    expect(current.candidate.sex).toBeUndefined();
    const completed = { ...current.candidate, sex: 'male', birthInseeCode: '21231' };
    const put = (who: string, candidate: object, revision = current.revision) =>
      j.call('PUT', `/api/candidates/${candidateId}`, who, { candidate, revision });
    refusedAsDecided(await put('pilot', completed));
    refusedAsDecided(await put('certifier', { ...completed, job: 'Conseiller clientèle' }));
    const done = await put('certifier', completed);
    expect(done.statusCode, done.body).toBe(200);
    const audit = await t.ctx.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.subjectId, candidateId), eq(auditEvents.action, 'candidate.complete')),
      );
    expect(audit[0]?.data).toMatchObject({ after: { sex: 'male', birthInseeCode: '21231' } });
    // Once given, changing them is a correction, with its reason.
    refusedAsDecided(await put('certifier', { ...completed, sex: 'female' }, done.json().revision));
  });
});
