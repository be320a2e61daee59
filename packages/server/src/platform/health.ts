import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Context } from './context.ts';
import { migrationsCurrent } from './db/migrations.ts';
import { migrationsFolder } from './db/open.ts';

const Readiness = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('unavailable')]),
  database: Type.Boolean({ description: 'The database answers.' }),
  migrations: Type.Boolean({ description: 'Every migration of this version is applied.' }),
  jobs: Type.Boolean({ description: 'This server takes jobs from the queue.' }),
});

export function healthRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/health', {
      config: { policy: 'public' },
      schema: {
        tags: ['platform'],
        summary: 'Liveness and the database in use; 503 when the database does not answer.',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            database: Type.String(),
            version: Type.String(),
          }),
          503: Type.Object({
            status: Type.Literal('unavailable'),
            database: Type.String(),
            version: Type.String(),
          }),
        },
      },
      handler: async (_request, reply) => {
        const base = { database: ctx.database.kind, version: '0.1.0' };
        try {
          await ctx.database.query('select 1');
          return { status: 'ok' as const, ...base };
        } catch {
          return reply.status(503).send({ status: 'unavailable' as const, ...base });
        }
      },
    });

    app.get('/api/ready', {
      config: { policy: 'public' },
      schema: {
        tags: ['platform'],
        summary:
          'Readiness: the database answers, its migrations are this version’s, the job queue runs here; 503 otherwise (and while the server stops).',
        response: { 200: Readiness, 503: Readiness },
      },
      handler: async (_request, reply) => {
        const migrations = await migrationsCurrent(ctx.database.query, migrationsFolder).then(
          (current) => ({ database: true, migrations: current }),
          () => ({ database: false, migrations: false }),
        );
        const checks = { ...migrations, jobs: ctx.jobs.running() };
        const ready = checks.database && checks.migrations && checks.jobs;
        return reply
          .status(ready ? 200 : 503)
          .send({ status: ready ? ('ready' as const) : ('unavailable' as const), ...checks });
      },
    });
  };
}
