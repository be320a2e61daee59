// Conflicts of interest and the workstation (issue 6, item 3; seed 002). A member from the
// candidate's company, the candidate's tutor or trainer may not judge that candidate: the rule
// set lists which ties count. Without them the jury must still be complete for that candidate
// (a college left empty is a problem, not a silent smaller jury). At most three jury members
// at the workstation: "il est conseillé de ne pas réunir plus de 3 personnes dans le jury
// pendant l'observation au poste" (seed 002).
import { type CompositionContext, checkComposition } from './composition.ts';
import type { JuryMember } from './juryRoles.ts';
import type { ConflictKind, JuryRule } from './juryRuleSchema.ts';
import { type JuryProblem, type JuryProblemCode, juryProblem } from './problems.ts';

/** What ties a candidate to people and organisations. */
export interface CandidateTies {
  candidateId: string;
  name: string;
  /** The candidate's employer (organisation id). */
  companyId?: string;
  tutorIds?: readonly string[];
  trainerIds?: readonly string[];
}

const CONFLICT_CODES: Record<ConflictKind, JuryProblemCode> = {
  same_company: 'conflict_same_company',
  tutor: 'conflict_tutor',
  trainer: 'conflict_trainer',
};

function tied(kind: ConflictKind, member: JuryMember, candidate: CandidateTies): boolean {
  switch (kind) {
    case 'same_company':
      return candidate.companyId !== undefined && member.organisationId === candidate.companyId;
    case 'tutor':
      return (candidate.tutorIds ?? []).includes(member.personId);
    case 'trainer':
      return (candidate.trainerIds ?? []).includes(member.personId);
  }
}

function conflictText(kind: ConflictKind, member: JuryMember, candidate: CandidateTies) {
  const who = { fr: member.name, en: member.name };
  const tie = {
    same_company: {
      fr: `travaille dans l'entreprise de ${candidate.name}`,
      en: `works for ${candidate.name}'s company`,
    },
    tutor: { fr: `est le tuteur de ${candidate.name}`, en: `is ${candidate.name}'s tutor` },
    trainer: {
      fr: `est le formateur de ${candidate.name}`,
      en: `is ${candidate.name}'s trainer`,
    },
  }[kind];
  return {
    fr: `${who.fr} ${tie.fr} : ne peut pas siéger pour ce candidat (conflit d'intérêts)`,
    en: `${who.en} ${tie.en}: may not sit for this candidate (conflict of interest)`,
  };
}

/** Each member the rule refuses for this candidate, with the reason. */
export function conflictsOfInterest(
  rule: JuryRule,
  members: readonly JuryMember[],
  candidate: CandidateTies,
): JuryProblem[] {
  return members.flatMap((member) =>
    rule.conflicts.flatMap((conflict) =>
      tied(conflict.kind, member, candidate)
        ? [
            juryProblem(
              CONFLICT_CODES[conflict.kind],
              { member: member.personId, candidate: candidate.candidateId },
              conflictText(conflict.kind, member, candidate),
              conflict.citation.source,
            ),
          ]
        : [],
    ),
  );
}

/** The members who may judge the candidate: the jury less those in conflict. */
export function membersFor(
  rule: JuryRule,
  members: readonly JuryMember[],
  candidate: CandidateTies,
): JuryMember[] {
  const refused = new Set(conflictsOfInterest(rule, members, candidate).map((p) => p.at.member));
  return members.filter((member) => !refused.has(member.personId));
}

/**
 * The jury as it sits for one candidate: the conflicts, then the composition of the members
 * left, each problem located on the candidate. Empty when the candidate can be judged.
 */
export function checkCandidateJury(
  rule: JuryRule,
  members: readonly JuryMember[],
  candidate: CandidateTies,
  context: CompositionContext = {},
): JuryProblem[] {
  const conflicts = conflictsOfInterest(rule, members, candidate);
  if (conflicts.length === 0) return [];
  const left = membersFor(rule, members, candidate);
  const incomplete = checkComposition(rule, left, context).map((problem) => ({
    ...problem,
    at: { ...problem.at, candidate: candidate.candidateId },
    message: {
      fr: `Pour ${candidate.name}, sans les membres en conflit : ${problem.message.fr}`,
      en: `For ${candidate.name}, without the members in conflict: ${problem.message.en}`,
    },
  }));
  return [...conflicts, ...incomplete];
}

/** The jury members observing a candidate at the workstation: members, and not too many. */
export function checkObservers(
  rule: JuryRule,
  members: readonly JuryMember[],
  observerIds: readonly string[],
  candidate?: CandidateTies,
): JuryProblem[] {
  const at = candidate ? { candidate: candidate.candidateId } : {};
  const known = new Set(members.map((m) => m.personId));
  const problems = observerIds.flatMap((id) =>
    known.has(id)
      ? []
      : [
          juryProblem(
            'observer_not_member',
            { ...at, member: id },
            {
              fr: `${id} n'est pas membre de ce jury`,
              en: `${id} is not a member of this jury`,
            },
          ),
        ],
  );
  const limit = rule.workstationObservers;
  const count = new Set(observerIds).size;
  if (limit && count > limit.max)
    problems.push(
      juryProblem(
        'too_many_observers',
        at,
        {
          fr: `${count} membres du jury au poste de travail : pas plus de ${limit.max}`,
          en: `${count} jury members at the workstation: no more than ${limit.max}`,
        },
        limit.citation.source,
      ),
    );
  if (candidate) problems.push(...conflictsAmong(rule, members, observerIds, candidate));
  return problems;
}

function conflictsAmong(
  rule: JuryRule,
  members: readonly JuryMember[],
  observerIds: readonly string[],
  candidate: CandidateTies,
): JuryProblem[] {
  const observing = members.filter((m) => observerIds.includes(m.personId));
  return conflictsOfInterest(rule, observing, candidate);
}
