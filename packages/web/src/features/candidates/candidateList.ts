// Which candidates a space lists (issue 5, item 8, as the web shows it): the server already
// returns only what the person may see, in all their roles at once; a space narrows that to
// what its role is about — a tutor's own tutees, a pilot's company, everything for the certifier.
import type { Role } from '../auth/me.ts';
import type { CandidateSummary, ProjectSummary } from './candidatesApi.ts';

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

// The list does not carry the tutor's and trainer's ids yet: their names stand in for them
// (a display name is not unique; see the API note of the issue 5 screens).
function follows(id: string | null | undefined, name: string | null, me: Person): boolean {
  return id !== undefined ? id === me.id : name === me.displayName;
}

function inCompany(
  candidate: CandidateSummary,
  space: Space,
  projects: readonly ProjectSummary[] | undefined,
): boolean {
  if (candidate.organisationId !== undefined)
    return candidate.organisationId === space.organisationId;
  const project = projects?.find((p) => p.id === candidate.projectId);
  return project
    ? project.organisationId === space.organisationId
    : candidate.organisationName === space.organisationName;
}

export function candidatesOfSpace(
  candidates: readonly CandidateSummary[],
  space: Space,
  me: Person,
  projects?: readonly ProjectSummary[],
): CandidateSummary[] {
  const keep = (c: CandidateSummary) => {
    switch (space.role) {
      case 'company_pilot':
        return inCompany(c, space, projects);
      case 'tutor':
        return follows(c.tutorId, c.tutorName, me);
      case 'trainer':
        return follows(c.trainerId, c.trainerName, me);
      default:
        return true;
    }
  };
  return candidates
    .filter(keep)
    .sort((a, b) =>
      `${a.usageName ?? a.birthName} ${a.firstNames.join(' ')}`.localeCompare(
        `${b.usageName ?? b.birthName} ${b.firstNames.join(' ')}`,
        'fr',
      ),
    );
}

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
