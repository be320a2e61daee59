// Issue 19, operations: readiness (database, migrations, job queue) and its refusals; the
// Prometheus metrics behind their token and their refusals; a request's id carried into the
// log lines of the jobs it queued.
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../test/harness.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let t: TestApp | undefined;
let closed = false;
afterEach(async () => {
  if (t && !closed) await t.close();
  t = undefined;
  closed = false;
});

const TOKEN = 'metrics-token-of-the-tests-0123';

const until = async (check: () => boolean | Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
};

const ready = async (app: TestApp['app']) => {
  const response = await app.inject({ method: 'GET', url: '/api/ready' });
  return { status: response.statusCode, body: response.json() };
};

describe('/api/ready', () => {
  it('is ready when the database answers, is migrated and the job queue runs here', async () => {
    t = await createTestApp({}, { workers: true });
    expect(await ready(t.app)).toEqual({
      status: 200,
      body: { status: 'ready', database: true, migrations: true, jobs: true },
    });
    await t.ctx.jobs.stop();
    expect(await ready(t.app)).toEqual({
      status: 503,
      body: { status: 'unavailable', database: true, migrations: true, jobs: false },
    });
  });

  it('is not ready when a migration of this version is missing', async () => {
    t = await createTestApp({}, { workers: true });
    await t.ctx.database.query(
      'DELETE FROM drizzle.__drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM drizzle.__drizzle_migrations)',
    );
    expect(await ready(t.app)).toEqual({
      status: 503,
      body: { status: 'unavailable', database: true, migrations: false, jobs: true },
    });
  });

  it('is not ready when the database does not answer', async () => {
    t = await createTestApp();
    await t.ctx.database.close();
    closed = true;
    expect(await ready(t.app)).toEqual({
      status: 503,
      body: { status: 'unavailable', database: false, migrations: false, jobs: false },
    });
    await t.app.close();
  });
});

describe('/metrics', () => {
  const scrape = (app: TestApp['app'], authorization?: string) =>
    app.inject({
      method: 'GET',
      url: '/metrics',
      headers: authorization ? { authorization } : {},
    });

  it('is refused without a token setting, even to a request sending one', async () => {
    t = await createTestApp();
    const response = await scrape(t.app, `Bearer ${TOKEN}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().message.en).toBe('Metrics are off: set CERTEVAL_METRICS_TOKEN.');
    expect(response.body).not.toContain('certeval_');
  });

  it('is refused without the token, or with another', async () => {
    t = await createTestApp({ CERTEVAL_METRICS_TOKEN: TOKEN });
    for (const authorization of [
      undefined,
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Bearer ${TOKEN}x`,
      TOKEN,
      `Basic ${TOKEN}`,
    ]) {
      const response = await scrape(t.app, authorization);
      expect(response.statusCode).toBe(401);
      expect(response.body).not.toContain('certeval_');
    }
  });

  it('counts requests by route pattern and status, the queue, its failures and the pool', async () => {
    t = await createTestApp({ CERTEVAL_METRICS_TOKEN: TOKEN });
    const { ctx, app } = t;
    for (let i = 0; i < 3; i++) await app.inject({ method: 'GET', url: '/api/health' });
    await app.inject({ method: 'GET', url: '/api/invitations/a-secret-token-in-a-path' });
    await ctx.database.db.transaction(async (tx) => {
      await ctx.jobs.enqueue(tx, 'mail-deliver', { n: 1 }, { retryLimit: 0 });
      await ctx.jobs.enqueue(tx, 'mail-deliver', { n: 2 }, { retryLimit: 0 });
    });
    let text = (await scrape(app, `Bearer ${TOKEN}`)).body;
    expect(text).toContain(
      'certeval_http_request_duration_seconds_count{method="GET",route="/api/health",status="200"} 3',
    );
    expect(text).toMatch(
      /certeval_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/api\/health",status="200"\} [0-3]/,
    );
    expect(text).not.toContain('a-secret-token-in-a-path');
    expect(text).toContain('certeval_jobs{queue="mail-deliver",state="created"} 2');
    expect(text).toContain('certeval_jobs{queue="certificates-issue",state="created"} 0');
    expect(text).toContain('certeval_job_failures_total{queue="mail-deliver"} 0');
    expect(text).toMatch(/certeval_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toContain('certeval_process_resident_memory_bytes');

    await ctx.jobs.start();
    await ctx.jobs.work('mail-deliver', 2, async () => {
      throw new Error('refused by the test');
    });
    await until(() => ctx.jobs.failures()['mail-deliver'] === 2);
    text = (await scrape(app, `Bearer ${TOKEN}`)).body;
    expect(text).toContain('certeval_job_failures_total{queue="mail-deliver"} 2');
    expect(text).toContain('certeval_jobs{queue="mail-deliver",state="created"} 0');
    expect(text).toContain('certeval_jobs{queue="mail-deliver",state="failed"} 2');
    await ctx.jobs.stop();
  });
});

describe('logs', () => {
  it('carry the id of the request that queued a job into the job’s lines', async () => {
    const lines: Record<string, unknown>[] = [];
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    t = await createTestApp({}, { workers: true, logger: true, logStream });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-forgot',
      payload: { email: 'personne@exemple.test' },
    });
    expect(response.statusCode).toBe(202);
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const jobLine = () => lines.find((l) => l.msg === 'job done' && l.queue === 'password-forgot');
    await until(() => jobLine() !== undefined);
    expect(jobLine()).toMatchObject({ component: 'jobs', requestId, attempt: 0 });
    expect(lines.find((l) => l.msg === 'request completed')).toMatchObject({ reqId: requestId });
    expect(JSON.stringify(lines)).not.toContain('personne@exemple.test');
  });
});
