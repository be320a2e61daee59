// HTTP of invitations (issue 14, item 1): made and cancelled by who may hand out the role,
// answered by the invited person. The link's routes are public (the person may have no account
// yet) but read the session when there is one: an existing account's invitation is answered
// only by that account, signed in.
import { checkInvitation, INVITATION_STANDINGS, InvitationFormSchema } from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { formBody } from '../platform/http/formValidation.ts';
import { IdParams, type WithId } from '../platform/http/params.ts';
import { errors, RoleSchema } from '../platform/http/schemas.ts';
import { DeliverySchema } from '../platform/mail/messagesAbout.ts';
import { enforceLimits } from '../platform/rateLimit.ts';
import { acceptInvitation } from './acceptInvitation.ts';
import { cancelInvitation } from './cancelInvitation.ts';
import { declineInvitation } from './declineInvitation.ts';
import { type InvitationInput, invitePerson } from './invitePerson.ts';
import { pendingInvitations, readInvitation } from './readInvitation.ts';
import { resendInvitation } from './resendInvitation.ts';

const TokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });
type WithToken<T = unknown> = FastifyRequest<{ Params: { token: string } } & T>;
type WithPassword = { Body: { password?: string } };

const Accepted = Type.Object({
  email: Type.String(),
  accountCreated: Type.Boolean(),
  organisationId: Type.String(),
  role: RoleSchema,
});
const PasswordBody = Type.Object({ password: Type.Optional(Type.String({ maxLength: 1024 })) });
/** A sent invitation as its inviter sees it: never its link (issue 15, item 3). */
const Sent = Type.Object({
  id: Type.String(),
  expiresAt: Type.String(),
  delivery: DeliverySchema,
});
const InvitationParams = Type.Object({ id: Type.String(), invitationId: Type.String() });
type WithInvitation = FastifyRequest<{ Params: { id: string; invitationId: string } }>;
export function invitationRoutes(ctx: Context, app: FastifyInstance) {
  // Answering through a link is public (and may hash a password): limited like signing in,
  // per network address, counted in the database (platform/rateLimit.ts).
  const answerLimit = {
    preHandler: async (request: FastifyRequest) =>
      enforceLimits(ctx, [
        {
          key: `invitation-answer-ip:${request.ip}`,
          limit: ctx.config.loginAttemptsPerMinute,
          windowSeconds: 60,
        },
      ]),
  };

  app.post('/api/organisations/:id/invitations', {
    config: { policy: 'person.invite' },
    schema: {
      tags: ['accounts'],
      summary:
        'Invite a person with a role: the one-time link (7 days) is e-mailed to them; the answer says where the message stands, never the link.',
      params: IdParams,
      body: InvitationFormSchema,
      response: {
        201: Sent,
        ...errors(400, 401, 403, 404, 409),
      },
    },
    // The form's check from core: every problem at once, in people's words.
    ...formBody(checkInvitation),
    handler: async (request: WithId<{ Body: InvitationInput }>, reply) => {
      reply.code(201);
      return invitePerson(ctx, requireActor(request), request.params.id, request.body);
    },
  });

  app.post('/api/organisations/:id/invitations/:invitationId/resend', {
    config: { policy: 'person.invite' },
    schema: {
      tags: ['accounts'],
      summary:
        'Send an open invitation again: a new link (7 days) in a new message; the former link opens nothing.',
      params: InvitationParams,
      response: { 200: Sent, ...errors(401, 403, 404) },
    },
    handler: async (request: WithInvitation) =>
      resendInvitation(ctx, requireActor(request), request.params.id, request.params.invitationId),
  });

  app.post('/api/organisations/:id/invitations/:invitationId/cancel', {
    config: { policy: 'person.invite' },
    schema: {
      tags: ['accounts'],
      summary: 'Cancel an open invitation: its link then opens nothing.',
      params: InvitationParams,
      response: { 204: Type.Null(), ...errors(401, 403, 404) },
    },
    handler: async (request: WithInvitation, reply) => {
      const { id, invitationId } = request.params;
      await cancelInvitation(ctx, requireActor(request), id, invitationId);
      return reply.status(204).send();
    },
  });

  app.get('/api/invitations/:token', {
    config: { policy: 'public' },
    schema: {
      tags: ['accounts'],
      summary:
        'What an invitation is for, and where the caller stands: choose a password (no account yet), sign in, answer, or not theirs.',
      params: TokenParams,
      response: {
        200: Type.Object({
          email: Type.String(),
          displayName: Type.String(),
          role: RoleSchema,
          organisationName: Type.String(),
          expiresAt: Type.String(),
          standing: Type.Union(INVITATION_STANDINGS.map((s) => Type.Literal(s))),
        }),
        ...errors(404),
      },
    },
    handler: async (request: WithToken) => readInvitation(ctx, request.params.token, request.actor),
  });

  app.post('/api/invitations/:token/accept', {
    config: { policy: 'public' },
    ...answerLimit,
    schema: {
      tags: ['accounts'],
      summary:
        'Accept an invitation: creates the account of an address without one (choose a password); for an existing account, signed in as that account only.',
      params: TokenParams,
      body: PasswordBody,
      response: { 200: Accepted, ...errors(400, 401, 403, 404, 409, 429) },
    },
    handler: async (request: WithToken<WithPassword>) =>
      acceptInvitation(ctx, { token: request.params.token }, request.actor, request.body.password),
  });

  app.post('/api/invitations/:token/decline', {
    config: { policy: 'public' },
    ...answerLimit,
    schema: {
      tags: ['accounts'],
      summary: 'Decline an invitation; for an existing account, signed in as that account only.',
      params: TokenParams,
      response: { 204: Type.Null(), ...errors(401, 403, 404, 429) },
    },
    handler: async (request: WithToken, reply) => {
      await declineInvitation(ctx, { token: request.params.token }, request.actor);
      return reply.status(204).send();
    },
  });

  app.get('/api/me/invitations', {
    config: { policy: 'invitation.answer' },
    schema: {
      tags: ['accounts'],
      summary: 'The open invitations addressed to the signed-in person, waiting for their answer.',
      response: {
        200: Type.Array(
          Type.Object({
            id: Type.String(),
            organisationId: Type.String(),
            organisationName: Type.String(),
            role: RoleSchema,
            invitedBy: Type.Union([Type.String(), Type.Null()]),
            expiresAt: Type.String(),
          }),
        ),
        ...errors(401),
      },
    },
    handler: async (request) => pendingInvitations(ctx, requireActor(request)),
  });

  app.post('/api/me/invitations/:id/accept', {
    config: { policy: 'invitation.answer' },
    schema: {
      tags: ['accounts'],
      summary: 'Accept one of one’s own pending invitations: the role is added.',
      params: IdParams,
      response: { 200: Accepted, ...errors(401, 404, 409) },
    },
    handler: async (request: WithId) =>
      acceptInvitation(ctx, { id: request.params.id }, requireActor(request)),
  });

  app.post('/api/me/invitations/:id/decline', {
    config: { policy: 'invitation.answer' },
    schema: {
      tags: ['accounts'],
      summary: 'Decline one of one’s own pending invitations.',
      params: IdParams,
      response: { 204: Type.Null(), ...errors(401, 404) },
    },
    handler: async (request: WithId, reply) => {
      await declineInvitation(ctx, { id: request.params.id }, requireActor(request));
      return reply.status(204).send();
    },
  });
}
