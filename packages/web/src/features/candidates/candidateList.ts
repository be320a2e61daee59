// Which candidates a space lists (issue 5, item 8; issue 19): the server returns only what the
// person may see, in all their roles at once; a space narrows that to what its role is about —
// a tutor's own tutees, a pilot's company, everything for the certifier — through the list's
// filters, so that the server reads one page of them at a time, whatever their number.
import type { Role } from '../auth/me.ts';
import type { CandidateFilter, CandidateSummary } from './candidatesApi.ts';

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

/** The filter of a space's list, with the name typed (accents and a typo are the server's). */
export function spaceFilter(space: Space, me: Person, typed = ''): CandidateFilter {
  const name = typed.trim().slice(0, 200);
  const named = name ? { name } : {};
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

/** The candidates whose name, project or company contains the text typed, case and accents aside. */
export function matching(candidates: readonly CandidateSummary[], text: string) {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const wanted = fold(text.trim());
  if (!wanted) return [...candidates];
  return candidates.filter((c) =>
    fold(
      [c.birthName, c.usageName ?? '', ...c.firstNames, c.projectTitle, c.organisationName].join(
        ' ',
      ),
    ).includes(wanted),
  );
}
