// HTTP of a home's to-do list (issue 16, item 2).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { NextStepSchema } from '../evaluations/worklistRoutes.ts';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { Nullable } from '../platform/http/params.ts';
import { errors } from '../platform/http/schemas.ts';
import { type Space, SpaceQuery } from '../platform/http/space.ts';
import { todoOf } from './todo.ts';

const TodoItem = Type.Object({
  task: Type.String(),
  count: Type.Integer(),
  state: Type.Optional(Type.String()),
  date: Type.Optional(Type.String()),
  startTime: Type.Optional(Nullable(Type.String())),
  place: Type.Optional(Nullable(Type.String())),
  step: Type.Optional(NextStepSchema),
});

export function todoRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/me/todo', {
      // Every signed-in person has a home; the space is checked against their memberships.
      config: { policy: 'session.read' },
      schema: {
        tags: ['accounts'],
        summary:
          'What waits for the reader in one of their spaces, counted, each task a link to the section where it is done.',
        querystring: SpaceQuery,
        response: { 200: Type.Array(TodoItem), ...errors(400, 401, 403) },
      },
      handler: async (request: FastifyRequest<{ Querystring: Space }>) =>
        todoOf(ctx, requireActor(request), request.query),
    });
  };
}
