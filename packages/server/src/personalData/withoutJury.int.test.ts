// People under no signed decision (issue 19 item 5): the demo's VAE candidate, whose booklet and
// technical document are exported byte for byte, then erased whole; a tutor, whose account stays
// as a bare identifier because other people's files name them; an address only invited.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/seedDemo.ts';
import { type Journey, journey, readyDemoCandidate } from '../jury/juryJourney.testing.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';
import { ERASED_NAME, erasedAddress } from './eraseAccount.ts';

const CAMILLE = 'candidat.vae@demo.certeval.example';
const TUTOR = 'tuteur@demo.certeval.example';
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'),
  Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255]),
  Buffer.from('\n%%EOF\n'),
]);

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
let camille: string;
let lucas: string;

const files = async () =>
  (await j.call('GET', '/api/candidates', 'pilot')).json().items as Array<{
    id: string;
    birthName: string;
  }>;

beforeAll(async () => {
  t = await createDemoTestApp();
  j = await journey(t);
  j.cookies.vae = await signInCookie(t.app, CAMILLE);
  lucas = await readyDemoCandidate(j);
  camille = (await files()).find((f) => f.birthName === 'Vasseur')?.id as string;
  const url = `/api/candidates/${camille}/vae-booklet`;
  const view = (await j.call('GET', url, 'vae')).json();
  const id = view.booklet.sections[0].items[0].id as string;
  const saved = await j.call('PUT', `${url}/responses`, 'vae', {
    responses: { [id]: { kind: 'text', text: 'Je traite les litiges de livraison.' } },
    revision: view.revision,
  });
  if (saved.statusCode !== 200) throw new Error(saved.body);
  const uploaded = await j.call(
    'POST',
    `${url}/documents?fileName=${encodeURIComponent('Procédure EDI.pdf')}`,
    'vae',
    PDF,
    'application/octet-stream',
  );
  if (uploaded.statusCode !== 201) throw new Error(uploaded.body);
}, 240_000);
afterAll(() => t.close());

const post = (url: string, body: object) => j.call('POST', url, 'certifier', body);
const count = async (sql: string, params: unknown[]) =>
  (await t.ctx.database.query<{ n: number }>(sql, params))[0]?.n;

describe('a candidate who never reached a jury', () => {
  it('is exported with the booklet’s answers and the document’s bytes and fingerprint', async () => {
    const response = await post('/api/personal-data/export', { email: CAMILLE });
    expect(response.statusCode, response.body).toBe(200);
    const [file] = response.json().candidacies;
    expect(file.file).toMatchObject({ birthName: 'Vasseur', accessRoute: 'vae' });
    expect(JSON.stringify(file.vaeBooklet.responses)).toContain('litiges de livraison');
    const [document] = file.vaeDocuments;
    expect(document.fileName).toBe('Procédure EDI.pdf');
    expect(Buffer.from(document.contentBase64, 'base64').equals(PDF)).toBe(true);
    expect(document.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
  });

  it('is erased whole, and the answer says nothing was kept', async () => {
    const response = await post('/api/personal-data/erasure', { candidateId: camille });
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json();
    expect(answer).toMatchObject({ done: true, complete: true, kept: [] });
    expect(answer.erased.map((l: { kind: string }) => l.kind)).toEqual(
      expect.arrayContaining(['account', 'candidate_identity', 'vae_booklet']),
    );
    expect(answer.message.fr).toContain('La personne est effacée');
    for (const table of ['candidates', 'vae_booklets', 'vae_documents'])
      expect(
        await count(
          `select count(*)::int as n from ${table} where ${table === 'candidates' ? 'id' : 'candidate_id'} = $1`,
          [camille],
        ),
        table,
      ).toBe(0);
    expect(await count('select count(*)::int as n from users where email = $1', [CAMILLE])).toBe(0);
    expect((await j.call('GET', '/api/me', 'vae')).statusCode).toBe(401);
  });

  it('leaves the trail of who did what, without what it recorded of the deleted file', async () => {
    const rows = await t.ctx.database.query<{ data: object }>(
      'select data from audit_events where subject_id = $1',
      [camille],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.data).toEqual({});
  });
});

describe('a tutor named in other people’s files', () => {
  it('is erased, the account kept as a bare identifier, and the answer says why', async () => {
    const response = await post('/api/personal-data/erasure', { email: TUTOR });
    const answer = response.json();
    expect(answer.pseudonymised).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'account', count: 1, reason: expect.any(Object) }),
        expect.objectContaining({ kind: 'mentions' }),
      ]),
    );
    const [user] = await t.ctx.database.query<Record<string, unknown>>(
      'select id, email, display_name, password_hash from users where id = $1',
      [j.ids.tutor],
    );
    expect(user).toEqual({
      id: j.ids.tutor,
      email: erasedAddress(j.ids.tutor as string),
      display_name: ERASED_NAME,
      password_hash: null,
    });
    expect(
      await count('select count(*)::int as n from memberships where user_id = $1', [j.ids.tutor]),
    ).toBe(0);
  });

  it('no longer signs in, and the files they evaluated name them no more', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: TUTOR, password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
    const names = await t.ctx.database.query<{ evaluator_name: string }>(
      "select distinct evaluator_name from evaluations where candidate_id = $1 and evaluator_role = 'tutor'",
      [lucas],
    );
    expect(names).toEqual([{ evaluator_name: ERASED_NAME }]);
    const file = (await j.call('GET', `/api/candidates/${lucas}`, 'pilot')).json();
    expect(JSON.stringify(file)).not.toContain('Sophie Lemaire');
  });
});

describe('an address that was only invited', () => {
  it('is found by its invitations, which the erasure removes', async () => {
    const organisations = (await j.call('GET', '/api/organisations', 'certifier')).json() as Array<{
      id: string;
      kind: string;
    }>;
    const company = organisations.find((o) => o.kind === 'company')?.id as string;
    const invited = await j.call('POST', `/api/organisations/${company}/invitations`, 'pilot', {
      email: 'Nouvelle.Tutrice@conserverie.example',
      displayName: 'Aurore Delval',
      role: 'tutor',
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const answer = (
      await post('/api/personal-data/erasure', { email: 'nouvelle.tutrice@conserverie.example' })
    ).json();
    expect(answer).toMatchObject({ complete: true });
    // The invitation and the message that carried its link (sent since issue 15).
    expect(answer.erased).toEqual([
      expect.objectContaining({ kind: 'invitations', count: 1 }),
      expect.objectContaining({ kind: 'mail', count: 1 }),
    ]);
    expect(
      await count('select count(*)::int as n from mail_messages where lower(to_email) = $1', [
        'nouvelle.tutrice@conserverie.example',
      ]),
    ).toBe(0);
    expect(
      await count(
        "select count(*)::int as n from audit_events where data::text ilike '%nouvelle.tutrice%'",
        [],
      ),
    ).toBe(0);
  });

  it('is not found once nothing of it remains', async () => {
    const again = await post('/api/personal-data/export', {
      email: 'nouvelle.tutrice@conserverie.example',
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().message.en).toContain('Nobody matches');
  });
});
