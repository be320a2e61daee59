// Scored questions stay scored (issue 17, item 3): a questionnaire taken online gets its closed
// questions' points from their answer key; the trainer grading the open answers may change such
// a score only with a reason, recorded as an override in the item's history.
import type { Instrument } from '@certeval/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument, importInstrument } from '../instruments/service.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let evaluation: string;
let revision: number;
const KEY = 'cqp-agc-questionnaire-open';

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, {
    trainer: 'formateur@demo.certeval.example',
    candidate: 'candidat@demo.certeval.example',
  }));
  // The demo questionnaire and one open question graded by hand: it waits for the trainer.
  const demo = (await getInstrument(t.ctx, 'cqp-agc-demo-questionnaire', '1')).instrument;
  const [first, ...rest] = demo.sections;
  if (!first) throw new Error('no section');
  const open: Instrument['sections'][number]['items'][number] = {
    type: 'open',
    id: 'q-open',
    evaluates: ['RC2'],
    scoring: { model: 'manual', maxPoints: 2 },
    stem: 'Décrivez comment vous reformulez la demande d’un client mécontent.',
  };
  const instrument: Instrument = {
    ...demo,
    id: KEY,
    sections: [{ ...first, items: [...first.items, open] }, ...rest],
  };
  await importInstrument(t.ctx, instrument, { actorId: null });
  const lucas = (await call('GET', '/api/candidates', 'trainer')).json().items[0].id;
  const today = new Date().toISOString().slice(0, 10);
  const assigned = await call('POST', `/api/candidates/${lucas}/questionnaires`, 'trainer', {
    instrument: { key: KEY, version: '1' },
    kind: 'final',
    date: today,
  });
  evaluation = assigned.json().id;
  const started = (await call('POST', `/api/evaluations/${evaluation}/start`, 'candidate')).json();
  // q-rc1 answered wrong (b), q-open answered: the key gives q-rc1 0 point.
  const saved = await call('PUT', `/api/evaluations/${evaluation}/responses`, 'candidate', {
    responses: {
      'q-rc1': { kind: 'choices', ids: ['b'] },
      'q-open': { kind: 'text', text: 'Je reformule avec ses mots, puis je propose.' },
    },
    revision: started.revision,
  });
  const finished = await call('POST', `/api/evaluations/${evaluation}/finish`, 'candidate', {
    revision: saved.json().revision,
  });
  expect(finished.json().status).toBe('to_grade');
  revision = finished.json().revision;
});
afterAll(() => t.close());

const items = async () =>
  (await call('GET', `/api/evaluations/${evaluation}`, 'trainer')).json().items as Array<{
    item: string;
    points?: number;
    override?: { reason: string; computed: number };
  }>;

describe('grading a questionnaire taken online', () => {
  it('keeps the answer key’s points: another score without a reason is refused, located', async () => {
    const scored = await items();
    expect(scored.find((r) => r.item === 'q-rc1')?.points).toBe(0);
    const changed = scored.map((r) => (r.item === 'q-rc1' ? { item: 'q-rc1', points: 1 } : r));
    const refused = await call('PUT', `/api/evaluations/${evaluation}`, 'trainer', {
      items: [...changed, { item: 'q-open', points: 2 }],
      revision,
    });
    expect(refused.statusCode).toBe(400);
    const index = changed.findIndex((r) => r.item === 'q-rc1');
    expect(refused.json().problems).toEqual([
      expect.objectContaining({ code: 'override_without_reason', path: `body/items[${index}]` }),
    ]);
  });

  it('records an override with its reason and the key’s points, in the item’s history', async () => {
    const scored = await items();
    const changed = scored.map((r) =>
      r.item === 'q-rc1'
        ? { item: 'q-rc1', points: 1, override: { reason: 'Réponse juste, cochée en marge.' } }
        : r,
    );
    const saved = await call('PUT', `/api/evaluations/${evaluation}`, 'trainer', {
      items: [...changed, { item: 'q-open', points: 2 }],
      revision,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await items()).find((r) => r.item === 'q-rc1')).toEqual({
      item: 'q-rc1',
      points: 1,
      override: { reason: 'Réponse juste, cochée en marge.', computed: 0 },
    });
    const history = (await call('GET', `/api/evaluations/${evaluation}/history`, 'trainer')).json();
    const change = history
      .flatMap((entry: { data: { changes?: Array<{ item: string }> } }) => entry.data.changes ?? [])
      .find(
        (c: { item: string; after?: { override?: unknown } }) =>
          c.item === 'q-rc1' && c.after?.override,
      );
    expect(change).toEqual({
      item: 'q-rc1',
      before: { item: 'q-rc1', points: 0 },
      after: {
        item: 'q-rc1',
        points: 1,
        override: { reason: 'Réponse juste, cochée en marge.', computed: 0 },
      },
    });
  });
});
