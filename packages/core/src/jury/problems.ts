// Why a jury, a timetable, a grid or an agreement is refused: a closed set of codes, each
// problem located (which member, role, candidate, item, domain or slot) and worded in French
// and English. Expected failures are values (CONVENTIONS.md), never exceptions.
import type { LocalText } from '../deliberation/index.ts';
import type { JuryRole } from './juryRuleSchema.ts';

export const JURY_PROBLEM_CODES = [
  // composition (seed 001, seed 003)
  'too_few_members',
  'too_many_members',
  'duplicate_member',
  'role_not_allowed',
  'missing_role',
  'too_many_in_role',
  'no_president',
  'several_presidents',
  'too_few_independent',
  'not_independent',
  // conflicts of interest and the workstation (issue 6; seed 002)
  'conflict_same_company',
  'conflict_tutor',
  'conflict_trainer',
  'too_many_observers',
  'observer_not_member',
  // timetable
  'invalid_time',
  'invalid_length',
  'invalid_break',
  'overlapping_breaks',
  'duplicate_candidate',
  'past_end_of_day',
  'slot_overlap_session',
  'slot_overlap_candidate',
  'slot_overlap_member',
  // grids, comparison and agreement (seed 002)
  'unknown_item',
  'item_not_gradable',
  'percentage_out_of_range',
  'domain_not_graded',
  'no_report',
  'unknown_domain',
  'missing_agreed_domain',
  'comment_required',
  'no_jury_deliberation',
] as const;

export type JuryProblemCode = (typeof JURY_PROBLEM_CODES)[number];

export interface JuryProblemLocation {
  /** Person id of a jury member. */
  member?: string;
  role?: JuryRole;
  candidate?: string;
  item?: string;
  domain?: string;
  /** Index of a slot or break in its list. */
  slot?: number;
  /** Where in the input, when it helps: "$.breaks[1].end". */
  path?: string;
}

export interface JuryProblem {
  code: JuryProblemCode;
  at: JuryProblemLocation;
  message: LocalText;
  /** Where the rule comes from, e.g. "seed 001, Composition des jurys". */
  source?: string;
}

export function juryProblem(
  code: JuryProblemCode,
  at: JuryProblemLocation,
  message: LocalText,
  source?: string,
): JuryProblem {
  return source === undefined ? { code, at, message } : { code, at, message, source };
}

/** A result that is a value or its located problems. */
export type JuryResult<T> = { ok: true; value: T } | { ok: false; problems: JuryProblem[] };

export const isPercentage = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
