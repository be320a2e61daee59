// What the questionnaire engine needs beyond schema.ts (issue 4, item 5), kept here as an
// extension until it is merged there: matching and short-text items, the points a partial-
// credit table gives to a response it does not name (QTI mapping defaultValue), and the
// basis the instrument computes its percentage on. Extended text needs no new shape: it is an
// `open` item with `manual` scoring.
import { type Static, Type } from 'typebox';
import { Code, Source } from '../../referential/index.ts';
import { closed, Id, Text } from '../primitives.ts';
import { type Instrument, type Item, ScoringSchema, type Section } from '../schema.ts';

/** partial_credit with QTI map_response's defaultValue; the rest is schema.ts's. */
export const PartialCreditSchema = Type.Object(
  {
    model: Type.Literal('partial_credit'),
    /** Points per response key (a choice id, a "source target" pair, a text answer). */
    points: Type.Record(Type.String(), Type.Number()),
    /** Points of a response the table does not name; 0 when absent. */
    unmapped: Type.Optional(Type.Number()),
    min: Type.Optional(Type.Number()),
    max: Type.Number({ exclusiveMinimum: 0 }),
  },
  closed,
);

export const QuestionnaireScoringSchema = Type.Union([ScoringSchema, PartialCreditSchema]);

const itemBase = {
  id: Id,
  domain: Type.Optional(Code),
  evaluates: Type.Array(Code),
  scoring: QuestionnaireScoringSchema,
  source: Type.Optional(Source),
};

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

export const MatchingItemSchema = Type.Object(
  {
    type: Type.Literal('matching'),
    ...itemBase,
    stem: Text,
    /** The first column (what is matched), then the second (what it is matched to). */
    sources: Type.Array(Associable, { minItems: 1 }),
    targets: Type.Array(Associable, { minItems: 1 }),
    /** The right pairs; partial-credit keys name a pair as "source target" (QTI directedPair). */
    correct: Type.Array(PairSchema, { minItems: 1 }),
  },
  closed,
);

export const TextEntryItemSchema = Type.Object(
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
);

/**
 * How the instrument turns item scores into a percentage per domain. `questions`: right
 * answers / questions (seed 000, slide 18), each question weighing one and a partial-credit
 * question counting the share of its points it earned; `points`: points / max points.
 */
export const QUESTIONNAIRE_BASES = ['questions', 'points'] as const;

export const QuestionnaireResultRuleSchema = Type.Object(
  { basis: Type.Enum(QUESTIONNAIRE_BASES), source: Type.Optional(Source) },
  closed,
);

export type PartialCredit = Static<typeof PartialCreditSchema>;
export type QuestionnaireScoring = Static<typeof QuestionnaireScoringSchema>;
export type Pair = Static<typeof PairSchema>;
export type MatchingItem = Static<typeof MatchingItemSchema>;
export type TextEntryItem = Static<typeof TextEntryItemSchema>;
export type QuestionnaireBasis = (typeof QUESTIONNAIRE_BASES)[number];
export type QuestionnaireResultRule = Static<typeof QuestionnaireResultRuleSchema>;

/** An item of schema.ts whose partial credit may carry `unmapped`. */
type Rescored<T> = T extends unknown
  ? Omit<T, 'scoring'> & { scoring: QuestionnaireScoring }
  : never;

export type QuestionnaireItem = Rescored<Item> | MatchingItem | TextEntryItem;

export type QuestionnaireSection = Omit<Section, 'items'> & { items: QuestionnaireItem[] };

/** An instrument whose items may use the shapes above; every Instrument is one. */
export type Questionnaire = Omit<Instrument, 'sections'> & {
  sections: QuestionnaireSection[];
  result?: QuestionnaireResultRule;
};

/** What scoring reads of a questionnaire. */
export interface QuestionnaireContent {
  sections: ReadonlyArray<{ domain?: string; items: readonly QuestionnaireItem[] }>;
  result?: QuestionnaireResultRule;
}
