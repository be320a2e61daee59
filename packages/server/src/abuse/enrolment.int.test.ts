// Finding (issue 14, item 1; issue 15): a pilot enrolling a candidate with the address of an
// existing account (a jury member) gave that account the candidate role in the company, without
// its owner's consent — which keeps her off that company's juries. Enrolment now takes no
// account without consent: an existing account is sent an invitation to take the file, which
// its owner accepts signed in as themself (nothing is added until then); a new address gets an
// account without a password and the "account created" message, at that address, to choose it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail, listMemberships } from '../accounts/store.ts';
import { demoOrganisations } from '../demo/seedDemo.ts';
import { candidates, invitations } from '../platform/db/schema.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { outboxToken } from '../test/mailbox.ts';
import { signInCookie } from '../test/sessions.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let projectId: string;
let tutorId: string;

const JURY = 'jury@demo.certeval.example';

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, { pilot: 'pilote@demo.certeval.example', jury: JURY }));
  const [lucas] = (await call('GET', '/api/candidates', 'pilot')).json().items;
  projectId = lucas.projectId;
  tutorId = (await call('GET', `/api/candidates/${lucas.id}`, 'pilot')).json().candidate.tutorId;
});
afterAll(() => t.close());

const enrol = async (email: string, firstName: string) => {
  const response = await call('POST', `/api/projects/${projectId}/candidates`, 'pilot', {
    candidate: {
      birthName: 'Fournier',
      firstNames: [firstName],
      birthDate: '1990-03-14',
      birthPlace: 'Dijon (Côte-d’Or)',
      email,
      accessRoute: 'continuing_education',
      tutorId,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
};

const rolesOf = async (email: string) => {
  const user = await findUserByEmail(t.ctx.database.db, email);
  if (!user) throw new Error(`no account ${email}`);
  return (await listMemberships(t.ctx.database.db, user.id)).map(
    (m) => `${m.role}@${m.organisationName}`,
  );
};
const fileOf = async (id: string) =>
  (await t.ctx.database.db.select().from(candidates).where(eq(candidates.id, id)))[0];

describe('enrolling a candidate with the address of an existing account', () => {
  it('adds nothing to the account: its owner is invited to take the file', async () => {
    const before = await rolesOf(JURY);
    const id = await enrol(JURY.toUpperCase(), 'Isabelle');
    expect(await rolesOf(JURY)).toEqual(before);
    expect((await fileOf(id))?.userId).toBeNull();
    const [invitation] = await t.ctx.database.db
      .select()
      .from(invitations)
      .where(eq(invitations.candidateId, id));
    expect(invitation).toMatchObject({ email: JURY, role: 'candidate', status: 'open' });

    // Whoever holds the link cannot take it for her: only she, signed in, accepts.
    const token = await outboxToken(t.ctx, 'invitation', JURY, '/invitation');
    const pilot = await signInCookie(t.app, 'pilote@demo.certeval.example');
    const asPilot = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      headers: { cookie: pilot },
      payload: {},
    });
    expect(asPilot.statusCode).toBe(403);
    expect(await rolesOf(JURY)).toEqual(before);

    const accepted = await call('POST', `/api/invitations/${token}/accept`, 'jury', {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await rolesOf(JURY)).toContain(`candidate@${demoOrganisations.company}`);
    const jury = await findUserByEmail(t.ctx.database.db, JURY);
    expect((await fileOf(id))?.userId).toBe(jury?.id);
  });

  it('leaves the file unlinked when the owner declines', async () => {
    const email = 'jury.salaries@demo.certeval.example';
    const before = await rolesOf(email);
    const id = await enrol(email, 'Antoine');
    const token = await outboxToken(t.ctx, 'invitation', email, '/invitation');
    const cookie = await signInCookie(t.app, email);
    const declined = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/decline`,
      headers: { cookie },
    });
    expect(declined.statusCode).toBe(204);
    expect(await rolesOf(email)).toEqual(before);
    expect((await fileOf(id))?.userId).toBeNull();
  });
});

describe('enrolling a candidate with a new address', () => {
  it('makes an account without password, sent the link to choose it at that address', async () => {
    const email = 'eloise.fournier@demo.certeval.example';
    const id = await enrol(email, 'Éloïse');
    const account = await findUserByEmail(t.ctx.database.db, email);
    expect(account?.passwordHash).toBeNull();
    expect(account?.displayName).toBe('Éloïse Fournier');
    expect((await fileOf(id))?.userId).toBe(account?.id);
    expect(await rolesOf(email)).toEqual([`candidate@${demoOrganisations.company}`]);

    const token = await outboxToken(t.ctx, 'account-created', email, '/reset-password');
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token, password: 'le mot de passe d’Éloïse' },
    });
    expect(reset.statusCode).toBe(204);
    await expect(signInCookie(t.app, email, 'le mot de passe d’Éloïse')).resolves.toMatch(
      /certeval_session=/,
    );
  });
});
