// HTTP of organisations (invitations: invitationRoutes.ts).
import { checkOrganisation, OrganisationFormSchema } from '@certeval/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { formBody } from '../platform/http/formValidation.ts';
import { IdParams, type WithId } from '../platform/http/params.ts';
import { errors } from '../platform/http/schemas.ts';
import { invitationRoutes } from './invitationRoutes.ts';
import * as service from './service.ts';

export function organisationRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.post('/api/organisations', {
      config: { policy: 'organisation.create' },
      schema: {
        tags: ['accounts'],
        summary: 'Register a company or a training organisation (SIRET optional, checked).',
        body: OrganisationFormSchema,
        response: {
          201: Type.Object({ id: Type.String(), kind: Type.String(), name: Type.String() }),
          ...errors(400, 401, 403, 409),
        },
      },
      // The form's check from core: every problem at once, the SIRET's check digit too.
      ...formBody(checkOrganisation),
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

    invitationRoutes(ctx, app);
  };
}
