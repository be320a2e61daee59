// The retention rule of files that never reached a jury (issue 19 item 5), with a delay of 30
// days: nothing is erased before it; after it, a file of no jury and no recent activity is
// erased with its account, while a file seated before a jury and one with recent activity stay.
// The job runs on the durable queue, scheduled every night.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, journey } from '../jury/juryJourney.testing.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { eraseExpiredCandidacies, RETENTION_QUEUE } from './eraseExpiredCandidacies.ts';

const DAY = 24 * 60 * 60 * 1000;
const INES = 'ines.garnier@biscuiterie.example';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
let ids: { lucas: string; camille: string; ines: string };

const realNow = () => new Date();
const setClock = (days: number) => {
  t.ctx.now = () => new Date(Date.now() + days * DAY);
};
const exists = async (candidateId: string) =>
  (await t.ctx.database.query('select 1 from candidates where id = $1', [candidateId])).length > 0;

beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_RETENTION_NO_JURY_DAYS: '30' }, { workers: true });
  j = await journey(t);
  const files = (await j.call('GET', '/api/candidates', 'pilot')).json().items as Array<{
    id: string;
    birthName: string;
    projectId: string;
  }>;
  const lucas = files.find((f) => f.birthName === 'Moreau');
  const enrolled = await j.call('POST', `/api/projects/${lucas?.projectId}/candidates`, 'pilot', {
    candidate: {
      birthName: 'Garnier',
      firstNames: ['Inès'],
      birthDate: '1999-05-04',
      birthPlace: 'Vire (Calvados)',
      email: INES,
      accessRoute: 'continuing_education',
    },
  });
  if (enrolled.statusCode !== 201) throw new Error(enrolled.body);
  ids = {
    lucas: lucas?.id as string,
    camille: files.find((f) => f.birthName === 'Vasseur')?.id as string,
    ines: enrolled.json().id,
  };
  // Lucas is seated before a jury: he reached one.
  const [session] = await t.ctx.database.query<{ id: string }>(
    `insert into jury_sessions (certifier_id, certification, referential_version, date, start_time, status)
     select id, 'cqp-agc', '1', '2026-06-12', '09:00', 'convened' from organisations where kind = 'certifier'
     returning id`,
  );
  await t.ctx.database.query(
    `insert into jury_candidates (session_id, candidate_id, state) values ($1, $2, 'scheduled')`,
    [session?.id, ids.lucas],
  );
  // Inès's booklet has an entry dated 20 days from now: her file's last activity.
  const entry = await j.call('POST', `/api/candidates/${ids.ines}/booklet`, 'pilot', {
    kind: 'training_session',
    date: realNow().toISOString().slice(0, 10),
    title: 'Accueil dans l’entreprise',
  });
  if (entry.statusCode !== 201) throw new Error(entry.body);
  await t.ctx.database.query(
    "update booklet_entries set created_at = now() + interval '20 days' where candidate_id = $1",
    [ids.ines],
  );
}, 240_000);
afterAll(() => t.close());

describe('the retention of files that never reached a jury', () => {
  it('erases nothing before the delay', async () => {
    setClock(29);
    expect(await eraseExpiredCandidacies(t.ctx)).toBe(0);
    for (const id of Object.values(ids)) expect(await exists(id)).toBe(true);
  });

  it('after the delay, erases a file of no jury and no recent activity, with its account', async () => {
    setClock(31);
    expect(await eraseExpiredCandidacies(t.ctx)).toBe(1);
    expect(await exists(ids.camille)).toBe(false);
    const accounts = await t.ctx.database.query('select 1 from users where email = $1', [
      'candidat.vae@demo.certeval.example',
    ]);
    expect(accounts).toEqual([]);
    const [audit] = await t.ctx.database.query<{ actor_id: string | null; data: object }>(
      "select actor_id, data from audit_events where action = 'personal_data.retention_erase'",
    );
    expect(audit?.actor_id).toBeNull();
    expect(JSON.stringify(audit?.data)).toContain(ids.camille);
  });

  it('keeps a file seated before a jury, and one whose last activity is recent', async () => {
    expect(await exists(ids.lucas)).toBe(true);
    expect(await exists(ids.ines)).toBe(true);
  });

  it('is scheduled every night on the durable queue, and a run of its job erases what expired', async () => {
    const [schedule] = await t.ctx.database.query<{ cron: string }>(
      'select cron from pgboss.schedule where name = $1',
      [RETENTION_QUEUE],
    );
    expect(schedule?.cron).toBe('0 3 * * *');
    setClock(60);
    await t.ctx.database.db.transaction((tx) => t.ctx.jobs.enqueue(tx, RETENTION_QUEUE, {}));
    const deadline = Date.now() + 30_000;
    while ((await exists(ids.ines)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await exists(ids.ines)).toBe(false);
    expect(await t.ctx.database.query('select 1 from users where email = $1', [INES])).toEqual([]);
    expect(await exists(ids.lucas)).toBe(true);
  });
});
