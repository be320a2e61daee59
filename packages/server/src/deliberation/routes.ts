// HTTP of deliberation: decide an evaluation record without storing anything (issue 6, item 6).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type TSchema, Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { errors } from '../platform/http/schemas.ts';
import { candidateGapsFor } from './candidateGaps.ts';
import { previewDeliberation } from './service.ts';

const Text = Type.Object({ fr: Type.String(), en: Type.String() });
const nullable = (schema: TSchema) => Type.Union([schema, Type.Null()]);

const RuleSetRef = Type.Object({
  id: Type.String(),
  certification: Type.String(),
  version: Type.String(),
});

const Condition = Type.Object({
  id: Type.String({ description: 'unit:condition:subject, e.g. "OT:1:jury"' }),
  unit: Type.String(),
  kind: Type.String(),
  subject: Type.String({ description: 'Instrument id, competence code, or "mean"' }),
  value: Type.Number(),
  passed: Type.Boolean(),
  message: Text,
  source: Type.String({ description: 'Where the rule comes from, e.g. "seed 000, slide 19"' }),
  measuredBy: Type.Optional(
    Type.Array(
      Type.Object({
        instrument: Type.String({ description: 'The rule-set instrument, e.g. tutor' }),
        instrumentLabel: Text,
        item: Type.String({ description: 'The item in its instrument, e.g. M3A1' }),
        name: Type.String({ description: 'How people name it: its code or its words' }),
        values: Type.Array(Type.Number(), { description: 'One per evaluation, in order' }),
      }),
      {
        description:
          "On a savoir-faire's condition: the items that produced its score, by the rule set's measure",
      },
    ),
  ),
});

const Counted = Type.Array(
  Type.Object({
    path: Type.String(),
    instrument: Type.String(),
    version: Type.String(),
    countsAs: Type.String({ description: 'The rule-set instrument it counted as' }),
  }),
  { description: 'Which final evaluation counted as which instrument of the rule set' },
);

const Bloc = Type.Object({
  bloc: Type.String({ description: 'The bloc code of the referential, e.g. "RNCP28795BC02"' }),
  label: Type.String(),
  acquired: Type.Boolean(),
  competences: Type.Array(
    Type.Object({
      competence: Type.String(),
      unit: Type.String({ description: 'The domain (or unit) the competence lies in' }),
      passed: Type.Boolean({ description: 'Whether that unit passed' }),
    }),
  ),
  summary: Text,
  validUntil: Type.Optional(
    Type.String({ description: 'YYYY-MM-DD, when the rule set limits validity in years' }),
  ),
});

const Decided = Type.Object({
  status: Type.Literal('decided'),
  ruleSet: RuleSetRef,
  referentialVersion: Type.String(),
  grid: Type.Object(
    {
      instruments: Type.Array(Type.String()),
      instrumentLabels: Type.Array(Text, { description: 'The rows as people name them' }),
      units: Type.Array(Type.String()),
      unitLabels: Type.Array(Type.String(), { description: 'The columns’ labels' }),
      rows: Type.Array(Type.Array(nullable(Type.Number()))),
      means: Type.Array(nullable(Type.Number())),
      decimals: Type.Integer({
        description: 'Every value is rounded to this many decimals, and compared rounded',
      }),
    },
    { description: 'The synthesis grid: rows[instrument][unit] and the mean of each column' },
  ),
  competenceScores: Type.Record(Type.String(), nullable(Type.Number())),
  units: Type.Array(
    Type.Object({
      unit: Type.String(),
      label: Type.String(),
      passed: Type.Boolean(),
      carriedOver: Type.Optional(
        Type.Object({
          unit: Type.String(),
          acquiredOn: Type.String(),
          ruleSetId: Type.String(),
          ruleSetVersion: Type.String(),
        }),
      ),
      conditions: Type.Array(Condition),
      summary: Text,
    }),
  ),
  blocs: Type.Optional(
    Type.Array(Bloc, {
      description:
        'Each bloc acquired or not (partial validation by bloc), when the rule set has a blocs section',
    }),
  ),
  overall: Type.Object({
    passed: Type.Boolean(),
    conditions: Type.Array(Condition),
    summary: Text,
  }),
  explanation: Type.Array(Text, { description: 'Every condition, in order, then the verdicts' }),
  counted: Counted,
});

const Undecidable = Type.Object({
  status: Type.Literal('undecidable'),
  ruleSet: RuleSetRef,
  referentialVersion: Type.String(),
  reasons: Type.Array(
    Type.Object({
      code: Type.String(),
      at: Type.Object({
        instrument: Type.Optional(Type.String()),
        unit: Type.Optional(Type.String()),
        competence: Type.Optional(Type.String()),
        item: Type.Optional(Type.Integer()),
      }),
      message: Text,
      path: Type.Optional(Type.String({ description: 'The record item at fault' })),
    }),
  ),
  counted: Counted,
});

const MeasuredBy = Type.Array(
  Type.Object({
    instrument: Type.String(),
    instrumentLabel: Text,
    item: Type.String(),
    name: Type.String(),
    values: Type.Array(Type.Number()),
  }),
);

const Gaps = Type.Object({
  ruleSet: Type.Object({ id: Type.String(), version: Type.String() }),
  status: Type.Union(
    [Type.Literal('invalid'), Type.Literal('undecidable'), Type.Literal('ready')],
    {
      description:
        'invalid: input errors; undecidable: evidence missing; ready: the jury can decide',
    },
  ),
  knowHow: Type.Array(
    Type.Object({
      competence: Type.String(),
      label: Type.String(),
      unit: Type.String(),
      score: nullable(Type.Number()),
      measuredBy: MeasuredBy,
    }),
    { description: 'Each savoir-faire, its score so far and the items it is measured by' },
  ),
  notEvaluated: Type.Array(
    Type.Object({
      path: Type.String(),
      instrument: Type.String(),
      item: Type.String(),
      evaluator: Type.String(),
      reason: Type.String(),
    }),
    { description: 'The lines of final evaluations marked « non évalué », with their reason' },
  ),
  problems: Type.Array(
    Type.Object({ code: Type.String(), path: Type.Optional(Type.String()), message: Text }),
  ),
});

export function deliberationRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.post('/api/deliberations/preview', {
      config: { policy: 'deliberation.preview' },
      schema: {
        tags: ['deliberations'],
        summary:
          "Decide a candidate's evaluation record by the rule set of its certification and of the " +
          "candidate's route (training or VAE), storing nothing: " +
          'the synthesis grid, the decision per domain or bloc and overall, the blocs acquired ' +
          'where the rule set validates blocs on their own, every condition explained.',
        body: {
          description:
            'An evaluation record (data/schemas/evaluation-record.schema.json). A faulty record ' +
            'answers 400 with every problem located by its JSON path.',
        },
        response: { 200: Type.Union([Decided, Undecidable]), ...errors(400, 401, 403, 404) },
      },
      handler: async (request: FastifyRequest<{ Body: unknown }>) =>
        previewDeliberation(ctx, request.body),
    });

    app.get('/api/candidates/:id/coverage', {
      config: { policy: 'dossier.export' },
      schema: {
        tags: ['deliberations'],
        summary:
          "A candidate's gaps before the jury: each savoir-faire with the items it is measured " +
          'by so far and their values, the lines marked « non évalué » and why, and what makes ' +
          'the record invalid or undecidable.',
        params: Type.Object({ id: Type.String() }),
        response: { 200: Gaps, ...errors(400, 401, 403, 404) },
      },
      handler: async (request: FastifyRequest<{ Params: { id: string } }>) =>
        candidateGapsFor(ctx, requireActor(request), request.params.id),
    });
  };
}
