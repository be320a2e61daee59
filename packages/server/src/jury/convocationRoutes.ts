// HTTP of the convocations by e-mail (issue 15): the certifier sends them for a session and
// reads, seat by seat, whether each arrived ("e-mail non remis" with the server's answer).
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { IdParams, type WithId } from '../platform/http/params.ts';
import { errors } from '../platform/http/schemas.ts';
import { DeliverySchema } from '../platform/mail/messagesAbout.ts';
import { convocationDeliveries, sendConvocations } from './sendConvocations.ts';

export function convocationRoutes(ctx: Context, app: FastifyInstance) {
  app.post('/api/jury/sessions/:id/convocations', {
    config: { policy: 'jury.manage' },
    schema: {
      tags: ['jury'],
      summary:
        'E-mail each placed candidate their convocation (PDF letter and calendar event); a slot already sent is not sent again.',
      params: IdParams,
      response: {
        200: Type.Object({
          sent: Type.Integer(),
          alreadySent: Type.Integer(),
          unreachable: Type.Integer(),
        }),
        ...errors(401, 403, 404),
      },
    },
    handler: async (request: WithId) =>
      sendConvocations(ctx, requireActor(request), request.params.id),
  });

  app.get('/api/jury/sessions/:id/convocations', {
    config: { policy: 'jury.manage' },
    schema: {
      tags: ['jury'],
      summary: 'Where the latest convocation message of each seat stands.',
      params: IdParams,
      response: {
        200: Type.Array(Type.Object({ seatId: Type.String(), delivery: DeliverySchema })),
        ...errors(401, 403, 404),
      },
    },
    handler: async (request: WithId) =>
      convocationDeliveries(ctx, requireActor(request), request.params.id),
  });
}
