// HTTP of company adaptation: list, create, read with line-by-line differences, save.
import { checkNewVariant, NewVariantFormSchema, VariantChangesSchema } from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { formBody } from '../platform/http/formValidation.ts';
import { IdParams } from '../platform/http/params.ts';
import { errors } from '../platform/http/schemas.ts';
import * as variants from './service.ts';

const Summary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  certification: Type.String(),
  version: Type.String(),
  revision: Type.Integer(),
  changes: VariantChangesSchema,
  updatedAt: Type.String({ format: 'date-time' }),
});

const Line = Type.Object({
  code: Type.String(),
  depth: Type.Integer(),
  status: Type.Array(Type.String()),
  national: Type.Optional(
    Type.Object({ type: Type.String(), code: Type.String(), label: Type.String() }),
  ),
  adapted: Type.Optional(
    Type.Object({
      type: Type.String(),
      code: Type.String(),
      label: Type.String(),
      notes: Type.Optional(Type.Array(Type.String())),
    }),
  ),
  hiddenWith: Type.Optional(Type.String()),
});

export function variantRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/variants', {
      config: { policy: 'variant.read' },
      schema: {
        tags: ['variants'],
        summary: "The companies' adapted referentials the person may see.",
        response: { 200: Type.Array(Summary), ...errors(401, 403) },
      },
      handler: async (request) => variants.listVariants(ctx, requireActor(request)),
    });

    app.post('/api/variants', {
      config: { policy: 'variant.write' },
      schema: {
        tags: ['variants'],
        summary: "Start a company's adaptation of a published national version.",
        body: NewVariantFormSchema,
        response: { 201: Type.Object({ id: Type.String() }), ...errors(400, 401, 403, 404, 409) },
      },
      // The form's check from core: every problem at once, in people's words.
      ...formBody(checkNewVariant),
      handler: async (
        request: FastifyRequest<{
          Body: { organisationId: string; certification: string; version: string; name: string };
        }>,
        reply,
      ) =>
        reply
          .status(201)
          .send(await variants.createVariant(ctx, requireActor(request), request.body)),
    });

    app.get('/api/variants/:id', {
      config: { policy: 'variant.read' },
      schema: {
        tags: ['variants'],
        summary:
          'A variant, with one line per item saying how it differs from the national version.',
        params: IdParams,
        response: {
          200: Type.Object({
            ...Summary.properties,
            lines: Type.Array(Line),
            canEdit: Type.Boolean(),
          }),
          ...errors(401, 403, 404),
        },
      },
      handler: async (request: FastifyRequest<{ Params: { id: string } }>) =>
        variants.getVariant(ctx, requireActor(request), request.params.id),
    });

    app.put('/api/variants/:id', {
      config: { policy: 'variant.write' },
      schema: {
        tags: ['variants'],
        summary:
          'Save the changes; `revision` must be the one read, else 409 and nothing is overwritten.',
        params: IdParams,
        body: Type.Object({
          revision: Type.Integer({ minimum: 1 }),
          changes: VariantChangesSchema,
        }),
        response: {
          200: Type.Object({ id: Type.String(), revision: Type.Integer() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (
        request: FastifyRequest<{
          Params: { id: string };
          Body: { revision: number; changes: never[] };
        }>,
      ) =>
        variants.saveVariantChanges(
          ctx,
          requireActor(request),
          request.params.id,
          request.body.revision,
          request.body.changes,
        ),
    });
  };
}
