// The jury's lists as their sections show them (issue 16), pure: the certifier's deliberations
// grouped by state in the order they are acted on, a member's grids grouped by what remains.
import type { DeliberationStatus } from '../jury/juryApi.ts';
import type { ListedDeliberation, MemberGrid, MemberGridStatus } from './sectionsApi.ts';

const byDay = <T extends { session: { date: string; startTime: string } }>(a: T, b: T) =>
  a.session.date.localeCompare(b.session.date) ||
  a.session.startTime.localeCompare(b.session.startTime);

/** What waits first (members grading), what is done last (signed); empty states left out. */
export const DELIBERATION_ORDER: DeliberationStatus[] = [
  'grading',
  'consensus',
  'decided',
  'reopened',
  'signed',
];

export function deliberationsByState(seats: readonly ListedDeliberation[]) {
  return DELIBERATION_ORDER.map((status) => ({
    status,
    seats: seats.filter((s) => s.status === status).sort(byDay),
  })).filter((group) => group.seats.length > 0);
}

export type GridPart = 'toFill' | 'filled' | 'closed' | 'signed';

const PARTS: Record<GridPart, MemberGridStatus[]> = {
  toFill: ['to_fill', 'in_progress'],
  filled: ['filled'],
  closed: ['closed'],
  signed: ['signed'],
};

/** A member's grids: to fill (begun or not), filled, closed without theirs (only if any), signed. */
export function gridParts(grids: readonly MemberGrid[]) {
  return (Object.keys(PARTS) as GridPart[])
    .map((part) => ({
      part,
      grids: grids.filter((g) => PARTS[part].includes(g.status)).sort(byDay),
    }))
    .filter((p) => p.part !== 'closed' || p.grids.length > 0);
}
