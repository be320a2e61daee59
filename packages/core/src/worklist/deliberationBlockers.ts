// Where one candidate's deliberation stands and what holds it up (issue 16, item 1: the
// certifier's deliberations "by state, with what blocks each"; the jury member's grids "to
// fill, filled, signed"). The steps are core's state machine (jury/deliberationStates.ts,
// after seed 002: the members grade, the president leads the consensus, records the agreement
// and signs); a blocker says who must do what next. Dates stay data: the screen formats them.
import type { LocalText } from '../deliberation/index.ts';
import type { DeliberationStatus } from '../jury/deliberationStates.ts';

export interface SeatFacts {
  status: DeliberationStatus;
  /** The members sitting for the candidate (the jury less those in conflict). */
  graders: ReadonlyArray<{ personId: string; name: string }>;
  /** Each grader's grid of this candidate, when they opened one. */
  grids: ReadonlyArray<{ personId: string; status: string }>;
  /** The member who presides, by name. */
  president: string | null;
  /** Why the jury cannot sit for this candidate (conflicts leaving it incomplete). */
  problems: readonly LocalText[];
  /** The reason of the latest reopening, when reopened. */
  reopenReason: string | null;
  /** The session's day, YYYY-MM-DD. */
  sessionDate: string;
  /** Once signed: whether the certificates or attestations are issued. */
  issued: boolean;
}

export type Blocker =
  | { code: 'jury_incomplete'; messages: LocalText[] }
  | { code: 'session_ahead'; date: string }
  | { code: 'grids_missing'; names: string[] }
  | { code: 'close_grading'; president: string | null }
  | { code: 'agreement'; president: string | null }
  | { code: 'signature'; president: string | null }
  | { code: 'resume'; president: string | null; reason: string | null }
  | { code: 'certificates' };

const submittedBy = (facts: SeatFacts) =>
  new Set(facts.grids.filter((g) => g.status === 'submitted').map((g) => g.personId));

/** What holds the deliberation up, first things first; empty when nothing remains to do. */
export function deliberationBlockers(facts: SeatFacts, today: string): Blocker[] {
  if (facts.problems.length > 0)
    return [{ code: 'jury_incomplete', messages: [...facts.problems] }];
  const president = facts.president;
  switch (facts.status) {
    case 'grading': {
      const done = submittedBy(facts);
      const names = facts.graders.filter((g) => !done.has(g.personId)).map((g) => g.name);
      if (names.length === 0) return [{ code: 'close_grading', president }];
      const ahead = facts.sessionDate > today && done.size === 0;
      return [
        ...(ahead ? [{ code: 'session_ahead' as const, date: facts.sessionDate }] : []),
        { code: 'grids_missing', names },
      ];
    }
    case 'consensus':
      return [{ code: 'agreement', president }];
    case 'decided':
      return [{ code: 'signature', president }];
    case 'reopened':
      return [{ code: 'resume', president, reason: facts.reopenReason }];
    case 'signed':
      return facts.issued ? [] : [{ code: 'certificates' }];
  }
}

export const MEMBER_GRID_STATUSES = [
  'to_fill',
  'in_progress',
  'filled',
  'closed',
  'signed',
] as const;
export type MemberGridStatus = (typeof MEMBER_GRID_STATUSES)[number];

/**
 * Where a member's own grid of one candidate stands, or undefined when they do not grade this
 * candidate (a conflict of interest). `closed`: the president closed the grading without it.
 */
export function memberGridStatus(
  facts: Pick<SeatFacts, 'status' | 'graders' | 'grids'>,
  memberId: string,
): MemberGridStatus | undefined {
  if (!facts.graders.some((g) => g.personId === memberId)) return undefined;
  if (facts.status === 'signed') return 'signed';
  const grid = facts.grids.find((g) => g.personId === memberId);
  if (grid?.status === 'submitted') return 'filled';
  if (facts.status !== 'grading') return 'closed';
  return grid ? 'in_progress' : 'to_fill';
}
