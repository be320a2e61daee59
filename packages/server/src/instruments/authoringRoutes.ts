// HTTP of instrument authoring (issue 4, item 4): create, clone for a company, save a draft,
// publish, start a new version; and downloads: the paper form as PDF, a questionnaire as a QTI
// 3.0 package. Each route checks the policy of its action; the use case then checks it on the
// instrument itself (a national one needs instrument.write, a company's instrument.adapt).
import { CloneFormSchema, checkClone } from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { binaryResponse, sendFile } from '../platform/http/files.ts';
import { formBody } from '../platform/http/formValidation.ts';
import { errors } from '../platform/http/schemas.ts';
import { cloneInstrument } from './cloneInstrument.ts';
import { createInstrument } from './createInstrument.ts';
import { imageResponse, sendImage } from './imageReply.ts';
import { importQtiQuestionnaire } from './importQti.ts';
import { instrumentImage, instrumentPdf, instrumentQtiPackage } from './instrumentFiles.ts';
import { publishInstrument } from './publishInstrument.ts';
import { saveInstrument } from './saveInstrument.ts';
import { startNewVersion } from './startNewVersion.ts';

const Params = Type.Object({ key: Type.String(), version: Type.String() });
type WithParams<T = object> = FastifyRequest<{ Params: { key: string; version: string } } & T>;

/** Checked by core, not by the route: its problems come back located (400 instrument_invalid). */
const InstrumentBody = Type.Record(Type.String(), Type.Unknown(), {
  description:
    'An instrument file (data/schemas/instrument.schema.json), checked against the referential ' +
    'it is bound to; problems come back as 400 instrument_invalid, each with its JSON path ($.…).',
});

const Created = Type.Object({
  key: Type.String(),
  version: Type.String(),
  revision: Type.Integer(),
});

const Revision = Type.Integer({ minimum: 1, description: 'The revision read' });

function writeRoutes(ctx: Context, app: FastifyInstance) {
  app.post('/api/instruments', {
    config: { policy: 'instrument.write' },
    schema: {
      tags: ['instruments'],
      summary: 'Create an instrument: a draft, version "1" unless it names one.',
      body: Type.Object({ instrument: InstrumentBody }),
      response: { 201: Created, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request: FastifyRequest<{ Body: { instrument: unknown } }>, reply) =>
      reply
        .status(201)
        .send(await createInstrument(ctx, requireActor(request), request.body.instrument)),
  });

  app.post('/api/instruments/:key/versions/:version/clone', {
    config: { policy: 'instrument.adapt' },
    schema: {
      tags: ['instruments'],
      summary:
        "A draft copy (version 1); with organisationId, that company's adapted instrument, bound " +
        "to the company's variant of the same referential version when it has one.",
      params: Params,
      body: CloneFormSchema,
      response: { 201: Created, ...errors(400, 401, 403, 404, 409) },
    },
    // The form's check from core: every problem at once, in people's words.
    ...formBody(checkClone),
    handler: async (
      request: WithParams<{ Body: { organisationId?: string; key?: string; title?: string } }>,
      reply,
    ) => {
      const { key, version } = request.params;
      const actor = requireActor(request);
      return reply
        .status(201)
        .send(await cloneInstrument(ctx, actor, key, version, request.body ?? {}));
    },
  });

  app.put('/api/instruments/:key/versions/:version', {
    config: { policy: 'instrument.adapt' },
    schema: {
      tags: ['instruments'],
      summary:
        'Save a draft; `revision` must be the one read, else 409 conflict and nothing is ' +
        'overwritten; 409 version_published once published. id, version and status stay the ' +
        "stored ones; the binding cannot change. A national instrument needs instrument.write, a company's instrument.adapt.",
      params: Params,
      body: Type.Object({ instrument: InstrumentBody, revision: Revision }),
      response: {
        200: Type.Object({ revision: Type.Integer() }),
        ...errors(400, 401, 403, 404, 409),
      },
    },
    handler: async (request: WithParams<{ Body: { instrument: unknown; revision: number } }>) =>
      saveInstrument(
        ctx,
        requireActor(request),
        request.params.key,
        request.params.version,
        request.body,
      ),
  });

  app.post('/api/instruments/:key/versions/:version/publish', {
    config: { policy: 'instrument.adapt' },
    schema: {
      tags: ['instruments'],
      summary: 'Publish a draft: from then on it never changes (edit a new version instead).',
      params: Params,
      body: Type.Object({ revision: Revision }),
      response: {
        200: Type.Object({
          key: Type.String(),
          version: Type.String(),
          status: Type.Literal('published'),
          revision: Type.Integer(),
        }),
        ...errors(400, 401, 403, 404, 409),
      },
    },
    handler: async (request: WithParams<{ Body: { revision: number } }>) =>
      publishInstrument(
        ctx,
        requireActor(request),
        request.params.key,
        request.params.version,
        request.body.revision,
      ),
  });

  app.post('/api/instruments/:key/versions/:version/new-version', {
    config: { policy: 'instrument.adapt' },
    schema: {
      tags: ['instruments'],
      summary: 'Start the next version ("2" after "1") as a draft copy of this one.',
      params: Params,
      response: { 201: Created, ...errors(401, 403, 404, 409) },
    },
    handler: async (request: WithParams, reply) =>
      reply
        .status(201)
        .send(
          await startNewVersion(
            ctx,
            requireActor(request),
            request.params.key,
            request.params.version,
          ),
        ),
  });
}

const PaperQuery = Type.Object({
  date: Type.Optional(Type.String({ description: 'YYYY-MM-DD, printed DD/MM/YYYY' })),
  evaluator: Type.Optional(Type.String({ description: "The evaluator's name" })),
  role: Type.Optional(Type.String({ description: "The evaluator's role (fonction)" })),
  candidate: Type.Optional(Type.String()),
  company: Type.Optional(
    Type.String({ description: "The candidate's company; a company's instrument prints its own" }),
  ),
});

function fileRoutes(ctx: Context, app: FastifyInstance) {
  app.get('/api/instruments/:key/versions/:version/images/:name', {
    config: { policy: 'instrument.read' },
    schema: {
      tags: ['instruments'],
      summary: 'A picture one of the instrument’s items shows (images/<name>).',
      params: Type.Object({ key: Type.String(), version: Type.String(), name: Type.String() }),
      response: { 200: imageResponse, ...errors(401, 403, 404) },
    },
    handler: async (request: WithParams<{ Params: { name: string } }>, reply) => {
      const { key, version, name } = request.params;
      const image = await instrumentImage(ctx, requireActor(request), key, version, name);
      return sendImage(reply, { contentType: image.contentType, body: Buffer.from(image.body) });
    },
  });

  app.get('/api/instruments/:key/versions/:version/pdf', {
    config: { policy: 'instrument.read' },
    schema: {
      tags: ['instruments'],
      summary: 'The paper form to fill by hand, A4 PDF; header fields left out print blank.',
      params: Params,
      querystring: PaperQuery,
      response: {
        200: binaryResponse(
          'application/pdf',
          'The PDF, as an attachment named <key>-v<version>.pdf',
        ),
        ...errors(401, 403, 404, 503),
      },
    },
    handler: async (
      request: WithParams<{ Querystring: Record<string, string | undefined> }>,
      reply,
    ) => {
      const { key, version } = request.params;
      const actor = requireActor(request);
      return sendFile(reply, await instrumentPdf(ctx, actor, key, version, request.query));
    },
  });

  app.get('/api/instruments/:key/versions/:version/qti', {
    config: { policy: 'instrument.read' },
    schema: {
      tags: ['instruments'],
      summary:
        'A questionnaire as a QTI 3.0 content package (ZIP), or QTI 2.1 with qti=2.1; 400 for ' +
        'other instruments, or when an item cannot be exported (each listed).',
      params: Params,
      querystring: Type.Object({
        qti: Type.Optional(Type.Union([Type.Literal('3.0'), Type.Literal('2.1')])),
      }),
      response: {
        200: binaryResponse('application/zip', 'The package, named <key>-v<version>-qti.zip'),
        ...errors(400, 401, 403, 404),
      },
    },
    handler: async (request: WithParams<{ Querystring: { qti?: '3.0' | '2.1' } }>, reply) => {
      const { key, version } = request.params;
      const actor = requireActor(request);
      const file = await instrumentQtiPackage(ctx, actor, key, version, request.query.qti);
      return sendFile(reply, file);
    },
  });
}

type QtiQuery = {
  key: string;
  title?: string;
  certification: string;
  version: string;
  domain?: string;
  file?: string;
};

function qtiImportRoute(ctx: Context, app: FastifyInstance) {
  app.post('/api/instruments/qti', {
    config: { policy: 'instrument.write' },
    schema: {
      tags: ['instruments'],
      summary:
        'Import QTI 2.1 / 3.0 items (a content package as application/zip, or one item as application/xml) into a new draft questionnaire.',
      description:
        'Invalid QTI is refused whole with every fault located. Items whose interactions are not supported are not imported and are listed by name in `unsupported`.',
      querystring: Type.Object({
        key: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
        title: Type.Optional(Type.String({ maxLength: 300 })),
        certification: Type.String({ minLength: 1 }),
        version: Type.String({ minLength: 1 }),
        domain: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
        file: Type.Optional(Type.String({ maxLength: 300 })),
      }),
      response: {
        201: Type.Object({
          key: Type.String(),
          version: Type.String(),
          revision: Type.Integer(),
          imported: Type.Integer(),
          unsupported: Type.Array(
            Type.Object({
              file: Type.String(),
              identifier: Type.String(),
              interactions: Type.Array(Type.String()),
              reasons: Type.Array(Type.Object({ fr: Type.String(), en: Type.String() })),
            }),
          ),
          omitted: Type.Array(
            Type.Object({ identifier: Type.String(), content: Type.Array(Type.String()) }),
          ),
        }),
        ...errors(400, 401, 403, 404, 409, 413, 503),
      },
    },
    handler: async (request: FastifyRequest<{ Querystring: QtiQuery }>, reply) => {
      const type = String(request.headers['content-type'] ?? '');
      const { key, title, certification, version, domain, file } = request.query;
      const result = await importQtiQuestionnaire(ctx, requireActor(request), {
        body: request.body as Buffer,
        format: type.startsWith('application/zip') ? 'zip' : 'xml',
        fileName: file ?? (type.startsWith('application/zip') ? 'package.zip' : 'item.xml'),
        key,
        title: title ?? '',
        certification,
        version,
        ...(domain && { domain }),
      });
      reply.code(201);
      return result;
    },
  });
}

export function authoringRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    writeRoutes(ctx, app);
    fileRoutes(ctx, app);
    qtiImportRoute(ctx, app);
  };
}
