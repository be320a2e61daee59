// Prometheus metrics at /metrics (issue 19): each request's latency by method, route pattern
// and status; the job queue's jobs by queue and state and the runs that failed here; the
// database pool; the process's own (memory, CPU, event loop). Read with the bearer token of
// CERTEVAL_METRICS_TOKEN; without that setting the route answers nothing.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Context } from './context.ts';
import { AppError } from './errors.ts';
import { QUEUES } from './jobs/jobSchema.ts';

const WAITING_STATES = ['created', 'retry', 'active', 'failed'] as const;

/** The process's own metrics, collected once however many apps the process builds (tests). */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: 'certeval_' });
  }
  return processRegistry;
}

export function registerMetrics(app: FastifyInstance, ctx: Context): void {
  const registry = new Registry();
  const requests = new Histogram({
    name: 'certeval_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status, and how long they took.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  app.addHook('onResponse', (request, reply, done) => {
    requests.observe(
      // The pattern, never the path: a path may hold a token, and patterns are few.
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
  new Gauge({
    name: 'certeval_jobs',
    help: 'Jobs in the queue by queue and state (created and retry are waiting).',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      const rows = await ctx.database.query<{ queue: string; state: string; n: number }>(
        `SELECT name AS queue, state::text AS state, count(*)::int AS n FROM pgboss.job
          WHERE state::text = ANY($1) GROUP BY 1, 2`,
        [WAITING_STATES],
      );
      for (const queue of QUEUES) for (const state of WAITING_STATES) this.set({ queue, state }, 0);
      for (const { queue, state, n } of rows) this.set({ queue, state }, n);
    },
  });
  new Counter({
    name: 'certeval_job_failures_total',
    help: 'Runs of jobs that failed in this process, by queue.',
    labelNames: ['queue'],
    registers: [registry],
    collect() {
      this.reset();
      const failures = ctx.jobs.failures();
      for (const queue of QUEUES) this.inc({ queue }, failures[queue] ?? 0);
    },
  });
  new Gauge({
    name: 'certeval_db_pool_connections',
    help: 'Database connections of this process: open (total), idle, and requests waiting.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      for (const [state, n] of Object.entries(ctx.database.poolUse())) this.set({ state }, n);
    },
  });

  app.get('/metrics', {
    schema: { hide: true },
    handler: async (request, reply) => {
      refuseUnlessToken(request, ctx.config.metricsToken);
      const text = `${await processMetrics().metrics()}\n${await registry.metrics()}`;
      return reply.type(registry.contentType).send(text);
    },
  });
}

const digest = (text: string) => createHash('sha256').update(text).digest();

function refuseUnlessToken(request: FastifyRequest, token: string | undefined): void {
  if (!token)
    throw new AppError('not_found', {
      fr: 'Les métriques ne sont pas ouvertes : définissez CERTEVAL_METRICS_TOKEN.',
      en: 'Metrics are off: set CERTEVAL_METRICS_TOKEN.',
    });
  const sent = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  if (!timingSafeEqual(digest(sent), digest(token)))
    throw new AppError('unauthenticated', {
      fr: 'Les métriques se lisent avec le jeton de CERTEVAL_METRICS_TOKEN.',
      en: 'Metrics are read with the token of CERTEVAL_METRICS_TOKEN.',
    });
}
