// Issue 19, item 1: nothing a request needs lives in one server's memory. Two instances on one
// database (as two processes behind a load balancer on one PostgreSQL) count the jury's
// signature attempts and the public lookups together, and either answers the progress of an
// RNCP import the other started; an import whose server stopped is said to be interrupted.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestAppPair } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';

const RS_XML = path.join(
  import.meta.dirname,
  '../../../../../shared/fixtures/rncp/export_fiches_RS_fixture.xml',
);

let pair: Awaited<ReturnType<typeof createDemoTestAppPair>>;
let apps: readonly FastifyInstance[];
beforeAll(async () => {
  pair = await createDemoTestAppPair({ CERTEVAL_PUBLIC_LOOKUPS_PER_MINUTE: '5' });
  apps = pair.apps;
});
afterAll(() => pair.close());

const on = (i: number) => apps[i % 2] as FastifyInstance;

/** Polls an import on `app` until it ends; its last progress. */
async function finished(app: FastifyInstance, cookie: string, id: string) {
  for (let i = 0; i < 400; i++) {
    const response = await app.inject({
      method: 'GET',
      url: `/api/referentials/imports/${id}`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const progress = response.json();
    if (progress.status !== 'running') return progress;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the import did not end');
}

describe('two instances on one database', () => {
  it('count a jury president’s signature attempts together', async () => {
    const president = await signInCookie(on(0), 'jury@demo.certeval.example');
    const statuses = [];
    for (let i = 0; i < 12; i++) {
      const response = await on(i).inject({
        method: 'POST',
        url: '/api/jury/candidates/00000000-0000-4000-8000-000000000000/sign',
        headers: { cookie: president },
        payload: { password: 'pas le bon', revision: 1 },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('count the public lookups of one network address together, with Retry-After', async () => {
    const responses = [];
    for (let i = 0; i < 7; i++)
      responses.push(
        await on(i).inject({
          method: 'GET',
          url: `/api/public/certificates/CQP-2026-NOPE${i}`,
          remoteAddress: '198.51.100.7',
        }),
      );
    expect(responses.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 429, 429]);
    expect(Number(responses[6]?.headers['retry-after'])).toBeGreaterThan(0);
    expect(responses[6]?.json().code).toBe('too_many_requests');
    // The upload check shares the count; another address has its own.
    const upload = await on(1).inject({
      method: 'POST',
      url: '/api/public/verify',
      remoteAddress: '198.51.100.7',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(upload.statusCode).toBe(429);
    const other = await on(0).inject({
      method: 'GET',
      url: '/api/public/certificates/CQP-2026-NOPE',
      remoteAddress: '198.51.100.8',
    });
    expect(other.statusCode).toBe(404);
  });

  it('answer on one the progress of an RNCP import started on the other', async () => {
    const certifier = await signInCookie(on(0), 'certificateur@demo.certeval.example');
    const started = await on(0).inject({
      method: 'POST',
      url: '/api/referentials/import?fileName=rs.xml',
      headers: { cookie: certifier, 'content-type': 'application/xml' },
      payload: fs.readFileSync(RS_XML),
    });
    expect(started.statusCode).toBe(202);
    const { id } = started.json();
    expect(await finished(on(1), certifier, id)).toMatchObject({
      status: 'done',
      report: { imported: 8 },
    });
    // Another person does not see it, on either instance.
    const pilot = await signInCookie(on(1), 'pilote@demo.certeval.example');
    const theirs = await on(1).inject({
      method: 'GET',
      url: `/api/referentials/imports/${id}`,
      headers: { cookie: pilot },
    });
    expect([403, 404]).toContain(theirs.statusCode);
  });

  it('say an import whose server stopped was interrupted, and take a new one', async () => {
    const certifier = await signInCookie(on(1), 'certificateur@demo.certeval.example');
    const [me] = await pair.ctx.database.query<{ id: string }>(
      "SELECT id FROM users WHERE email = 'certificateur@demo.certeval.example'",
    );
    // An import left running by a server that stopped: its heartbeat is ten minutes old.
    const [row] = await pair.ctx.database.query<{ id: string }>(
      `INSERT INTO rncp_imports (started_by, status, file_name, bytes_total, bytes_read, fiches,
         started_at, heartbeat_at)
       VALUES ($1, 'running', 'lost.xml', 1000, 10, 0, now() - interval '10 minutes',
         now() - interval '10 minutes') RETURNING id`,
      [me?.id],
    );
    const lost = await on(0).inject({
      method: 'GET',
      url: `/api/referentials/imports/${row?.id}`,
      headers: { cookie: certifier },
    });
    expect(lost.statusCode).toBe(200);
    expect(lost.json()).toMatchObject({
      status: 'failed',
      error: { code: 'import_interrupted' },
    });
    expect(lost.json().error.message.en).toMatch(/stopped.*nothing was stored/i);
    const again = await on(1).inject({
      method: 'POST',
      url: '/api/referentials/import?fileName=rs.xml',
      headers: { cookie: certifier, 'content-type': 'application/xml' },
      payload: fs.readFileSync(RS_XML),
    });
    expect(again.statusCode).toBe(202);
    await finished(on(0), certifier, again.json().id);
  });
});
