// Finding (issue 16, "Bad input", forms): the enrolment and the jury session forms answered
// one problem at a time, in the validator's words ("Champ invalide /email : must match
// pattern …"), and took the name "123", the birthplace "X", the phone "abc" — a candidate with
// a blank name became a person named after their e-mail. Now both routes run the forms' own
// check from core: every problem at once, each with its field's path and a sentence in French
// and English, and nothing is stored.
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, candidates, jurySessions, users } from '../platform/db/schema.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let projectId: string;

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, {
    pilot: 'pilote@demo.certeval.example',
    certifier: 'certificateur@demo.certeval.example',
  }));
  const [lucas] = (await call('GET', '/api/candidates', 'pilot')).json().items;
  projectId = lucas.projectId;
});
afterAll(() => t.close());

/** Rows of what a refused form must not add to. */
async function stored() {
  const { db } = t.ctx.database;
  const n = async (
    table: typeof candidates | typeof jurySessions | typeof users | typeof auditEvents,
  ) => Number((await db.select({ n: count() }).from(table))[0]?.n);
  return {
    candidates: await n(candidates),
    sessions: await n(jurySessions),
    users: await n(users),
    audit: await n(auditEvents),
  };
}

type Problem = { path: string; message: { fr: string; en: string } };

/** Refused with 400, every expected field named once, in words people read; nothing stored. */
async function refuses(
  send: () => Promise<{ statusCode: number; json: () => unknown }>,
  fields: string[],
) {
  const before = await stored();
  const response = await send();
  expect(response.statusCode).toBe(400);
  const body = response.json() as { problems: Problem[]; message: { fr: string; en: string } };
  expect(body.problems.map((p) => p.path).sort()).toEqual([...fields].sort());
  for (const { message } of [...body.problems, body]) {
    for (const text of [message.fr, message.en]) {
      expect(text).not.toMatch(/must (match|have|not)|pattern|instancePath|schema|\/[a-z]+[A-Z]/);
      expect(text.length).toBeGreaterThan(10);
    }
  }
  expect(await stored()).toEqual(before);
  return body.problems;
}

const enrol = (candidate: unknown) =>
  call('POST', `/api/projects/${projectId}/candidates`, 'pilot', { candidate });
const at = (...fields: string[]) => fields.map((f) => `body/candidate/${f}`);

const valid = {
  birthName: 'Ferrand',
  firstNames: ['Maëlle'],
  birthDate: '1997-05-21',
  birthPlace: 'Ajaccio (2A004)',
  accessRoute: 'continuing_education',
};

describe('the enrolment form', () => {
  it('names every missing field of an empty form at once', async () => {
    await refuses(
      () => enrol({}),
      at('birthName', 'firstNames', 'birthDate', 'birthPlace', 'accessRoute'),
    );
  });

  it('refuses a name of digits, a birthplace "X", a phone "abc", a bad address and a future birth date together', async () => {
    const problems = await refuses(
      () =>
        enrol({
          ...valid,
          birthName: '123',
          usageName: 'X_Æ-12',
          firstNames: ['Maëlle', '42'],
          birthDate: '2030-01-01',
          birthPlace: 'X',
          phone: 'abc',
          email: 'pas-une-adresse',
        }),
      at('birthName', 'usageName', 'firstNames', 'birthDate', 'birthPlace', 'phone', 'email'),
    );
    const email = problems.find((p) => p.path.endsWith('/email'));
    expect(email?.message.fr).toContain('adresse e-mail');
  });

  it('refuses a birth date out of range (under 14, over 100 years ago, not a day)', async () => {
    for (const birthDate of ['2020-01-01', '1900-01-01', '1999-02-30', 'hier'])
      await refuses(() => enrol({ ...valid, birthDate }), at('birthDate'));
  });

  it('never enrols someone without a name, nor names them after their e-mail', async () => {
    await refuses(
      () => enrol({ ...valid, birthName: '   ', firstNames: ['  '], email: 'sans.nom@example.fr' }),
      at('birthName', 'firstNames'),
    );
  });

  it('refuses every field at ten times its length', async () => {
    const long = (n: number) => 'a'.repeat(n * 10);
    await refuses(
      () =>
        enrol({
          ...valid,
          birthName: long(100),
          usageName: long(100),
          firstNames: [long(100)],
          birthPlace: long(200),
          phone: long(40),
          job: long(200),
          email: `${long(254)}@example.fr`,
          accommodations: [long(1000)],
        }),
      at(
        'birthName',
        'usageName',
        'firstNames',
        'birthPlace',
        'phone',
        'job',
        'email',
        'accommodations',
      ),
    );
  });

  it('refuses garbage kinds of values, and fields the form does not have', async () => {
    await refuses(
      () =>
        enrol({
          ...valid,
          birthName: 12,
          firstNames: 'Maëlle',
          accessRoute: 'teleportation',
          tutorId: 'x',
          admin: true,
        }),
      at('birthName', 'firstNames', 'accessRoute', 'tutorId', 'admin'),
    );
  });

  it('enrols a plausible candidate (names of any script, a Corsican INSEE code, a phone)', async () => {
    const response = await enrol({
      ...valid,
      usageName: 'N’Diaye-Ferrand',
      phone: '06 12 34 56 78',
    });
    expect(response.statusCode, response.body).toBe(201);
  });
});

const convene = (body: Record<string, unknown>) =>
  call('POST', '/api/jury/sessions', 'certifier', body);
const sessionAt = (...fields: string[]) => fields.map((f) => `body/${f}`);

describe('the jury session form', () => {
  it('names every field of an empty form at once', async () => {
    await refuses(
      () =>
        convene({
          certification: '',
          referentialVersion: '',
          date: '',
          startTime: '',
          place: '',
          remoteLink: '',
          members: [],
        }),
      sessionAt('certification', 'referentialVersion', 'date', 'startTime', 'place'),
    );
    await refuses(
      () => convene({}),
      sessionAt('certification', 'referentialVersion', 'date', 'startTime', 'members', 'place'),
    );
  });

  it('places each member’s problem on their row, with the rest of the form', async () => {
    await refuses(
      () =>
        convene({
          certification: 'cqp-agc',
          referentialVersion: '1',
          date: '07/12/2026',
          startTime: '25:00',
          place: 'Salle Loire',
          members: [
            { userId: 'quelqu’un', role: 'president' },
            { userId: '', role: 'dictator' },
          ],
        }),
      sessionAt('date', 'startTime', 'members/0', 'members/1'),
    );
  });

  it('refuses fields at ten times their length, and an unknown certification as a field problem', async () => {
    const base = { date: '2026-12-20', startTime: '09:00', members: [] };
    await refuses(
      () =>
        convene({
          ...base,
          certification: 'c'.repeat(1000),
          referentialVersion: 'v'.repeat(500),
          place: 'p'.repeat(3000),
          remoteLink: 'l'.repeat(5000),
        }),
      sessionAt('certification', 'referentialVersion', 'place', 'remoteLink'),
    );
    await refuses(
      () =>
        convene({
          ...base,
          certification: 'inconnue',
          referentialVersion: '9',
          place: 'Salle Loire',
        }),
      sessionAt('referentialVersion'),
    );
  });
});

describe('any other route refusing its body by schema', () => {
  it('says why in people’s words, with the field’s path apart, never the validator’s', async () => {
    const before = await stored();
    const response = await call('PUT', '/api/me/locale', 'pilot', {});
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.path).toMatch(/^body\/[a-zA-Z]+$/);
    expect(body.message).toEqual({
      fr: 'Ce champ est obligatoire.',
      en: 'This field is required.',
    });
    expect(body.problems).toEqual([{ code: 'required', path: body.path, message: body.message }]);
    expect(await stored()).toEqual(before);
  });
});
