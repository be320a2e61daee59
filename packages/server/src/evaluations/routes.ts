// HTTP of recording evaluations: open, save (autosave, revision-checked), submit, history.
import { EVALUATION_KINDS } from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { errors } from '../platform/http/schemas.ts';
import * as service from './service.ts';

const IdParams = Type.Object({ id: Type.String() });
type WithId = FastifyRequest<{ Params: { id: string } }>;
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Revision = Type.Integer({ minimum: 1 });

const Summary = Type.Object({
  id: Type.String(),
  instrument: Type.Object({ key: Type.String(), version: Type.String() }),
  kind: Type.String(),
  date: Type.String(),
  status: Type.String(),
  evaluatorName: Type.String(),
  evaluatorRole: Type.String(),
  itemCount: Type.Integer(),
  mine: Type.Boolean(),
  revision: Type.Integer(),
});

// Item results are checked against their instrument by the service, which lists every
// problem with its place; the route only takes their shape loosely.
const LooseItem = Type.Object({
  item: Type.String({ minLength: 1 }),
  percentage: Type.Optional(Type.Number()),
  points: Type.Optional(Type.Number()),
  outcome: Type.Optional(Type.Union([Type.Literal('acquis'), Type.Literal('non_acquis')])),
  comment: Type.Optional(Type.String({ maxLength: 5000 })),
});

export function evaluationRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/candidates/:id/evaluations', {
      config: { policy: 'candidate.read' },
      schema: {
        tags: ['evaluations'],
        summary: "A candidate's evaluations: positioning, continuous, final.",
        params: IdParams,
        response: { 200: Type.Array(Summary), ...errors(401, 403, 404) },
      },
      handler: async (request: WithId) =>
        service.listEvaluations(ctx, requireActor(request), request.params.id),
    });

    app.post('/api/candidates/:id/evaluations', {
      config: { policy: 'evaluation.record' },
      schema: {
        tags: ['evaluations'],
        summary:
          'Open an evaluation of the candidate on a published instrument, as their tutor, trainer or jury member.',
        params: IdParams,
        body: Type.Object({
          instrument: Type.Object({ key: Type.String(), version: Type.String() }),
          kind: Type.Union(EVALUATION_KINDS.map((k) => Type.Literal(k))),
          date: Day,
        }),
        response: {
          201: Type.Object({ id: Type.String(), revision: Type.Integer() }),
          ...errors(400, 401, 403, 404),
        },
      },
      handler: async (request: WithId, reply) => {
        reply.code(201);
        return service.startEvaluation(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as Parameters<typeof service.startEvaluation>[3],
        );
      },
    });

    app.get('/api/evaluations/:id', {
      config: { policy: 'candidate.read' },
      schema: {
        tags: ['evaluations'],
        summary: 'One evaluation with its instrument and item results.',
        params: IdParams,
        response: { ...errors(401, 403, 404) },
      },
      handler: async (request: WithId) =>
        service.getEvaluation(ctx, requireActor(request), request.params.id),
    });

    app.put('/api/evaluations/:id', {
      config: { policy: 'evaluation.record' },
      schema: {
        tags: ['evaluations'],
        summary:
          'Save the item results (autosave). Refused with 409 when the revision is not the latest: nothing is overwritten.',
        params: IdParams,
        body: Type.Object({
          items: Type.Array(LooseItem, { maxItems: 2000 }),
          comment: Type.Optional(Type.Union([Type.String({ maxLength: 20000 }), Type.Null()])),
          date: Type.Optional(Day),
          revision: Revision,
        }),
        response: {
          200: Type.Object({ revision: Type.Integer(), savedAt: Type.String() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) =>
        service.saveEvaluation(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as Parameters<typeof service.saveEvaluation>[3],
        ),
    });

    app.post('/api/evaluations/:id/submit', {
      config: { policy: 'evaluation.record' },
      schema: {
        tags: ['evaluations'],
        summary: 'Submit an evaluation once every item is rated; it no longer changes.',
        params: IdParams,
        body: Type.Object({ revision: Revision }),
        response: {
          200: Type.Object({ revision: Type.Integer() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) =>
        service.submitEvaluation(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as { revision: number },
        ),
    });

    app.get('/api/evaluations/:id/history', {
      config: { policy: 'candidate.read' },
      schema: {
        tags: ['evaluations'],
        summary: 'Every change of the evaluation: who, when, each item before and after.',
        params: IdParams,
        response: {
          200: Type.Array(
            Type.Object({
              at: Type.String(),
              action: Type.String(),
              actorName: Type.Union([Type.String(), Type.Null()]),
              data: Type.Record(Type.String(), Type.Unknown()),
            }),
          ),
          ...errors(401, 403, 404),
        },
      },
      handler: async (request: WithId) =>
        service.historyOf(ctx, requireActor(request), request.params.id),
    });
  };
}
