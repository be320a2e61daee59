// The stored members of a session as core's jury members, the candidate's ties for conflicts
// of interest, and core's located jury problems as the API's problem details.
import type { CandidateTies, JuryMember, JuryProblem, JuryRole } from '@certeval/core';
import type { ProblemDetail } from '../platform/errors.ts';
import type { MemberRow, SessionCandidate } from './store.ts';

export function toJuryMember(row: MemberRow): JuryMember {
  return {
    personId: row.userId,
    name: row.name,
    role: row.role as JuryRole,
    ...(row.presides ? { presides: true } : {}),
    ...(row.affiliationOrganisationId ? { organisationId: row.affiliationOrganisationId } : {}),
    ...(row.affiliation ? { organisationName: row.affiliation } : {}),
    ...(row.independent ? { independent: true } : {}),
  };
}

/**
 * The members as they stand towards one candidate: a member who holds any role in the
 * candidate's company counts as working for it, whatever their declared affiliation.
 */
export function membersTowards(
  members: readonly JuryMember[],
  organisationsByPerson: ReadonlyMap<string, readonly string[]>,
  companyId: string,
): JuryMember[] {
  return members.map((member) =>
    organisationsByPerson.get(member.personId)?.includes(companyId)
      ? { ...member, organisationId: companyId }
      : member,
  );
}

export function candidateName(candidate: SessionCandidate['candidate']): string {
  const first = (candidate.firstNames as string[]).join(' ');
  return `${first} ${candidate.usageName ?? candidate.birthName}`;
}

export function tiesOf(seat: SessionCandidate): CandidateTies {
  const { candidate } = seat;
  return {
    candidateId: candidate.id,
    name: candidateName(candidate),
    companyId: candidate.organisationId,
    tutorIds: candidate.tutorId ? [candidate.tutorId] : [],
    trainerIds: candidate.trainerId ? [candidate.trainerId] : [],
  };
}

/** "$.members[2]" → "body/members/2"; anything else about the members → "body/members". */
export function problemDetails(problems: readonly JuryProblem[], base = 'body/members') {
  return problems.map(
    (problem): ProblemDetail => ({
      code: problem.code,
      path: memberPath(problem.at.path, base),
      message: problem.source
        ? {
            fr: `${problem.message.fr} (${problem.source})`,
            en: `${problem.message.en} (${problem.source})`,
          }
        : problem.message,
    }),
  );
}

function memberPath(path: string | undefined, base: string): string {
  const match = path ? /^\$\.members\[(\d+)\]/.exec(path) : null;
  return match ? `${base}/${match[1]}` : base;
}
