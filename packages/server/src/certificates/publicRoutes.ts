// The public side of certificates (policy 'public', no account): verifying a document by its
// number, verifying an uploaded Open Badges 3.0 credential, and what a verifier elsewhere needs
// to check our credentials — each certifier's issuer profile (with its keys) at its issuer id,
// the signed status lists, and the achievements they name (JSON-LD or a page). Lookups are rate-limited, so that numbers cannot be read in bulk.

import { NUMBER_PATTERN } from '@certeval/core/certificates/index';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { errors } from '../platform/http/schemas.ts';
import { enforceLimits } from '../platform/rateLimit.ts';
import { achievementPage, pageLanguage } from './achievementPage.ts';
import { publishedAchievementOf } from './achievements.ts';
import * as schemas from './schemas.ts';
import { publishedProfile } from './signingKeys.ts';
import { publishedStatusList } from './statusLists.ts';
import { tooLarge, verifyNumber, verifyUpload } from './verifyCertificates.ts';

/** The largest credential accepted for verification; ours are about 6 KB. */
export const MAX_UPLOAD_BYTES = 256 * 1024;

const jsonLd = (description: string) => ({
  description,
  content: { 'application/ld+json': { schema: { type: 'object', additionalProperties: true } } },
});

export function publicCertificateRoutes(ctx: Context) {
  // Counted per network address in the database, so that every instance counts together
  // (platform/rateLimit.ts); before the body is read.
  const lookups = {
    onRequest: async (request: FastifyRequest) =>
      enforceLimits(ctx, [
        {
          key: `public-lookup:${request.ip}`,
          limit: ctx.config.publicLookupsPerMinute,
          windowSeconds: 60,
        },
      ]),
  };
  return async (app: FastifyInstance) => {
    // The upload is read as text here, so that malformed JSON is a failed check of the
    // verification (with its reason), not a refused request.
    app.removeContentTypeParser(['application/json', 'text/plain']);
    app.addContentTypeParser(
      ['application/json', 'application/ld+json', 'text/plain'],
      { parseAs: 'string', bodyLimit: 4 * MAX_UPLOAD_BYTES },
      (_request, body, done) => done(null, body),
    );

    app.get('/api/public/certificates/:number', {
      config: { policy: 'public' },
      ...lookups,
      schema: {
        tags: ['public'],
        summary:
          'Verify a certificate or attestation by its number (no account): holder, certification, ' +
          'dates, status (valid; suspended while its decision is reopened, or revoked, each with ' +
          'its reason; expired; not verified; invalid) and the check of its credential, whose ' +
          'revocation and suspension status lists are read.',
        params: Type.Object({ number: Type.String({ pattern: NUMBER_PATTERN }) }),
        response: { 200: schemas.PublicCertificate, ...errors(400, 404, 429) },
      },
      handler: async (request: FastifyRequest<{ Params: { number: string } }>) =>
        verifyNumber(ctx, request.params.number),
    });

    app.post('/api/public/verify', {
      config: { policy: 'public' },
      ...lookups,
      schema: {
        tags: ['public'],
        summary:
          'Verify any Open Badges 3.0 credential (JSON, at most 256 KB): every check with its ' +
          'reason in French and English, and the verdict: valid only when signed with a key its ' +
          'issuer publishes (ours from our database; others from their did:web document or ' +
          'issuer profile, fetched over https with a short timeout and cached), intact, in force ' +
          'and neither revoked nor suspended in its status list; invalid when tampered, revoked, ' +
          'suspended, expired or malformed; not verified when the issuer or the status cannot ' +
          'be established.',
        body: { type: 'string', description: 'The credential as JSON text' },
        response: { 200: schemas.UploadVerification, ...errors(400, 429) },
      },
      handler: async (request: FastifyRequest<{ Body: string }>) => {
        const body = typeof request.body === 'string' ? request.body : '';
        if (Buffer.byteLength(body, 'utf8') > MAX_UPLOAD_BYTES) {
          throw new AppError('validation_failed', tooLarge(MAX_UPLOAD_BYTES), 'body');
        }
        return verifyUpload(ctx, body);
      },
    });

    app.get('/api/public/issuers/:organisationId', {
      config: { policy: 'public' },
      schema: {
        tags: ['public'],
        summary:
          "A certifier's issuer profile, published at the issuer id of its credentials: its " +
          'name and its current and retired keys (Multikey, Ed25519) as assertion methods; a ' +
          'revoked key is left out.',
        params: Type.Object({ organisationId: Type.String({ format: 'uuid' }) }),
        response: {
          200: jsonLd('The issuer profile (a controller document)'),
          ...errors(400, 404),
        },
      },
      handler: async (request: FastifyRequest<{ Params: { organisationId: string } }>, reply) => {
        const document = await publishedProfile(ctx, request.params.organisationId);
        if (!document) throw new AppError('not_found');
        return reply.type('application/ld+json').send(JSON.stringify(document));
      },
    });

    app.get('/api/public/achievements/:certification/:kind', {
      config: { policy: 'public' },
      schema: {
        tags: ['public'],
        summary:
          'The achievement our credentials name (Open Badges 3.0): JSON-LD (the Achievement: ' +
          'name, description, criteria, alignments to our CASE service, a result description ' +
          'per bloc or domain and for the decision, each at its #result-<code> anchor) when ' +
          'asked for application/ld+json or application/json; an HTML page otherwise.',
        params: Type.Object({
          certification: Type.String({ minLength: 1, maxLength: 200 }),
          kind: Type.Union([Type.Literal('certificate'), Type.Literal('attestation')]),
        }),
        response: {
          200: {
            description: 'The Achievement (JSON-LD) or its page (HTML)',
            content: {
              'application/ld+json': { schema: { type: 'object', additionalProperties: true } },
              'text/html': { schema: { type: 'string' } },
            },
          },
          ...errors(400, 404),
        },
      },
      handler: async (
        request: FastifyRequest<{
          Params: { certification: string; kind: 'certificate' | 'attestation' };
        }>,
        reply,
      ) => {
        const { certification, kind } = request.params;
        const achievement = await publishedAchievementOf(ctx, certification, kind);
        if (!achievement) throw new AppError('not_found');
        reply.header('vary', 'Accept, Accept-Language');
        if (/application\/(ld\+)?json/i.test(request.headers.accept ?? '')) {
          return reply.type('application/ld+json').send(JSON.stringify(achievement));
        }
        const language = pageLanguage(request.headers['accept-language']);
        return reply.type('text/html; charset=utf-8').send(achievementPage(achievement, language));
      },
    });

    app.get('/api/public/status-lists/:id', {
      config: { policy: 'public' },
      schema: {
        tags: ['public'],
        summary: "A certifier's Bitstring Status List credential (revocations), signed.",
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: jsonLd('The BitstringStatusListCredential'), ...errors(400, 404) },
      },
      handler: async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
        const list = await publishedStatusList(ctx, request.params.id);
        if (!list) throw new AppError('not_found');
        return reply.type('application/ld+json').send(JSON.stringify(list));
      },
    });
  };
}
