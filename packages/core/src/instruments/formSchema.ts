// The parts of an instrument that a paper or screen form needs beyond its items: role-play
// cards, the guidance to evaluators (before / during / after), the report and synthesis grids,
// and facts such as the timing. Seed 002 (the CQP AGC jury guide) is the model.
import { type Static, Type } from 'typebox';
import { Code, Source, Verbatim } from '../referential/index.ts';
import { closed, Id } from './primitives.ts';

export const GUIDANCE_PHASES = [
  'introduction',
  'objectives',
  'procedure',
  'before',
  'during',
  'after',
] as const;

export const RolePlaySchema = Type.Object(
  {
    id: Id,
    number: Type.Integer({ minimum: 1 }),
    title: Verbatim,
    roles: Type.Array(Type.Object({ who: Verbatim, role: Verbatim }, closed), { minItems: 1 }),
    context: Type.Array(Verbatim, { minItems: 1 }),
    /** The line that introduces the prompts, e.g. "Le client réagit :". */
    promptsIntro: Type.Optional(Verbatim),
    prompts: Type.Array(
      Type.Object(
        {
          text: Verbatim,
          /** A line the jury says, or a situation the jury sets up. */
          kind: Type.Enum(['line', 'situation']),
          /** When the prompt applies, e.g. "Si réclamation acceptée :". */
          condition: Type.Optional(Verbatim),
        },
        closed,
      ),
      { minItems: 1 },
    ),
    successCriteria: Type.Array(Verbatim, { minItems: 1 }),
    source: Source,
  },
  closed,
);

/** A paragraph, or a bulleted list. */
const Passage = Type.Union([Verbatim, Type.Object({ list: Type.Array(Verbatim) }, closed)]);

export const GuidanceSection = Type.Object(
  {
    phase: Type.Enum(GUIDANCE_PHASES),
    heading: Type.Optional(Verbatim),
    passages: Type.Array(Passage),
    source: Source,
  },
  closed,
);

export const ReportGridSchema = Type.Object(
  {
    id: Id,
    title: Verbatim,
    filledBy: Type.Enum(['each_evaluator', 'president']),
    /** mean_of_items: the mean of the item percentages of a domain; agreed: the jury agrees. */
    aggregation: Type.Enum(['mean_of_items', 'agreed']),
    audience: Type.Optional(Verbatim),
    header: Type.Optional(Type.Array(Verbatim)),
    columnsHeading: Verbatim,
    rowLabel: Verbatim,
    columns: Type.Array(Type.Object({ domain: Code, label: Verbatim, unit: Verbatim }, closed)),
    comments: Type.Optional(Verbatim),
    signature: Type.Optional(Verbatim),
    source: Source,
  },
  closed,
);

export const Fact = <T extends Record<string, ReturnType<typeof Type.Integer>>>(fields: T) =>
  Type.Object({ ...fields, text: Verbatim, source: Source }, closed);

export type RolePlay = Static<typeof RolePlaySchema>;
export type ReportGrid = Static<typeof ReportGridSchema>;
