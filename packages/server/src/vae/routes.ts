// HTTP of the VAE booklet (issue 6, item 5): the candidate reads and writes it (autosave on a
// revision, submission), attaches and removes technical documents; its readers (the jury of
// the candidate's session, the company's pilot, the certifier) read it and download them; the
// certifier or the company's pilot re-opens a submitted one with a reason.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { binaryResponse, sendFile } from '../platform/http/files.ts';
import { IdParams, Nullable, type WithId } from '../platform/http/params.ts';
import { errors } from '../platform/http/schemas.ts';
import { attachDocument, downloadDocument, removeDocument } from './bookletDocuments.ts';
import { reopenBooklet } from './reopenBooklet.ts';
import { bookletView, saveAnswers, submitBooklet } from './writeBooklet.ts';

const tags = ['vae'];

const Document = Type.Object({
  id: Type.String(),
  sectionId: Nullable(Type.String()),
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  createdAt: Type.String(),
});

const Question = Type.Object({ id: Type.String(), type: Type.String(), stem: Type.String() });

const BookletView = Type.Object({
  candidateId: Type.String(),
  candidateName: Type.String(),
  instrument: Type.Object({ key: Type.String(), version: Type.String() }),
  booklet: Type.Object({
    id: Type.String(),
    version: Type.String(),
    title: Type.String(),
    description: Type.Optional(Type.String()),
    sections: Type.Array(
      Type.Object({
        id: Type.String(),
        title: Type.Optional(Type.String()),
        items: Type.Array(Question),
      }),
    ),
  }),
  status: Type.Union([Type.Literal('draft'), Type.Literal('submitted')]),
  responses: Type.Record(
    Type.String(),
    Type.Object({ kind: Type.Literal('text'), text: Type.String() }),
  ),
  revision: Type.Integer({ description: '0 before the first save' }),
  submittedAt: Nullable(Type.String()),
  documents: Type.Array(Document),
  canWrite: Type.Boolean(),
  canReopen: Type.Boolean({ description: 'The reader may re-open the submitted booklet now' }),
  reopening: Nullable(
    Type.Object(
      { at: Type.String(), by: Type.String(), reason: Type.String() },
      { description: 'On a draft submitted before: its last re-opening' },
    ),
  ),
});

/** A submission or a re-opening: the booklet's new revision and status, and the file's. */
const StatusChange = (status: 'submitted' | 'draft') =>
  Type.Object({
    revision: Type.Integer(),
    status: Type.Literal(status),
    fileStatus: Type.String({ description: 'The file’s state afterwards' }),
  });

const DocumentParams = Type.Object({ id: Type.String(), documentId: Type.String() });
type DocumentRequest = FastifyRequest<{ Params: { id: string; documentId: string } }>;
type UploadRequest = FastifyRequest<{
  Params: { id: string };
  Querystring: { fileName: string; section?: string };
}>;

/** The document kinds sent as their own type; any other file as application/octet-stream. */
const UPLOAD_NOTE =
  'The file is the body, as application/octet-stream (or application/pdf, image/png, image/jpeg). PDF, PNG, JPEG and office documents (docx, xlsx, pptx, odt, ods, odp, doc, xls, ppt) of at most 10 MB are accepted, 20 per booklet; any other is refused (document_refused) with a message naming the file.';

export function vaeRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/candidates/:id/vae-booklet', {
      config: { policy: 'vae_booklet.read' },
      schema: {
        tags,
        summary: 'The VAE booklet of a candidate: its questions, the answers, the documents.',
        params: IdParams,
        response: { 200: BookletView, ...errors(401, 403, 404) },
      },
      handler: async (request: WithId) =>
        bookletView(ctx, requireActor(request), request.params.id),
    });

    app.put('/api/candidates/:id/vae-booklet/responses', {
      config: { policy: 'vae_booklet.write' },
      schema: {
        tags,
        summary:
          'Save the answers (autosave). Refused with 409 when the revision is not the latest: nothing is overwritten.',
        params: IdParams,
        body: Type.Object({
          responses: Type.Record(Type.String(), Type.Unknown()),
          revision: Type.Integer({ minimum: 0, description: 'The revision read; 0 at first' }),
        }),
        response: {
          200: Type.Object({ revision: Type.Integer(), savedAt: Type.String() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) =>
        saveAnswers(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as { responses: Record<string, unknown>; revision: number },
        ),
    });

    app.post('/api/candidates/:id/vae-booklet/submit', {
      config: { policy: 'vae_booklet.write' },
      schema: {
        tags,
        summary:
          'Submit the booklet once every question is answered: it no longer changes, and the file goes before the jury.',
        params: IdParams,
        body: Type.Object({ revision: Type.Integer({ minimum: 1 }) }),
        response: {
          200: StatusChange('submitted'),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) =>
        submitBooklet(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as { revision: number },
        ),
    });

    app.post('/api/candidates/:id/vae-booklet/reopen', {
      config: { policy: 'vae_booklet.reopen' },
      schema: {
        tags,
        summary:
          'Re-open a submitted booklet for the candidate, with a written reason, before the jury has decided or begun: it becomes a draft on the next revision and the file leaves the jury until it is submitted again.',
        params: IdParams,
        body: Type.Object({
          reason: Type.String({ maxLength: 2000 }),
          revision: Type.Integer({ minimum: 1, description: 'The revision read' }),
        }),
        response: {
          200: StatusChange('draft'),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) =>
        reopenBooklet(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as { reason: string; revision: number },
        ),
    });

    app.post('/api/candidates/:id/vae-booklet/documents', {
      config: { policy: 'vae_booklet.write' },
      schema: {
        tags,
        summary: 'Attach a technical document to the booklet, optionally to one section.',
        description: UPLOAD_NOTE,
        params: IdParams,
        querystring: Type.Object({
          fileName: Type.String({ minLength: 1, maxLength: 300 }),
          section: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
        }),
        response: { 201: Document, ...errors(400, 401, 403, 404, 409) },
      },
      handler: async (request: UploadRequest, reply) => {
        const { fileName, section } = request.query;
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const document = await attachDocument(ctx, requireActor(request), request.params.id, {
          fileName,
          ...(section && { sectionId: section }),
          body,
        });
        return reply.code(201).send(document);
      },
    });

    app.get('/api/candidates/:id/vae-booklet/documents/:documentId', {
      config: { policy: 'vae_booklet.read' },
      schema: {
        tags,
        summary: 'Download one document of the booklet, as it was attached.',
        params: DocumentParams,
        response: {
          200: binaryResponse('application/octet-stream', 'The document, in its own type'),
          ...errors(401, 403, 404),
        },
      },
      handler: async (request: DocumentRequest, reply) =>
        sendFile(
          reply,
          await downloadDocument(
            ctx,
            requireActor(request),
            request.params.id,
            request.params.documentId,
          ),
        ),
    });

    app.delete('/api/candidates/:id/vae-booklet/documents/:documentId', {
      config: { policy: 'vae_booklet.write' },
      schema: {
        tags,
        summary: 'Remove a document before the booklet is submitted.',
        params: DocumentParams,
        response: { 204: Type.Null(), ...errors(401, 403, 404, 409) },
      },
      handler: async (request: DocumentRequest, reply) => {
        await removeDocument(
          ctx,
          requireActor(request),
          request.params.id,
          request.params.documentId,
        );
        return reply.code(204).send();
      },
    });
  };
}
