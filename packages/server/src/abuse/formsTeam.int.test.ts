// Finding (issue 16, "Bad input", forms): the project, invitation, organisation, steering
// committee, CDC settings and profile forms answered Fastify's first schema error alone (or
// took a blank committee member, a meeting on the 30th of February, a display name "123").
// Now each route runs its form's check from core — the browser's own — and lists every
// problem at once with its field's path, in French and English, storing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { refuses, tenTimes } from '../test/formRefusals.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let company: string;
let certifierOrg: string;
let project: { id: string; revision: number };

const at = (...fields: string[]) => fields.map((f) => `body/${f}`);
const membership = async (who: string, role: string) =>
  (await call('GET', '/api/me', who))
    .json()
    .memberships.find((m: { role: string }) => m.role === role).organisationId as string;

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, {
    pilot: 'pilote@demo.certeval.example',
    certifier: 'certificateur@demo.certeval.example',
  }));
  company = await membership('pilot', 'company_pilot');
  certifierOrg = await membership('certifier', 'certifier_admin');
  [project] = (await call('GET', '/api/projects', 'pilot')).json();
});
afterAll(() => t.close());

describe('the company project form', () => {
  const open = (body: object) => call('POST', '/api/projects', 'pilot', body);
  const save = (body: object) =>
    call('PUT', `/api/projects/${project.id}`, 'pilot', { ...body, revision: project.revision });
  const read = async () => (await call('GET', `/api/projects/${project.id}`, 'pilot')).json();

  it('names every missing field of an empty form at once', async () => {
    await refuses(
      t.ctx,
      () => open({}),
      at('organisationId', 'certification', 'referentialVersion', 'title'),
    );
    await refuses(
      t.ctx,
      () => save({ certification: '', referentialVersion: '', title: '  ' }),
      at('certification', 'referentialVersion', 'title'),
      read,
    );
  });

  it('refuses garbage and fields at ten times their length, together', async () => {
    await refuses(
      t.ctx,
      () =>
        open({
          organisationId: company,
          certification: tenTimes(100),
          referentialVersion: 7,
          variantId: 'pas-un-id',
          title: tenTimes(200),
          opportunity: tenTimes(20000),
          steeringCommittee: [
            { name: '', role: 'Tutrice' },
            { name: '42', role: '' },
          ],
        }),
      at(
        'certification',
        'referentialVersion',
        'variantId',
        'title',
        'opportunity',
        'steeringCommittee/0/name',
        'steeringCommittee/1/name',
      ),
    );
  });
});

describe('the invitation and organisation forms', () => {
  const invite = (body: object) =>
    call('POST', `/api/organisations/${company}/invitations`, 'pilot', body);

  it('lists every problem of an invitation at once', async () => {
    await refuses(t.ctx, () => invite({}), at('email', 'displayName', 'role'));
    await refuses(
      t.ctx,
      () => invite({ email: 'pas-une-adresse', displayName: '123', role: 'emperor' }),
      at('email', 'displayName', 'role'),
    );
    await refuses(
      t.ctx,
      () =>
        invite({
          email: `${tenTimes(20)}@example.fr`,
          displayName: tenTimes(200),
          role: 'tutor',
        }),
      at('email', 'displayName'),
    );
  });

  it('checks the SIRET with the rest of an organisation', async () => {
    const register = (body: object) => call('POST', '/api/organisations', 'certifier', body);
    await refuses(t.ctx, () => register({}), at('kind', 'name'));
    await refuses(
      t.ctx,
      () => register({ kind: 'guild', name: ' ', siret: '12345678900016' }),
      at('kind', 'name', 'siret'),
    );
    const problems = await refuses(
      t.ctx,
      () => register({ kind: 'company', name: tenTimes(200), siret: '123' }),
      at('name', 'siret'),
    );
    const siret = problems.find((p) => p.path === 'body/siret');
    expect(siret?.message.fr).toContain('14 chiffres');
  });
});

describe('the steering committee forms', () => {
  const base = () => `/api/steering/projects/${project.id}`;
  const read = async () =>
    (await call('GET', `/api/steering?organisationId=${company}`, 'pilot')).json();

  it('refuses a member with a role and no name, or a name of digits, with the rest', async () => {
    await refuses(
      t.ctx,
      () => call('PUT', `${base()}/members`, 'pilot', {}),
      at('members', 'revision'),
      read,
    );
    await refuses(
      t.ctx,
      () =>
        call('PUT', `${base()}/members`, 'pilot', {
          members: [
            { name: 'Julien Roussel', role: 'Pilote' },
            { name: '  ', role: 'Tutrice' },
            { name: '1234', role: '' },
            { name: tenTimes(200), role: tenTimes(200) },
          ],
          revision: 0,
        }),
      at('members/1/name', 'members/2/name', 'members/3/name', 'members/3/role', 'revision'),
      read,
    );
  });

  it('refuses a meeting on no day of the calendar, or out of range, with every other problem', async () => {
    const plan = (body: object) => call('POST', `${base()}/meetings`, 'pilot', body);
    await refuses(t.ctx, () => plan({}), at('date', 'title'));
    await refuses(
      t.ctx,
      () => plan({ date: '2027-02-30', title: '', agenda: tenTimes(5000) }),
      at('date', 'title', 'agenda'),
    );
    await refuses(
      t.ctx,
      () => plan({ date: '1850-01-01', title: tenTimes(200) }),
      at('date', 'title'),
    );
  });
});

describe('the CDC settings, profile and sign-in forms', () => {
  it('lists both CDC identifiers’ problems at once', async () => {
    const read = async () =>
      (await call('GET', `/api/cdc/settings?organisationId=${certifierOrg}`, 'certifier')).json();
    const put = (body: object) => call('PUT', '/api/cdc/settings', 'certifier', body);
    await refuses(t.ctx, () => put({}), at('organisationId', 'idClient', 'idContrat'), read);
    await refuses(
      t.ctx,
      () => put({ organisationId: certifierOrg, idClient: 'abc', idContrat: tenTimes(40) }),
      at('idClient', 'idContrat'),
      read,
    );
  });

  it('refuses preferences of the wrong kind', async () => {
    const read = async () => (await call('GET', '/api/me/preferences', 'pilot')).json();
    await refuses(
      t.ctx,
      () => call('PUT', '/api/me/preferences', 'pilot', {}),
      at('locale', 'off'),
      read,
    );
    await refuses(
      t.ctx,
      () => call('PUT', '/api/me/preferences', 'pilot', { locale: 'tlh', off: [tenTimes(60)] }),
      at('locale', 'off'),
      read,
    );
  });

  it('names every empty field of the sign-in, forgotten and new password forms', async () => {
    const post = (url: string, payload: unknown) =>
      t.app.inject({ method: 'POST', url, payload: payload as object });
    await refuses(t.ctx, () => post('/api/auth/login', {}), at('email', 'password'));
    await refuses(
      t.ctx,
      () => post('/api/auth/login', { email: tenTimes(320), password: tenTimes(1024) }),
      at('email', 'password'),
    );
    await refuses(
      t.ctx,
      () => post('/api/auth/password-forgot', { email: 'personne' }),
      at('email'),
    );
    const reset = await refuses(
      t.ctx,
      () => post('/api/auth/password-reset', { token: 'x', password: 'court' }),
      at('token', 'password'),
    );
    const password = reset.find((p) => p.path === 'body/password');
    expect(password?.message.fr).toContain('12 caractères');
  });
});
