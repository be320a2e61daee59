// The evaluators' lists and the homes' to-do lists of a space (issue 16): the tutor is told
// Lucas Moreau waits to be positioned, the candidate that a questionnaire waits, the trainer
// what to mark; each reads only the candidates of the space they act in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, journey, readyDemoCandidate, today } from '../jury/juryJourney.testing.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';
import * as store from './store.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
const spaces: Record<string, Array<{ organisationId: string; role: string }>> = {};

type Listed = {
  id: string;
  birthName: string;
  status: string;
  tasks: Array<{ type: string; evaluationId?: string }>;
  nextStep: { type: string; evaluationId?: string; title?: string };
  evaluations: Array<{
    id: string;
    status: string;
    online: boolean;
    evaluatorRole: string;
    instrument: { title: string };
    domains: Array<{ domain: string; percentage: number }>;
  }>;
};

const space = (who: string, role: string) => {
  const found = spaces[who]?.find((s) => s.role === role);
  if (!found) throw new Error(`${who} holds no ${role} space`);
  return `organisationId=${found.organisationId}&role=${role}`;
};
const list = async (who: string, role: string) => {
  const response = await j.call('GET', `/api/worklist?${space(who, role)}`, who);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Listed[];
};
const todo = async (who: string, role: string) =>
  (await j.call('GET', `/api/me/todo?${space(who, role)}`, who)).json() as Array<{
    task: string;
    count: number;
    step?: { type: string; title?: string };
  }>;

beforeAll(async () => {
  t = await createDemoTestApp();
  j = await journey(t);
  j.cookies.candidate = await signInCookie(t.app, 'candidat@demo.certeval.example');
  j.cookies.vae = await signInCookie(t.app, 'candidat.vae@demo.certeval.example');
  for (const who of Object.keys(j.cookies))
    spaces[who] = (await j.call('GET', '/api/me', who)).json().memberships;
}, 60_000);
afterAll(() => t.close());

describe("a tutor's list and home", () => {
  it('tells the demo tutor that Lucas Moreau waits to be positioned: one candidate', async () => {
    const [lucas, ...others] = await list('tutor', 'tutor');
    expect(others).toEqual([]);
    expect(lucas?.birthName).toBe('Moreau');
    expect(lucas?.tasks).toEqual([{ type: 'position' }]);
    expect(await todo('tutor', 'tutor')).toEqual([{ task: 'to_position', count: 1 }]);
  });

  it('shows a pilot who also tutors their company as pilot, only their tutees as tutor', async () => {
    const asPilot = await list('pilot', 'company_pilot');
    expect(asPilot.map((c) => c.birthName).sort()).toEqual(['Moreau', 'Vasseur']);
    expect(asPilot.every((c) => c.tasks.length === 0)).toBe(true);
    expect(await list('pilot', 'tutor')).toEqual([]);
    expect(await todo('pilot', 'tutor')).toEqual([]);
    expect(await todo('pilot', 'company_pilot')).toEqual([
      { task: 'candidates_in_state', state: 'enrolled', count: 2 },
    ]);
  });

  it('refuses a space the reader does not hold', async () => {
    const pilotSpace = space('pilot', 'company_pilot');
    const response = await j.call('GET', `/api/worklist?${pilotSpace}`, 'tutor');
    expect(response.statusCode).toBe(403);
    expect((await j.call('GET', `/api/me/todo?${pilotSpace}`, 'tutor')).statusCode).toBe(403);
    const forged = pilotSpace.replace('company_pilot', 'certifier_admin');
    expect((await j.call('GET', `/api/worklist?${forged}`, 'pilot')).statusCode).toBe(403);
  });
});

describe('a questionnaire given online', () => {
  let evaluationId: string;

  it("is the candidate's next step, on their list and their home", async () => {
    const [lucas] = await list('trainer', 'trainer');
    const assigned = await j.call(
      'POST',
      `/api/candidates/${lucas?.id}/questionnaires`,
      'trainer',
      {
        instrument: { key: 'cqp-agc-demo-questionnaire', version: '1' },
        kind: 'continuous',
        date: today(),
      },
    );
    evaluationId = assigned.json().id;
    const [own] = await list('candidate', 'candidate');
    expect(own?.nextStep).toMatchObject({ type: 'take_questionnaire', evaluationId });
    expect(own?.evaluations.find((e) => e.id === evaluationId)).toMatchObject({
      status: 'assigned',
      online: true,
      instrument: { title: 'Questionnaire formateur — connaissances (exemple)' },
    });
    const [next] = await todo('candidate', 'candidate');
    expect(next).toMatchObject({ task: 'next_step', step: { type: 'take_questionnaire' } });
  });

  it('is never on the list of another candidate of the same company', async () => {
    const [camille, ...none] = await list('vae', 'candidate');
    expect(none).toEqual([]);
    expect(camille?.birthName).toBe('Vasseur');
    expect(camille?.evaluations).toEqual([]);
    expect(camille?.nextStep).toEqual({ type: 'write_vae_booklet', started: false });
  });

  it('waits for its trainer to mark its open answers, on their list and home', async () => {
    const row = await store.findEvaluation(t.ctx.database.db, evaluationId);
    if (!row) throw new Error('the questionnaire was not stored');
    // Taken, with an open answer left to mark (the demo questionnaire has only closed ones).
    await store.updateEvaluation(t.ctx.database.db, evaluationId, row.revision, {
      status: 'to_grade',
      responses: {},
    });
    const [lucas] = await list('trainer', 'trainer');
    expect(lucas?.tasks).toEqual([{ type: 'mark', evaluationId }]);
    expect(await todo('trainer', 'trainer')).toEqual([{ task: 'to_mark', count: 1 }]);
    const trainerSpace = space('trainer', 'trainer');
    expect((await j.call('GET', `/api/me/todo?${trainerSpace}`, 'tutor')).statusCode).toBe(403);
  });
});

describe('results per domain', () => {
  it("are on the trainer's list once the evaluations are submitted, and no task remains", async () => {
    await readyDemoCandidate(j);
    const [lucas] = await list('trainer', 'trainer');
    expect(lucas?.status).toBe('ready_for_jury');
    const final = lucas?.evaluations.find(
      (e) => e.evaluatorRole === 'trainer' && e.status === 'submitted',
    );
    expect(final?.domains.map((d) => d.domain).sort()).toEqual(['OT', 'PO', 'R']);
    expect(final?.domains.every((d) => d.percentage > 0 && d.percentage <= 100)).toBe(true);
    const tutorFinal = (await list('tutor', 'tutor'))[0]?.evaluations.find(
      (e) => e.evaluatorRole === 'tutor' && e.status === 'submitted' && e.domains.length > 0,
    );
    expect(tutorFinal?.domains.length).toBeGreaterThan(0);
    expect(await todo('tutor', 'tutor')).toEqual([]);
    const [own] = await list('candidate', 'candidate');
    expect(own?.nextStep).toEqual({ type: 'await_jury' });
  });
});
