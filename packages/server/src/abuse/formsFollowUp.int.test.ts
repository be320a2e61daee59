// Finding (issue 16, "Bad input", forms): opening an evaluation, giving a questionnaire,
// writing in the booklet, copying an instrument and starting an adapted referential answered
// one schema error at a time (a booklet entry dated in the future only once its title was
// given). Each route now runs its form's check from core — the browser's own — listing every
// problem at once with its field's path, in French and English, and storing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { refuses, tenTimes } from '../test/formRefusals.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let lucas: string;
let company: string;

const at = (...fields: string[]) => fields.map((f) => `body/${f}`);

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, {
    trainer: 'formateur@demo.certeval.example',
    tutor: 'tuteur@demo.certeval.example',
    pilot: 'pilote@demo.certeval.example',
  }));
  lucas = (await call('GET', '/api/candidates', 'trainer')).json().items[0].id;
  company = (await call('GET', '/api/me', 'pilot'))
    .json()
    .memberships.find((m: { role: string }) => m.role === 'company_pilot').organisationId;
});
afterAll(() => t.close());

describe('opening an evaluation, giving a questionnaire', () => {
  for (const [route, who] of [
    ['questionnaires', 'trainer'],
    ['evaluations', 'tutor'],
  ] as const) {
    it(`lists every problem of POST …/${route} at once`, async () => {
      const open = (body: object) => call('POST', `/api/candidates/${lucas}/${route}`, who, body);
      await refuses(t.ctx, () => open({}), at('instrument', 'kind', 'date'));
      await refuses(
        t.ctx,
        () =>
          open({
            instrument: { key: tenTimes(200), version: '' },
            kind: 'improvised',
            date: '2027-02-30',
          }),
        at('instrument/key', 'instrument/version', 'kind', 'date'),
      );
      const [date] = await refuses(
        t.ctx,
        () =>
          open({
            instrument: { key: 'cqp-agc-tutor-grid', version: '1' },
            kind: 'final',
            date: '1066-10-14',
          }),
        at('date'),
      );
      expect(date?.message.fr).toContain('l’année');
    });
  }
});

describe('the follow-up booklet', () => {
  const write = (body: object) => call('POST', `/api/candidates/${lucas}/booklet`, 'tutor', body);

  it('refuses a future day together with an empty title', async () => {
    await refuses(t.ctx, () => write({}), at('kind', 'date', 'title'));
    const problems = await refuses(
      t.ctx,
      () => write({ kind: 'tutor_note', date: '2098-01-01', title: '   ' }),
      at('date', 'title'),
    );
    expect(problems[0]?.message.fr).toContain('future');
  });

  it('refuses garbage and fields at ten times their length', async () => {
    await refuses(
      t.ctx,
      () =>
        write({
          kind: 'party',
          date: 'hier',
          title: tenTimes(300),
          body: tenTimes(20000),
          durationHours: -5,
        }),
      at('kind', 'date', 'title', 'body', 'durationHours'),
    );
  });
});

describe('copying an instrument, adapting a referential', () => {
  it('checks a copy’s title and identifier together', async () => {
    const clone = (body: object) =>
      call('POST', '/api/instruments/cqp-agc-tutor-grid/versions/1/clone', 'pilot', body);
    await refuses(
      t.ctx,
      () => clone({ organisationId: 'x', title: ' ', key: 'Pas Bon!' }),
      at('organisationId', 'title', 'key'),
    );
    await refuses(
      t.ctx,
      () => clone({ organisationId: company, title: tenTimes(300), key: tenTimes(60, 'k') }),
      at('title', 'key'),
    );
  });

  it('names every missing field of a new adaptation', async () => {
    const start = (body: object) => call('POST', '/api/variants', 'pilot', body);
    await refuses(t.ctx, () => start({}), at('organisationId', 'certification', 'version', 'name'));
    await refuses(
      t.ctx,
      () =>
        start({
          organisationId: company,
          certification: tenTimes(100),
          version: tenTimes(50),
          name: tenTimes(200),
        }),
      at('certification', 'version', 'name'),
    );
  });
});
