// The candidate list by pages (issue 19, item 2): every file once, in the order of the names,
// page after page; filters by state, company and tutor; a name found without its accents or
// with a letter wrong; a cursor that is not ours refused.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, ensureOrganisation } from '../accounts/service.ts';
import { candidates, projects, users } from '../platform/db/schema.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let otherCompany: string;
let firstProject: string;
let otherProject: string;

type Page = {
  items: Array<{ id: string; birthName: string; firstNames: string[]; status: string }>;
  next: string | null;
  total: { count: number; atLeast: boolean };
};

const SURNAMES = ['Lefèvre', 'Bérard', 'Chevalier', 'Noël', 'Garnier', 'Öztürk', 'Faure'];
const FIRST = ['Héloïse', 'Zoé', 'Maël', 'Anaïs', 'Jérôme', 'Noé'];
const STATES = ['enrolled', 'in_training', 'ready_for_jury', 'decided'] as const;
const COUNT = 130;

beforeAll(async () => {
  t = await createDemoTestApp();
  otherCompany = (await ensureOrganisation(t.ctx, 'company', 'Fromagerie des Écrins')).id;
  await createUser(t.ctx, {
    email: 'tuteur.liste@example.org',
    displayName: 'Éloi Tuteur',
    password: 'un mot de passe de test',
    roles: [{ organisationName: 'Fromagerie des Écrins', role: 'tutor' }],
  });
  const { db } = t.ctx.database;
  const [project] = await db.select().from(projects).limit(1);
  const [tutor] = await db.select().from(users).where(eq(users.email, 'tuteur.liste@example.org'));
  if (!project || !tutor) throw new Error('demo project or tutor missing');
  firstProject = project.id;
  // One in five prepares another certification, in a project of its own.
  const [other] = await db
    .insert(projects)
    .values({
      organisationId: project.organisationId,
      certification: 'titre-fictif',
      referentialVersion: project.referentialVersion,
      title: 'Projet des fromagers',
      status: project.status,
    })
    .returning();
  if (!other) throw new Error('second project missing');
  otherProject = other.id;
  await db.insert(candidates).values(
    Array.from({ length: COUNT }, (_, n) => ({
      projectId: n % 5 === 0 ? other.id : project.id,
      // One in three in the other company, followed by its tutor.
      organisationId: n % 3 === 0 ? otherCompany : project.organisationId,
      tutorId: n % 3 === 0 ? tutor.id : null,
      birthName: `${SURNAMES[n % SURNAMES.length]}${n === 7 ? '' : `-${n}`}`,
      firstNames: [FIRST[n % FIRST.length] as string],
      birthDate: '1990-01-01',
      birthPlace: 'Ville fictive',
      accessRoute: 'continuing_education',
      status: STATES[n % STATES.length] as string,
    })),
  );
  ({ call } = await demoCaller(t.app, {
    certifier: 'certificateur@demo.certeval.example',
    pilot: 'pilote@demo.certeval.example',
    tutor: { email: 'tuteur.liste@example.org', password: 'un mot de passe de test' },
  }));
}, 120_000);
afterAll(() => t.close());

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

async function everyPage(who: string, query: string) {
  const seen: Page['items'] = [];
  let url = `/api/candidates?limit=20${query}`;
  for (let pages = 0; pages < 50; pages++) {
    const response = await call('GET', url, who);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as Page;
    seen.push(...page.items);
    if (!page.next) return { seen, total: page.total };
    url = `/api/candidates?limit=20${query}&after=${encodeURIComponent(page.next)}`;
  }
  throw new Error('the pages never end');
}

describe('the candidate list', () => {
  it('gives every visible file once, page after page, in the order of the folded names', async () => {
    const { seen, total } = await everyPage('certifier', '');
    expect(seen.length).toBe(COUNT + 2);
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
    expect(total).toEqual({ count: COUNT + 2, atLeast: false });
    const names = seen.map((c) => fold(c.birthName));
    const firstLefevre = names.indexOf('lefevre');
    expect(firstLefevre).toBeGreaterThanOrEqual(0);
    // Folded order: "Öztürk" among the o's, "Bérard" among the b's.
    expect(names.findIndex((n) => n.startsWith('oz'))).toBeGreaterThan(
      names.findLastIndex((n) => n.startsWith('n')),
    );
    expect(names.findLastIndex((n) => n.startsWith('b'))).toBeLessThan(
      names.findIndex((n) => n.startsWith('c')),
    );
  });

  it('filters by state and by company, and counts what it keeps', async () => {
    const ready = await everyPage('certifier', '&state=ready_for_jury');
    expect(ready.seen.length).toBeGreaterThan(0);
    expect(ready.seen.every((c) => c.status === 'ready_for_jury')).toBe(true);
    expect(ready.total.count).toBe(ready.seen.length);
    const other = await everyPage('certifier', `&company=${otherCompany}`);
    expect(other.seen.length).toBe(Math.ceil(COUNT / 3));
  });

  it('filters by project and by the certification prepared, on the server', async () => {
    const other = await everyPage('certifier', `&project=${otherProject}`);
    expect(other.seen.length).toBe(COUNT / 5);
    expect(other.total).toEqual({ count: COUNT / 5, atLeast: false });
    const first = await everyPage('certifier', `&project=${firstProject}`);
    expect(new Set([...first.seen, ...other.seen].map((c) => c.id)).size).toBe(
      first.seen.length + other.seen.length,
    );
    // A jury session's picker: ready for a jury, for the session's certification, by name.
    const ready = await everyPage('certifier', '&state=ready_for_jury&certification=titre-fictif');
    const expected = Array.from({ length: COUNT }, (_, n) => n).filter(
      (n) => n % 5 === 0 && STATES[n % STATES.length] === 'ready_for_jury',
    );
    expect(ready.seen.length).toBe(expected.length);
    expect(ready.seen.every((c) => c.status === 'ready_for_jury')).toBe(true);
    const named = await everyPage(
      'certifier',
      `&state=ready_for_jury&certification=titre-fictif&name=${encodeURIComponent('noel')}`,
    );
    expect(named.seen.length).toBeGreaterThan(0);
    expect(named.seen.every((c) => fold(c.birthName).startsWith('noel'))).toBe(true);
    const none = await everyPage('certifier', '&certification=inconnue');
    expect(none.seen).toEqual([]);
  });

  it('shows a tutor only their own tutees, and a pilot only their company', async () => {
    const tutor = await everyPage('tutor', '');
    expect(tutor.seen.length).toBe(Math.ceil(COUNT / 3));
    const pilot = await everyPage('pilot', `&company=${otherCompany}`);
    expect(pilot.seen).toEqual([]);
  });

  it('finds a name typed without its accents, or with a letter wrong', async () => {
    for (const typed of ['lefevre', 'LEFÈVRE', 'Lefevbre']) {
      const { seen, total } = await everyPage('certifier', `&name=${encodeURIComponent(typed)}`);
      // Counted as the trigram index finds them (unsorted), still exact under the cap.
      expect(total, typed).toEqual({ count: seen.length, atLeast: false });
      expect(
        seen.map((c) => c.birthName),
        typed,
      ).toContain('Lefèvre');
      expect(
        seen.every((c) => fold(c.birthName).startsWith('lef')),
        typed,
      ).toBe(true);
    }
    // Every word must be there: Héloïse Lefèvre, not every Héloïse nor every Lefèvre.
    const both = await everyPage('certifier', `&name=${encodeURIComponent('heloise lefevre')}`);
    expect(both.seen.map((c) => `${c.firstNames[0]} ${c.birthName}`)).toEqual(
      [0, 126, 42, 84].map((n) => `Héloïse Lefèvre-${n}`), // in the order of the texts
    );
    expect(both.total).toEqual({ count: 4, atLeast: false });
    const none = await everyPage('certifier', `&name=${encodeURIComponent('Zzyzx')}`);
    expect(none.seen).toEqual([]);
    expect(none.total).toEqual({ count: 0, atLeast: false });
  });

  it('refuses a cursor it did not hand out', async () => {
    const response = await call('GET', '/api/candidates?after=bm90LWEtY3Vyc29y', 'certifier');
    expect(response.statusCode).toBe(400);
    expect(response.json().path).toBe('querystring/after');
  });
});
