// A questionnaire taken online by the candidate: assigned by their trainer, shown without its
// answer keys, resumable, timed, scored on finishing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument } from '../instruments/service.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let lucas: string;
let evaluation: string;
let revision: number;
const realNow = () => new Date();

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, {
    trainer: 'formateur@demo.certeval.example',
    tutor: 'tuteur@demo.certeval.example',
    candidate: 'candidat@demo.certeval.example',
  }));
  lucas = (await call('GET', '/api/candidates', 'trainer')).json().items[0].id;
});
afterAll(() => {
  t.ctx.now = realNow;
  return t.close();
});

const today = new Date().toISOString().slice(0, 10);

describe('a questionnaire taken online', () => {
  it('is assigned by the candidate’s trainer only, and only a questionnaire', async () => {
    const body = {
      instrument: { key: 'cqp-agc-demo-questionnaire', version: '1' },
      kind: 'final',
      date: today,
    };
    expect(
      (await call('POST', `/api/candidates/${lucas}/questionnaires`, 'tutor', body)).json().code,
    ).toBe('evaluation_invalid');
    const grid = await call('POST', `/api/candidates/${lucas}/questionnaires`, 'trainer', {
      ...body,
      instrument: { key: 'cqp-agc-tutor-grid', version: '1' },
    });
    expect(grid.statusCode).toBe(400);
    const assigned = await call('POST', `/api/candidates/${lucas}/questionnaires`, 'trainer', body);
    expect(assigned.statusCode).toBe(201);
    evaluation = assigned.json().id;
  });

  it('shows the candidate the questions, never the answer keys', async () => {
    const view = await call('GET', `/api/evaluations/${evaluation}/take`, 'candidate');
    expect(view.json().status).toBe('assigned');
    expect(view.json().questionnaire.minutes).toBe(30);
    expect(view.body).not.toMatch(/"correct"|"points"|"scoring"/);
    const plain = await call('GET', `/api/evaluations/${evaluation}`, 'candidate');
    expect(plain.json().instrument).toBeNull();
    expect((await call('GET', `/api/evaluations/${evaluation}/take`, 'trainer')).statusCode).toBe(
      403,
    );
  });

  it('starts the clock, saves answers to resume, refuses a stale save', async () => {
    const started = (
      await call('POST', `/api/evaluations/${evaluation}/start`, 'candidate')
    ).json();
    expect(started.status).toBe('in_progress');
    expect(started.secondsLeft).toBeGreaterThan(29 * 60);
    const { instrument } = await getInstrument(t.ctx, 'cqp-agc-demo-questionnaire', '1');
    const items = instrument.sections.flatMap((s) => s.items);
    // Right answers to every item of domain R, nothing elsewhere.
    const responses = Object.fromEntries(
      instrument.sections
        .filter((s) => s.id === 'R')
        .flatMap((s) => s.items)
        .map((item) => [
          item.id,
          { kind: 'choices', ids: 'correct' in item ? (item.correct as string[]) : [] },
        ]),
    );
    const saved = await call('PUT', `/api/evaluations/${evaluation}/responses`, 'candidate', {
      responses,
      revision: started.revision,
    });
    expect(saved.statusCode).toBe(200);
    revision = saved.json().revision;
    const stale = await call('PUT', `/api/evaluations/${evaluation}/responses`, 'candidate', {
      responses: {},
      revision: started.revision,
    });
    expect(stale.statusCode).toBe(409);
    const unknown = await call('PUT', `/api/evaluations/${evaluation}/responses`, 'candidate', {
      responses: { ZZ: { kind: 'choices', ids: ['a'] } },
      revision,
    });
    expect(unknown.json().problems[0].path).toBe('body/responses/ZZ');
    const resumed = (await call('GET', `/api/evaluations/${evaluation}/take`, 'candidate')).json();
    expect(Object.keys(resumed.responses)).toEqual(Object.keys(responses));
    expect(items.length).toBeGreaterThan(Object.keys(responses).length);
  });

  it('refuses answers once the time is up, and scores what was saved', async () => {
    t.ctx.now = () => new Date(Date.now() + 31 * 60_000);
    const late = await call('PUT', `/api/evaluations/${evaluation}/responses`, 'candidate', {
      responses: {},
      revision,
    });
    expect(late.statusCode).toBe(409);
    const finished = await call('POST', `/api/evaluations/${evaluation}/finish`, 'candidate', {
      revision,
    });
    t.ctx.now = realNow;
    expect(finished.json().status).toBe('submitted');
    const domains = Object.fromEntries(
      finished
        .json()
        .domains.map((d: { domain: string; percentage: number }) => [d.domain, d.percentage]),
    );
    expect(domains).toEqual({ R: 100, PO: 0, OT: 0 });
    const recorded = (await call('GET', `/api/evaluations/${evaluation}`, 'trainer')).json();
    expect(recorded.status).toBe('submitted');
    expect(recorded.evaluatorName).toBe('Karim Benali');
    expect(recorded.items.length).toBeGreaterThan(0);
    const again = await call('POST', `/api/evaluations/${evaluation}/finish`, 'candidate', {
      revision: finished.json().revision,
    });
    expect(again.statusCode).toBe(409);
  });
});
