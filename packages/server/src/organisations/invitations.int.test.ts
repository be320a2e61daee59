// Organisations and invitations: the certifier registers a company, its pilot invites a tutor
// who accepts with their own password and signs in with the role; a person who already has an
// account accepts signed in as themself (the refusals are in abuse/invitations.int.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrganisation } from '../accounts/service.ts';
import { demoOrganisations } from '../demo/seedDemo.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { outboxToken } from '../test/mailbox.ts';
import { signInCookie } from '../test/sessions.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let certifier: string;
let pilot: string;
let companyId: string;

const call = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
/** The link's token, as the invited person reads it in their message (here, the outbox). */
const tokenFor = (email: string) => outboxToken(t.ctx, 'invitation', email, '/invitation');

beforeAll(async () => {
  t = await createDemoTestApp();
  certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
  pilot = await signInCookie(t.app, 'pilote@demo.certeval.example');
  companyId = (await ensureOrganisation(t.ctx, 'company', demoOrganisations.company)).id;
});
afterAll(() => t.close());

describe('organisations', () => {
  it('are registered by the certifier, the SIRET checked', async () => {
    const bad = await call('POST', '/api/organisations', certifier, {
      kind: 'company',
      name: 'Fromagerie du Val Fictif',
      siret: '12345678900016',
    });
    expect(bad.json()).toMatchObject({ code: 'validation_failed', path: 'body/siret' });
    const created = await call('POST', '/api/organisations', certifier, {
      kind: 'company',
      name: 'Fromagerie du Val Fictif',
      siret: '123 456 789 00015',
    });
    expect(created.statusCode).toBe(201);
    const again = await call('POST', '/api/organisations', certifier, {
      kind: 'company',
      name: 'Fromagerie du Val Fictif',
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await call('POST', '/api/organisations', pilot, { kind: 'company', name: 'X' })).statusCode,
    ).toBe(403);
  });
});

describe('invitations', () => {
  it('are made by the pilot for their company, only for company roles', async () => {
    const jury = await call('POST', `/api/organisations/${companyId}/invitations`, pilot, {
      email: 'jury@example.org',
      displayName: 'Jury',
      role: 'jury_member',
    });
    expect(jury.json()).toMatchObject({ code: 'validation_failed', path: 'body/role' });
    const created = await call('POST', `/api/organisations/${companyId}/invitations`, pilot, {
      email: 'nadia.ferrand@example.org',
      displayName: 'Nadia Ferrand',
      role: 'tutor',
    });
    expect(created.statusCode).toBe(201);
    // The link goes to the person by e-mail, never to the inviter (issue 15, item 3).
    expect(created.json()).toEqual({
      id: expect.any(String),
      expiresAt: expect.any(String),
      delivery: { messageId: expect.any(String), state: 'queued', lastError: null, sentAt: null },
    });
    const people = (await call('GET', `/api/organisations/${companyId}/people`, pilot)).json();
    const listed = people.invitations.find(
      (i: { email: string }) => i.email === 'nadia.ferrand@example.org',
    );
    expect(listed.delivery).toMatchObject({ state: 'queued' });
    expect(JSON.stringify(people)).not.toMatch(/token/i);
    const other = (await call('GET', '/api/organisations', certifier))
      .json()
      .find((o: { name: string }) => o.name === demoOrganisations.training);
    expect(
      (
        await call('POST', `/api/organisations/${other.id}/invitations`, pilot, {
          email: 'x@example.org',
          displayName: 'X',
          role: 'trainer',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('without a mail server (the demo), waits in the outbox, where the certifier reads its link', async () => {
    const list = (await call('GET', '/api/mail/messages', certifier)).json();
    const message = list.messages.find(
      (m: { template: string; toEmail: string }) =>
        m.template === 'invitation' && m.toEmail === 'nadia.ferrand@example.org',
    );
    expect(message).toBeDefined();
    const read = (await call('GET', `/api/mail/messages/${message.id}`, certifier)).json();
    expect(read.links).toEqual([expect.stringMatching(/\/invitation\?token=/)]);
    // The pilot who invited reads no outbox.
    expect((await call('GET', '/api/mail/messages', pilot)).statusCode).toBe(403);
  });

  it('is accepted once with a password; the person then signs in with the role', async () => {
    const token = await tokenFor('nadia.ferrand@example.org');
    const info = (await call('GET', `/api/invitations/${token}`)).json();
    expect(info).toMatchObject({
      organisationName: demoOrganisations.company,
      role: 'tutor',
      standing: 'new_account',
    });
    const noPassword = await call('POST', `/api/invitations/${token}/accept`, undefined, {});
    expect(noPassword.json().path).toBe('body/password');
    const accepted = await call('POST', `/api/invitations/${token}/accept`, undefined, {
      password: 'une phrase de passe solide',
    });
    expect(accepted.json()).toMatchObject({
      email: 'nadia.ferrand@example.org',
      accountCreated: true,
      organisationId: companyId,
      role: 'tutor',
    });
    expect((await call('POST', `/api/invitations/${token}/accept`, undefined, {})).statusCode).toBe(
      404,
    );
    const cookie = await signInCookie(
      t.app,
      'nadia.ferrand@example.org',
      'une phrase de passe solide',
    );
    const me = (await call('GET', '/api/me', cookie)).json();
    expect(JSON.stringify(me)).toContain('tutor');
    const people = (await call('GET', `/api/organisations/${companyId}/people`, certifier)).json();
    expect(
      people.people.find((p: { email: string }) => p.email === 'nadia.ferrand@example.org').roles,
    ).toEqual(['tutor']);
  });

  it('adds a role to an existing account once its owner, signed in, accepts it', async () => {
    const created = await call('POST', `/api/organisations/${companyId}/invitations`, certifier, {
      email: 'tuteur@demo.certeval.example',
      displayName: 'Sophie Lemaire',
      role: 'company_pilot',
    });
    expect(created.statusCode).toBe(201);
    const token = await tokenFor('tuteur@demo.certeval.example');
    expect((await call('GET', `/api/invitations/${token}`)).json().standing).toBe('sign_in');
    expect((await call('POST', `/api/invitations/${token}/accept`, undefined, {})).statusCode).toBe(
      401,
    );
    const cookie = await signInCookie(t.app, 'tuteur@demo.certeval.example');
    expect((await call('POST', `/api/invitations/${token}/accept`, cookie, {})).statusCode).toBe(
      200,
    );
    expect(JSON.stringify((await call('GET', '/api/me', cookie)).json())).toContain(
      'company_pilot',
    );
  });

  it('refuses a role the person already holds, and a second open invitation to it', async () => {
    const invitePilot = (email: string, role: string) =>
      call('POST', `/api/organisations/${companyId}/invitations`, pilot, {
        email,
        displayName: 'Quelqu’un',
        role,
      });
    const holds = await invitePilot('TUTEUR@demo.certeval.example', 'tutor');
    expect(holds.statusCode).toBe(409);
    expect(holds.json().path).toBe('body/email');
    expect((await invitePilot('elsa.martin@example.org', 'tutor')).statusCode).toBe(201);
    const again = await invitePilot('Elsa.Martin@example.org', 'tutor');
    expect(again.statusCode).toBe(409);
    expect(again.json().message.fr).toContain('Annulez-la');
    expect((await invitePilot('elsa.martin@example.org', 'candidate')).statusCode).toBe(201);
  });
});
