// Issue 14, findings on the login limit: it counted per spelling of an address and per
// client-supplied X-Forwarded-For, in each server's memory. It now counts per person (the
// normalised address) and per network address, in the database that every instance shares.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../accounts/service.ts';
import { findUserByEmail } from '../accounts/store.ts';
import { migrationsFolder } from '../platform/db/open.ts';
import { createDemoTestApp, createDemoTestAppPair } from '../test/harness.ts';

const TRAINER = 'formateur@demo.certeval.example';
const PASSWORD = 'certeval-demo';

const login = (
  app: FastifyInstance,
  email: string,
  password: string,
  options: { headers?: Record<string, string>; remoteAddress?: string } = {},
) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    ...options,
  });

describe('one count per person, whatever the spelling of the address', () => {
  let t: Awaited<ReturnType<typeof createDemoTestApp>>;
  beforeAll(async () => {
    t = await createDemoTestApp({ CERTEVAL_LOGIN_ATTEMPTS_PER_MINUTE: '5' });
  });
  afterAll(() => t.close());

  it('counts padded, upper-cased and tab-ended spellings as one address', async () => {
    const spellings = [
      ` ${TRAINER}`,
      TRAINER.toUpperCase(),
      `${TRAINER}\t`,
      `Formateur@Demo.Certeval.Example `,
      TRAINER,
      ` ${TRAINER.toUpperCase()}\t`,
    ];
    const statuses = [];
    for (const [i, email] of spellings.entries())
      statuses.push((await login(t.app, email, `wrong-${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await login(t.app, TRAINER, PASSWORD);
    expect(right.statusCode).toBe(429);
  });

  it('answers 429 with Retry-After and the coded error in French and English', async () => {
    const refused = await login(t.app, TRAINER, PASSWORD);
    expect(refused.statusCode).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = refused.json();
    expect(body.code).toBe('too_many_requests');
    expect(body.message.fr).toMatch(/Réessayez dans \d+ secondes?/);
    expect(body.message.en).toMatch(/Try again in \d+ seconds?/);
  });

  it('leaves the other people free to sign in', async () => {
    expect((await login(t.app, 'jury@demo.certeval.example', PASSWORD)).statusCode).toBe(200);
  });
});

describe('addresses are stored and looked up normalised', () => {
  let t: Awaited<ReturnType<typeof createDemoTestApp>>;
  beforeAll(async () => {
    t = await createDemoTestApp();
  });
  afterAll(() => t.close());

  it('stores a new person’s address trimmed, lower-cased and composed (NFC)', async () => {
    // "Rene" + a combining acute accent: the decomposed spelling of "René".
    const user = await createUser(t.ctx, {
      email: ' Rene\u0301.Lambert@Exemple.FR\t',
      displayName: 'René Lambert',
      password: 'un mot de passe de test',
      roles: [],
    });
    expect(user.email).toBe('ren\u00e9.lambert@exemple.fr');
    const signedIn = await login(t.app, 'REN\u00c9.LAMBERT@exemple.fr', 'un mot de passe de test');
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().email).toBe('ren\u00e9.lambert@exemple.fr');
  });

  it('refuses a second account whose address differs only by its spelling', async () => {
    await expect(
      createUser(t.ctx, {
        email: 'RENE\u0301.LAMBERT@EXEMPLE.FR',
        displayName: 'Autre',
        roles: [],
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('gives an enrolled candidate’s account the normalised address', async () => {
    const pilot = await login(t.app, 'pilote@demo.certeval.example', PASSWORD);
    const cookie = `certeval_session=${pilot.cookies.find((c) => c.name === 'certeval_session')?.value}`;
    const [lucas] = (
      await t.app.inject({ method: 'GET', url: '/api/candidates', headers: { cookie } })
    ).json().items;
    const enrolled = await t.app.inject({
      method: 'POST',
      url: `/api/projects/${lucas.projectId}/candidates`,
      headers: { cookie },
      payload: {
        candidate: {
          birthName: 'Lefort',
          firstNames: ['Maëlle'],
          birthDate: '1999-05-04',
          birthPlace: 'Vire (Calvados)',
          email: 'Mae\u0308lle.Lefort@Exemple.org',
          accessRoute: 'continuing_education',
        },
      },
    });
    expect(enrolled.statusCode).toBe(201);
    const account = await findUserByEmail(t.ctx.database.db, 'ma\u00eblle.lefort@exemple.org');
    expect(account?.email).toBe('ma\u00eblle.lefort@exemple.org');
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/candidates/${enrolled.json().id}`,
      headers: { cookie },
    });
    expect(file.json().candidate.email).toBe('ma\u00eblle.lefort@exemple.org');
  });
});

describe('the migration that normalises the addresses stored before', () => {
  let t: Awaited<ReturnType<typeof createDemoTestApp>>;
  beforeAll(async () => {
    t = await createDemoTestApp();
  });
  afterAll(() => t.close());

  const file = fs.readdirSync(migrationsFolder).find((f) => f.endsWith('_normalised_emails.sql'));
  const statements = fs
    .readFileSync(path.join(migrationsFolder, file as string), 'utf8')
    .split('--> statement-breakpoint');
  const query = (sql: string, params: unknown[] = []) => t.ctx.database.query(sql, params);
  const emailOf = async (id: unknown) =>
    (await query('SELECT email FROM users WHERE id = $1', [id]))[0]?.email;

  it('normalises accounts, invitations and candidates, and lists the accounts it could not', async () => {
    const insert = async (email: string, password: string | null, createdAt: string) =>
      (
        await query(
          'INSERT INTO users (email, display_name, password_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
          [email, 'Personne', password, createdAt],
        )
      )[0]?.id;
    const anne = await insert('  Anne.Roy@Exemple.FR\t', 'hash', '2025-01-01');
    const anneAgain = await insert('ANNE.ROY@EXEMPLE.FR', null, '2024-01-01');
    const emile = await insert('\u00c9MILE.\u00d6Z@EXEMPLE.FR', null, '2025-01-01');
    const elise = await insert('E\u0301lise.Morel@Exemple.fr', null, '2025-01-01');
    const [organisation] = await query('SELECT id FROM organisations LIMIT 1');
    await query(
      `INSERT INTO invitations (organisation_id, email, display_name, role, token_hash, expires_at)
       VALUES ($1, ' Paul.Girard@Exemple.FR', 'Paul Girard', 'tutor', 'hash-of-test', now())`,
      [organisation?.id],
    );
    await query(
      `UPDATE candidates SET email = 'Lucas.MOREAU@Exemple.fr' WHERE birth_name = 'Moreau'`,
    );

    for (const statement of statements) await query(statement);

    expect(await emailOf(anne)).toBe('anne.roy@exemple.fr');
    expect(await emailOf(anneAgain)).toBe('ANNE.ROY@EXEMPLE.FR');
    expect(await emailOf(emile)).toBe('\u00e9mile.\u00f6z@exemple.fr');
    expect(await emailOf(elise)).toBe('\u00e9lise.morel@exemple.fr');
    const [invitation] = await query(
      `SELECT email FROM invitations WHERE token_hash = 'hash-of-test'`,
    );
    expect(invitation?.email).toBe('paul.girard@exemple.fr');
    const [lucas] = await query(`SELECT email FROM candidates WHERE birth_name = 'Moreau'`);
    expect(lucas?.email).toBe('lucas.moreau@exemple.fr');
    const listed = await query(
      `SELECT subject_id, data FROM audit_events WHERE action = 'user.email_not_normalised'`,
    );
    expect(listed).toEqual([
      {
        subject_id: anneAgain,
        data: { email: 'ANNE.ROY@EXEMPLE.FR', address: 'anne.roy@exemple.fr', keptBy: anne },
      },
    ]);
    // Signing in reaches the account that kept the address.
    expect((await findUserByEmail(t.ctx.database.db, 'Anne.Roy@exemple.fr'))?.id).toBe(anne);
  });
});

describe('the network address is read only from the proxies configured', () => {
  // A hop count trusts that many nearest peers, as Express reads it: the client is the address
  // the last trusted proxy appended, never one the client wrote further left.
  it('with CERTEVAL_TRUST_PROXY=1, a forged X-Forwarded-For resets nothing', async () => {
    const t = await createDemoTestApp({
      CERTEVAL_TRUST_PROXY: '1',
      CERTEVAL_LOGIN_ATTEMPTS_PER_MINUTE: '10',
      CERTEVAL_LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '12',
    });
    try {
      // The client writes any address first; the proxy appends the one it saw.
      const statuses = [];
      for (let i = 0; i < 14; i++) {
        const headers = { 'x-forwarded-for': `203.0.113.${i}, 198.51.100.7` };
        const email = `person${i}@exemple.fr`;
        statuses.push((await login(t.app, email, `wrong-${i}`, { headers })).statusCode);
      }
      // One network address (the proxy's view), whatever was forged before it.
      expect(statuses.filter((s) => s === 401)).toHaveLength(12);
      expect(statuses.slice(12)).toEqual([429, 429]);
      // Another client behind the same proxy has its own count, and signs in.
      const other = { 'x-forwarded-for': '198.51.100.8' };
      expect((await login(t.app, TRAINER, PASSWORD, { headers: other })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('with CERTEVAL_TRUST_PROXY=2, the client is the address the second proxy appended', async () => {
    const t = await createDemoTestApp({
      CERTEVAL_TRUST_PROXY: '2',
      CERTEVAL_LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '3',
    });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        // forged, client (appended by the outer proxy), outer proxy (appended by the inner one)
        const headers = { 'x-forwarded-for': `203.0.113.${i}, 192.0.2.44, 10.0.0.9` };
        const email = `person${i}@exemple.fr`;
        statuses.push((await login(t.app, email, 'wrong', { headers })).statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      // Another client, through the same two proxies, is counted apart.
      const headers = { 'x-forwarded-for': '203.0.113.9, 192.0.2.45, 10.0.0.9' };
      expect((await login(t.app, 'person9@exemple.fr', 'wrong', { headers })).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });

  it('limits one network address trying many addresses, ignoring a header from an untrusted peer', async () => {
    const t = await createDemoTestApp({
      CERTEVAL_TRUST_PROXY: '10.0.0.0/8',
      CERTEVAL_LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '8',
    });
    try {
      const statuses = [];
      for (let i = 0; i < 9; i++) {
        // 127.0.0.1 is not a configured proxy: its X-Forwarded-For is not believed.
        const headers = { 'x-forwarded-for': `203.0.113.${i}` };
        statuses.push(
          (await login(t.app, `person${i}@exemple.fr`, 'wrong', { headers })).statusCode,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429]);
      // Through the configured proxy, each client has its own count.
      const viaProxy = await login(t.app, 'jury@demo.certeval.example', PASSWORD, {
        remoteAddress: '10.1.2.3',
        headers: { 'x-forwarded-for': '192.0.2.10' },
      });
      expect(viaProxy.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('several server instances on one database', () => {
  let pair: Awaited<ReturnType<typeof createDemoTestAppPair>>;
  beforeAll(async () => {
    pair = await createDemoTestAppPair({ CERTEVAL_LOGIN_ATTEMPTS_PER_MINUTE: '6' });
  });
  afterAll(() => pair.close());

  it('limits sign-in attempts alternating between two instances as one', async () => {
    const statuses = [];
    for (let i = 0; i < 8; i++)
      statuses.push(
        (await login(pair.apps[i % 2] as FastifyInstance, TRAINER, 'wrong')).statusCode,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
  });

  it('limits password-reset attempts across instances, with Retry-After', async () => {
    const statuses = [];
    let last: Awaited<ReturnType<FastifyInstance['inject']>> | undefined;
    for (let i = 0; i < 8; i++) {
      last = await (pair.apps[i % 2] as FastifyInstance).inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { token: `not-a-token-${i}`, password: 'un nouveau mot de passe' },
      });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 429, 429]);
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits answers to invitation links across instances', async () => {
    const statuses = [];
    for (let i = 0; i < 8; i++)
      statuses.push(
        (
          await (pair.apps[i % 2] as FastifyInstance).inject({
            method: 'POST',
            url: `/api/invitations/not-an-invitation-${i}/accept`,
            payload: { password: 'un mot de passe de test' },
          })
        ).statusCode,
      );
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 429, 429]);
  });
});
