// The `jury` section of a rule set (data/rules/*.yaml): how a certification's juries are
// composed and run, as data a certifier reads and edits — the seats and how many of each
// (seed 001: one representative of each college; seed 003: two assessors, one independent of
// the certifier), the president, the conflicts of interest refused, the limit of observers
// at a workstation and the length of a slot (seed 002), how the members' grids become the
// jury's evidence (seed 002), and what a convocation tells the candidate.
import { type Static, Type } from 'typebox';

const closed = { additionalProperties: false } as const;

// The rule set's Text and Citation, restated: ruleSetSchema.ts imports this file, so importing
// them back would be an import cycle evaluated before they exist. The JSON is the same.
const Text = Type.Object(
  { fr: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) },
  closed,
);
const Citation = Type.Object(
  {
    source: Type.String({ minLength: 1, description: 'e.g. "seed 001, Composition des jurys"' }),
    quote: Type.Optional(Type.String({ minLength: 1, description: 'Verbatim from the source' })),
    note: Type.Optional(Type.String({ minLength: 1, description: 'Our reading of the source' })),
  },
  closed,
);

/**
 * The seat a member holds. `president` is a seat of its own for a president who represents no
 * college; a member of another seat who is named president has `presides: true` (seed 002:
 * "un président est nommé").
 */
export const JURY_ROLES = [
  'president',
  'employers_representative',
  'employees_representative',
  'opca_representative',
  'assessor',
  'independent_assessor',
  'professional',
] as const;

/** Who may not sit for a candidate (issue 6, item 3). */
export const CONFLICT_KINDS = ['same_company', 'tutor', 'trainer'] as const;

const Count = Type.Integer({ minimum: 0 });

const RoleSeat = Type.Object(
  {
    role: Type.Enum(JURY_ROLES),
    min: Count,
    /** No maximum when absent. */
    max: Type.Optional(Type.Integer({ minimum: 1 })),
    citation: Citation,
  },
  closed,
);

const Composition = Type.Object(
  {
    /** How many members the jury has, all seats together. */
    members: Type.Object(
      {
        min: Type.Integer({ minimum: 1 }),
        max: Type.Optional(Type.Integer({ minimum: 1 })),
        citation: Citation,
      },
      closed,
    ),
    /** The seats of the jury; a member whose role is not listed is refused. */
    roles: Type.Array(RoleSeat, { minItems: 1 }),
    /** How many members preside (role president, or presides: true). */
    president: Type.Object(
      { min: Count, max: Type.Optional(Type.Integer({ minimum: 1 })), citation: Citation },
      closed,
    ),
    /** Members independent of the certifier (independent assessor, or independent: true). */
    independent: Type.Optional(
      Type.Object({ min: Type.Integer({ minimum: 1 }), citation: Citation }, closed),
    ),
  },
  closed,
);

const Conflict = Type.Object({ kind: Type.Enum(CONFLICT_KINDS), citation: Citation }, closed);

const Deliberation = Type.Object(
  {
    /** The instrument each member grades on (the jury guide of seed 002). */
    instrument: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
    /** The rule-set instrument the agreed percentages count as (the jury row of slide 19). */
    countsAs: Type.String({ pattern: '^[a-z0-9]+([_-][a-z0-9]+)*$' }),
    /** A domain whose members' percentages spread (max − min) above this is flagged. */
    divergence: Type.Object(
      { spread: Type.Number({ minimum: 0, maximum: 100 }), citation: Citation },
      closed,
    ),
    citation: Citation,
  },
  closed,
);

const Convocation = Type.Object(
  {
    /** How the test runs, in order, as the candidate reads it. */
    programme: Type.Array(Text, { minItems: 1 }),
    /** What the candidate brings. */
    bring: Type.Array(Text),
    citation: Citation,
  },
  closed,
);

export const JuryRuleSchema = Type.Object(
  {
    composition: Composition,
    conflicts: Type.Array(Conflict),
    /** At most this many jury members at the workstation during the observation. */
    workstationObservers: Type.Optional(
      Type.Object({ max: Type.Integer({ minimum: 1 }), citation: Citation }, closed),
    ),
    /** The length of one candidate's test in the timetable. */
    slot: Type.Object(
      { minutes: Type.Integer({ minimum: 5, maximum: 480 }), citation: Citation },
      closed,
    ),
    /** Percentages per observation agreed per domain (seed 002); absent where the jury judges
     * otherwise (Acquis / Non acquis, seed 003). */
    deliberation: Type.Optional(Deliberation),
    convocation: Type.Optional(Convocation),
  },
  { ...closed, description: 'How the juries of the certification are composed and run' },
);

export type JuryRole = (typeof JURY_ROLES)[number];
export type ConflictKind = (typeof CONFLICT_KINDS)[number];
export type JuryRule = Static<typeof JuryRuleSchema>;
export type JuryRoleSeat = JuryRule['composition']['roles'][number];
export type JuryDeliberationRule = NonNullable<JuryRule['deliberation']>;
