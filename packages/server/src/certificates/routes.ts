// HTTP of certificates for signed-in people: the certifier issues a session's documents and
// follows the progress, lists and revokes them, prints a session, rotates its signing key and
// reads its statistics; the holder lists and downloads their own. The public verification
// routes are in publicRoutes.ts.

import type { StatisticsTable as Table } from '@certeval/core/certificates/index';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { binaryResponse, safeFileName, sendFile } from '../platform/http/files.ts';
import { errors } from '../platform/http/schemas.ts';
import { batchProgressFor, startSessionIssuance } from './issueInBackground.ts';
import { publicCertificateRoutes } from './publicRoutes.ts';
import { MAX_REASON_LENGTH, revokeCertificate } from './revokeCertificate.ts';
import * as schemas from './schemas.ts';
import * as service from './service.ts';

type WithId<T = unknown> = FastifyRequest<{ Params: { id: string } } & T>;
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const OrganisationQuery = Type.Object({ organisationId: Type.String({ format: 'uuid' }) });
const download = (
  reply: FastifyReply,
  contentType: string,
  fileName: string,
  body: Buffer | string,
) => sendFile(reply, { contentType, fileName: safeFileName(fileName), body });

function issueRoutes(ctx: Context, app: FastifyInstance) {
  app.get('/api/certificates/sessions', {
    config: { policy: 'certificate.issue' },
    schema: {
      tags: ['certificates'],
      summary:
        'The jury sessions of the certifier with signed decisions, and how many have a document.',
      response: { 200: Type.Array(schemas.SessionToIssue), ...errors(401, 403) },
    },
    handler: async (request) => service.listSessionsToIssue(ctx, requireActor(request)),
  });

  app.post('/api/certificates/batches', {
    config: { policy: 'certificate.issue' },
    schema: {
      tags: ['certificates'],
      summary:
        'Issue the certificates and attestations of a signed jury session, in the background: ' +
        'answers the batch to poll. Decisions that already have a document are skipped.',
      body: Type.Object({
        sessionId: Type.String({ format: 'uuid' }),
        signatory: Type.Optional(
          Type.Object({
            name: Type.Optional(Type.String({ maxLength: 200 })),
            quality: Type.Optional(Type.String({ maxLength: 200 })),
          }),
        ),
      }),
      response: { 202: schemas.BatchProgress, ...errors(400, 401, 403, 404) },
    },
    handler: async (
      request: FastifyRequest<{
        Body: { sessionId: string; signatory?: { name?: string; quality?: string } };
      }>,
      reply,
    ) => {
      const { sessionId, signatory } = request.body;
      const batch = await startSessionIssuance(ctx, requireActor(request), sessionId, {
        ...(signatory ? { signatory } : {}),
      });
      return reply.status(202).send(batch);
    },
  });

  app.get('/api/certificates/batches/:id', {
    config: { policy: 'certificate.issue' },
    schema: {
      tags: ['certificates'],
      summary: "A batch's progress: documents to issue, issued, skipped, and how it ended.",
      params: IdParams,
      response: { 200: schemas.BatchProgress, ...errors(401, 403, 404) },
    },
    handler: async (request: WithId) =>
      batchProgressFor(ctx, requireActor(request), request.params.id),
  });

  app.get('/api/certificates', {
    config: { policy: 'certificate.issue' },
    schema: {
      tags: ['certificates'],
      summary:
        "The certifier's certificates and attestations, newest first; of one session if given.",
      querystring: Type.Object({ sessionId: Type.Optional(Type.String({ format: 'uuid' })) }),
      response: { 200: Type.Array(schemas.CertificateSummary), ...errors(401, 403) },
    },
    handler: async (request: FastifyRequest<{ Querystring: { sessionId?: string } }>) =>
      service.listCertificates(ctx, requireActor(request), request.query.sessionId),
  });

  app.get('/api/certificates/sessions/:id/pdf', {
    config: { policy: 'certificate.issue' },
    schema: {
      tags: ['certificates'],
      summary: 'Every document in force of a session in one PDF, one page each, to print.',
      params: IdParams,
      response: {
        200: binaryResponse('application/pdf', 'The documents'),
        ...errors(401, 403, 404, 503),
      },
    },
    handler: async (request: WithId, reply) => {
      const { date, pdf } = await service.sessionPdf(ctx, requireActor(request), request.params.id);
      return download(reply, 'application/pdf', `certificats-jury-${date}.pdf`, pdf);
    },
  });

  app.post('/api/certificates/:id/revocation', {
    config: { policy: 'certificate.revoke' },
    schema: {
      tags: ['certificates'],
      summary:
        'Revoke a document with a reason: its bit is set in its status list, which is signed ' +
        'again; the verification page then says revoked, with the reason.',
      params: IdParams,
      body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: MAX_REASON_LENGTH }) }),
      response: {
        200: Type.Object({
          id: Type.String(),
          number: Type.String(),
          revokedAt: Type.String(),
          reason: Type.String(),
        }),
        ...errors(400, 401, 403, 404, 409),
      },
    },
    handler: async (request: WithId<{ Body: { reason: string } }>) =>
      revokeCertificate(ctx, requireActor(request), request.params.id, request.body.reason),
  });
}

function holderRoutes(ctx: Context, app: FastifyInstance) {
  app.get('/api/certificates/mine', {
    config: { policy: 'certificate.read_own' },
    schema: {
      tags: ['certificates'],
      summary: "The signed-in holder's own certificates and attestations.",
      response: { 200: Type.Array(schemas.CertificateSummary), ...errors(401, 403) },
    },
    handler: async (request) => service.myCertificates(ctx, requireActor(request)),
  });

  app.get('/api/certificates/:id/pdf', {
    config: { policy: 'certificate.read' },
    schema: {
      tags: ['certificates'],
      summary: 'The PDF of a document, for its certifier and its holder.',
      params: IdParams,
      response: {
        200: binaryResponse('application/pdf', 'The document'),
        ...errors(401, 403, 404, 503),
      },
    },
    handler: async (request: WithId, reply) => {
      const { number, pdf } = await service.certificatePdf(
        ctx,
        requireActor(request),
        request.params.id,
      );
      return download(reply, 'application/pdf', `${number}.pdf`, pdf);
    },
  });

  app.get('/api/certificates/:id/credential', {
    config: { policy: 'certificate.read' },
    schema: {
      tags: ['certificates'],
      summary:
        'The signed Open Badges 3.0 credential of a document (JSON), for its certifier and its holder.',
      params: IdParams,
      response: {
        200: binaryResponse('application/ld+json', 'The OpenBadgeCredential'),
        ...errors(401, 403, 404),
      },
    },
    handler: async (request: WithId, reply) => {
      const { number, credential } = await service.certificateCredential(
        ctx,
        requireActor(request),
        request.params.id,
      );
      return download(
        reply,
        'application/ld+json; charset=utf-8',
        `${number}.json`,
        JSON.stringify(credential, null, 2),
      );
    },
  });
}

function keyAndStatisticsRoutes(ctx: Context, app: FastifyInstance) {
  app.get('/api/certificates/keys', {
    config: { policy: 'certificate.keys' },
    schema: {
      tags: ['certificates'],
      summary:
        "The certifier's signing keys: the active one and the retired ones that still verify.",
      querystring: OrganisationQuery,
      response: { 200: schemas.SigningKeys, ...errors(400, 401, 403, 404) },
    },
    handler: async (request: FastifyRequest<{ Querystring: { organisationId: string } }>) =>
      service.signingKeys(ctx, requireActor(request), request.query.organisationId),
  });

  app.post('/api/certificates/keys/rotation', {
    config: { policy: 'certificate.keys' },
    schema: {
      tags: ['certificates'],
      summary:
        'Rotate the signing key: a new key signs from now on; the old one is retired and stays ' +
        'published, so that what it signed keeps verifying.',
      body: OrganisationQuery,
      response: { 200: schemas.SigningKeys, ...errors(400, 401, 403, 404) },
    },
    handler: async (request: FastifyRequest<{ Body: { organisationId: string } }>) =>
      service.rotateSigningKey(ctx, requireActor(request), request.body.organisationId),
  });

  app.get('/api/statistics/certificates', {
    config: { policy: 'statistics.read' },
    schema: {
      tags: ['statistics'],
      summary:
        'Certificates and attestations per year, certification and company; pass rate and ' +
        'distribution of the percentages of each domain or bloc among signed decisions.',
      response: { 200: schemas.Statistics, ...errors(401, 403) },
    },
    handler: async (request) => service.statistics(ctx, requireActor(request)),
  });

  app.get('/api/statistics/certificates/csv', {
    config: { policy: 'statistics.read' },
    schema: {
      tags: ['statistics'],
      summary: 'One table of the statistics as CSV (French: ";" and a decimal comma).',
      querystring: Type.Object({
        table: schemas.StatisticsTable,
        lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
      }),
      response: { 200: binaryResponse('text/csv', 'The table'), ...errors(400, 401, 403) },
    },
    handler: async (
      request: FastifyRequest<{ Querystring: { table: Table; lang?: 'fr' | 'en' } }>,
      reply,
    ) => {
      const { table, lang = 'fr' } = request.query;
      const csv = await service.statisticsTableCsv(ctx, requireActor(request), table, lang);
      return download(reply, 'text/csv; charset=utf-8', `statistiques-${table}.csv`, csv);
    },
  });
}

export function certificateRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    issueRoutes(ctx, app);
    holderRoutes(ctx, app);
    keyAndStatisticsRoutes(ctx, app);
    await app.register(publicCertificateRoutes(ctx));
  };
}
