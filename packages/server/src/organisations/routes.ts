// HTTP of organisations and invitations.
import { ORGANISATION_KINDS } from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { IdParams, type WithId } from '../platform/http/params.ts';
import { errors, RoleSchema } from '../platform/http/schemas.ts';
import { enforceLimits } from '../platform/rateLimit.ts';
import * as service from './service.ts';

const TokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });
type WithToken = FastifyRequest<{ Params: { token: string } }>;

export function organisationRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.post('/api/organisations', {
      config: { policy: 'organisation.create' },
      schema: {
        tags: ['accounts'],
        summary: 'Register a company or a training organisation (SIRET optional, checked).',
        body: Type.Object({
          kind: Type.Union(ORGANISATION_KINDS.map((k) => Type.Literal(k))),
          name: Type.String({ minLength: 1, maxLength: 200 }),
          siret: Type.Optional(Type.String({ maxLength: 20 })),
        }),
        response: {
          201: Type.Object({ id: Type.String(), kind: Type.String(), name: Type.String() }),
          ...errors(400, 401, 403, 409),
        },
      },
      handler: async (request, reply) => {
        reply.code(201);
        return service.createOrganisation(
          ctx,
          requireActor(request),
          request.body as Parameters<typeof service.createOrganisation>[2],
        );
      },
    });

    app.get('/api/organisations/:id/people', {
      config: { policy: 'person.list' },
      schema: {
        tags: ['accounts'],
        summary: 'The people of an organisation with their roles, and the open invitations.',
        params: IdParams,
        response: { ...errors(401, 403, 404) },
      },
      handler: async (request: WithId) =>
        service.peopleOf(ctx, requireActor(request), request.params.id),
    });

    app.post('/api/organisations/:id/invitations', {
      config: { policy: 'person.invite' },
      schema: {
        tags: ['accounts'],
        summary:
          'Invite a person with a role: returns the one-time link (7 days) to hand over; no e-mail is sent.',
        params: IdParams,
        body: Type.Object({
          email: Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$', maxLength: 200 }),
          displayName: Type.String({ minLength: 1, maxLength: 200 }),
          role: RoleSchema,
        }),
        response: {
          201: Type.Object({ url: Type.String(), expiresAt: Type.String() }),
          ...errors(400, 401, 403, 404),
        },
      },
      handler: async (request: WithId, reply) => {
        reply.code(201);
        return service.invite(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as Parameters<typeof service.invite>[3],
        );
      },
    });

    app.get('/api/invitations/:token', {
      config: { policy: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'What an invitation is for (organisation, role), before accepting it.',
        params: TokenParams,
        response: {
          200: Type.Object({
            email: Type.String(),
            displayName: Type.String(),
            role: Type.String(),
            organisationName: Type.String(),
            accountExists: Type.Boolean(),
          }),
          ...errors(404),
        },
      },
      handler: async (request: WithToken) => service.readInvitation(ctx, request.params.token),
    });

    app.post('/api/invitations/:token/accept', {
      config: { policy: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Accept an invitation: creates the account (choose a password) or adds the role.',
        params: TokenParams,
        body: Type.Object({ password: Type.Optional(Type.String({ maxLength: 500 })) }),
        response: { 200: Type.Object({ email: Type.String() }), ...errors(400, 404, 409, 429) },
      },
      handler: async (request: WithToken) => {
        await enforceLimits(ctx, [
          { key: `invitation-accept-ip:${request.ip}`, limit: 10, windowSeconds: 60 },
        ]);
        return service.acceptInvitation(
          ctx,
          request.params.token,
          (request.body as { password?: string }).password,
        );
      },
    });
  };
}
