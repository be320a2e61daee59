// A person under a signed decision (issue 19 item 5): the demo candidate Lucas Moreau is
// evaluated, deliberated, signed for and certified through the API; the certifier exports his
// data (everything of his, nothing of anyone else), then erases him. The law keeps the decision,
// the signed minutes (their hash unchanged) and the certificate (still valid at the public
// verifier) with the identity they need; the rest is erased or pseudonymised, his session ends,
// and the answer says what was kept and why.
import type { CertificateData } from '@certeval/core/certificates/index';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCertifierId, TEST_SECRET } from '../certificates/certificates.testing.ts';
import { issueSessionCertificates } from '../certificates/issueCertificates.ts';
import { tellHolders } from '../certificates/tellHolders.ts';
import { DEMO_PASSWORD } from '../demo/seedDemo.ts';
import {
  agreedDeliberation,
  type Journey,
  journey,
  readyDemoCandidate,
} from '../jury/juryJourney.testing.ts';
import { minutesHash } from '../jury/paper/minutesHash.ts';
import { certificates } from '../platform/db/schema.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { actorForEmail, signInCookie } from '../test/sessions.ts';

const LUCAS = 'candidat@demo.certeval.example';
// Every other person of the demo but the certifier, whose name signs the certificate as printed.
const OTHERS = [
  ['pilote@demo.certeval.example', 'Julien Roussel'],
  ['tuteur@demo.certeval.example', 'Sophie Lemaire'],
  ['formateur@demo.certeval.example', 'Karim Benali'],
  ['jury@demo.certeval.example', 'Isabelle Fournier'],
  ['jury.salaries@demo.certeval.example', 'Antoine Lebrun'],
  ['jury.opca@demo.certeval.example', 'Nadège Collin'],
  ['candidat.vae@demo.certeval.example', 'Vasseur'],
].flat();

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
let candidateId: string;
let sessionId: string;
let number: string;

beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_SECRET: TEST_SECRET });
  j = await journey(t);
  j.ids.lucas = (await actorForEmail(t.ctx, LUCAS)).userId;
  candidateId = await readyDemoCandidate(j);
  const agreed = await agreedDeliberation(j, candidateId, {
    percentages: { R: 80, PO: 70, OT: 70 },
    comment: 'Argumentation structurée, à l’aise avec les outils de la biscuiterie.',
  });
  sessionId = agreed.sessionId;
  const signed = await j.call('POST', `/api/jury/candidates/${agreed.seatId}/sign`, 'president', {
    password: DEMO_PASSWORD,
    revision: agreed.deliberation.revision,
  });
  if (signed.statusCode !== 200) throw new Error(signed.body);
  const certifier = await actorForEmail(t.ctx, 'certificateur@demo.certeval.example');
  const issued = await issueSessionCertificates(t.ctx, certifier, sessionId);
  number = issued.issued[0]?.number as string;
  // As the background issuance does: the holder is told by e-mail, the PDF attached.
  const organisationId = await demoCertifierId(t.ctx);
  const [row] = await t.ctx.database.db
    .select()
    .from(certificates)
    .where(eq(certificates.number, number));
  const holder = { holderUserId: j.ids.lucas ?? null, holderEmail: null };
  const document = { id: row?.id ?? '', data: row?.data as CertificateData, ...holder };
  await t.ctx.database.db.transaction((tx) =>
    tellHolders(t.ctx, tx, [document], { organisationId, requestedBy: certifier.userId }),
  );
  j.cookies.lucas = await signInCookie(t.app, LUCAS);
}, 240_000);
afterAll(() => t.close());

const exportOf = async (body: object) => {
  const response = await j.call('POST', '/api/personal-data/export', 'certifier', body);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-disposition']).toMatch(/donnees-personnelles-.*\.json/);
  return response.json();
};

const storedMinutes = () =>
  t.ctx.database.query<{ minutes: never; hash: string }>(
    'select minutes, hash from jury_minutes where session_id = $1',
    [sessionId],
  );

describe('the export of a person under a signed decision', () => {
  it('holds his account, file, evaluations, decision, minutes, certificate, mail and trail', async () => {
    const data = await exportOf({ email: ' Candidat@Demo.Certeval.Example ' });
    expect(data.account).toMatchObject({ email: LUCAS, displayName: 'Lucas Moreau' });
    expect(data.account.roles).toEqual([expect.objectContaining({ role: 'candidate' })]);
    expect(data.account.sessions.length).toBeGreaterThan(0);
    const [file] = data.candidacies;
    expect(file.file).toMatchObject({ birthName: 'Moreau', firstNames: ['Lucas'] });
    expect(file.evaluations.length).toBeGreaterThanOrEqual(6);
    expect(file.jury).toEqual([
      expect.objectContaining({ state: 'signed', synthesisComment: expect.any(String) }),
    ]);
    const [minutes] = await storedMinutes();
    expect(file.minutes).toEqual([
      expect.objectContaining({ name: 'Lucas Moreau', hash: minutes?.hash }),
    ]);
    expect(file.certificates).toEqual([
      expect.objectContaining({ number, credential: expect.any(Object) }),
    ]);
    // The certificate's message carries its PDF; others (convocation, decision) may come first.
    const withPdf = data.mail.find((m: { attachments: unknown[] }) => m.attachments.length > 0);
    expect(withPdf.attachments[0].contentBase64.length).toBeGreaterThan(100);
    expect(data.auditTrail.map((e: { action: string }) => e.action)).toContain('candidate.move');
    expect(data.processing.map((r: { kind: string }) => r.kind)).toContain('certificates');
  });

  it('holds nothing of another person: no evaluator, tutor, jury member nor other candidate', async () => {
    const text = JSON.stringify(await exportOf({ candidateId }));
    for (const other of OTHERS) expect(text, other).not.toContain(other);
    expect(text).not.toContain('certificateur@demo.certeval.example');
  });

  it('is audited, without the person’s identity', async () => {
    const [row] = await t.ctx.database.query<{ data: object }>(
      "select data from audit_events where action = 'personal_data.export' order by id desc limit 1",
    );
    expect(JSON.stringify(row?.data)).toContain(candidateId);
    expect(JSON.stringify(row?.data)).not.toContain(LUCAS);
  });
});

describe('the erasure of a person under a signed decision', () => {
  let answer: Record<string, unknown> & {
    kept: Array<{ kind: string; reason: { fr: string; en: string } }>;
    erased: Array<{ kind: string }>;
    pseudonymised: Array<{ kind: string }>;
  };

  it('is previewed without changing anything', async () => {
    const preview = await j.call('POST', '/api/personal-data/erasure/preview', 'certifier', {
      email: LUCAS,
    });
    expect(preview.json()).toMatchObject({ done: false, complete: false });
    expect((await j.call('GET', '/api/me', 'lucas')).statusCode).toBe(200);
  });

  it('keeps what the law keeps and says why, in French and English', async () => {
    const response = await j.call('POST', '/api/personal-data/erasure', 'certifier', {
      email: LUCAS,
    });
    expect(response.statusCode, response.body).toBe(200);
    answer = response.json();
    expect(answer).toMatchObject({ done: true, complete: false });
    expect(answer.kept.map((l) => l.kind)).toEqual([
      'candidate_identity',
      'jury_decision',
      'minutes',
      'certificates',
    ]);
    for (const line of answer.kept) expect(line.reason.fr && line.reason.en).toBeTruthy();
    expect(answer.erased.map((l) => l.kind)).toEqual(
      expect.arrayContaining(['account', 'sign_in', 'candidate_contact', 'mail']),
    );
    expect(answer.pseudonymised.map((l) => l.kind)).toEqual(
      expect.arrayContaining(['evaluations', 'audit_trail']),
    );
    expect((answer.message as { en: string }).en).toContain('except what the law keeps');
  });

  it('ends his session and his account', async () => {
    expect((await j.call('GET', '/api/me', 'lucas')).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: LUCAS, password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
    const users = await t.ctx.database.query('select id from users where email = $1', [LUCAS]);
    expect(users).toEqual([]);
  });

  it('keeps the certificate valid at the public verifier, with the holder’s name as issued', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/api/public/certificates/${number}` });
    expect(page.json()).toMatchObject({ status: 'valid', holder: { name: 'Lucas Moreau' } });
  });

  it('keeps the signed minutes unchanged: their hash still matches and their PDF prints', async () => {
    const [minutes] = await storedMinutes();
    expect(minutesHash(minutes?.minutes as never)).toBe(minutes?.hash);
    const pdf = await j.call('GET', `/api/jury/sessions/${sessionId}/minutes.pdf`, 'certifier');
    expect(pdf.statusCode).toBe(200);
  });

  it('keeps the identity on the file, drops contact, comments and answers', async () => {
    const [file] = await t.ctx.database.query<Record<string, unknown>>(
      'select birth_name, email, phone, user_id, accommodations from candidates where id = $1',
      [candidateId],
    );
    expect(file).toEqual({
      birth_name: 'Moreau',
      email: null,
      phone: null,
      user_id: null,
      accommodations: [],
    });
    const evaluations = await t.ctx.database.query<{ items: string; comment: string | null }>(
      'select items::text, comment from evaluations where candidate_id = $1',
      [candidateId],
    );
    expect(evaluations.length).toBeGreaterThan(0);
    for (const e of evaluations) {
      expect(e.comment).toBeNull();
      expect(e.items).not.toContain('"comment"');
    }
    const decision = await t.ctx.database.query(
      "select 1 from jury_candidates where candidate_id = $1 and state = 'signed' and decision is not null",
      [candidateId],
    );
    expect(decision).toHaveLength(1);
  });

  it('leaves his address nowhere, and records the erasure in the audit trail', async () => {
    for (const table of ['audit_events', 'mail_messages', 'invitations', 'candidates', 'users']) {
      const rows = await t.ctx.database.query(`select 1 from ${table} t where t::text ilike $1`, [
        `%${LUCAS}%`,
      ]);
      expect(rows, table).toEqual([]);
    }
    const [audit] = await t.ctx.database.query<{ actor_id: string; data: { counts: unknown[] } }>(
      "select actor_id, data from audit_events where action = 'personal_data.erase'",
    );
    expect(audit?.actor_id).toBe(j.ids.certifier);
    expect(audit?.data.counts.length).toBeGreaterThan(0);
  });

  it('exports afterwards only what was kept', async () => {
    const data = await exportOf({ candidateId });
    expect(data.account).toBeNull();
    expect(data.candidacies[0].file).toMatchObject({ birthName: 'Moreau', email: null });
    expect(data.candidacies[0].certificates).toHaveLength(1);
    expect(data.mail).toEqual([]);
  });
});
