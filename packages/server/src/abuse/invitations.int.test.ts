// Findings of the trust issue (issue 14, item 1) about invitations, reproduced on the demo:
// an invitation to an address that already has an account, accepted by whoever holds the link,
// set the password of a passwordless account (a certifier administrator created by the CLI,
// waiting for their reset link) or added a role to an account without its owner's consent
// (a pilot made a jury member "a candidate of the company", which keeps her off its juries).
// An invitation now never sets the password of an existing account and never adds a role by
// itself: the person, signed in as themself, accepts or declines it; the inviter may cancel it.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, ensureOrganisation } from '../accounts/service.ts';
import { findUserByEmail, listMemberships } from '../accounts/store.ts';
import { demoOrganisations } from '../demo/seedDemo.ts';
import { auditEvents, invitations } from '../platform/db/schema.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { outboxToken } from '../test/mailbox.ts';
import { signInCookie } from '../test/sessions.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let pilot: string;
let certifier: string;
let jury: string;
let companyId: string;
let certifierOrgId: string;

const JURY = 'jury@demo.certeval.example';
const PILOT_CHOICE = 'le mot de passe choisi par le pilote';

const call = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

/** Invites through the API; returns the link's token and the invitation's id. */
async function invite(
  cookie: string,
  organisationId: string,
  person: { email: string; displayName: string; role: string },
) {
  const response = await call('POST', `/api/organisations/${organisationId}/invitations`, cookie, {
    ...person,
  });
  expect(response.statusCode, response.body).toBe(201);
  // Issue 15: the inviter gets no link; the person does, by e-mail (here, from the outbox).
  const { id } = response.json();
  expect(response.body).not.toMatch(/token/i);
  return {
    token: await outboxToken(t.ctx, 'invitation', person.email, '/invitation'),
    id: id as string,
  };
}

const rolesOf = async (email: string) => {
  const user = await findUserByEmail(t.ctx.database.db, email);
  if (!user) throw new Error(`no account ${email}`);
  return (await listMemberships(t.ctx.database.db, user.id)).map(
    (m) => `${m.role}@${m.organisationName}`,
  );
};

const auditOf = (invitationId: string, actions: string[]) =>
  t.ctx.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectId, invitationId), inArray(auditEvents.action, actions)))
    .orderBy(auditEvents.id);

/** The state an invitation was left in, and by whom. */
const stateOf = async (id: string) => {
  const [row] = await t.ctx.database.db
    .select({ status: invitations.status, closedBy: invitations.closedBy })
    .from(invitations)
    .where(eq(invitations.id, id));
  return row;
};

const idOf = async (email: string) => (await findUserByEmail(t.ctx.database.db, email))?.id;

const signInStatus = async (email: string, password: string) =>
  (await call('POST', '/api/auth/login', undefined, { email, password })).statusCode;

beforeAll(async () => {
  // Many answers from one address in a minute: the limit of public answers is not the point.
  t = await createDemoTestApp({ CERTEVAL_LOGIN_ATTEMPTS_PER_MINUTE: '100' });
  pilot = await signInCookie(t.app, 'pilote@demo.certeval.example');
  certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
  jury = await signInCookie(t.app, JURY);
  companyId = (await ensureOrganisation(t.ctx, 'company', demoOrganisations.company)).id;
  certifierOrgId = (await ensureOrganisation(t.ctx, 'certifier', demoOrganisations.certifier)).id;
});
afterAll(() => t.close());

describe('finding: account takeover through an invitation', () => {
  it('never sets the password of a passwordless account created by the CLI', async () => {
    // `certeval user create` without a password: the administrator waits for a reset link.
    const email = 'odile.brunet@demo.certeval.example';
    await createUser(t.ctx, {
      email,
      displayName: 'Odile Brunet',
      roles: [{ organisationName: demoOrganisations.certifier, role: 'certifier_admin' }],
    });
    const { token } = await invite(pilot, companyId, {
      email,
      displayName: 'Odile Brunet',
      role: 'tutor',
    });
    expect((await call('GET', `/api/invitations/${token}`)).json().standing).toBe('sign_in');

    const accepted = await call('POST', `/api/invitations/${token}/accept`, undefined, {
      password: PILOT_CHOICE,
    });
    expect(accepted.statusCode).toBe(401);
    // Signed in as themself, the pilot gets no further.
    const asPilot = await call('POST', `/api/invitations/${token}/accept`, pilot, {
      password: PILOT_CHOICE,
    });
    expect(asPilot.statusCode).toBe(403);

    expect((await findUserByEmail(t.ctx.database.db, email))?.passwordHash).toBeNull();
    expect(await signInStatus(email, PILOT_CHOICE)).toBe(401);
    expect(await rolesOf(email)).toEqual([`certifier_admin@${demoOrganisations.certifier}`]);
  });

  it('never sets the password of a candidate enrolled with an e-mail', async () => {
    const email = 'candidate.sans.mot.de.passe@demo.certeval.example';
    await createUser(t.ctx, {
      email,
      displayName: 'Théo Garnier',
      roles: [{ organisationName: demoOrganisations.company, role: 'candidate' }],
    });
    const { token } = await invite(pilot, companyId, {
      email,
      displayName: 'Théo Garnier',
      role: 'company_pilot',
    });
    const accepted = await call('POST', `/api/invitations/${token}/accept`, undefined, {
      password: PILOT_CHOICE,
    });
    expect(accepted.statusCode).toBe(401);
    expect(await signInStatus(email, PILOT_CHOICE)).toBe(401);
    expect(await rolesOf(email)).toEqual([`candidate@${demoOrganisations.company}`]);
  });

  it('decides at acceptance: an account made after the invitation is not taken over', async () => {
    const email = 'recrue.tardive@demo.certeval.example';
    const { token } = await invite(pilot, companyId, {
      email,
      displayName: 'Inès Garnier',
      role: 'tutor',
    });
    expect((await call('GET', `/api/invitations/${token}`)).json().standing).toBe('new_account');
    await createUser(t.ctx, {
      email,
      displayName: 'Inès Garnier',
      roles: [{ organisationName: demoOrganisations.certifier, role: 'jury_member' }],
    });
    const accepted = await call('POST', `/api/invitations/${token}/accept`, undefined, {
      password: PILOT_CHOICE,
    });
    expect(accepted.statusCode).toBe(401);
    expect((await findUserByEmail(t.ctx.database.db, email))?.passwordHash).toBeNull();
  });
});

describe('finding: a role added to an account without its owner’s consent', () => {
  let token: string;
  let id: string;

  it('adds no role when the link is accepted without a session', async () => {
    ({ token, id } = await invite(pilot, companyId, {
      email: JURY,
      displayName: 'Isabelle Fournier',
      role: 'candidate',
    }));
    const accepted = await call('POST', `/api/invitations/${token}/accept`, undefined, {});
    expect(accepted.statusCode).toBe(401);
    expect(accepted.json().code).toBe('unauthenticated');
    expect(await rolesOf(JURY)).toEqual([`jury_member@${demoOrganisations.certifier}`]);
  });

  it('adds no role when someone else, signed in, accepts it', async () => {
    const asPilot = await call('POST', `/api/invitations/${token}/accept`, pilot, {});
    expect(asPilot.statusCode).toBe(403);
    const byIdAsPilot = await call('POST', `/api/me/invitations/${id}/accept`, pilot);
    expect(byIdAsPilot.statusCode).toBe(404);
    expect((await call('GET', `/api/invitations/${token}`, pilot)).json().standing).toBe(
      'someone_else',
    );
    expect(await rolesOf(JURY)).toEqual([`jury_member@${demoOrganisations.certifier}`]);
  });

  it('shows the invitation to the person, signed in, who accepts it: role and audit', async () => {
    expect((await call('GET', `/api/invitations/${token}`, jury)).json().standing).toBe('invitee');
    const pending = (await call('GET', '/api/me/invitations', jury)).json();
    expect(pending).toEqual([
      expect.objectContaining({
        id,
        role: 'candidate',
        organisationName: demoOrganisations.company,
        invitedBy: 'Julien Roussel',
      }),
    ]);
    expect((await call('GET', '/api/me/invitations', pilot)).json()).toEqual([]);

    const accepted = await call('POST', `/api/invitations/${token}/accept`, jury, {
      password: PILOT_CHOICE,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      accountCreated: false,
      organisationId: companyId,
      role: 'candidate',
    });
    expect(await rolesOf(JURY)).toEqual([
      `candidate@${demoOrganisations.company}`,
      `jury_member@${demoOrganisations.certifier}`,
    ]);
    // The password given along is not taken: the usual one still opens the account.
    expect(await signInStatus(JURY, PILOT_CHOICE)).toBe(401);
    expect((await call('GET', '/api/me/invitations', jury)).json()).toEqual([]);
    expect((await call('POST', `/api/invitations/${token}/accept`, jury, {})).statusCode).toBe(404);

    const jurorId = (await findUserByEmail(t.ctx.database.db, JURY))?.id;
    const pilotId = (await findUserByEmail(t.ctx.database.db, 'pilote@demo.certeval.example'))?.id;
    expect(await stateOf(id)).toEqual({ status: 'accepted', closedBy: jurorId });
    const audit = await auditOf(id, ['invitation.create', 'invitation.accept']);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['invitation.create', pilotId],
      ['invitation.accept', jurorId],
    ]);
    expect(audit[0]?.data).toMatchObject({
      email: JURY,
      role: 'candidate',
      organisationId: companyId,
    });
  });
});

describe('accepting for an address without an account', () => {
  it('creates one account, once, even when the link is accepted twice at the same time', async () => {
    const email = 'claire.vidal@demo.certeval.example';
    const { token, id } = await invite(pilot, companyId, {
      email,
      displayName: 'Claire Vidal',
      role: 'tutor',
    });
    const body = { password: 'une phrase de passe solide' };
    const answers = await Promise.all([
      call('POST', `/api/invitations/${token}/accept`, undefined, body),
      call('POST', `/api/invitations/${token}/accept`, undefined, body),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 404]);
    expect(await rolesOf(email)).toEqual([`tutor@${demoOrganisations.company}`]);
    expect(await stateOf(id)).toEqual({ status: 'accepted', closedBy: await idOf(email) });
  });
});

describe('declining and cancelling', () => {
  it('is declined by the person signed in, from their pending invitations', async () => {
    const { token, id } = await invite(certifier, certifierOrgId, {
      email: 'tuteur@demo.certeval.example',
      displayName: 'Sophie Lemaire',
      role: 'jury_member',
    });
    const tutor = await signInCookie(t.app, 'tuteur@demo.certeval.example');
    expect((await call('POST', `/api/invitations/${token}/decline`)).statusCode).toBe(401);
    expect((await call('POST', `/api/invitations/${token}/decline`, pilot)).statusCode).toBe(403);
    expect((await call('POST', `/api/me/invitations/${id}/decline`, pilot)).statusCode).toBe(404);
    const declined = await call('POST', `/api/me/invitations/${id}/decline`, tutor);
    expect(declined.statusCode).toBe(204);
    expect((await call('POST', `/api/invitations/${token}/accept`, tutor, {})).statusCode).toBe(
      404,
    );
    expect(await rolesOf('tuteur@demo.certeval.example')).toEqual([
      `tutor@${demoOrganisations.company}`,
    ]);
    const people = (
      await call('GET', `/api/organisations/${certifierOrgId}/people`, certifier)
    ).json();
    expect(people.invitations.map((i: { id: string }) => i.id)).not.toContain(id);
    const tutorId = (await findUserByEmail(t.ctx.database.db, 'tuteur@demo.certeval.example'))?.id;
    expect((await auditOf(id, ['invitation.decline'])).map((a) => a.actorId)).toEqual([tutorId]);
    expect(await stateOf(id)).toEqual({ status: 'declined', closedBy: tutorId });
  });

  it('is declined through the link of an address without an account', async () => {
    const { token } = await invite(pilot, companyId, {
      email: 'personne.inconnue@demo.certeval.example',
      displayName: 'Léa Perrin',
      role: 'tutor',
    });
    expect((await call('POST', `/api/invitations/${token}/decline`)).statusCode).toBe(204);
    expect((await call('GET', `/api/invitations/${token}`)).statusCode).toBe(404);
  });

  it('is cancelled by its inviter, not by a person of the company without the right', async () => {
    const email = 'marc.olivier@demo.certeval.example';
    const { token, id } = await invite(pilot, companyId, {
      email,
      displayName: 'Marc Olivier',
      role: 'tutor',
    });
    const cancelUrl = `/api/organisations/${companyId}/invitations/${id}/cancel`;
    const tutor = await signInCookie(t.app, 'tuteur@demo.certeval.example');
    expect((await call('POST', cancelUrl, tutor)).statusCode).toBe(403);
    // Through another organisation's address, the invitation is not found.
    const elsewhere = `/api/organisations/${certifierOrgId}/invitations/${id}/cancel`;
    expect((await call('POST', elsewhere, certifier)).statusCode).toBe(404);
    expect((await call('POST', cancelUrl, pilot)).statusCode).toBe(204);
    expect((await call('POST', cancelUrl, pilot)).statusCode).toBe(404);
    const accepted = await call('POST', `/api/invitations/${token}/accept`, undefined, {
      password: 'une phrase de passe solide',
    });
    expect(accepted.statusCode).toBe(404);
    expect(await findUserByEmail(t.ctx.database.db, email)).toBeUndefined();
    const pilotId = (await findUserByEmail(t.ctx.database.db, 'pilote@demo.certeval.example'))?.id;
    expect((await auditOf(id, ['invitation.cancel'])).map((a) => a.actorId)).toEqual([pilotId]);
    expect(await stateOf(id)).toEqual({ status: 'cancelled', closedBy: pilotId });
  });

  it('is not cancelled by a pilot when its role is one only the certifier hands out', async () => {
    const { id } = await invite(certifier, companyId, {
      email: 'formatrice.interne@demo.certeval.example',
      displayName: 'Agnès Morel',
      role: 'trainer',
    });
    const listed = (await call('GET', `/api/organisations/${companyId}/people`, pilot))
      .json()
      .invitations.find((i: { id: string }) => i.id === id);
    expect(listed).toMatchObject({ canCancel: false, invitedBy: 'Hélène Marchetti' });
    const cancelUrl = `/api/organisations/${companyId}/invitations/${id}/cancel`;
    expect((await call('POST', cancelUrl, pilot)).statusCode).toBe(403);
    expect((await call('POST', cancelUrl, certifier)).statusCode).toBe(204);
  });
});

describe('what a pilot may invite', () => {
  const person = { email: 'quelquun@demo.certeval.example', displayName: 'Quelqu’un' };
  const attempt = (organisationId: string, role: string) =>
    call('POST', `/api/organisations/${organisationId}/invitations`, pilot, { ...person, role });

  it('refuses the roles a pilot does not hand out in their company', async () => {
    for (const role of ['certifier_admin', 'jury_member'])
      expect((await attempt(companyId, role)).json(), role).toMatchObject({
        code: 'validation_failed',
        path: 'body/role',
      });
    expect((await attempt(companyId, 'trainer')).statusCode).toBe(403);
  });

  it('refuses another organisation, a company or the certifier', async () => {
    const other = await ensureOrganisation(t.ctx, 'company', 'Conserverie Fictive du Lac');
    expect((await attempt(other.id, 'tutor')).statusCode).toBe(403);
    expect((await attempt(certifierOrgId, 'certifier_admin')).statusCode).toBe(403);
    expect((await attempt(certifierOrgId, 'jury_member')).statusCode).toBe(403);
  });

  it('leaves the certifier free to invite a jury member', async () => {
    const { id } = await invite(certifier, certifierOrgId, {
      email: 'nouveau.jure@demo.certeval.example',
      displayName: 'Paul Nouveau',
      role: 'jury_member',
    });
    expect(id).toBeTruthy();
  });
});
