import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Context } from './context.ts';

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
  };
}
