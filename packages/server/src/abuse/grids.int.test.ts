// Finding (issue 16, item 4): the grid's number fields silently changed a value out of range
// (150 erased, −5 made 5) and a final grid could be sent with items left empty. The browser
// now refuses such a value with a message; the server must refuse it too, whatever sends it,
// and refuse a final evaluation unless every item has a result or is marked « non évalué »
// with its reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument } from '../instruments/service.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let evaluation: string;
let items: string[];

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, {
    pilot: 'pilote@demo.certeval.example',
    tutor: 'tuteur@demo.certeval.example',
  }));
  const lucas = (await call('GET', '/api/candidates', 'pilot'))
    .json()
    .items.find((c: { firstNames: string[] }) => c.firstNames?.[0] === 'Lucas');
  const started = await call('POST', `/api/candidates/${lucas.id}/evaluations`, 'tutor', {
    instrument: { key: 'cqp-agc-tutor-grid', version: '1' },
    kind: 'final',
    date: '2026-01-15',
  });
  expect(started.statusCode).toBe(201);
  evaluation = started.json().id;
  const { instrument } = await getInstrument(t.ctx, 'cqp-agc-tutor-grid', '1');
  items = instrument.sections.flatMap((s) => s.items.map((i) => i.id));
});
afterAll(() => t.close());

const save = (results: object[], revision: number) =>
  call('PUT', `/api/evaluations/${evaluation}`, 'tutor', { items: results, revision });
const submit = (revision: number) =>
  call('POST', `/api/evaluations/${evaluation}/submit`, 'tutor', { revision });
const revisionNow = async () =>
  (await call('GET', `/api/evaluations/${evaluation}`, 'tutor')).json().revision as number;

describe('a grid value out of range', () => {
  it.each([150, -5, 100.5])('is refused at %s, and nothing is stored', async (percentage) => {
    const revision = await revisionNow();
    const refused = await save([{ item: items[0], percentage }], revision);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().problems).toEqual([
      expect.objectContaining({ code: 'score_out_of_range', path: 'body/items[0].percentage' }),
    ]);
    const stored = (await call('GET', `/api/evaluations/${evaluation}`, 'tutor')).json();
    expect(stored.revision).toBe(revision);
    expect(stored.items).toEqual([]);
  });
});

describe('a final evaluation', () => {
  const allBut = (last: object | null) => [
    ...items.slice(0, -1).map((item) => ({ item, percentage: 70 })),
    ...(last ? [last] : []),
  ];

  it('is refused with one item empty, naming that item', async () => {
    const saved = await save(allBut(null), await revisionNow());
    expect(saved.statusCode).toBe(200);
    const refused = await submit(saved.json().revision);
    expect(refused.statusCode).toBe(400);
    const problems = refused.json().problems as Array<{ code: string; message: { fr: string } }>;
    expect(problems.map((p) => p.code)).toEqual(['incomplete_evaluation']);
    expect(problems[0]?.message.fr).toContain(items.at(-1));
  });

  it('takes no « non évalué » without its reason', async () => {
    const last = items.at(-1) as string;
    const refused = await save(
      allBut({ item: last, notEvaluated: { reason: ' ' } }),
      await revisionNow(),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().problems).toEqual([
      expect.objectContaining({ path: `body/items[${items.length - 1}].notEvaluated.reason` }),
    ]);
  });

  it('is submitted once the missing item is marked « non évalué » with its reason', async () => {
    const last = items.at(-1) as string;
    const saved = await save(
      allBut({
        item: last,
        notEvaluated: { reason: 'Aucune commande à l’export pendant la période.' },
      }),
      await revisionNow(),
    );
    expect(saved.statusCode).toBe(200);
    const submitted = await submit(saved.json().revision);
    expect(submitted.statusCode).toBe(200);
  });
});
