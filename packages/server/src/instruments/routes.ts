// HTTP of instruments: list, read one version, import, and coverage of a referential version;
// authoring and downloads are in authoringRoutes.ts.
import { InstrumentSchema } from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { errors } from '../platform/http/schemas.ts';
import { authoringRoutes } from './authoringRoutes.ts';
import { rolePlayRoutes } from './rolePlayRoutes.ts';
import * as instruments from './service.ts';

const Nullable = (schema: ReturnType<typeof Type.String>) => Type.Union([schema, Type.Null()]);

/** What the list and the editor show beside the document: whose it is, where it comes from. */
const About = {
  status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
  organisationId: Nullable(
    Type.String({ description: "The company of an adapted instrument; null: the certifier's" }),
  ),
  derivedFrom: Nullable(
    Type.String({ description: 'The version it was cloned or derived from, as key@version' }),
  ),
  updatedAt: Type.String({ format: 'date-time' }),
  revision: Type.Integer({ description: 'To send back with a save or a publication' }),
  canEdit: Type.Boolean({ description: 'Whether this person may edit it (when a draft)' }),
};

const Summary = Type.Object({
  key: Type.String(),
  version: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  certification: Nullable(Type.String()),
  referentialVersion: Nullable(Type.String()),
  ...About,
});

const ListQuery = Type.Object({
  certification: Type.Optional(Type.String()),
  organisation: Type.Optional(
    Type.String({
      description:
        "A company's id: only its adapted instruments; `national`: only the certifier's. " +
        'Absent: every instrument the person may see (the national ones and their companies’).',
    }),
  ),
});

const MeasuringItem = Type.Object({
  instrument: Type.String(),
  item: Type.String(),
  name: Type.String({ description: 'How people name the item: its code or its words' }),
});

const CoverageSchema = Type.Object({
  instruments: Type.Array(Type.String()),
  measure: Type.Optional(
    Type.Object(
      {
        ruleSet: Type.String(),
        by: Type.String({
          description: 'tagged_items, own_domain_items or direct_scores (rule set aggregation)',
        }),
        citation: Type.Optional(
          Type.Object({
            source: Type.String(),
            quote: Type.Optional(Type.String()),
            note: Type.Optional(Type.String()),
          }),
        ),
      },
      { description: 'How the training rule set measures a savoir-faire, quoted from its file' },
    ),
  ),
  rows: Type.Array(
    Type.Object({
      competence: Type.String(),
      kind: Type.Optional(Type.String()),
      domain: Type.Optional(Type.String()),
      covered: Type.Boolean(),
      measuredBy: Type.Optional(
        Type.Array(MeasuringItem, {
          description: "The items that measure this savoir-faire under the rule set's measure",
        }),
      ),
      cells: Type.Array(
        Type.Object({
          instrument: Type.String(),
          direct: Type.Array(Type.String()),
          indirect: Type.Array(Type.Object({ item: Type.String(), via: Type.String() })),
        }),
      ),
    }),
  ),
  uncovered: Type.Array(Type.String()),
  knowHowGaps: Type.Array(Type.String()),
  outOfScope: Type.Array(Type.String()),
});

export function instrumentRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/instruments', {
      config: { policy: 'instrument.read' },
      schema: {
        tags: ['instruments'],
        summary: 'Evaluation instruments (observation grids, questionnaires, jury guides).',
        querystring: ListQuery,
        response: { 200: Type.Array(Summary), ...errors(401, 403) },
      },
      handler: async (
        request: FastifyRequest<{ Querystring: { certification?: string; organisation?: string } }>,
      ) => instruments.listVisibleInstruments(ctx, requireActor(request), request.query),
    });

    app.get('/api/instruments/:key/versions/:version', {
      config: { policy: 'instrument.read' },
      schema: {
        tags: ['instruments'],
        summary: 'One version of an instrument: sections, items, scales, role-play cards.',
        params: Type.Object({ key: Type.String(), version: Type.String() }),
        response: {
          200: Type.Object({ instrument: InstrumentSchema, ...About }),
          ...errors(401, 403, 404),
        },
      },
      handler: async (request: FastifyRequest<{ Params: { key: string; version: string } }>) =>
        instruments.readInstrument(
          ctx,
          requireActor(request),
          request.params.key,
          request.params.version,
        ),
    });

    app.get('/api/certifications/:slug/versions/:version/coverage', {
      config: { policy: 'instrument.read' },
      schema: {
        tags: ['instruments'],
        summary:
          'Competences × instruments of a referential version; what no instrument evaluates.',
        params: Type.Object({ slug: Type.String(), version: Type.String() }),
        response: { 200: CoverageSchema, ...errors(401, 403, 404) },
      },
      handler: async (request: FastifyRequest<{ Params: { slug: string; version: string } }>) =>
        instruments.coverageOfVersion(ctx, request.params.slug, request.params.version),
    });

    app.post('/api/instruments/import', {
      config: { policy: 'instrument.write' },
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags: ['instruments'],
        summary: 'Import an instrument (YAML or JSON), checked against its referential version.',
        body: { description: 'The instrument file: YAML (text/yaml) or JSON.' },
        response: {
          200: Type.Object({ key: Type.String(), version: Type.String(), outcome: Type.String() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request) =>
        instruments.importInstrument(ctx, request.body, { actorId: requireActor(request).userId }),
    });

    await app.register(authoringRoutes(ctx));
    // Issue 16: the jury member's role-play cards.
    await app.register(rolePlayRoutes(ctx));
  };
}
