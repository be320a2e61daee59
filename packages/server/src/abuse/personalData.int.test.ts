// Personal data (issue 19 item 5) is the certifier administrator's alone: any other role, or
// nobody signed in, reads, exports or erases nothing, and leaves no trace of having tried; the
// certifier cannot erase their own account; a reference that names nobody is a 404 that says
// so. The screen's summary of a person names them without any internal identifier.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

const LUCAS = 'candidat@demo.certeval.example';
const CERTIFIER = 'certificateur@demo.certeval.example';
const ROUTES = [
  ['POST', '/api/personal-data/person'],
  ['POST', '/api/personal-data/export'],
  ['POST', '/api/personal-data/erasure/preview'],
  ['POST', '/api/personal-data/erasure'],
] as const;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, {
    certifier: CERTIFIER,
    pilot: 'pilote@demo.certeval.example',
    tutor: 'tuteur@demo.certeval.example',
    jury: 'jury@demo.certeval.example',
    candidate: LUCAS,
  }));
}, 120_000);
afterAll(() => t.close());

const personalAudits = async () =>
  (
    await t.ctx.database.query<{ n: number }>(
      "select count(*)::int as n from audit_events where action like 'personal_data.%'",
    )
  )[0]?.n;

describe('the personal-data routes', () => {
  it('refuse every role but the certifier administrator, and leave no trace', async () => {
    for (const who of ['pilot', 'tutor', 'jury', 'candidate']) {
      for (const [method, url] of ROUTES) {
        const response = await call(method, url, who, { email: LUCAS });
        expect(response.statusCode, `${who} ${url}`).toBe(403);
      }
      const rules = await call('GET', '/api/personal-data/retention-rules', who);
      expect(rules.statusCode, who).toBe(403);
    }
    expect(await personalAudits()).toBe(0);
    const still = await call('POST', '/api/personal-data/person', 'certifier', { email: LUCAS });
    expect(still.json()).toMatchObject({ hasAccount: true, name: 'Lucas Moreau' });
  });

  it('refuse anyone not signed in', async () => {
    for (const [method, url] of ROUTES) {
      const response = await t.app.inject({ method, url, payload: { email: LUCAS } });
      expect(response.statusCode, url).toBe(401);
    }
  });

  it('do not let the certifier erase their own account', async () => {
    const response = await call('POST', '/api/personal-data/erasure', 'certifier', {
      email: CERTIFIER,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('personal_data_self_erasure');
    const me = await call('GET', '/api/me', 'certifier');
    expect(me.statusCode).toBe(200);
  });

  it('answer 404 for an address or a file that names nobody, and 400 for a malformed body', async () => {
    const unknown = await call('POST', '/api/personal-data/person', 'certifier', {
      email: 'personne@nulle-part.example',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message.fr).toContain('Aucune personne');
    const noFile = await call('POST', '/api/personal-data/export', 'certifier', {
      candidateId: 'not-a-file',
    });
    expect(noFile.statusCode).toBe(404);
    const both = await call('POST', '/api/personal-data/erasure', 'certifier', {
      email: LUCAS,
      candidateId: 'x',
    });
    expect(both.statusCode).toBe(400);
  });
});

describe('the summary of a person', () => {
  it('names them, their address and their files, with no internal identifier', async () => {
    const response = await call('POST', '/api/personal-data/person', 'certifier', {
      email: ' Candidat@Demo.Certeval.Example ',
    });
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json();
    expect(summary).toMatchObject({ name: 'Lucas Moreau', email: LUCAS, hasAccount: true });
    expect(summary.files).toEqual([
      expect.objectContaining({
        name: 'Lucas Moreau',
        organisation: expect.stringMatching(/\S/),
        project: expect.stringMatching(/\S/),
        underSignedDecision: false,
      }),
    ]);
    expect(JSON.stringify(summary)).not.toMatch(UUID);
  });
});
