// HTTP of personal data (issue 19 item 5), for the certifier's administrators alone: the
// retention rules, a person's export (one JSON file, documents in base64) and their erasure,
// previewed first. A person is named by their address or by one of their candidacy files; both
// travel in the body, never in a URL that logs would keep.
import { PERSONAL_DATA_KINDS, retentionRulesWith } from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { binaryResponse, sendFile } from '../platform/http/files.ts';
import { errors } from '../platform/http/schemas.ts';
import { erasePersonalData } from './erasePersonalData.ts';
import { personalDataFile } from './exportPersonalData.ts';
import type { PersonRef } from './findPerson.ts';
import { personSummary } from './personSummary.ts';

const Text = Type.Object({ fr: Type.String(), en: Type.String() });
const Kind = Type.Union(PERSONAL_DATA_KINDS.map((k) => Type.Literal(k)));
const Outcome = Type.Union(['erased', 'pseudonymised', 'kept'].map((o) => Type.Literal(o)));

const PersonBody = Type.Union([
  Type.Object(
    {
      email: Type.String({ minLength: 3, maxLength: 320, pattern: '^\\s*[^@\\s]+@[^@\\s]+\\s*$' }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { candidateId: Type.String({ minLength: 1, maxLength: 64 }) },
    { additionalProperties: false },
  ),
]);

const Line = Type.Object({
  kind: Kind,
  label: Text,
  count: Type.Integer(),
  reason: Type.Optional(Text),
});

const ErasureAnswer = Type.Object({
  done: Type.Boolean(),
  complete: Type.Boolean(),
  message: Text,
  erased: Type.Array(Line),
  pseudonymised: Type.Array(Line),
  kept: Type.Array(Line),
});

const Rule = Type.Object({
  kind: Kind,
  label: Text,
  data: Text,
  purpose: Text,
  legalBasis: Text,
  recipients: Text,
  retention: Text,
  onErasure: Outcome,
  underSignedDecision: Outcome,
  because: Type.Optional(Text),
});

const Summary = Type.Object({
  name: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  hasAccount: Type.Boolean(),
  files: Type.Array(
    Type.Object({
      name: Type.String(),
      organisation: Type.String(),
      project: Type.String(),
      status: Type.String(),
      createdAt: Type.String({ format: 'date-time' }),
      underSignedDecision: Type.Boolean(),
    }),
  ),
});

type WithPerson = FastifyRequest<{ Body: PersonRef }>;

export function personalDataRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/personal-data/retention-rules', {
      config: { policy: 'personal_data.read' },
      schema: {
        tags: ['personal data'],
        summary:
          'The record of processing: each kind of personal data, why, on which basis, for whom, how long, and what an erasure does to it.',
        response: {
          200: Type.Object({ noJuryDelayDays: Type.Integer(), rules: Type.Array(Rule) }),
          ...errors(401, 403),
        },
      },
      handler: async () => ({
        noJuryDelayDays: ctx.config.retention.noJuryDelayDays,
        rules: retentionRulesWith({
          noJuryDelayDays: ctx.config.retention.noJuryDelayDays,
          sessionDays: ctx.config.sessionDays,
          resetHours: ctx.config.resetTokenHours,
        }),
      }),
    });

    app.post('/api/personal-data/person', {
      config: { policy: 'personal_data.read' },
      schema: {
        tags: ['personal data'],
        summary:
          'Who an address or a candidacy file names: their name, address, account, and candidacy files (state, and whether a signed decision holds them).',
        body: PersonBody,
        response: { 200: Summary, ...errors(400, 401, 403, 404) },
      },
      handler: async (request: WithPerson) => personSummary(ctx, request.body),
    });

    app.post('/api/personal-data/export', {
      config: { policy: 'personal_data.export' },
      schema: {
        tags: ['personal data'],
        summary:
          'Everything the product holds about a person, as one JSON file (documents in base64 with their SHA-256), with the record of processing. Audited.',
        body: PersonBody,
        response: {
          200: binaryResponse('application/json', 'The personal data file.'),
          ...errors(400, 401, 403, 404),
        },
      },
      handler: async (request: WithPerson, reply) =>
        sendFile(reply, await personalDataFile(ctx, requireActor(request).userId, request.body)),
    });

    app.post('/api/personal-data/erasure/preview', {
      config: { policy: 'personal_data.erase' },
      schema: {
        tags: ['personal data'],
        summary:
          'What erasing the person would erase, pseudonymise and keep (and why the law keeps it), without doing it.',
        body: PersonBody,
        response: { 200: ErasureAnswer, ...errors(400, 401, 403, 404, 409) },
      },
      handler: async (request: WithPerson) =>
        erasePersonalData(ctx, requireActor(request).userId, request.body, { preview: true }),
    });

    app.post('/api/personal-data/erasure', {
      config: { policy: 'personal_data.erase' },
      schema: {
        tags: ['personal data'],
        summary:
          'Erases a person in one transaction: what the law keeps under a signed decision (the decision, the signed minutes, the certificates and the identity they need) stays, the rest is erased or pseudonymised; the answer says which and why. Their sessions end. Audited.',
        body: PersonBody,
        response: { 200: ErasureAnswer, ...errors(400, 401, 403, 404, 409) },
      },
      handler: async (request: WithPerson) =>
        erasePersonalData(ctx, requireActor(request).userId, request.body),
    });
  };
}
