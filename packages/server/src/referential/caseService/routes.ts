// HTTP of the CASE 1.1 service (issue 18, item 2): the 1EdTech REST binding under
// /ims/case/v1p1, read-only and public, answering only published versions. Every answer is JSON
// as the binding shapes it, every failure the binding's imsx_StatusInfo (never our error shape),
// and any web page may read it (CORS open for GET: these routes change nothing and read no
// session). Every `uri` Certeval writes in a package resolves here, on CERTEVAL_PUBLIC_URL.
import { CASE_SERVICE_PATH } from '@certeval/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { imsxStatus } from './imsx.ts';
import { CASE_ENDPOINTS, caseDocuments, caseObject, casePackage } from './service.ts';

const SourcedId = Type.Object({ sourcedId: Type.String({ minLength: 1, maxLength: 2000 }) });
const Page = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});
const config = { policy: 'public' as const };

function openToEveryOrigin(reply: FastifyReply) {
  reply.header('access-control-allow-origin', '*');
  reply.header('access-control-expose-headers', 'X-Total-Count');
  reply.header('cross-origin-resource-policy', 'cross-origin');
}

function json(reply: FastifyReply, text: string) {
  return reply.type('application/json; charset=utf-8').send(text);
}

function notFound(reply: FastifyReply, what: string) {
  return reply
    .status(404)
    .send(imsxStatus('unknownobject', `Objet inconnu / Unknown object: ${what}`));
}

function answerFailure(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.validation) {
    const field = error.validation[0]?.instancePath.replace(/^\//, '') || 'sourcedId';
    const text = `Paramètre invalide / Invalid parameter: ${field}`;
    return reply.status(400).send(imsxStatus('invalid_selection_field', text, field));
  }
  if (error instanceof AppError && error.code === 'server_busy') {
    return reply.status(429).send(imsxStatus('server_busy', 'Serveur occupé / Server busy'));
  }
  request.log.error(error);
  const text = 'Erreur interne / Internal error';
  return reply.status(500).send(imsxStatus('internal_server_error', text));
}

export function caseServiceRoutes(ctx: Context) {
  const plugin = async (app: FastifyInstance) => {
    app.addHook('onSend', async (_request, reply) => openToEveryOrigin(reply));
    app.setErrorHandler(answerFailure);
    app.setNotFoundHandler((request, reply) => notFound(reply, request.url));

    app.options('/*', { config, schema: { hide: true } }, async (_request, reply) =>
      reply
        .status(204)
        .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
        .header('access-control-allow-headers', 'Accept, Authorization, Content-Type')
        .header('access-control-max-age', '86400')
        .send(),
    );

    app.get('/CFDocuments', {
      config,
      schema: {
        tags: ['CASE 1.1'],
        summary: 'Every published framework’s CFDocument (CASE 1.1 getAllCFDocuments).',
        querystring: Page,
      },
      handler: async (
        request: FastifyRequest<{ Querystring: { limit?: number; offset?: number } }>,
        reply,
      ) => {
        const page = { limit: request.query.limit ?? 100, offset: request.query.offset ?? 0 };
        const { json: text, total } = await caseDocuments(ctx, page);
        return json(reply.header('x-total-count', String(total)), text);
      },
    });

    app.get('/CFPackages/:sourcedId', {
      config,
      schema: {
        tags: ['CASE 1.1'],
        summary: 'A published framework’s whole CFPackage (CASE 1.1 getCFPackage).',
        params: SourcedId,
      },
      handler: async (request: FastifyRequest<{ Params: { sourcedId: string } }>, reply) => {
        const text = await casePackage(ctx, request.params.sourcedId);
        return text === undefined ? notFound(reply, request.params.sourcedId) : json(reply, text);
      },
    });

    for (const [collection, { summary }] of Object.entries(CASE_ENDPOINTS)) {
      app.get(`/${collection}/:sourcedId`, {
        config,
        schema: { tags: ['CASE 1.1'], summary, params: SourcedId },
        handler: async (request: FastifyRequest<{ Params: { sourcedId: string } }>, reply) => {
          const text = await caseObject(ctx, collection, request.params.sourcedId);
          return text === undefined ? notFound(reply, request.params.sourcedId) : json(reply, text);
        },
      });
    }
  };
  return { plugin, prefix: CASE_SERVICE_PATH };
}
