// Which candidates a space lists (issue 5, item 8; issue 19): the server returns only what the
// person may see, in all their roles at once; a space narrows that to what its role is about —
// a tutor's own tutees, a pilot's company, everything for the certifier — through the list's
// filters, so that the server reads one page of them at a time, whatever their number.
import type { Role } from '../auth/me.ts';
import type { CandidateFilter } from './candidatesApi.ts';

export type Space = { role: Role; organisationId: string; organisationName: string };
export type Person = { id: string; displayName: string };

/** "Lucas Moreau", "Inès Marie Dumont": first names, then the usage name or the birth name. */
export function candidateName(c: {
  firstNames: string[];
  usageName?: string | null;
  birthName: string;
}) {
  return `${c.firstNames.join(' ')} ${c.usageName ?? c.birthName}`;
}

/** The name typed, as the server searches it: nothing when only spaces are typed. */
export function nameFilter(typed: string): { name?: string } {
  const name = typed.trim().slice(0, 200);
  return name ? { name } : {};
}

/** The filter of a space's list, with the name typed (accents and a typo are the server's). */
export function spaceFilter(space: Space, me: Person, typed = ''): CandidateFilter {
  const named = nameFilter(typed);
  switch (space.role) {
    case 'company_pilot':
      return { company: space.organisationId, ...named };
    case 'tutor':
      return { tutor: me.id, ...named };
    case 'trainer':
      return { trainer: me.id, ...named };
    default:
      return named;
  }
}

/** The pages seen so far: the cursor of each, the first one null. */
export type PageTrail = readonly (string | null)[];

export const firstPage: PageTrail = [null];

/** The trail one page on, or unchanged on the last page. */
export const nextPage = (trail: PageTrail, next: string | null): PageTrail =>
  next ? [...trail, next] : trail;

/** The trail one page back, or unchanged on the first page. */
export const previousPage = (trail: PageTrail): PageTrail =>
  trail.length > 1 ? trail.slice(0, -1) : trail;
