// A company's tutors (issue 16): who follows whom and their load, for the company's pilot and
// the certifier only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let company: string;
let certifierOrg: string;

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, {
    pilot: 'pilote@demo.certeval.example',
    tutor: 'tuteur@demo.certeval.example',
    certifier: 'certificateur@demo.certeval.example',
  }));
  const me = (await call('GET', '/api/me', 'pilot')).json();
  company = me.memberships.find((m: { role: string }) => m.role === 'company_pilot').organisationId;
  certifierOrg = (await call('GET', '/api/me', 'certifier')).json().memberships[0].organisationId;
});
afterAll(() => t.close());

describe("a company's tutors", () => {
  it('lists each tutor with the candidates they follow and their load; a VAE file needs none', async () => {
    const response = await call('GET', `/api/organisations/${company}/tutors`, 'pilot');
    expect(response.statusCode).toBe(200);
    const { tutors, unassigned } = response.json();
    expect(
      tutors.map(
        (x: { displayName: string; load: number; candidates: Array<{ name: string }> }) => [
          x.displayName,
          x.load,
          x.candidates.map((c) => c.name),
        ],
      ),
    ).toEqual([
      ['Julien Roussel', 0, []],
      ['Sophie Lemaire', 1, ['Lucas Moreau']],
    ]);
    expect(unassigned).toEqual([]);
  });

  it('is read by the certifier, refused to a tutor, unknown elsewhere', async () => {
    expect(
      (await call('GET', `/api/organisations/${company}/tutors`, 'certifier')).statusCode,
    ).toBe(200);
    expect((await call('GET', `/api/organisations/${company}/tutors`, 'tutor')).statusCode).toBe(
      403,
    );
    const elsewhere = await call('GET', `/api/organisations/${certifierOrg}/tutors`, 'pilot');
    expect(elsewhere.statusCode).toBe(403);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await call('GET', `/api/organisations/${unknown}/tutors`, 'pilot')).statusCode).toBe(
      404,
    );
  });
});
