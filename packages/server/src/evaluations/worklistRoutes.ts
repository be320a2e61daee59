// HTTP of the evaluators' lists (issue 16): one space's candidates with their evaluations,
// tasks and next step. The sections of tutors, trainers, pilots and candidates read it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { Nullable } from '../platform/http/params.ts';
import { errors } from '../platform/http/schemas.ts';
import { type Space, SpaceQuery } from '../platform/http/space.ts';
import { worklist } from './worklist.ts';

const Str = Type.String();
const Opt = <T extends Parameters<typeof Type.Optional>[0]>(schema: T) => Type.Optional(schema);

export const NextStepSchema = Type.Object({
  type: Str,
  evaluationId: Opt(Str),
  title: Opt(Str),
  date: Opt(Str),
  started: Opt(Type.Boolean()),
  dueAt: Opt(Nullable(Str)),
  missing: Opt(Type.Array(Str)),
  startTime: Opt(Nullable(Str)),
  place: Opt(Nullable(Str)),
});

const ListedEvaluation = Type.Object({
  id: Str,
  instrument: Type.Object({
    key: Str,
    version: Str,
    title: Str,
    kind: Nullable(Str),
  }),
  kind: Str,
  status: Str,
  evaluatorRole: Str,
  evaluatorName: Str,
  mine: Type.Boolean(),
  online: Type.Boolean(),
  date: Str,
  dueAt: Nullable(Str),
  submittedAt: Nullable(Str),
  domains: Type.Array(Type.Object({ domain: Str, percentage: Type.Number() })),
});

const ListedCandidate = Type.Object({
  id: Str,
  projectId: Str,
  projectTitle: Str,
  organisationId: Str,
  organisationName: Str,
  certification: Str,
  referentialVersion: Str,
  birthName: Str,
  usageName: Nullable(Str),
  firstNames: Type.Array(Str),
  accessRoute: Str,
  status: Str,
  tutorId: Nullable(Str),
  tutorName: Nullable(Str),
  trainerId: Nullable(Str),
  trainerName: Nullable(Str),
  bookletEntries: Type.Integer(),
  lastBookletEntry: Nullable(Str),
  vaeBooklet: Nullable(Str),
  evaluations: Type.Array(ListedEvaluation),
  tasks: Type.Array(Type.Object({ type: Str, evaluationId: Opt(Str), kind: Opt(Str) })),
  nextStep: NextStepSchema,
  jury: Nullable(Type.Object({ date: Str, startTime: Nullable(Str), place: Nullable(Str) })),
});

export function worklistRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/worklist', {
      config: { policy: 'candidate.read' },
      schema: {
        tags: ['evaluations'],
        summary:
          "A space's candidates with their evaluations (results per domain once submitted), what the reader has to do on each, their booklet and the next step of their pathway.",
        querystring: SpaceQuery,
        response: { 200: Type.Array(ListedCandidate), ...errors(400, 401, 403) },
      },
      handler: async (request: FastifyRequest<{ Querystring: Space }>) =>
        worklist(ctx, requireActor(request), request.query),
    });
  };
}
