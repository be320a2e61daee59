// HTTP of the jury's lists (issue 16): the certifier's deliberations with what holds each up,
// and a member's own grids.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { Nullable } from '../platform/http/params.ts';
import { errors } from '../platform/http/schemas.ts';
import { certifierDeliberations, memberGrids } from './worklist.ts';

const Str = Type.String();
const Text = Type.Object({ fr: Str, en: Str });

const Session = Type.Object({ id: Str, date: Str, startTime: Str, place: Nullable(Str) });
const Candidate = Type.Object({ id: Str, name: Str, company: Str, accessRoute: Str });

const Blocker = Type.Object({
  code: Str,
  messages: Type.Optional(Type.Array(Text)),
  date: Type.Optional(Str),
  names: Type.Optional(Type.Array(Str)),
  president: Type.Optional(Nullable(Str)),
  reason: Type.Optional(Nullable(Str)),
});

export function juryWorklistRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/jury/deliberations', {
      config: { policy: 'jury.manage' },
      schema: {
        tags: ['jury'],
        summary:
          "Every candidate's deliberation in the sessions of the certifier's administrators: its state and what holds it up.",
        response: {
          200: Type.Array(
            Type.Object({
              id: Str,
              session: Session,
              slotStart: Nullable(Str),
              candidate: Candidate,
              status: Str,
              started: Type.Boolean(),
              president: Nullable(Str),
              graders: Type.Integer(),
              gridsIn: Type.Integer(),
              blockers: Type.Array(Blocker),
            }),
          ),
          ...errors(401, 403),
        },
      },
      handler: async (request) => certifierDeliberations(ctx, requireActor(request)),
    });

    app.get('/api/jury/grids', {
      config: { policy: 'jury.grade' },
      schema: {
        tags: ['jury'],
        summary:
          "The member's own grid of every candidate they grade in their sessions: to fill, in progress, filled, closed, signed.",
        response: {
          200: Type.Array(
            Type.Object({
              seatId: Str,
              session: Session,
              slotStart: Nullable(Str),
              candidate: Candidate,
              status: Str,
              evaluationId: Nullable(Str),
              presides: Type.Boolean(),
            }),
          ),
          ...errors(401, 403),
        },
      },
      handler: async (request) => memberGrids(ctx, requireActor(request)),
    });
  };
}
