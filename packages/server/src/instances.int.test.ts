// Issue 19, "Done when": server processes started together with one DATABASE_URL behave as one
// product — migrations and the demo made once, a session opened on one valid on the others,
// the login limit counting attempts made on all, a certificate issuance started on one that is
// killed finished by another. PGlite stays one process's: a second one on its folder stops
// with one sentence. One set of processes serves the whole file (they are slow to start).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { awardedDecision } from '@certeval/core/certificates/certificates.testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedJurySession, TEST_SECRET } from './certificates/certificates.testing.ts';
import { loadConfig } from './platform/config.ts';
import { createContext } from './platform/context.ts';
import { migrationsFolder, openDatabase } from './platform/db/open.ts';
import { createEmptyPostgresDatabase, testDatabaseKind } from './test/harness.ts';
import { type ServerProcess, serverUrl, startServer, stop } from './test/serverProcess.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-instances-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const CERTIFIER = 'certificateur@demo.certeval.example';

async function login(base: string, email: string, password = 'certeval-demo') {
  return fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

async function signIn(base: string, email = CERTIFIER) {
  const response = await login(base, email);
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`no session: ${response.status}`);
  return cookie;
}

async function until<T>(check: () => Promise<T | undefined | false>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}

if (testDatabaseKind() === 'postgres') {
  describe('three server processes started together on one fresh PostgreSQL', () => {
    const env = {
      CERTEVAL_SECRET: TEST_SECRET,
      CERTEVAL_JOB_TIMEOUT_SECONDS: '10',
      CERTEVAL_LOGIN_ATTEMPTS_PER_MINUTE: '10',
      DATABASE_URL: '',
    };
    let servers: ServerProcess[] = [];
    let bases: string[] = [];
    beforeAll(async () => {
      env.DATABASE_URL = await createEmptyPostgresDatabase();
      servers = [0, 1, 2].map(() => startServer(env));
      bases = await Promise.all(servers.map(serverUrl));
    }, 180_000);
    afterAll(async () => {
      await Promise.all(servers.map((s) => (s.child.exitCode === null ? stop(s, 'SIGTERM') : 0)));
    });

    it('migrate and make the demo once', async () => {
      const database = await openDatabase({ kind: 'postgres', url: env.DATABASE_URL });
      try {
        const journal = JSON.parse(
          fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
        );
        const migrations = await database.query('SELECT id FROM drizzle.__drizzle_migrations');
        expect(migrations).toHaveLength(journal.entries.length);
        const [users] = await database.query<{ n: number }>('SELECT count(*) AS n FROM users');
        expect(users?.n).toBe(9);
      } finally {
        await database.close();
      }
      const outputs = servers.map((s) => s.output());
      expect(outputs.filter((o) => o.includes('Demo accounts created'))).toHaveLength(1);
      expect(outputs.filter((o) => o.includes('Demo accounts (demo password'))).toHaveLength(2);
    });

    it('take a session opened on one as valid on the others', async () => {
      const [a, b, c] = bases as [string, string, string];
      const cookie = await signIn(a);
      for (const base of [b, c]) {
        const me = await fetch(`${base}/api/me`, { headers: { cookie } });
        expect(me.status).toBe(200);
        expect((await me.json()).email).toBe(CERTIFIER);
      }
      await fetch(`${b}/api/auth/logout`, { method: 'POST', headers: { cookie } });
      expect((await fetch(`${a}/api/me`, { headers: { cookie } })).status).toBe(401);
    });

    it('count the sign-in attempts made on all of them against one limit', async () => {
      const statuses = [];
      for (let i = 0; i < 13; i++)
        statuses.push(
          (await login(bases[i % 3] as string, 'formateur@demo.certeval.example', 'faux')).status,
        );
      expect(statuses).toEqual([...Array(10).fill(401), 429, 429, 429]);
    });

    it('finish on another an issuance whose server was killed in the middle', async () => {
      const holders = 400;
      const config = loadConfig({ DATABASE_URL: env.DATABASE_URL, CERTEVAL_SECRET: TEST_SECRET });
      const database = await openDatabase(config.database);
      const { sessionId } = await signedJurySession(
        createContext(database, config),
        Array.from({ length: holders }, (_, i) => ({
          decision: awardedDecision(),
          birthName: `Fictif${i}`,
        })),
      );
      const [a, b] = bases as [string, string];
      const cookie = await signIn(a);
      const started = await fetch(`${a}/api/certificates/batches`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ sessionId }),
      });
      expect(started.status).toBe(202);
      const { id } = (await started.json()) as { id: string };
      const progress = async (base: string) =>
        (await fetch(`${base}/api/certificates/batches/${id}`, { headers: { cookie } })).json();
      const atKill = await until(async () => {
        const now = await progress(a);
        return now.issued > 0 && now;
      }, 120_000);
      (servers[0] as ServerProcess).child.kill('SIGKILL');
      await (servers[0] as ServerProcess).exited;
      expect(atKill).toMatchObject({ status: 'running' });
      expect(atKill.issued).toBeLessThan(holders);

      const done = await until(async () => {
        const now = await progress(b);
        return now.status !== 'running' && now;
      }, 150_000);
      expect(done).toMatchObject({ status: 'done', total: holders, issued: holders });
      const [issued] = await database.query<{ n: number; numbers: number }>(
        `SELECT count(*) AS n, count(DISTINCT c.number) AS numbers
           FROM certificates c JOIN jury_candidates j ON j.id = c.jury_candidate_id
          WHERE j.session_id = $1`,
        [sessionId],
      );
      expect(issued).toEqual({ n: holders, numbers: holders });
      await database.close();
    }, 300_000);
  });
} else {
  describe('PGlite, one process’s database', () => {
    it('stops a second server on the same folder with one sentence', async () => {
      const env = { CERTEVAL_DATA_DIR: path.join(tmp, 'pglite'), CERTEVAL_DEMO: '0' };
      const first = startServer(env);
      try {
        await serverUrl(first);
        const second = startServer(env);
        expect(await second.exited).toBe(1);
        expect(second.output().trim()).toBe(
          `certeval: The embedded database in ${env.CERTEVAL_DATA_DIR} is in use by process ${first.child.pid}: stop it first (the CLI and the server cannot share a PGlite folder; use DATABASE_URL for that).`,
        );
      } finally {
        expect(await stop(first, 'SIGTERM')).toBe(0);
      }
    }, 180_000);
  });
}
