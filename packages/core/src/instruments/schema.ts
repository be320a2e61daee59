// The instrument file format (data/instruments/*.yaml): one version of one evaluation
// instrument — observation grid, questionnaire, jury guide... — bound to a referential version
// or a company variant, with its appreciation scales, sections of items tagged to the
// referential, and what a paper or screen rendering needs (role-play cards, guidance, grids).
// Issue 4, item 1; the jury guide of seed 002 is the richest case and shaped it.
import { type Static, Type } from 'typebox';
import { Code, DiscrepancySchema, Source, Verbatim } from '../referential/index.ts';
import { Fact, GuidanceSection, ReportGridSchema, RolePlaySchema } from './formSchema.ts';
import { closed, Id, Percentage, Text } from './primitives.ts';

export const INSTRUMENT_KINDS = [
  'observation_grid', // grille d'observation (tuteur)
  'questionnaire', // questionnaire (formateur)
  'jury_guide', // guide individuel jury ou professionnel
  'vae_booklet', // livret descriptif d'activité (VAE)
  'case_study', // étude de cas
  'acquis_grid', // grille Acquis / Non acquis
] as const;

export const INSTRUMENT_STATUSES = ['draft', 'published'] as const;

export const BindingSchema = Type.Union([
  Type.Object(
    { certification: Type.String({ minLength: 1 }), version: Type.String({ minLength: 1 }) },
    { ...closed, description: 'A version of a national referential' },
  ),
  Type.Object(
    { variant: Type.String({ minLength: 1 }) },
    { ...closed, description: "A company's variant of a referential" },
  ),
]);

const Band = Type.Object({ min: Percentage, max: Percentage }, closed);

export const ScaleLevelSchema = Type.Object(
  {
    value: Percentage,
    label: Type.Optional(Verbatim),
    /** Percentages this level stands for, when the scale has bands; both ends included. */
    band: Type.Optional(Band),
    /** Descriptor text by descriptor-set id. A level may have none (an intermediate step). */
    descriptors: Type.Optional(Type.Record(Type.String(), Verbatim)),
  },
  closed,
);

export const ScaleSchema = Type.Object(
  {
    id: Id,
    title: Type.Optional(Verbatim),
    /** Situations the descriptors are written for, e.g. observation at the workstation. */
    descriptorSets: Type.Array(Type.Object({ id: Id, label: Verbatim }, closed)),
    levels: Type.Array(ScaleLevelSchema, { minItems: 2 }),
    source: Type.Optional(Source),
  },
  closed,
);

/**
 * Points per response key, summed and clamped to [min, max] (QTI map_response). A key is a
 * choice id, a matching pair written "source target" (QTI directedPair), or a text answer.
 */
export const PartialCreditSchema = Type.Object(
  {
    model: Type.Literal('partial_credit'),
    points: Type.Record(Type.String(), Type.Number()),
    /** Points of a response the table does not name (QTI mapping defaultValue); 0 when absent. */
    unmapped: Type.Optional(Type.Number()),
    min: Type.Optional(Type.Number()),
    max: Type.Number({ exclusiveMinimum: 0 }),
  },
  closed,
);

/**
 * Points per whole response, as QTI response processing rules that test the response against
 * given values (match) and set the score: the first case whose response equals the candidate's
 * counts (as a set, or in order for an ordering item); any other response gets `otherwise`,
 * plus the mapping's points when there is one (map_response inside the rules); no response at
 * all gets `empty`. Read from custom rules that reduce to this (issue 18, item 4).
 */
export const ResponseCasesSchema = Type.Object(
  {
    model: Type.Literal('response_cases'),
    cases: Type.Array(
      Type.Object(
        { response: Type.Array(Type.String(), { minItems: 1 }), points: Type.Number() },
        closed,
      ),
      { minItems: 1 },
    ),
    otherwise: Type.Number(),
    mapping: Type.Optional(
      Type.Object(
        {
          points: Type.Record(Type.String(), Type.Number()),
          unmapped: Type.Optional(Type.Number()),
          min: Type.Optional(Type.Number()),
          max: Type.Optional(Type.Number()),
        },
        closed,
      ),
    ),
    empty: Type.Optional(Type.Number()),
    max: Type.Number({ exclusiveMinimum: 0 }),
  },
  closed,
);

export const ScoringSchema = Type.Union([
  Type.Object(
    { model: Type.Literal('scale_percentage'), scale: Id, descriptorSet: Type.Optional(Id) },
    { ...closed, description: 'Percentage of objective, placed on an appreciation scale' },
  ),
  Type.Object({ model: Type.Literal('right_wrong') }, closed),
  PartialCreditSchema,
  Type.Object({ model: Type.Literal('acquis') }, { ...closed, description: 'Acquis / Non acquis' }),
  Type.Object({ model: Type.Literal('manual'), maxPoints: Type.Optional(Type.Number()) }, closed),
  ResponseCasesSchema,
  Type.Object(
    { model: Type.Literal('unscored') },
    { ...closed, description: 'A survey question: shown and answered, counted nowhere' },
  ),
]);

const Prompt = Type.Object(
  {
    kind: Type.Enum(['question', 'role_play']),
    text: Verbatim,
    /** For a role play: the id of its card. */
    rolePlay: Type.Optional(Id),
  },
  closed,
);

const Choice = Type.Object({ id: Id, text: Text }, closed);

const Associable = Type.Object(
  {
    id: Id,
    text: Text,
    /** How many pairs may use this choice (QTI matchMax); 0 or absent: no limit. */
    matchMax: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  closed,
);

export const PairSchema = Type.Object({ source: Id, target: Id }, closed);

/** A picture shown with the item, stored with the instrument (issue 18, item 4). */
export const ItemImageSchema = Type.Object(
  {
    /** Where it is stored: images/<sha256>.png, jpg or gif. */
    file: Type.String({ pattern: '^images/[A-Za-z0-9][A-Za-z0-9_.-]*\\.(png|jpe?g|gif)$' }),
    /** Its text alternative, read out to who cannot see it. */
    alt: Type.Optional(Type.String()),
  },
  closed,
);

/** What every item has: an id, its tags on the referential, and how it is scored. */
const itemBase = {
  id: Id,
  /** Its title where it came from (a QTI item's), to find it again. */
  title: Type.Optional(Text),
  /** The language it is written in (BCP 47: fr, en-GB), when not the instrument's French. */
  language: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' })),
  images: Type.Optional(Type.Array(ItemImageSchema)),
  /** Code of the referential domain the result counts in (R, PO, OT for the CQP AGC). */
  domain: Type.Optional(Code),
  /** Codes of the missions, activities or competences the item evaluates. */
  evaluates: Type.Array(Code),
  scoring: ScoringSchema,
  /**
   * The item of the same section this line details, e.g. a savoir-faire line (RSF8) under its
   * activity (M3A5), added by a company's adaptation: it scores the competences it evaluates
   * itself and does not count in its domain's cell of the synthesis grid (issue 17, item 1).
   */
  under: Type.Optional(Id),
  source: Type.Optional(Source),
};

export const ItemSchema = Type.Union([
  Type.Object(
    {
      type: Type.Literal('observation'),
      ...itemBase,
      observation: Verbatim,
      prompts: Type.Array(Prompt),
    },
    closed,
  ),
  Type.Object(
    {
      type: Type.Enum(['single_choice', 'multiple_choice']),
      ...itemBase,
      stem: Text,
      choices: Type.Array(Choice, { minItems: 2 }),
      /** Empty only for an unscored (survey) item. */
      correct: Type.Array(Id),
    },
    closed,
  ),
  Type.Object(
    {
      type: Type.Literal('ordering'),
      ...itemBase,
      stem: Text,
      choices: Type.Array(Choice, { minItems: 2 }),
      /** The choice ids in the right order; empty only for an unscored item. */
      correct: Type.Array(Id),
    },
    closed,
  ),
  Type.Object(
    {
      type: Type.Literal('matching'),
      ...itemBase,
      stem: Text,
      /** The first column (what is matched), then the second (what it is matched to). */
      sources: Type.Array(Associable, { minItems: 1 }),
      targets: Type.Array(Associable, { minItems: 1 }),
      /** The right pairs (empty only unscored); partial-credit keys name a pair "source target". */
      correct: Type.Array(PairSchema),
    },
    closed,
  ),
  Type.Object(
    {
      type: Type.Literal('text_entry'),
      ...itemBase,
      /** The text around the blank, the blank written "____". */
      stem: Text,
      /** The right answer, compared exactly (QTI match on strings). */
      correct: Type.String({ minLength: 1 }),
      /** false: letter case is ignored, in the answer and in the partial-credit keys. */
      caseSensitive: Type.Optional(Type.Boolean()),
      expectedLength: Type.Optional(Type.Integer({ minimum: 1 })),
    },
    closed,
  ),
  /** A short or extended answer graded by hand (`manual` scoring) or against a scale. */
  Type.Object({ type: Type.Literal('open'), ...itemBase, stem: Text }, closed),
]);

/**
 * How a questionnaire turns item scores into a percentage per domain. `questions`: right
 * answers / questions (seed 000, slide 18), each question weighing one and a partial-credit
 * question counting the share of its points it earned; `points`: points / max points.
 */
export const QUESTIONNAIRE_BASES = ['questions', 'points'] as const;

export const QuestionnaireResultRuleSchema = Type.Object(
  { basis: Type.Enum(QUESTIONNAIRE_BASES), source: Type.Optional(Source) },
  closed,
);

export const SectionSchema = Type.Object(
  {
    id: Id,
    title: Type.Optional(Type.String({ minLength: 1 })),
    /** The domain the section's items count in, when all do. */
    domain: Type.Optional(Code),
    items: Type.Array(ItemSchema),
  },
  closed,
);

export const InstrumentSchema = Type.Object(
  {
    format: Type.Literal('certeval.instrument'),
    formatVersion: Type.Literal(1),
    id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Stable slug' }),
    version: Type.String({ minLength: 1 }),
    status: Type.Enum(INSTRUMENT_STATUSES),
    kind: Type.Enum(INSTRUMENT_KINDS),
    title: Type.String({ minLength: 1 }),
    description: Type.Optional(Type.String({ minLength: 1 })),
    /** A sample made up for demonstration, not a text of the certifier. */
    demo: Type.Optional(Type.Boolean()),
    binding: BindingSchema,
    sources: Type.Array(Type.String({ minLength: 1 })),
    audience: Type.Optional(Verbatim),
    /** Fields to fill at the top of the paper form. */
    header: Type.Optional(Type.Array(Verbatim)),
    guidance: Type.Optional(Type.Array(GuidanceSection)),
    timing: Type.Optional(Fact({ minutes: Type.Integer({ minimum: 1 }) })),
    observerLimit: Type.Optional(Fact({ max: Type.Integer({ minimum: 1 }) })),
    scales: Type.Array(ScaleSchema),
    grid: Type.Optional(
      Type.Object({ title: Verbatim, columns: Type.Array(Verbatim), source: Source }, closed),
    ),
    sections: Type.Array(SectionSchema, { minItems: 1 }),
    /** How a questionnaire's percentage per domain is computed; by questions when absent. */
    result: Type.Optional(QuestionnaireResultRuleSchema),
    rolePlays: Type.Optional(Type.Array(RolePlaySchema)),
    reportGrids: Type.Optional(Type.Array(ReportGridSchema)),
    /** Our remarks on the transcription (e.g. where tags come from). */
    notes: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    discrepancies: Type.Array(DiscrepancySchema),
  },
  { ...closed, title: 'Certeval instrument file' },
);

export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];
export type Binding = Static<typeof BindingSchema>;
export type AppreciationScale = Static<typeof ScaleSchema>;
export type AppreciationLevel = Static<typeof ScaleLevelSchema>;
export type Scoring = Static<typeof ScoringSchema>;
export type PartialCredit = Static<typeof PartialCreditSchema>;
export type ResponseCases = Static<typeof ResponseCasesSchema>;
export type ItemImage = Static<typeof ItemImageSchema>;
export type Item = Static<typeof ItemSchema>;
export type ItemType = Item['type'];
export type Pair = Static<typeof PairSchema>;
export type MatchingItem = Extract<Item, { type: 'matching' }>;
export type TextEntryItem = Extract<Item, { type: 'text_entry' }>;
export type QuestionnaireBasis = (typeof QUESTIONNAIRE_BASES)[number];
export type QuestionnaireResultRule = Static<typeof QuestionnaireResultRuleSchema>;
export type Section = Static<typeof SectionSchema>;
export type Instrument = Static<typeof InstrumentSchema>;
