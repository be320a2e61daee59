// The jury's lists (issue 16): a member's own grid of each candidate they grade, the
// certifier's deliberations with what holds each up, and their homes' counts — read only by
// those the session is theirs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../accounts/service.ts';
import { DEMO_PASSWORD, demoOrganisations } from '../demo/seedDemo.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';
import {
  fillAndSubmit,
  type Journey,
  journey,
  observations,
  readyDemoCandidate,
  seatedCandidate,
  today,
} from './juryJourney.testing.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
let seat: string;
let beforeConvening: Array<Record<string, unknown>>;
const spaces: Record<string, Array<{ organisationId: string; role: string }>> = {};

type Grid = { seatId: string; status: string; evaluationId: string | null; presides: boolean };
type Deliberation = {
  id: string;
  status: string;
  president: string | null;
  blockers: Array<{ code: string; names?: string[]; president?: string | null }>;
};

const grids = async (who: string) => (await j.call('GET', '/api/jury/grids', who)).json() as Grid[];
const deliberations = async () =>
  (await j.call('GET', '/api/jury/deliberations', 'certifier')).json() as Deliberation[];
const todo = async (who: string, role: string) => {
  const s = spaces[who]?.find((m) => m.role === role);
  const url = `/api/me/todo?organisationId=${s?.organisationId}&role=${role}`;
  return (await j.call('GET', url, who)).json() as Array<Record<string, unknown>>;
};

beforeAll(async () => {
  t = await createDemoTestApp();
  j = await journey(t);
  await createUser(t.ctx, {
    email: 'jury.ailleurs@example.org',
    displayName: 'Membre Ailleurs',
    password: DEMO_PASSWORD,
    roles: [{ organisationName: demoOrganisations.certifier, role: 'jury_member' }],
  });
  j.cookies.elsewhere = await signInCookie(t.app, 'jury.ailleurs@example.org');
  j.cookies.candidate = await signInCookie(t.app, 'candidat@demo.certeval.example');
  for (const who of Object.keys(j.cookies))
    spaces[who] = (await j.call('GET', '/api/me', who)).json().memberships;
  const candidateId = await readyDemoCandidate(j);
  beforeConvening = await todo('certifier', 'certifier_admin');
  seat = (await seatedCandidate(j, candidateId)).seatId;
}, 120_000);
afterAll(() => t.close());

describe('before the grids', () => {
  it('tells the certifier a candidate put before the jury waits for a session', () => {
    expect(beforeConvening).toEqual([{ task: 'candidates_to_convene', count: 1 }]);
  });

  it('gives each member their grid to fill, the president told they preside', async () => {
    for (const who of ['president', 'employees', 'opca']) {
      const [grid, ...others] = await grids(who);
      expect(others).toEqual([]);
      expect(grid).toMatchObject({ seatId: seat, status: 'to_fill', evaluationId: null });
      expect(grid?.presides).toBe(who === 'president');
    }
    expect(await todo('employees', 'jury_member')).toEqual([
      {
        task: 'next_session',
        count: 1,
        date: today(),
        startTime: '09:00',
        place: 'Commission paritaire, salle Loire (démo)',
      },
      { task: 'grids_to_fill', count: 1 },
    ]);
  });

  it('shows nothing to a member who does not sit on the session', async () => {
    expect(await grids('elsewhere')).toEqual([]);
    expect(await todo('elsewhere', 'jury_member')).toEqual([]);
  });

  it('tells the certifier whose grids are missing, and the candidate the day of their jury', async () => {
    const [d] = await deliberations();
    expect(d?.status).toBe('grading');
    expect(d?.blockers).toEqual([
      { code: 'grids_missing', names: ['Antoine Lebrun', 'Isabelle Fournier', 'Nadège Collin'] },
    ]);
    const [step] = await todo('candidate', 'candidate');
    expect(step).toMatchObject({ task: 'next_step', step: { type: 'jury', date: today() } });
  });

  it('refuses the lists to the roles they are not for', async () => {
    expect((await j.call('GET', '/api/jury/deliberations', 'president')).statusCode).toBe(403);
    expect((await j.call('GET', '/api/jury/grids', 'certifier')).statusCode).toBe(403);
    expect((await j.call('GET', '/api/jury/grids', 'tutor')).statusCode).toBe(403);
  });
});

describe('as the deliberation goes', () => {
  it('marks each grid filled as its member submits it', async () => {
    const opened = (await j.call('POST', `/api/jury/candidates/${seat}/grid`, 'employees')).json();
    expect((await grids('employees'))[0]).toMatchObject({
      status: 'in_progress',
      evaluationId: opened.evaluationId,
    });
    await fillAndSubmit(j, 'employees', opened.evaluationId, observations(70, 70, 50));
    expect((await grids('employees'))[0]?.status).toBe('filled');
    expect((await todo('employees', 'jury_member')).map((i) => i.task)).toEqual(['next_session']);
    const [d] = await deliberations();
    expect(d?.blockers).toEqual([
      { code: 'grids_missing', names: ['Isabelle Fournier', 'Nadège Collin'] },
    ]);
  });

  it('waits for the president once every grid is in, then for their signature', async () => {
    for (const who of ['president', 'opca']) {
      const opened = (await j.call('POST', `/api/jury/candidates/${seat}/grid`, who)).json();
      await fillAndSubmit(j, who, opened.evaluationId, observations(70, 70, 70));
    }
    expect((await deliberations())[0]?.blockers).toEqual([
      { code: 'close_grading', president: 'Isabelle Fournier' },
    ]);
    const read = async () =>
      (await j.call('GET', `/api/jury/candidates/${seat}`, 'president')).json();
    await j.call('POST', `/api/jury/candidates/${seat}/commands`, 'president', {
      command: 'close_grading',
      revision: (await read()).revision,
    });
    const agreed = await j.call('POST', `/api/jury/candidates/${seat}/agreement`, 'president', {
      percentages: { R: 75, PO: 75, OT: 75 },
      comment: 'Candidat à l’aise avec les clients ; organisation rigoureuse.',
      revision: (await read()).revision,
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    const [d] = await deliberations();
    expect(d?.status).toBe('decided');
    expect(d?.blockers).toEqual([{ code: 'signature', president: 'Isabelle Fournier' }]);
    expect(await todo('certifier', 'certifier_admin')).toEqual([
      { task: 'deliberations_to_sign', count: 1 },
    ]);
  });
});
