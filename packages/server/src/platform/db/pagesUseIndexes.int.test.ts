// Issue 19, item 2: every statement the candidate list, the name search, a tutor's list, a
// jury session and a deliberation, the statistics and the public verification run is answered
// through an index, never by reading a large table whole. A modest certifier is generated
// (twelve thousand candidates and as many evaluations, in the bench's shapes) and analysed;
// the pages are asked through the API while their statements are recorded, then each one is
// explained with its parameters. `npm run bench -- scale` checks the same at a million.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCaller, demoCaller } from '../../test/demoCaller.ts';
import { createDemoTestApp } from '../../test/harness.ts';
import { insertTable, largeTables, recordStatements, sequentialScans } from '../../test/plans.ts';
import { scaleTables } from '../../test/scaleDataset.ts';
import { scaleTemplates } from '../../test/scaleTemplates.ts';

const CANDIDATES = 12_000;
/** Tables this large are never read whole by a page (candidates, evaluations). */
const LARGE = 5_000;

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let numbers: string[];

beforeAll(async () => {
  t = await createDemoTestApp();
  const made = await scaleTemplates(t.ctx, 2);
  numbers = made.numbers;
  const sizes = {
    candidates: CANDIDATES,
    companies: 40,
    certifications: 5,
    evaluationItems: CANDIDATES * 20,
    certificates: 200,
  };
  for (const table of scaleTables(sizes, made.templates)) await insertTable(t.ctx.database, table);
  await t.ctx.database.query('VACUUM ANALYZE');
  ({ call } = await demoCaller(t.app, {
    certifier: 'certificateur@demo.certeval.example',
    tutor: 'tuteur.0@banc.certeval.example',
  }));
}, 240_000);
afterAll(() => t.close());

const one = async <T>(sql: string) => (await t.ctx.database.query<T>(sql))[0] as T;

describe('the pages of a certifier with many candidates', () => {
  it('read no large table whole', async () => {
    const company = await one<{ id: string }>(
      'select organisation_id as id from candidates order by birth_name limit 1',
    );
    const project = await one<{ id: string; certification: string }>(
      `select p.id, p.certification from projects p
       join candidates c on c.project_id = p.id order by c.birth_name limit 1`,
    );
    const tutor = await one<{ id: string }>(
      "select id from users where email = 'tuteur.0@banc.certeval.example'",
    );
    const seat = await one<{ id: string; session: string }>(
      `select j.id, j.session_id as session from jury_candidates j
       join jury_sessions s on s.id = j.session_id join candidates c on c.id = j.candidate_id
       where s.certification = 'cqp-agc' and c.birth_name not like 'Vérifiée%' limit 1`,
    );
    const certificate = await one<{ number: string }>(
      'select number from certificates order by number desc limit 1',
    );
    const get = async (url: string, who: string) => {
      const response = await call('GET', url, who);
      expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
      return response.json();
    };
    const statements = await recordStatements(async () => {
      const first = await get('/api/candidates', 'certifier');
      await get(`/api/candidates?after=${encodeURIComponent(first.next)}`, 'certifier');
      await get('/api/candidates?state=enrolled', 'certifier');
      await get('/api/candidates?state=decided', 'certifier');
      await get(`/api/candidates?company=${company.id}`, 'certifier');
      // A project's page, and a jury session's picker of the candidates ready for it.
      await get(`/api/candidates?project=${project.id}`, 'certifier');
      const ready = `/api/candidates?state=ready_for_jury&certification=${project.certification}`;
      await get(ready, 'certifier');
      await get(`${ready}&name=lefevre`, 'certifier');
      for (const name of ['lefevre', 'Héloïse Bérard', 'chevalir'])
        await get(`/api/candidates?name=${encodeURIComponent(name)}`, 'certifier');
      await get('/api/candidates', 'tutor');
      await get(`/api/candidates?tutor=${tutor.id}`, 'tutor');
      await get(`/api/jury/sessions/${seat.session}`, 'certifier');
      await get(`/api/jury/candidates/${seat.id}`, 'certifier');
      await get('/api/statistics/certificates', 'certifier');
      for (const number of [certificate.number, numbers[0] as string]) {
        const response = await t.app.inject({ url: `/api/public/certificates/${number}` });
        expect(response.statusCode, number).toBe(200);
      }
    });
    const large = await largeTables(t.ctx.database, LARGE);
    expect([...large].sort()).toEqual(['candidates', 'evaluations']);
    expect(statements.length).toBeGreaterThan(30);
    expect(await sequentialScans(t.ctx.database, statements, large)).toEqual([]);
  }, 120_000);
});
