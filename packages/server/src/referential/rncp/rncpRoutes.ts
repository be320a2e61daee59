// HTTP of the RNCP / RS import (issue 18, item 5): POST /api/referentials/import takes the XML
// flux or the CSV zip as a stream (these content types are not buffered in this plugin), and
// GET /api/referentials/imports/:id follows the import it started.
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { requireActor } from '../../platform/http/authorization.ts';
import { errors, ProblemSchema } from '../../platform/http/schemas.ts';
import { rncpImportProgress, startRncpUpload } from './importRncpUpload.ts';

const XML = ['application/xml', 'text/xml'];
const ZIP = ['application/zip'];

const Text = Type.Object({ fr: Type.String(), en: Type.String() });

export const RncpImportProgressSchema = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  fileName: Type.String(),
  bytesTotal: Type.Integer(),
  bytesRead: Type.Integer(),
  fiches: Type.Integer(),
  startedAt: Type.String(),
  finishedAt: Type.Optional(Type.String()),
  report: Type.Optional(
    Type.Object({
      fiches: Type.Integer(),
      imported: Type.Integer(),
      kept: Type.Array(Type.String()),
      warnings: Type.Array(ProblemSchema),
    }),
  ),
  error: Type.Optional(
    Type.Object({
      code: Type.String(),
      message: Text,
      path: Type.Optional(Type.String()),
      problems: Type.Optional(Type.Array(ProblemSchema)),
    }),
  ),
});

const isStream = (body: unknown): body is Readable =>
  typeof (body as Readable | undefined)?.pipe === 'function';

/**
 * The RNCP upload of this request, to start, or undefined when the body is a referential
 * file (JSON, YAML). format=rncp with another body is refused.
 */
export function rncpUpload(
  request: FastifyRequest<{ Querystring: { format?: string; fileName?: string } }>,
) {
  const body = request.body;
  if (!isStream(body)) {
    if (request.query.format !== 'rncp') return undefined;
    throw new AppError(
      'validation_failed',
      {
        fr: 'Un export RNCP s’envoie en application/xml (flux XML) ou application/zip (export CSV).',
        en: 'An RNCP export is sent as application/xml (XML flux) or application/zip (CSV export).',
      },
      'headers/content-type',
    );
  }
  const type = String(request.headers['content-type'] ?? '');
  const format = ZIP.some((z) => type.startsWith(z)) ? ('zip' as const) : ('xml' as const);
  const fileName = request.query.fileName ?? `export.${format}`;
  return (ctx: Context, actorId: string) =>
    startRncpUpload(ctx, actorId, body, { format, fileName });
}

export function rncpImportRoutes(ctx: Context, app: FastifyInstance) {
  // In this plugin only: the export may be ~500 MB, written to disk as it arrives.
  app.removeContentTypeParser([...XML, ...ZIP]);
  app.addContentTypeParser([...XML, ...ZIP], (_request, payload, done) => done(null, payload));

  app.get('/api/referentials/imports/:id', {
    config: { policy: 'referential.import' },
    schema: {
      tags: ['referentials'],
      summary:
        'The progress of an RNCP/RS import you started: bytes read, fiches stored; at the end its report, or its located problems (then nothing was stored).',
      params: Type.Object({ id: Type.String() }),
      response: { 200: RncpImportProgressSchema, ...errors(401, 403, 404) },
    },
    handler: async (request: FastifyRequest<{ Params: { id: string } }>) =>
      rncpImportProgress(ctx, requireActor(request).userId, request.params.id),
  });
}
