// HTTP of the holders' declaration to the Caisse des Dépôts (issue 18, item 6), for the
// certifier's administrators: its CDC identifiers, what the next file of a period would hold,
// and the file itself.
import { CdcSettingsFormSchema, checkCdcSettings } from '@certeval/core/cdc/index';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { binaryResponse, safeFileName, sendFile } from '../platform/http/files.ts';
import { formBody } from '../platform/http/formValidation.ts';
import { errors } from '../platform/http/schemas.ts';
import { cdcSettingsOf, saveCdcSettingsFor } from './cdcSettings.ts';
import {
  type DeclarationRequest,
  exportDeclarationFor,
  previewDeclaration,
} from './declareHolders.ts';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const OrganisationId = Type.String({ format: 'uuid' });
const Settings = Type.Object({ idClient: Type.String(), idContrat: Type.String() });
const Period = Type.Object({
  organisationId: OrganisationId,
  from: Day,
  to: Day,
  certification: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
});
const Message = Type.Object({ fr: Type.String(), en: Type.String() });

const Preview = Type.Object({
  settings: Type.Union([Settings, Type.Null()]),
  toDeclare: Type.Integer({ description: 'Documents never declared that the file would hold' }),
  corrections: Type.Array(Type.String(), { description: 'Numbers declared again, changed' }),
  alreadyDeclared: Type.Integer(),
  notDeclarable: Type.Array(
    Type.Object({ number: Type.String(), holderName: Type.String(), reason: Message }),
  ),
  missing: Type.Array(
    Type.Object({
      candidateId: Type.String(),
      holderName: Type.String(),
      numbers: Type.Array(Type.String()),
      fields: Type.Array(Type.String()),
      message: Message,
    }),
  ),
  revocations: Type.Array(
    Type.Object({
      number: Type.String(),
      holderName: Type.String(),
      revokedAt: Type.String(),
      reason: Type.String(),
    }),
  ),
});

export function cdcRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/cdc/settings', {
      config: { policy: 'cdc.declare' },
      schema: {
        tags: ['cdc'],
        summary: "The certifier's Caisse des Dépôts identifiers (idClient, idContrat), or null.",
        querystring: Type.Object({ organisationId: OrganisationId }),
        response: { 200: Type.Union([Settings, Type.Null()]), ...errors(400, 401, 403, 404) },
      },
      handler: async (request: FastifyRequest<{ Querystring: { organisationId: string } }>) =>
        cdcSettingsOf(ctx, requireActor(request), request.query.organisationId),
    });

    app.put('/api/cdc/settings', {
      config: { policy: 'cdc.declare' },
      schema: {
        tags: ['cdc'],
        summary:
          "Save the certifier's Caisse des Dépôts identifiers: idClient (8 letters or digits), " +
          'idContrat (1 to 20).',
        body: CdcSettingsFormSchema,
        response: { 200: Settings, ...errors(400, 401, 403, 404) },
      },
      // The form's check from core: every problem at once, in people's words.
      ...formBody(checkCdcSettings),
      handler: async (
        request: FastifyRequest<{
          Body: { organisationId: string; idClient: string; idContrat: string };
        }>,
      ) => {
        const { organisationId, ...settings } = request.body;
        return saveCdcSettingsFor(ctx, requireActor(request), organisationId, settings);
      },
    });

    app.get('/api/cdc/declaration', {
      config: { policy: 'cdc.declare' },
      schema: {
        tags: ['cdc'],
        summary:
          'What the next declaration of the period would hold: documents to declare, ' +
          'corrections, those it cannot hold and why, holders lacking data, revocations to tell.',
        querystring: Period,
        response: { 200: Preview, ...errors(400, 401, 403, 404) },
      },
      handler: async (request: FastifyRequest<{ Querystring: DeclarationRequest }>) =>
        previewDeclaration(ctx, requireActor(request), request.query),
    });

    app.post('/api/cdc/declarations', {
      config: { policy: 'cdc.declare' },
      schema: {
        tags: ['cdc'],
        summary:
          'Export the declaration of holders of the period as the XML the Caisse des Dépôts ' +
          'takes (urn:cdc:cpf:pc5:schema:1.0.0), and record it. Refused, with each holder ' +
          'named, when a record lacks what the file needs.',
        body: Period,
        response: {
          200: binaryResponse('application/xml', 'The declaration'),
          ...errors(400, 401, 403, 404, 409, 422),
        },
      },
      handler: async (request: FastifyRequest<{ Body: DeclarationRequest }>, reply) => {
        const result = await exportDeclarationFor(ctx, requireActor(request), request.body);
        return sendFile(reply, {
          contentType: 'application/xml; charset=utf-8',
          fileName: safeFileName(result.fileName),
          body: result.xml,
        });
      },
    });
  };
}
