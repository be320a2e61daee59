// The scale bench's pages (bench/scale.ts): what the certifier, a tutor and the public ask for,
// each request with its cookie, and the target of its p95.
import type { Context } from '../packages/server/src/platform/context.ts';

export interface Scenario {
  name: string;
  target: number;
  requests: Array<{ path: string; cookie?: string }>;
  /** A different client address on every request (public pages, limited per address). */
  spreadAddresses?: boolean;
  /** Each request asked once, untimed, before the clients start. */
  warmUp?: boolean;
}

export async function scenariosOf(
  ctx: Context,
  base: string,
  certifier: string,
  tutorCookie: string,
  numbers: string[],
): Promise<Scenario[]> {
  const db = ctx.database;
  const companies = await db.query<{ id: string }>(
    "select id from organisations where kind = 'company' order by random() limit 200",
  );
  const [tutor] = await db.query<{ id: string }>(
    "select id from users where email = 'tuteur.0@banc.certeval.example'",
  );
  // Sessions of the certification whose rules are shipped, of a jury's usual size (not the
  // real session of a thousand the bench issued first), and a seat of each.
  const sessions = await db.query<{ id: string; seat: string }>(
    `select s.id, (select j.id from jury_candidates j where j.session_id = s.id limit 1) as seat
     from jury_sessions s where s.certification = 'cqp-agc'
     and (select count(*) from jury_candidates j where j.session_id = s.id) <= 40
     order by random() limit 50`,
  );
  // A cursor deep in the list: twenty pages on.
  let deep = '';
  for (let page = 0; page < 20; page++) {
    const response = await fetch(
      `${base}/api/candidates${deep ? `?after=${encodeURIComponent(deep)}` : ''}`,
      { headers: { cookie: certifier } },
    );
    deep = (await response.json()).next;
  }
  const states = [
    'enrolled',
    'positioned',
    'in_training',
    'ready_for_jury',
    'decided',
    'withdrawn',
  ];
  const typed = [
    'lefevre',
    'Héloïse Bérard',
    'chevalir',
    'noel zoe',
    'OZTURK',
    'mendez',
    'Maelys Quere',
    'sebastien hebert',
    'Lemaitre',
    'guerin clemence',
  ];
  const as = (cookie: string) => (path: string) => ({ path, cookie });
  return [
    {
      name: 'certifier: candidates, first page',
      target: 100,
      requests: [as(certifier)('/api/candidates')],
    },
    {
      name: 'certifier: candidates, page 21 (keyset)',
      target: 100,
      requests: [as(certifier)(`/api/candidates?after=${encodeURIComponent(deep)}`)],
    },
    {
      name: 'certifier: candidates by state',
      target: 100,
      requests: states.map((s) => as(certifier)(`/api/candidates?state=${s}`)),
    },
    {
      name: 'certifier: candidates by company',
      target: 100,
      requests: companies.map((c) => as(certifier)(`/api/candidates?company=${c.id}`)),
    },
    {
      name: 'certifier: name search (accents, typos)',
      target: 100,
      requests: typed.map((q) => as(certifier)(`/api/candidates?name=${encodeURIComponent(q)}`)),
    },
    {
      name: 'tutor: their candidates',
      target: 100,
      requests: [as(tutorCookie)(`/api/candidates?tutor=${tutor?.id}`)],
    },
    {
      name: 'certifier: a jury session, its candidates',
      target: 100,
      requests: sessions.map((s) => as(certifier)(`/api/jury/sessions/${s.id}`)),
    },
    {
      name: 'certifier: a candidate’s deliberation',
      target: 100,
      requests: sessions.map((s) => as(certifier)(`/api/jury/candidates/${s.seat}`)),
    },
    {
      name: 'certifier: statistics',
      target: 1000,
      requests: [as(certifier)('/api/statistics/certificates')],
    },
    {
      name: 'public: verification by number',
      target: 20,
      requests: numbers.map((n) => ({ path: `/api/public/certificates/${n}` })),
      spreadAddresses: true,
    },
    {
      // Numbers this instance has verified once before (each asked once before the clock).
      name: 'public: verification by number, asked again',
      target: 20,
      requests: numbers.slice(0, 100).map((n) => ({ path: `/api/public/certificates/${n}` })),
      spreadAddresses: true,
      warmUp: true,
    },
  ];
}
