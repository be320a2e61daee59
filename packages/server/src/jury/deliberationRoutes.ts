// HTTP of one candidate's deliberation (issue 6, item 4; seed 002): the member opens their
// grid, the president closes the grading, tries and records the agreement, signs with their
// password; the certifier reopens with a written reason. Every step carries the revision read.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { IdParams } from '../platform/http/params.ts';
import { errors } from '../platform/http/schemas.ts';
import { enforceLimits } from '../platform/rateLimit.ts';
import { openGrid, recordAgreement, type SimpleCommand, step, whatIf } from './deliberate.ts';
import { getJuryCandidate } from './deliberationView.ts';
import { reopenDeliberation, signDeliberation } from './signDeliberation.ts';

type WithId<B = unknown> = FastifyRequest<{ Params: { id: string }; Body: B }>;
const Revision = Type.Integer({ minimum: 1, description: 'The revision of the deliberation read' });
const Percentages = Type.Record(
  Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' }),
  Type.Number(),
  {
    description: 'Agreed percentage per domain code (checked 0-100 by the jury domain)',
  },
);
const Step = Type.Object({ revision: Type.Integer(), status: Type.String() });

export function deliberationRoutes(ctx: Context, app: FastifyInstance) {
  app.get('/api/jury/candidates/:id', {
    config: { policy: 'jury.read' },
    schema: {
      tags: ['jury'],
      summary:
        "One candidate's deliberation: the jury sitting, the grids, the members' percentages side by side (president, certifier), the agreement, the decision, the signature.",
      params: IdParams,
      response: { ...errors(401, 403, 404) },
    },
    handler: async (request: WithId) =>
      getJuryCandidate(ctx, requireActor(request), request.params.id),
  });

  app.post('/api/jury/candidates/:id/grid', {
    config: { policy: 'jury.grade' },
    schema: {
      tags: ['jury'],
      summary:
        "Open the member's own grid on the jury guide (an evaluation, filled and submitted at /api/evaluations/:id), or find the one opened.",
      params: IdParams,
      response: {
        200: Type.Object({
          evaluationId: Type.String(),
          status: Type.String(),
          created: Type.Boolean(),
        }),
        ...errors(400, 401, 403, 404, 409),
      },
    },
    handler: async (request: WithId) => openGrid(ctx, requireActor(request), request.params.id),
  });

  app.post('/api/jury/candidates/:id/commands', {
    config: { policy: 'jury.grade' },
    schema: {
      tags: ['jury'],
      summary:
        'The president closes the grading (every grid in), goes back to it, revises a decision before signing, or resumes a reopened deliberation.',
      params: IdParams,
      body: Type.Object({
        command: Type.Union(
          ['close_grading', 'reopen_grading', 'revise', 'resume'].map((c) => Type.Literal(c)),
        ),
        revision: Revision,
      }),
      response: { 200: Step, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request: WithId<{ command: SimpleCommand; revision: number }>) =>
      step(ctx, requireActor(request), request.params.id, request.body),
  });

  app.post('/api/jury/candidates/:id/what-if', {
    config: { policy: 'jury.grade' },
    schema: {
      tags: ['jury'],
      summary:
        'The decision the jury would give with these agreed percentages, storing nothing (the president, before recording).',
      params: IdParams,
      body: Type.Object({ percentages: Percentages }),
      response: { ...errors(400, 401, 403, 404) },
    },
    handler: async (request: WithId<{ percentages: Record<string, number> }>) =>
      whatIf(ctx, requireActor(request), request.params.id, request.body),
  });

  app.post('/api/jury/candidates/:id/agreement', {
    config: { policy: 'jury.grade' },
    schema: {
      tags: ['jury'],
      summary:
        "The president records the agreed percentage per domain and the synthesis comment; the engine decides on the candidate's record.",
      params: IdParams,
      body: Type.Object({
        percentages: Percentages,
        comment: Type.String({ maxLength: 5000 }),
        revision: Revision,
      }),
      response: { ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (
      request: WithId<{ percentages: Record<string, number>; comment: string; revision: number }>,
    ) => recordAgreement(ctx, requireActor(request), request.params.id, request.body),
  });

  app.post('/api/jury/candidates/:id/sign', {
    config: { policy: 'jury.grade' },
    schema: {
      tags: ['jury'],
      summary:
        'The president signs after typing their password again, on or after the day the jury sits (decision_before_session otherwise): locked, the file decided, the minutes stored with their SHA-256, the documents a reopening suspended reinstated or revoked.',
      params: IdParams,
      body: Type.Object({
        password: Type.String({ minLength: 1, maxLength: 200 }),
        revision: Revision,
      }),
      response: {
        200: Type.Object({
          revision: Type.Integer(),
          status: Type.String(),
          minutes: Type.Object({ version: Type.Integer(), hash: Type.String() }),
        }),
        ...errors(400, 401, 403, 404, 409, 429),
      },
    },
    handler: async (request: WithId<{ password: string; revision: number }>) => {
      const actor = requireActor(request);
      // The password typed again is guessed no faster than at sign-in, counted per person in
      // the database that every instance shares (platform/rateLimit.ts).
      await enforceLimits(ctx, [
        { key: `jury-sign:${actor.userId}`, limit: 10, windowSeconds: 60 },
      ]);
      return signDeliberation(ctx, actor, request.params.id, request.body);
    },
  });

  app.post('/api/jury/candidates/:id/reopen', {
    config: { policy: 'jury.reopen' },
    schema: {
      tags: ['jury'],
      summary:
        'The certifier reopens a signed deliberation with a written reason; the signed version is kept and the documents issued from it are suspended until the jury signs again.',
      params: IdParams,
      body: Type.Object({ reason: Type.String({ maxLength: 5000 }), revision: Revision }),
      response: {
        200: Type.Object({
          revision: Type.Integer(),
          status: Type.String(),
          version: Type.Integer(),
          suspended: Type.Array(Type.String(), {
            description: 'The numbers of the documents suspended',
          }),
        }),
        ...errors(400, 401, 403, 404, 409),
      },
    },
    handler: async (request: WithId<{ reason: string; revision: number }>) =>
      reopenDeliberation(ctx, requireActor(request), request.params.id, request.body),
  });
}
