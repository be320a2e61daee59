// HTTP of the job queue: the certifier's administrators follow the long work of the product.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../context.ts';
import { requireActor } from '../http/authorization.ts';
import { errors } from '../http/schemas.ts';
import { listJobs } from './jobList.ts';

const Text = Type.Object({ fr: Type.String(), en: Type.String() });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export function jobRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/jobs', {
      config: { policy: 'job.read' },
      schema: {
        tags: ['jobs'],
        summary:
          'The newest jobs (sending a message, issuing a session) with their state: waiting, running, done, failed with its error.',
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
        }),
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String(),
              queue: Type.String(),
              state: Type.Union(
                ['waiting', 'running', 'done', 'failed', 'cancelled'].map((s) => Type.Literal(s)),
              ),
              title: Text,
              error: Nullable(Type.String()),
              attempts: Type.Integer(),
              maxAttempts: Type.Integer(),
              createdAt: Type.String(),
              startedAt: Nullable(Type.String()),
              finishedAt: Nullable(Type.String()),
            }),
          ),
          ...errors(400, 401, 403),
        },
      },
      handler: async (request: FastifyRequest<{ Querystring: { limit?: number } }>) =>
        listJobs(ctx, requireActor(request), request.query.limit),
    });
  };
}
