// HTTP of the company project's steering committee (issue 16, item 1; seed 000, slide 3):
// the committees a reader sees, the members saved on the project's revision, a meeting
// planned or recorded, its minutes attached as a PDF and downloaded.
import {
  CommitteeMemberSchema,
  checkMeeting,
  checkMembers,
  MeetingFormSchema,
  MembersFormSchema,
} from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { binaryResponse, sendFile } from '../platform/http/files.ts';
import { formBody } from '../platform/http/formValidation.ts';
import { IdParams, type WithId } from '../platform/http/params.ts';
import { errors } from '../platform/http/schemas.ts';
import { attachMinutes, downloadMinutes } from './attachMinutes.ts';
import { steeringOf } from './listSteering.ts';
import { planMeeting } from './planMeeting.ts';
import { saveMembers } from './saveMembers.ts';

const tags = ['steering'];
const Str = Type.String();
const Member = CommitteeMemberSchema;
const Minutes = Type.Object({
  id: Str,
  meetingId: Str,
  fileName: Str,
  size: Type.Integer(),
  sha256: Str,
  createdAt: Str,
});
const Meeting = Type.Object({ id: Str, date: Str, title: Str, agenda: Str });

const Committee = Type.Object({
  id: Str,
  title: Str,
  organisationId: Str,
  organisationName: Str,
  status: Str,
  revision: Type.Integer(),
  members: Type.Array(Member),
  canEdit: Type.Boolean(),
  meetings: Type.Array(Type.Object({ ...Meeting.properties, minutes: Type.Array(Minutes) })),
});

type MinutesRequest = FastifyRequest<{ Params: { id: string; minutesId: string } }>;

export function steeringRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/steering', {
      config: { policy: 'steering.read' },
      schema: {
        tags,
        summary:
          "The steering committees of the reader's company projects: members, meetings, minutes.",
        querystring: Type.Object({
          organisationId: Type.Optional(Type.String({ format: 'uuid' })),
        }),
        response: { 200: Type.Array(Committee), ...errors(400, 401, 403) },
      },
      handler: async (request: FastifyRequest<{ Querystring: { organisationId?: string } }>) =>
        steeringOf(ctx, requireActor(request), request.query.organisationId),
    });

    app.put('/api/steering/projects/:id/members', {
      config: { policy: 'steering.write' },
      schema: {
        tags,
        summary: "Save the committee's members on the project's revision (409 when it moved on).",
        params: IdParams,
        body: MembersFormSchema,
        response: {
          200: Type.Object({ revision: Type.Integer(), members: Type.Array(Member) }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      // The forms' checks from core: every problem at once, in people's words.
      ...formBody(checkMembers),
      handler: async (request: WithId) =>
        saveMembers(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as Parameters<typeof saveMembers>[3],
        ),
    });

    app.post('/api/steering/projects/:id/meetings', {
      config: { policy: 'steering.write' },
      schema: {
        tags,
        summary: 'Plan or record a meeting of the committee: its day and subject.',
        params: IdParams,
        body: MeetingFormSchema,
        response: { 201: Meeting, ...errors(400, 401, 403, 404, 409) },
      },
      ...formBody(checkMeeting),
      handler: async (request: WithId, reply) => {
        reply.code(201);
        return planMeeting(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as Parameters<typeof planMeeting>[3],
        );
      },
    });

    app.post('/api/steering/meetings/:id/minutes', {
      config: { policy: 'steering.write' },
      schema: {
        tags,
        summary:
          'Attach the minutes of a meeting that took place: the PDF is the body (application/pdf or application/octet-stream), 10 MB at most.',
        params: IdParams,
        querystring: Type.Object({ fileName: Type.String({ minLength: 1, maxLength: 300 }) }),
        response: { 201: Minutes, ...errors(400, 401, 403, 404, 409) },
      },
      handler: async (
        request: FastifyRequest<{ Params: { id: string }; Querystring: { fileName: string } }>,
        reply,
      ) => {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const minutes = await attachMinutes(ctx, requireActor(request), request.params.id, {
          fileName: request.query.fileName,
          body,
        });
        return reply.code(201).send(minutes);
      },
    });

    app.get('/api/steering/meetings/:id/minutes/:minutesId', {
      config: { policy: 'steering.read' },
      schema: {
        tags,
        summary: 'Download the minutes of a meeting, as attached.',
        params: Type.Object({ id: Str, minutesId: Str }),
        response: {
          200: binaryResponse('application/pdf', 'The minutes'),
          ...errors(401, 403, 404),
        },
      },
      handler: async (request: MinutesRequest, reply) =>
        sendFile(
          reply,
          await downloadMinutes(
            ctx,
            requireActor(request),
            request.params.id,
            request.params.minutesId,
          ),
        ),
    });
  };
}
