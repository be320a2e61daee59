// The rule-set file format (data/rules/*.yaml): how a certification turns evidence into a
// decision, as data a certifier can read and edit. Thresholds, comparisons, which instruments
// count, per-domain or per-bloc conditions, the final rule, validity and carry-over of acquired
// blocs all live here, each with the words of its source (issue 6, item 1).
import { type Static, Type } from 'typebox';
import { JuryRuleSchema } from '../jury/juryRuleSchema.ts';
import { COMPETENCE_KINDS, EVALUATION_ROUTES } from '../referential/index.ts';

const closed = { additionalProperties: false } as const;

const Id = Type.String({ pattern: '^[a-z0-9]+([_-][a-z0-9]+)*$', description: 'Stable id' });
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });

/** A text shown to people, in French (the product language) and English. */
export const Text = Type.Object(
  { fr: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) },
  closed,
);

/** Where a rule comes from, the source's own words, and how we read them when it matters. */
const Citation = Type.Object(
  {
    source: Type.String({ minLength: 1, description: 'e.g. "seed 000, slide 19"' }),
    quote: Type.Optional(Type.String({ minLength: 1, description: 'Verbatim from the source' })),
    note: Type.Optional(Type.String({ minLength: 1, description: 'Our reading of the source' })),
  },
  closed,
);

/** 'gt': strictly above ("supérieure à 70"); 'gte': at least ("50 minimum"). */
export const COMPARISONS = ['gt', 'gte'] as const;
const Comparison = Type.Enum(COMPARISONS);
const Percentage = Type.Number({ minimum: 0, maximum: 100 });

export const SCALES = ['percentage', 'outcome'] as const;

const Instrument = Type.Object(
  {
    id: Id,
    label: Text,
    /** percentage: 0-100 per item; outcome: Acquis / Non acquis per item or overall. */
    scale: Type.Enum(SCALES),
    /** False for an instrument whose evidence is accepted but plays no part in the decision. */
    counts: Type.Boolean(),
    /** Outcome scales only: the words of each result. */
    resultLabels: Type.Optional(Type.Object({ acquired: Text, notAcquired: Text }, closed)),
    citation: Citation,
  },
  closed,
);

/**
 * Which items measure a competence (a savoir-faire of the CQP AGC), each a reading a certifier
 * chooses: `tagged_items`, every item that evaluates it, directly or through the activity or
 * mission that requires it, in any domain; `own_domain_items`, those of them counted in the
 * competence's own domain (or bloc); `direct_scores`, only the items that score the competence
 * itself (a savoir-faire line of a grid, a question tagged with it).
 */
export const COMPETENCE_MEASURES = ['tagged_items', 'own_domain_items', 'direct_scores'] as const;

const CompetenceMeasure = Type.Object(
  {
    by: Type.Enum(COMPETENCE_MEASURES, {
      description:
        'tagged_items: every item evaluating it, in any domain; own_domain_items: those counted ' +
        'in its own domain or bloc; direct_scores: only items scoring the competence itself',
    }),
    citation: Citation,
  },
  closed,
);

/** Percentages are rounded to this many decimals, as the synthesis grid shows them, and the
 * rules compare the rounded values: what the jury reads is what is decided. */
const Rounding = Type.Object(
  { decimals: Type.Integer({ minimum: 0, maximum: 6 }), citation: Citation },
  closed,
);

const Aggregation = Type.Object(
  {
    /** Per instrument and unit (domain): the mean of the item percentages. */
    unitScore: Type.Literal('mean_of_items'),
    /** Per competence, over the items that measure it (competenceMeasure). */
    competenceScore: Type.Enum(['mean_of_items', 'all_acquired']),
    citation: Citation,
    /** Which items measure a competence; every item evaluating it when absent. */
    competenceMeasure: Type.Optional(CompetenceMeasure),
    /** Two decimals when absent. */
    rounding: Type.Optional(Rounding),
  },
  closed,
);

const Units = Type.Object(
  {
    /** What is decided on: the referential's domains or its blocs. */
    type: Type.Enum(['domain', 'bloc']),
    /** The competences of a unit the conditions apply to (savoir-faire for the CQP AGC). */
    competenceKinds: Type.Array(Type.Enum(COMPETENCE_KINDS), { minItems: 1 }),
    noun: Text,
    competenceNoun: Text,
    passed: Text,
    failed: Text,
    citation: Citation,
  },
  closed,
);

/**
 * Blocs acquired on their own (partial validation by bloc), read off the units' decisions: a
 * bloc of the referential is acquired when every one of its competences that some unit holds
 * lies in a passed unit. For a certification decided per domain whose referential also groups
 * the competences into blocs (the CQP AGC: fiche RNCP 28795, seed 001).
 */
const Blocs = Type.Object(
  {
    type: Type.Literal('bloc', {
      description:
        "The referential's node type of the blocs (bloc de compétences); a bloc's competences " +
        'are those under it or linked to it by belongs_to',
    }),
    acquiredWhen: Type.Literal('all_competences_in_passed_units', {
      description:
        'Acquired when every competence of the bloc held by a unit lies in a passed unit ' +
        '(carried over included); a bloc with none is not acquired',
    }),
    noun: Text,
    passed: Text,
    failed: Text,
    citation: Citation,
  },
  closed,
);

const Threshold = { comparison: Comparison, threshold: Percentage, citation: Citation };

export const UnitCondition = Type.Union([
  /** The mean of the instruments' unit percentages compared with a threshold. */
  Type.Object(
    {
      kind: Type.Literal('mean_of_instruments'),
      instruments: Type.Array(Id, { minItems: 1 }),
      ...Threshold,
    },
    closed,
  ),
  /** Each listed instrument's unit percentage compared with a threshold. */
  Type.Object(
    {
      kind: Type.Literal('each_instrument'),
      instruments: Type.Array(Id, { minItems: 1 }),
      ...Threshold,
    },
    closed,
  ),
  /** Each competence of the unit: its score compared with a threshold; never evaluated is
   * undecidable, never a pass or a fail. */
  Type.Object(
    {
      kind: Type.Literal('each_competence'),
      whenNotEvaluated: Type.Literal('undecidable'),
      ...Threshold,
    },
    closed,
  ),
  /** Each competence of the unit judged Acquis. */
  Type.Object(
    {
      kind: Type.Literal('all_competences_acquired'),
      whenNotEvaluated: Type.Literal('undecidable'),
      citation: Citation,
    },
    closed,
  ),
]);

export const FinalCondition = Type.Union([
  Type.Object({ kind: Type.Literal('all_units'), citation: Citation }, closed),
  /** An instrument judged as a whole (e.g. the final project) must be passed. */
  Type.Object(
    { kind: Type.Literal('instrument_acquired'), instrument: Id, citation: Citation },
    closed,
  ),
]);

const Final = Type.Object(
  {
    name: Text,
    passed: Text,
    failed: Text,
    conditions: Type.Array(FinalCondition, { minItems: 1 }),
  },
  closed,
);

const Validity = Type.Object(
  {
    /** Unlimited unless a certification says otherwise. */
    unlimited: Type.Boolean(),
    years: Type.Optional(Type.Integer({ minimum: 1 })),
    citation: Citation,
  },
  closed,
);

const CarryOver = Type.Object({ allowed: Type.Boolean(), citation: Citation }, closed);

export const RuleSetSchema = Type.Object(
  {
    format: Type.Literal('certeval.rule-set'),
    formatVersion: Type.Literal(1),
    id: Slug,
    certification: Slug,
    /** The evaluation route it decides (seed 001 gives the CQP AGC's two routes different
     * components); absent: training, so a certification with one route says nothing. */
    route: Type.Optional(
      Type.Enum(EVALUATION_ROUTES, {
        description:
          'The evaluation route decided: training (accès par la formation, the default) ' +
          'or vae (accès par la VAE)',
      }),
    ),
    version: Type.String({ minLength: 1 }),
    /** The referential version the rule set was written against. */
    referentialVersion: Type.String({ minLength: 1 }),
    sources: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
    instruments: Type.Array(Instrument, { minItems: 1 }),
    aggregation: Aggregation,
    units: Units,
    unitConditions: Type.Array(UnitCondition, { minItems: 1 }),
    /** Partial validation by bloc, when the units are not the blocs themselves. */
    blocs: Type.Optional(Blocs),
    final: Final,
    validity: Validity,
    carryOver: CarryOver,
    /** How the certification's juries are composed and run (issue 6, items 3-4). */
    jury: Type.Optional(JuryRuleSchema),
  },
  { ...closed, title: 'Certeval rule set' },
);

export type Comparison = (typeof COMPARISONS)[number];
export type Scale = (typeof SCALES)[number];
export type CompetenceMeasureBy = (typeof COMPETENCE_MEASURES)[number];
export type EvaluationRoute = (typeof EVALUATION_ROUTES)[number];
export type LocalText = Static<typeof Text>;
export type RuleSet = Static<typeof RuleSetSchema>;
export type RuleSetInstrument = RuleSet['instruments'][number];
export type UnitConditionRule = Static<typeof UnitCondition>;
export type FinalConditionRule = Static<typeof FinalCondition>;
export type BlocsRule = Static<typeof Blocs>;
