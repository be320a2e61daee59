// HTTP of a company's tutors and the candidates they follow (issue 16).
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { IdParams, type WithId } from '../platform/http/params.ts';
import { errors } from '../platform/http/schemas.ts';
import { tutorsOf } from './tutors.ts';

const Str = Type.String();
const Followed = Type.Object({
  id: Str,
  name: Str,
  status: Str,
  accessRoute: Str,
  projectTitle: Str,
});

export function tutorRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/organisations/:id/tutors', {
      config: { policy: 'person.list' },
      schema: {
        tags: ['accounts'],
        summary:
          "A company's tutors with the candidates each follows and their load; the candidates no tutor follows yet.",
        params: IdParams,
        response: {
          200: Type.Object({
            organisation: Type.Object({ id: Str, name: Str }),
            tutors: Type.Array(
              Type.Object({
                id: Str,
                displayName: Str,
                email: Str,
                load: Type.Integer(),
                candidates: Type.Array(Followed),
              }),
            ),
            unassigned: Type.Array(Followed),
          }),
          ...errors(401, 403, 404),
        },
      },
      handler: async (request: WithId) => tutorsOf(ctx, requireActor(request), request.params.id),
    });
  };
}
