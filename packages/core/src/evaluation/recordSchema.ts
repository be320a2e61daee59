// The evaluation record (issue 5, item 7): one candidate's complete file of evaluations as
// JSON — identity, the certification version, and every evaluation with its item results —
// to import, export, and decide on (`certeval deliberate`, POST /api/deliberations/preview).
// Published as data/schemas/evaluation-record.schema.json; the descriptions are its manual.
import { type Static, Type } from 'typebox';
import { INSEE_CODE_PATTERN, SEXES } from '../candidates/civilStatus.ts';
import { ACCESS_ROUTES } from '../referential/index.ts';

const closed = { additionalProperties: false } as const;

const day = (description: string) =>
  Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: `${description}, YYYY-MM-DD` });
const Name = Type.String({ minLength: 1, maxLength: 200 });
const percentage = (description: string) => Type.Number({ minimum: 0, maximum: 100, description });

export const EVALUATION_KINDS = ['positioning', 'continuous', 'final'] as const;
export const EVALUATOR_ROLES = [
  'tutor',
  'trainer',
  'jury_member',
  'jury_president',
  'professional',
] as const;
/** Acquis / Non acquis, in the words of the seeds (seed 003). */
export const RECORD_OUTCOMES = ['acquis', 'non_acquis'] as const;

export const CandidateSchema = Type.Object(
  {
    birthName: Type.String({ minLength: 1, description: 'Nom de naissance' }),
    usageName: Type.Optional(
      Type.String({ minLength: 1, description: "Nom d'usage, when it differs" }),
    ),
    firstNames: Type.Array(Type.String({ minLength: 1 }), {
      minItems: 1,
      description: 'Prénoms, in civil-status order',
    }),
    birthDate: day('Date de naissance'),
    birthPlace: Type.String({
      minLength: 1,
      description: 'Lieu de naissance (commune, and country when abroad)',
    }),
    sex: Type.Optional(
      Type.Enum(SEXES, {
        description:
          'Sexe as the civil status records it (female, male): the holders’ declaration to the ' +
          'Caisse des Dépôts asks for it',
      }),
    ),
    birthInseeCode: Type.Optional(
      Type.String({
        pattern: INSEE_CODE_PATTERN,
        description:
          'Code INSEE of the birth commune (5 characters, 2A/2B in Corsica), or 99 and the ' +
          'country’s code when born abroad: the holders’ declaration asks for it',
      }),
    ),
    email: Type.Optional(Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$' })),
    company: Type.Optional(
      Type.String({ minLength: 1, description: 'Employer during the pathway' }),
    ),
    accessRoute: Type.Enum(ACCESS_ROUTES, {
      description:
        "Voie d'accès: formation continue (continuing_education), contrat de " +
        'professionnalisation (professionalisation_contract), apprentissage (apprenticeship), ' +
        'candidature individuelle (individual_application), VAE (vae), formation initiale ' +
        '(initial_education)',
    }),
    accommodations: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description: 'Aménagements for a disability, as agreed with the référent handicap',
      }),
    ),
  },
  {
    ...closed,
    description: 'Who is evaluated: the identity the national holders’ declaration needs',
  },
);

export const InstrumentRefSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, description: 'Instrument id, e.g. cqp-agc-jury-guide' }),
    version: Type.String({ minLength: 1, description: 'Instrument version, e.g. "1"' }),
  },
  { ...closed, description: 'The instrument version the evaluation was recorded on' },
);

export const ItemResultSchema = Type.Object(
  {
    item: Type.String({ minLength: 1, description: 'Id of the item in the instrument' }),
    percentage: Type.Optional(
      percentage("Pourcentage d'atteinte d'objectif, 0 to 100 (observation grid, jury guide)"),
    ),
    outcome: Type.Optional(
      Type.Enum(RECORD_OUTCOMES, { description: 'Acquis / Non acquis (acquis items)' }),
    ),
    points: Type.Optional(
      Type.Number({
        minimum: 0,
        description: "Points earned, 0 to the item's maximum (questionnaire items)",
      }),
    ),
    notEvaluated: Type.Optional(
      Type.Object(
        {
          reason: Type.String({
            // Empty, or spaces only, says nothing (issue 16, item 4): one rule, one problem.
            pattern: '\\S',
            description: 'Why the item could not be evaluated, e.g. no delivery delay this period',
          }),
        },
        {
          ...closed,
          description:
            'Non évalué: the item has no result, for this reason. A final evaluation gives every ' +
            'item counted by the rule set a result or this mark',
        },
      ),
    ),
    override: Type.Optional(
      Type.Object(
        {
          reason: Type.String({ minLength: 1, description: 'Why the evaluator changed the score' }),
          computed: Type.Optional(
            Type.Number({ minimum: 0, description: 'The points the answer key gave' }),
          ),
        },
        {
          ...closed,
          description:
            'A closed item whose points the evaluator changed from what its answer key gave: ' +
            'recorded as such, with the reason',
        },
      ),
    ),
    comment: Type.Optional(Type.String({ minLength: 1 })),
  },
  {
    ...closed,
    description:
      'One item result: exactly one of percentage, outcome, points or notEvaluated (non évalué)',
  },
);

export const EvaluationSchema = Type.Object(
  {
    instrument: InstrumentRefSchema,
    kind: Type.Enum(EVALUATION_KINDS, {
      description:
        'positioning: initial evaluation on the tutor grid; continuous: during training (follow-up booklet); final: counts in the decision',
    }),
    date: day('Day of the evaluation'),
    evaluator: Type.Object(
      {
        name: Name,
        role: Type.Enum(EVALUATOR_ROLES, {
          description: 'tuteur, formateur, membre du jury, président du jury, professionnel',
        }),
      },
      { ...closed, description: 'Who evaluated' },
    ),
    items: Type.Array(ItemResultSchema, { description: 'Item results, in any order' }),
    agreed: Type.Optional(
      Type.Record(
        Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' }),
        percentage('0 to 100'),
        {
          description:
            "The jury's agreed percentage per domain code, reported by the jury president in the " +
            'synthesis grid (seed 002); it replaces the mean of the items for that domain',
        },
      ),
    ),
    outcome: Type.Optional(
      Type.Enum(RECORD_OUTCOMES, {
        description: 'Overall result of an instrument judged as a whole (final project, seed 003)',
      }),
    ),
    comment: Type.Optional(
      Type.String({ minLength: 1, description: 'Synthesis comment (jury president)' }),
    ),
  },
  { ...closed, description: 'One evaluation on one instrument by one evaluator' },
);

export const EvaluationRecordSchema = Type.Object(
  {
    format: Type.Literal('certeval.evaluation-record'),
    formatVersion: Type.Literal(1),
    candidate: CandidateSchema,
    certification: Type.Object(
      {
        id: Type.String({
          pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
          description: 'Certification id (slug), e.g. cqp-agc',
        }),
        version: Type.String({ minLength: 1, description: 'Referential version, e.g. "1"' }),
      },
      { ...closed, description: 'The certification and referential version the record is for' },
    ),
    evaluations: Type.Array(EvaluationSchema, {
      description: 'Every evaluation, continuous and final; only final ones are decided on',
    }),
  },
  { ...closed, title: 'Certeval evaluation record' },
);

export type EvaluationKind = (typeof EVALUATION_KINDS)[number];
export type EvaluatorRole = (typeof EVALUATOR_ROLES)[number];
export type RecordOutcome = (typeof RECORD_OUTCOMES)[number];
export type RecordItemResult = Static<typeof ItemResultSchema>;
export type Evaluation = Static<typeof EvaluationSchema>;
export type EvaluationRecord = Static<typeof EvaluationRecordSchema>;
