// HTTP of jury sessions (issue 6, item 3): convene a session with its members, place
// candidates on its timetable, print convocations, the minutes and the decisions. The
// deliberation of each candidate is in deliberationRoutes.ts.
import {
  checkNewSession,
  NewSessionSchema,
  SessionFieldsSchema,
  SessionMemberSchema,
} from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { binaryResponse, sendFile } from '../platform/http/files.ts';
import { formBody } from '../platform/http/formValidation.ts';
import { IdParams, type WithId } from '../platform/http/params.ts';
import { errors } from '../platform/http/schemas.ts';
import { convocationRoutes } from './convocationRoutes.ts';
import { deliberationRoutes } from './deliberationRoutes.ts';
import { convocationPdf, decisionsFile, minutesPdf } from './juryDocuments.ts';
import * as seats from './seats.ts';
import * as service from './service.ts';
import { getSession, listSessions } from './sessionView.ts';

const Revision = Type.Integer({ minimum: 1, description: 'The revision of the session read' });
const Lang = Type.Object({
  lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
});

// One definition of a session's fields and members: the form's, in core (sessionForm.ts).
const Member = SessionMemberSchema;
const SessionFields = SessionFieldsSchema;

const Saved = Type.Object({ revision: Type.Integer() });

function sessionRoutes(ctx: Context, app: FastifyInstance) {
  app.get('/api/jury/people', {
    config: { policy: 'jury.manage' },
    schema: {
      tags: ['jury'],
      summary: 'The people who hold the jury member role: whom a session may seat.',
      response: {
        200: Type.Array(
          Type.Object({ id: Type.String(), name: Type.String(), email: Type.String() }),
        ),
        ...errors(401, 403),
      },
    },
    handler: async () => service.juryPeople(ctx),
  });

  app.get('/api/jury/sessions', {
    config: { policy: 'jury.read' },
    schema: {
      tags: ['jury'],
      summary: "The sessions of the certifier's administrators, and those a member sits on.",
      response: { ...errors(401, 403) },
    },
    handler: async (request) => listSessions(ctx, requireActor(request)),
  });

  app.post('/api/jury/sessions', {
    config: { policy: 'jury.manage' },
    schema: {
      tags: ['jury'],
      summary:
        "Convene a jury session: its day, start, place or link, and members with their seats, checked against the certification's jury rule (400 with every problem located).",
      body: NewSessionSchema,
      response: {
        201: Type.Object({ id: Type.String(), revision: Type.Integer() }),
        ...errors(400, 401, 403, 404),
      },
    },
    // The form's check from core: every problem of the form at once, in people's words.
    ...formBody(checkNewSession),
    handler: async (request, reply) => {
      reply.code(201);
      return service.createSession(
        ctx,
        requireActor(request),
        request.body as service.NewSessionInput,
      );
    },
  });

  app.get('/api/jury/sessions/:id', {
    config: { policy: 'jury.read' },
    schema: {
      tags: ['jury'],
      summary: 'One session: members and seats, composition problems, candidates and their slots.',
      params: IdParams,
      response: { ...errors(401, 403, 404) },
    },
    handler: async (request: WithId) => getSession(ctx, requireActor(request), request.params.id),
  });

  app.put('/api/jury/sessions/:id', {
    config: { policy: 'jury.manage' },
    schema: {
      tags: ['jury'],
      summary: 'Change the day, start, place or link (409 once a deliberation is signed).',
      params: IdParams,
      body: Type.Object({ ...SessionFields, revision: Revision }),
      response: { 200: Saved, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request: WithId) =>
      service.updateSession(
        ctx,
        requireActor(request),
        request.params.id,
        request.body as service.SessionInput & { revision: number },
      ),
  });

  app.put('/api/jury/sessions/:id/members', {
    config: { policy: 'jury.manage' },
    schema: {
      tags: ['jury'],
      summary:
        "Replace the members: checked against the rule and the candidates' conflicts of interest; refused once a deliberation has begun.",
      params: IdParams,
      body: Type.Object({ members: Type.Array(Member, { maxItems: 20 }), revision: Revision }),
      response: { 200: Saved, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request: WithId) =>
      service.setMembers(
        ctx,
        requireActor(request),
        request.params.id,
        request.body as { members: service.MemberInput[]; revision: number },
      ),
  });

  app.post('/api/jury/sessions/:id/candidates', {
    config: { policy: 'jury.manage' },
    schema: {
      tags: ['jury'],
      summary:
        'Place a candidate whose file is ready for the jury on the timetable; refused on a conflict of interest.',
      params: IdParams,
      body: Type.Object({ candidateId: Type.String(), revision: Revision }),
      response: {
        201: Type.Object({ id: Type.String(), revision: Type.Integer() }),
        ...errors(400, 401, 403, 404, 409),
      },
    },
    handler: async (request: WithId, reply) => {
      reply.code(201);
      return seats.addCandidate(
        ctx,
        requireActor(request),
        request.params.id,
        request.body as { candidateId: string; revision: number },
      );
    },
  });

  app.delete('/api/jury/sessions/:id/candidates/:seatId', {
    config: { policy: 'jury.manage' },
    schema: {
      tags: ['jury'],
      summary: 'Take a candidate off the session, before their deliberation begins.',
      params: Type.Object({ id: Type.String(), seatId: Type.String() }),
      querystring: Type.Object({ revision: Type.Integer({ minimum: 1 }) }),
      response: { 200: Saved, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (
      request: FastifyRequest<{
        Params: { id: string; seatId: string };
        Querystring: { revision: number };
      }>,
    ) =>
      seats.removeCandidate(
        ctx,
        requireActor(request),
        request.params.id,
        request.params.seatId,
        request.query.revision,
      ),
  });
}

function documentRoutes(ctx: Context, app: FastifyInstance) {
  type LangQuery = { Querystring: { lang?: 'fr' | 'en' } };
  app.get('/api/jury/sessions/:id/candidates/:seatId/convocation.pdf', {
    config: { policy: 'jury.manage' },
    schema: {
      tags: ['jury'],
      summary: "A candidate's convocation letter: day, slot, place or link, programme.",
      params: Type.Object({ id: Type.String(), seatId: Type.String() }),
      querystring: Lang,
      response: {
        200: binaryResponse('application/pdf', 'The letter'),
        ...errors(401, 403, 404, 409),
      },
    },
    handler: async (
      request: FastifyRequest<{ Params: { id: string; seatId: string } } & LangQuery>,
      reply,
    ) =>
      sendFile(
        reply,
        await convocationPdf(
          ctx,
          requireActor(request),
          request.params.id,
          request.params.seatId,
          request.query.lang,
        ),
      ),
  });

  app.get('/api/jury/sessions/:id/minutes.pdf', {
    config: { policy: 'jury.read' },
    schema: {
      tags: ['jury'],
      summary:
        'The minutes (procès-verbal) as stored at the last signature, or at `version`, with their SHA-256.',
      params: IdParams,
      querystring: Type.Object({
        ...Lang.properties,
        version: Type.Optional(Type.Integer({ minimum: 1 })),
      }),
      response: { 200: binaryResponse('application/pdf', 'The minutes'), ...errors(401, 403, 404) },
    },
    handler: async (
      request: WithId<{ Querystring: { lang?: 'fr' | 'en'; version?: number } }>,
      reply,
    ) =>
      sendFile(
        reply,
        await minutesPdf(ctx, requireActor(request), request.params.id, {
          ...(request.query.version ? { version: request.query.version } : {}),
          ...(request.query.lang ? { lang: request.query.lang } : {}),
        }),
      ),
  });

  for (const format of ['csv', 'xlsx'] as const)
    app.get(`/api/jury/sessions/:id/decisions.${format}`, {
      config: { policy: 'jury.manage' },
      schema: {
        tags: ['jury'],
        summary: `The decisions of the session as ${format.toUpperCase()}, one row per candidate.`,
        params: IdParams,
        querystring: Lang,
        response: { ...errors(401, 403, 404) },
      },
      handler: async (request: WithId<LangQuery>, reply) =>
        sendFile(
          reply,
          await decisionsFile(
            ctx,
            requireActor(request),
            request.params.id,
            format,
            request.query.lang,
          ),
        ),
    });
}

export function juryRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    sessionRoutes(ctx, app);
    documentRoutes(ctx, app);
    deliberationRoutes(ctx, app);
    convocationRoutes(ctx, app);
  };
}
