// HTTP of recording evaluations: open, save (autosave, revision-checked), submit, history.
import { checkNewEvaluation, NewEvaluationSchema } from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { imageResponse, sendImage } from '../instruments/imageReply.ts';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { formBody } from '../platform/http/formValidation.ts';
import { Day, IdParams, Revision, type WithId } from '../platform/http/params.ts';
import { errors } from '../platform/http/schemas.ts';
import * as bulk from './bulk.ts';
import * as dossier from './dossier.ts';
import * as online from './online.ts';
import * as service from './service.ts';
import type { SheetFormat } from './sheets.ts';

const SHEET_TYPES: Record<SheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const Summary = Type.Object({
  id: Type.String(),
  instrument: Type.Object({ key: Type.String(), version: Type.String(), title: Type.String() }),
  kind: Type.String(),
  date: Type.String(),
  status: Type.String(),
  evaluatorName: Type.String(),
  evaluatorRole: Type.String(),
  itemCount: Type.Integer(),
  mine: Type.Boolean(),
  revision: Type.Integer(),
});

// Item results are checked against their instrument by the service, which lists every
// problem with its place; the route only takes their shape loosely.
const LooseItem = Type.Object({
  item: Type.String({ minLength: 1 }),
  percentage: Type.Optional(Type.Number()),
  points: Type.Optional(Type.Number()),
  outcome: Type.Optional(Type.Union([Type.Literal('acquis'), Type.Literal('non_acquis')])),
  comment: Type.Optional(Type.String({ maxLength: 5000 })),
});

type SheetRequest = FastifyRequest<{
  Params: { key: string; version: string };
  Querystring: { format?: SheetFormat; file?: string };
}>;

/** An evaluation to open on a candidate: filled by its evaluator, or taken online. */
const NewEvaluation = NewEvaluationSchema;
const Opened = Type.Object({ id: Type.String(), revision: Type.Integer() });

export function evaluationRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/instruments/:key/versions/:version/sheet', {
      config: { policy: 'evaluation.record' },
      schema: {
        tags: ['evaluations'],
        summary:
          'The spreadsheet template of an instrument (XLSX or CSV), one row per candidate you evaluate.',
        params: Type.Object({ key: Type.String(), version: Type.String() }),
        querystring: Type.Object({
          format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')])),
        }),
        response: { ...errors(401, 403, 404) },
      },
      handler: async (request: SheetRequest, reply) => {
        const format = request.query.format ?? 'xlsx';
        const { key, version } = request.params;
        const file = await bulk.template(ctx, requireActor(request), key, version, format);
        return reply
          .type(SHEET_TYPES[format])
          .header('content-disposition', `attachment; filename="${key}-v${version}.${format}"`)
          .send(file);
      },
    });

    app.post('/api/instruments/:key/versions/:version/sheet', {
      config: { policy: 'evaluation.record' },
      schema: {
        tags: ['evaluations'],
        summary:
          'Import a filled template (body: the XLSX or CSV file). All or nothing: every fault is listed with its sheet, row and column.',
        params: Type.Object({ key: Type.String(), version: Type.String() }),
        querystring: Type.Object({
          format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('csv')])),
          file: Type.Optional(Type.String({ maxLength: 300 })),
        }),
        response: {
          200: Type.Object({
            imported: Type.Integer(),
            submitted: Type.Integer(),
            drafts: Type.Integer(),
            evaluations: Type.Array(Type.String()),
          }),
          ...errors(400, 401, 403, 404, 409, 413, 503),
        },
      },
      handler: async (request: SheetRequest) => {
        const type = String(request.headers['content-type'] ?? '');
        const format: SheetFormat =
          request.query.format ?? (type.startsWith('text/csv') ? 'csv' : 'xlsx');
        const body = Buffer.isBuffer(request.body)
          ? request.body
          : Buffer.from(String(request.body ?? ''));
        return bulk.importSheet(ctx, requireActor(request), {
          key: request.params.key,
          version: request.params.version,
          body,
          format,
          ...(request.query.file && { fileName: request.query.file }),
        });
      },
    });

    app.get('/api/candidates/:id/dossier', {
      config: { policy: 'dossier.export' },
      schema: {
        tags: ['evaluations'],
        summary:
          "A candidate's evaluation record as JSON (data/schemas/evaluation-record.schema.json): identity, certification, every submitted evaluation.",
        params: IdParams,
        response: { ...errors(401, 403, 404) },
      },
      handler: async (request: WithId) => {
        return dossier.exportDossierFor(ctx, requireActor(request), request.params.id);
      },
    });

    app.post('/api/projects/:id/dossiers', {
      config: { policy: 'dossier.import' },
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags: ['evaluations'],
        summary:
          'Import an evaluation record into a project: the candidate is found or enrolled, each evaluation added once. All or nothing.',
        params: IdParams,
        body: { description: 'An evaluation record (data/schemas/evaluation-record.schema.json).' },
        response: {
          200: Type.Object({
            candidateId: Type.String(),
            candidateCreated: Type.Boolean(),
            imported: Type.Integer(),
            skipped: Type.Integer(),
          }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) => {
        return dossier.importDossierFor(
          ctx,
          requireActor(request),
          request.params.id,
          request.body,
        );
      },
    });

    app.get('/api/candidates/:id/evaluations', {
      config: { policy: 'candidate.read' },
      schema: {
        tags: ['evaluations'],
        summary: "A candidate's evaluations: positioning, continuous, final.",
        params: IdParams,
        response: { 200: Type.Array(Summary), ...errors(401, 403, 404) },
      },
      handler: async (request: WithId) =>
        service.listEvaluations(ctx, requireActor(request), request.params.id),
    });

    app.post('/api/candidates/:id/evaluations', {
      config: { policy: 'evaluation.record' },
      schema: {
        tags: ['evaluations'],
        summary:
          'Open an evaluation of the candidate on a published instrument, as their tutor, trainer or jury member.',
        params: IdParams,
        body: NewEvaluation,
        response: { 201: Opened, ...errors(400, 401, 403, 404, 409) },
      },
      // The form's check from core: every problem at once, in people's words.
      ...formBody(checkNewEvaluation),
      handler: async (request: WithId, reply) => {
        reply.code(201);
        return service.startEvaluation(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as Parameters<typeof service.startEvaluation>[3],
        );
      },
    });

    app.post('/api/candidates/:id/questionnaires', {
      config: { policy: 'evaluation.record' },
      schema: {
        tags: ['evaluations'],
        summary: 'Assign a questionnaire the candidate takes online (their trainer).',
        params: IdParams,
        body: NewEvaluation,
        response: { 201: Opened, ...errors(400, 401, 403, 404, 409) },
      },
      // The form's check from core: every problem at once, in people's words.
      ...formBody(checkNewEvaluation),
      handler: async (request: WithId, reply) => {
        reply.code(201);
        return online.assignQuestionnaire(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as Parameters<typeof online.assignQuestionnaire>[3],
        );
      },
    });

    const Taking = Type.Object({
      id: Type.String(),
      status: Type.String(),
      questionnaire: Type.Unknown(),
      responses: Type.Record(Type.String(), Type.Unknown()),
      startedAt: Type.Union([Type.String(), Type.Null()]),
      dueAt: Type.Union([Type.String(), Type.Null()]),
      secondsLeft: Type.Union([Type.Integer(), Type.Null()]),
      revision: Type.Integer(),
    });

    app.get('/api/evaluations/:id/take', {
      config: { policy: 'evaluation.take' },
      schema: {
        tags: ['evaluations'],
        summary: 'The questionnaire as the candidate sees it (no answer keys), with their answers.',
        params: IdParams,
        response: { 200: Taking, ...errors(401, 403, 404, 409) },
      },
      handler: async (request: WithId) =>
        online.takeView(ctx, requireActor(request), request.params.id),
    });

    app.get('/api/evaluations/:id/images/:name', {
      config: { policy: 'evaluation.take' },
      schema: {
        tags: ['evaluations'],
        summary: 'A picture of the questionnaire being taken, shown with its item.',
        params: Type.Object({ id: Type.String(), name: Type.String() }),
        response: { 200: imageResponse, ...errors(401, 403, 404, 409) },
      },
      handler: async (request: FastifyRequest<{ Params: { id: string; name: string } }>, reply) => {
        const { id, name } = request.params;
        return sendImage(reply, await online.takeImage(ctx, requireActor(request), id, name));
      },
    });

    app.post('/api/evaluations/:id/start', {
      config: { policy: 'evaluation.take' },
      schema: {
        tags: ['evaluations'],
        summary: 'Start the questionnaire; a timed one gets its deadline now.',
        params: IdParams,
        response: { 200: Taking, ...errors(401, 403, 404, 409) },
      },
      handler: async (request: WithId) =>
        online.startQuestionnaire(ctx, requireActor(request), request.params.id),
    });

    app.put('/api/evaluations/:id/responses', {
      config: { policy: 'evaluation.take' },
      schema: {
        tags: ['evaluations'],
        summary: 'Save the answers so far (resumable); refused once the time is up.',
        params: IdParams,
        body: Type.Object({
          responses: Type.Record(Type.String(), Type.Unknown()),
          revision: Revision,
        }),
        response: {
          200: Type.Object({ revision: Type.Integer(), savedAt: Type.String() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) =>
        online.saveResponses(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as { responses: Record<string, unknown>; revision: number },
        ),
    });

    app.post('/api/evaluations/:id/finish', {
      config: { policy: 'evaluation.take' },
      schema: {
        tags: ['evaluations'],
        summary:
          'Finish the questionnaire: closed items are scored now, open answers await the trainer.',
        params: IdParams,
        body: Type.Object({ revision: Revision }),
        response: {
          200: Type.Object({
            revision: Type.Integer(),
            status: Type.String(),
            pending: Type.Array(Type.String()),
            domains: Type.Array(
              Type.Object({
                domain: Type.Union([Type.String(), Type.Null()]),
                percentage: Type.Number(),
                final: Type.Boolean(),
              }),
            ),
          }),
          ...errors(401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) =>
        online.finishQuestionnaire(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as { revision: number },
        ),
    });

    app.get('/api/evaluations/:id', {
      config: { policy: 'candidate.read' },
      schema: {
        tags: ['evaluations'],
        summary: 'One evaluation with its instrument and item results.',
        params: IdParams,
        response: { ...errors(401, 403, 404) },
      },
      handler: async (request: WithId) =>
        service.getEvaluation(ctx, requireActor(request), request.params.id),
    });

    app.put('/api/evaluations/:id', {
      config: { policy: 'evaluation.record' },
      schema: {
        tags: ['evaluations'],
        summary:
          'Save the item results (autosave). Refused with 409 when the revision is not the latest: nothing is overwritten.',
        params: IdParams,
        body: Type.Object({
          items: Type.Array(LooseItem, { maxItems: 2000 }),
          comment: Type.Optional(Type.Union([Type.String({ maxLength: 20000 }), Type.Null()])),
          date: Type.Optional(Day),
          revision: Revision,
        }),
        response: {
          200: Type.Object({ revision: Type.Integer(), savedAt: Type.String() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) =>
        service.saveEvaluation(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as Parameters<typeof service.saveEvaluation>[3],
        ),
    });

    app.post('/api/evaluations/:id/submit', {
      config: { policy: 'evaluation.record' },
      schema: {
        tags: ['evaluations'],
        summary: 'Submit an evaluation once every item is rated; it no longer changes.',
        params: IdParams,
        body: Type.Object({ revision: Revision }),
        response: {
          200: Type.Object({ revision: Type.Integer() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) =>
        service.submitEvaluation(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as { revision: number },
        ),
    });

    app.get('/api/evaluations/:id/history', {
      config: { policy: 'candidate.read' },
      schema: {
        tags: ['evaluations'],
        summary: 'Every change of the evaluation: who, when, each item before and after.',
        params: IdParams,
        response: {
          200: Type.Array(
            Type.Object({
              at: Type.String(),
              action: Type.String(),
              actorName: Type.Union([Type.String(), Type.Null()]),
              data: Type.Record(Type.String(), Type.Unknown()),
            }),
          ),
          ...errors(401, 403, 404),
        },
      },
      handler: async (request: WithId) =>
        service.historyOf(ctx, requireActor(request), request.params.id),
    });
  };
}
