// HTTP of the role-play cards (issue 16): every published jury guide's cards, and one guide's
// cards as a PDF to print.
import { RolePlaySchema } from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { binaryResponse, sendFile } from '../platform/http/files.ts';
import { errors } from '../platform/http/schemas.ts';
import { listRolePlayCards, rolePlayCardsPdf } from './rolePlayCards.ts';

const Params = Type.Object({ key: Type.String(), version: Type.String() });

export function rolePlayRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/role-play-cards', {
      config: { policy: 'instrument.read' },
      schema: {
        tags: ['instruments'],
        summary: 'The role-play cards of every published national jury guide.',
        response: {
          200: Type.Array(
            Type.Object({
              key: Type.String(),
              version: Type.String(),
              title: Type.String(),
              certification: Type.Union([Type.String(), Type.Null()]),
              cards: Type.Array(RolePlaySchema),
            }),
          ),
          ...errors(401, 403),
        },
      },
      handler: async () => listRolePlayCards(ctx),
    });

    app.get('/api/instruments/:key/versions/:version/role-plays/pdf', {
      config: { policy: 'instrument.read' },
      schema: {
        tags: ['instruments'],
        summary: "A jury guide's role-play cards alone, one a page, as an A4 PDF to print.",
        params: Params,
        response: {
          200: binaryResponse(
            'application/pdf',
            'The cards, named <key>-v<version>-jeux-de-role.pdf',
          ),
          ...errors(401, 403, 404, 503),
        },
      },
      handler: async (
        request: FastifyRequest<{ Params: { key: string; version: string } }>,
        reply,
      ) =>
        sendFile(
          reply,
          await rolePlayCardsPdf(
            ctx,
            requireActor(request),
            request.params.key,
            request.params.version,
          ),
        ),
    });
  };
}
