// HTTP of instruments: list, read one version, import, and coverage of a referential version.
import { InstrumentSchema } from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { errors } from '../platform/http/schemas.ts';
import * as instruments from './service.ts';

const Nullable = (schema: ReturnType<typeof Type.String>) => Type.Union([schema, Type.Null()]);

const Summary = Type.Object({
  key: Type.String(),
  version: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  title: Type.String(),
  certification: Nullable(Type.String()),
  referentialVersion: Nullable(Type.String()),
  revision: Type.Integer(),
});

const CoverageSchema = Type.Object({
  instruments: Type.Array(Type.String()),
  rows: Type.Array(
    Type.Object({
      competence: Type.String(),
      kind: Type.Optional(Type.String()),
      domain: Type.Optional(Type.String()),
      covered: Type.Boolean(),
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
        querystring: Type.Object({ certification: Type.Optional(Type.String()) }),
        response: { 200: Type.Array(Summary), ...errors(401, 403) },
      },
      handler: async (request: FastifyRequest<{ Querystring: { certification?: string } }>) =>
        instruments.listInstruments(ctx, request.query.certification),
    });

    app.get('/api/instruments/:key/versions/:version', {
      config: { policy: 'instrument.read' },
      schema: {
        tags: ['instruments'],
        summary: 'One version of an instrument: sections, items, scales, role-play cards.',
        params: Type.Object({ key: Type.String(), version: Type.String() }),
        response: {
          200: Type.Object({ instrument: InstrumentSchema, revision: Type.Integer() }),
          ...errors(401, 403, 404),
        },
      },
      handler: async (request: FastifyRequest<{ Params: { key: string; version: string } }>) =>
        instruments.getInstrument(ctx, request.params.key, request.params.version),
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
  };
}
