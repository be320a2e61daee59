// Saves that reach the server together share one statement (platform/db/batch.ts): each grid
// gets its own items, revision and audit event, and of two saves of one grid on the same
// revision the second is refused, never applied over the first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';
import * as store from './store.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let candidateId: string;
let tutorId: string;
let itemIds: string[];

async function openGrid() {
  const opened = await call('POST', `/api/candidates/${candidateId}/evaluations`, 'tutor', {
    instrument: { key: 'cqp-agc-tutor-grid', version: '1' },
    kind: 'continuous',
    date: '2026-01-20',
  });
  expect(opened.statusCode).toBe(201);
  return opened.json().id as string;
}

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, { tutor: 'tuteur@demo.certeval.example' }));
  const [lucas] = (await call('GET', '/api/candidates', 'tutor')).json().items;
  candidateId = lucas.id;
  const grid = (await call('GET', `/api/evaluations/${await openGrid()}`, 'tutor')).json();
  itemIds = grid.instrument.sections.flatMap((s: { items: Array<{ id: string }> }) =>
    s.items.map((i) => i.id),
  );
  tutorId = (
    await t.ctx.database.query<{ id: string }>(
      "select id from users where email = 'tuteur@demo.certeval.example'",
    )
  )[0]?.id as string;
});
afterAll(() => t.close());

describe('saves made together', () => {
  it('each writes its own grid and audit event, in one turn of the store', async () => {
    const grids = await Promise.all([openGrid(), openGrid(), openGrid(), openGrid()]);
    const saves = grids.map((id, k) => ({
      id,
      revision: 1,
      items: [{ item: itemIds[k] as string, percentage: 30 + 10 * k }],
      comment: k === 2 ? 'Bon accueil téléphonique' : null,
      date: k === 3 ? '2026-01-22' : undefined,
      audit: { actorId: tutorId, data: { changes: [{ item: itemIds[k], n: k }] } },
    }));
    // One turn: the four saves, and a second save of the first grid on the same revision.
    const answers = await Promise.all([
      ...saves.map((save) => store.saveDraft(t.ctx.database, save)),
      store.saveDraft(t.ctx.database, {
        ...(saves[0] as (typeof saves)[number]),
        items: [],
        comment: 'écrasé ?',
      }),
    ]);
    expect(answers.slice(0, 4).map((a) => a?.revision)).toEqual([2, 2, 2, 2]);
    expect(answers[4]).toBeUndefined();
    for (const [k, id] of grids.entries()) {
      const row = await store.findEvaluation(t.ctx.database.db, id);
      expect(row?.items).toEqual(saves[k]?.items);
      expect(row?.comment).toBe(saves[k]?.comment);
      expect(row?.date).toBe(k === 3 ? '2026-01-22' : '2026-01-20');
      const history = await store.historyOf(t.ctx.database.db, id);
      expect(history.filter((h) => h.action === 'evaluation.save').map((h) => h.data)).toEqual([
        { changes: [{ item: itemIds[k], n: k }] },
      ]);
    }
  });

  it('saves nothing and audits nothing for a save on a stale revision', async () => {
    const id = await openGrid();
    const save = {
      id,
      revision: 5,
      items: [{ item: itemIds[0] as string, percentage: 50 }],
      comment: null,
      date: undefined,
      audit: { actorId: tutorId, data: { changes: [] } },
    };
    expect(await store.saveDraft(t.ctx.database, save)).toBeUndefined();
    const row = await store.findEvaluation(t.ctx.database.db, id);
    expect(row?.revision).toBe(1);
    expect(row?.items).toEqual([]);
    const history = await store.historyOf(t.ctx.database.db, id);
    expect(history.some((h) => h.action === 'evaluation.save')).toBe(false);
  });

  it('answers one of two simultaneous saves of a grid and refuses the other through HTTP', async () => {
    const id = await openGrid();
    const put = (percentage: number) =>
      call('PUT', `/api/evaluations/${id}`, 'tutor', {
        items: [{ item: itemIds[0], percentage }],
        revision: 1,
      });
    const [a, b] = await Promise.all([put(50), put(70)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? 50 : 70;
    const current = (await call('GET', `/api/evaluations/${id}`, 'tutor')).json();
    expect(current.revision).toBe(2);
    expect(current.items).toEqual([{ item: itemIds[0], percentage: winner }]);
  });
});
