// HTTP of referentials: list, read a version, search, diff, export, validate, import, publish.
import {
  CertificationSchema,
  LinkSchema,
  NodeSchema,
  ReferentialFileSchema,
  VersionSchema,
} from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { errors, ProblemSchema } from '../platform/http/schemas.ts';
import { caseInput, exportCaseVersion, importCasePackage } from './caseInterchange.ts';
import { RncpImportProgressSchema, rncpImportRoutes, rncpUpload } from './rncp/rncpRoutes.ts';
import * as referentials from './service.ts';

const Slug = Type.Object({ slug: Type.String() });
const SlugVersion = Type.Object({ slug: Type.String(), version: Type.String() });
type SlugVersionParams = { slug: string; version: string };

const ImportResultSchema = Type.Object({
  certification: Type.String(),
  versions: Type.Array(
    Type.Object({
      key: Type.String(),
      outcome: Type.Union(['created', 'updated', 'unchanged'].map((o) => Type.Literal(o))),
    }),
  ),
});

const importBody = {
  description:
    'The referential file: YAML (text/yaml, text/plain) or JSON (application/json); or France Compétences’ RNCP/RS export, the XML flux (application/xml) or the CSV zip (application/zip), streamed.',
};

export function referentialRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    rncpImportRoutes(ctx, app);
    app.get('/api/certifications', {
      config: { policy: 'referential.read' },
      schema: {
        tags: ['referentials'],
        summary: 'Every certification with its versions.',
        response: {
          200: Type.Array(
            Type.Object({
              slug: Type.String(),
              kind: Type.String(),
              title: Type.Union([Type.String(), Type.Null()]),
              rncp: Type.Union([Type.String(), Type.Null()]),
              rs: Type.Union([Type.String(), Type.Null()]),
              versions: Type.Array(
                Type.Object({
                  key: Type.String(),
                  status: Type.String(),
                  revision: Type.Integer(),
                  nodeCount: Type.Integer(),
                }),
              ),
            }),
          ),
          ...errors(401),
        },
      },
      handler: async () => referentials.listCertifications(ctx),
    });

    app.get('/api/certifications/:slug/export', {
      config: { policy: 'referential.read' },
      schema: {
        tags: ['referentials'],
        summary:
          'The whole referential file (native, JSON), or one version as a CASE 1.1 CFPackage (format=case&version=…).',
        params: Slug,
        querystring: Type.Object({
          format: Type.Optional(Type.Union([Type.Literal('native'), Type.Literal('case')])),
          version: Type.Optional(Type.String({ minLength: 1 })),
        }),
        response: {
          200: Type.Union([ReferentialFileSchema, Type.Object({ CFDocument: Type.Object({}) })]),
          ...errors(400, 401, 404),
        },
      },
      handler: async (
        request: FastifyRequest<{
          Params: { slug: string };
          Querystring: { format?: 'native' | 'case'; version?: string };
        }>,
        reply,
      ) => {
        const { slug } = request.params;
        if (request.query.format !== 'case') return referentials.exportReferential(ctx, slug);
        if (!request.query.version) {
          throw new AppError(
            'validation_failed',
            {
              fr: 'Précisez la version à exporter (version=…).',
              en: 'Give the version to export (version=…).',
            },
            'querystring/version',
          );
        }
        // A CFPackage is sent as is: its shape is the CASE 1.1 schema's, not ours.
        return reply
          .type('application/json')
          .send(JSON.stringify(await exportCaseVersion(ctx, slug, request.query.version)));
      },
    });

    app.get('/api/certifications/:slug/versions/:version', {
      config: { policy: 'referential.read' },
      schema: {
        tags: ['referentials'],
        summary: 'One version: its tree of nodes, links and recorded discrepancies.',
        params: SlugVersion,
        response: {
          200: Type.Object({
            certification: CertificationSchema,
            version: VersionSchema,
            revision: Type.Integer(),
            publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
          }),
          ...errors(401, 404),
        },
      },
      handler: async (request: FastifyRequest<{ Params: SlugVersionParams }>) =>
        referentials.getVersion(ctx, request.params.slug, request.params.version),
    });

    app.get('/api/certifications/:slug/versions/:version/search', {
      config: { policy: 'referential.read' },
      schema: {
        tags: ['referentials'],
        summary: 'Nodes whose code or label contains q (at most 200).',
        params: SlugVersion,
        querystring: Type.Object({ q: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: {
          200: Type.Array(
            Type.Object({
              code: Type.String(),
              type: Type.String(),
              kind: Type.Union([Type.String(), Type.Null()]),
              label: Type.String(),
              parentCode: Type.Union([Type.String(), Type.Null()]),
            }),
          ),
          ...errors(400, 401, 404),
        },
      },
      handler: async (
        request: FastifyRequest<{ Params: SlugVersionParams; Querystring: { q: string } }>,
      ) =>
        referentials.searchReferential(
          ctx,
          request.params.slug,
          request.params.version,
          request.query.q,
        ),
    });

    app.get('/api/certifications/:slug/diff', {
      config: { policy: 'referential.read' },
      schema: {
        tags: ['referentials'],
        summary: 'What changed from one version to another: items added, removed, changed; links.',
        params: Slug,
        querystring: Type.Object({ from: Type.String(), to: Type.String() }),
        response: {
          200: Type.Object({
            added: Type.Array(NodeSchema),
            removed: Type.Array(NodeSchema),
            changed: Type.Array(
              Type.Object({
                code: Type.String(),
                before: NodeSchema,
                after: NodeSchema,
                fields: Type.Array(Type.String()),
              }),
            ),
            addedLinks: Type.Array(LinkSchema),
            removedLinks: Type.Array(LinkSchema),
          }),
          ...errors(400, 401, 404),
        },
      },
      handler: async (
        request: FastifyRequest<{
          Params: { slug: string };
          Querystring: { from: string; to: string };
        }>,
      ) =>
        referentials.diffReferentialVersions(
          ctx,
          request.params.slug,
          request.query.from,
          request.query.to,
        ),
    });

    app.post('/api/referentials/validate', {
      config: { policy: 'referential.import' },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags: ['referentials'],
        summary: 'Check a referential file without storing it; 400 lists every problem.',
        body: importBody,
        response: {
          200: Type.Object({ certification: Type.String(), versions: Type.Array(Type.String()) }),
          ...errors(400, 401, 403),
        },
      },
      handler: async (request) => {
        const file = referentials.checkReferential(request.body);
        return { certification: file.certification.id, versions: file.versions.map((v) => v.id) };
      },
    });

    app.post('/api/referentials/import', {
      config: { policy: 'referential.import' },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags: ['referentials'],
        summary:
          'Import a referential file (native, or with format=case a CASE 1.0/1.1 package, or a CASE spreadsheet sent as text/csv, named by fileName), all or nothing; published versions never change. A CASE package whose CFDocument is already here becomes a new version of that referential. An RNCP/RS export (format=rncp, XML or CSV zip, named by fileName) is imported in the background: 202 with its progress.',
        body: importBody,
        querystring: Type.Object({
          format: Type.Optional(
            Type.Union([Type.Literal('native'), Type.Literal('case'), Type.Literal('rncp')]),
          ),
          fileName: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
        }),
        response: {
          200: Type.Object({
            ...ImportResultSchema.properties,
            warnings: Type.Array(ProblemSchema),
          }),
          202: RncpImportProgressSchema,
          ...errors(400, 401, 403, 409, 413, 503),
        },
      },
      handler: async (
        request: FastifyRequest<{
          Querystring: { format?: 'native' | 'case' | 'rncp'; fileName?: string };
        }>,
        reply,
      ) => {
        const options = { actorId: requireActor(request).userId };
        const upload = rncpUpload(request);
        if (upload) return reply.status(202).send(await upload(ctx, options.actorId));
        if (request.query.format === 'case') {
          const { fileName } = request.query;
          const input = caseInput(request.body, fileName);
          const { result, warnings } = await importCasePackage(ctx, input, {
            ...options,
            fileName,
          });
          return { ...result, warnings };
        }
        return {
          ...(await referentials.importReferential(ctx, request.body, options)),
          warnings: [],
        };
      },
    });

    app.post('/api/certifications/:slug/versions', {
      config: { policy: 'referential.import' },
      schema: {
        tags: ['referentials'],
        summary: 'Start a new draft version as a copy of an existing one.',
        params: Slug,
        body: Type.Object({
          from: Type.String({ minLength: 1 }),
          key: Type.String({ minLength: 1, maxLength: 50 }),
        }),
        response: {
          201: Type.Object({
            key: Type.String(),
            status: Type.Literal('draft'),
            revision: Type.Integer(),
          }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (
        request: FastifyRequest<{ Params: { slug: string }; Body: { from: string; key: string } }>,
        reply,
      ) => {
        const { slug } = request.params;
        const created = await referentials.startDraftVersion(
          ctx,
          slug,
          request.body.from,
          request.body.key,
          requireActor(request).userId,
        );
        return reply.status(201).send(created);
      },
    });

    app.post('/api/certifications/:slug/versions/:version/publish', {
      config: { policy: 'referential.publish' },
      schema: {
        tags: ['referentials'],
        summary: 'Publish a draft version; `revision` must be the one you read (else 409).',
        params: SlugVersion,
        body: Type.Object({ revision: Type.Integer({ minimum: 1 }) }),
        response: {
          200: Type.Object({
            key: Type.String(),
            status: Type.Literal('published'),
            revision: Type.Integer(),
          }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (
        request: FastifyRequest<{ Params: SlugVersionParams; Body: { revision: number } }>,
      ) =>
        referentials.publishVersion(
          ctx,
          request.params.slug,
          request.params.version,
          request.body.revision,
          requireActor(request).userId,
        ),
    });
  };
}
