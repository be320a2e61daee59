// Conflicts of interest (issue 6, item 3) and the workstation limit (seed 002).
import { describe, expect, it } from 'vitest';
import {
  checkCandidateJury,
  checkObservers,
  conflictsOfInterest,
  membersFor,
} from './conflicts.ts';
import {
  candidate,
  cqpJuryRule,
  cqpMembers,
  titleJuryRule,
  titleMembers,
} from './juryTestData.testing.ts';

const cqp = cqpJuryRule();

describe('conflicts of interest', () => {
  it('has no conflict for a candidate with no tie to the jury', () => {
    expect(checkCandidateJury(cqp, cqpMembers(), candidate())).toEqual([]);
  });

  it("refuses a member from the candidate's company, and says the college is then empty", () => {
    const tied = candidate({ companyId: 'org-federation' });
    const problems = checkCandidateJury(cqp, cqpMembers(), tied);
    expect(problems.map((p) => [p.code, p.at.member ?? p.at.role])).toEqual([
      ['conflict_same_company', 'p-dubreuil'],
      ['too_few_members', undefined],
      ['missing_role', 'employers_representative'],
      ['no_president', 'president'],
    ]);
    expect(problems[0]?.message.fr).toBe(
      "Claire Dubreuil travaille dans l'entreprise de Hélène Lefèvre-Nguyễn : ne peut pas siéger pour ce candidat (conflit d'intérêts)",
    );
    expect(problems.every((p) => p.at.candidate === 'c-lefevre')).toBe(true);
  });

  it("refuses the candidate's tutor and trainer on a CQP AGC jury", () => {
    const tied = candidate({ tutorIds: ['p-lemoine'], trainerIds: ['p-ferrand'] });
    expect(conflictsOfInterest(cqp, cqpMembers(), tied).map((p) => p.code)).toEqual([
      'conflict_tutor',
      'conflict_trainer',
    ]);
    expect(membersFor(cqp, cqpMembers(), tied).map((m) => m.personId)).toEqual(['p-dubreuil']);
  });

  it('lets a trainer of the centre sit on a seed 003 jury, but not the tutor', () => {
    const title = titleJuryRule();
    const asTrainer = candidate({ trainerIds: ['p-roux'] });
    expect(checkCandidateJury(title, titleMembers(), asTrainer)).toEqual([]);
    const asTutor = candidate({ tutorIds: ['p-roux'] });
    expect(conflictsOfInterest(title, titleMembers(), asTutor).map((p) => p.code)).toEqual([
      'conflict_tutor',
    ]);
  });
});

describe('at the workstation (seed 002: no more than 3 people of the jury)', () => {
  const members = [
    ...cqpMembers(),
    { personId: 'p-arnaud', name: 'Luc Arnaud', role: 'president' as const },
  ];

  it('accepts three observers', () => {
    expect(checkObservers(cqp, members, ['p-dubreuil', 'p-lemoine', 'p-ferrand'])).toEqual([]);
  });

  it('refuses a fourth, citing seed 002', () => {
    const problems = checkObservers(
      cqp,
      members,
      members.map((m) => m.personId),
      candidate(),
    );
    expect(problems.map((p) => p.code)).toEqual(['too_many_observers']);
    expect(problems[0]?.message.fr).toBe('4 membres du jury au poste de travail : pas plus de 3');
    expect(problems[0]?.source).toBe("seed 002, PENDANT L'EPREUVE JURY");
  });

  it('refuses an observer who is not on the jury or who is in conflict', () => {
    const tied = candidate({ tutorIds: ['p-lemoine'] });
    expect(checkObservers(cqp, members, ['p-lemoine', 'p-tutor'], tied).map((p) => p.code)).toEqual(
      ['observer_not_member', 'conflict_tutor'],
    );
  });
});
