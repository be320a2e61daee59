// Juries checked against the shipped rules: the CQP AGC (seed 001: one representative of each
// college; seed 002: a president) and the seed 003 title (two assessors, one independent).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkComposition } from './composition.ts';
import type { JuryMember } from './juryRoles.ts';
import type { JuryRole } from './juryRuleSchema.ts';
import {
  CERTIFIER_ID,
  cqpJuryRule,
  cqpMembers,
  titleJuryRule,
  titleMembers,
} from './juryTestData.testing.ts';

const cqp = cqpJuryRule();
const title = titleJuryRule();
const codes = (members: JuryMember[], rule = cqp) =>
  checkComposition(rule, members, { certifierId: CERTIFIER_ID }).map((p) => p.code);

describe('a CQP AGC jury (seed 001, seed 002)', () => {
  it('accepts one representative of each college, one of whom presides', () => {
    expect(checkComposition(cqp, cqpMembers())).toEqual([]);
  });

  it('names the missing college and the seed it comes from', () => {
    const [problem, ...rest] = checkComposition(cqp, cqpMembers().slice(0, 2));
    expect(rest.map((p) => p.code)).toEqual(['missing_role']);
    expect(problem?.code).toBe('too_few_members');
    expect(rest[0]?.at.role).toBe('opca_representative');
    expect(rest[0]?.message.fr).toBe(
      "Il manque : représentant(e) de l'OPCA (1 requis, 0 présent(s))",
    );
    expect(rest[0]?.source).toBe('seed 001, Composition des jurys');
  });

  it('refuses two representatives of the same college, which would break parity', () => {
    const [a, b, c] = cqpMembers();
    const second = { ...a, personId: 'p-x', name: 'Paul Girard', presides: false } as JuryMember;
    expect(codes([a, b, c, second] as JuryMember[])).toEqual(['too_many_in_role']);
  });

  it('asks for exactly one president', () => {
    const members = cqpMembers().map((m) => ({ ...m, presides: false }));
    expect(codes(members)).toEqual(['no_president']);
    const everyone = cqpMembers().map((m) => ({ ...m, presides: true }));
    const [problem] = checkComposition(cqp, everyone);
    expect(problem?.code).toBe('several_presidents');
    expect(problem?.message.en).toBe('Too many members as jury president: 3 for at most 1');
  });

  it('accepts a president who represents no college, besides the three representatives', () => {
    const members = cqpMembers().map((m) => ({ ...m, presides: false }));
    const president: JuryMember = { personId: 'p-arnaud', name: 'Luc Arnaud', role: 'president' };
    expect(codes([...members, president])).toEqual([]);
  });

  it('refuses a seat the certification does not have, and a person listed twice', () => {
    const [a, b, c] = cqpMembers() as [JuryMember, JuryMember, JuryMember];
    const assessor: JuryMember = { personId: 'p-y', name: 'Eva Marin', role: 'assessor' };
    expect(codes([a, b, c, assessor])).toEqual(['role_not_allowed']);
    expect(codes([a, b, c, { ...b }])).toEqual(['duplicate_member', 'too_many_in_role']);
  });

  it('any jury of one per college with one president is valid; without any member it is not', () => {
    const colleges: JuryRole[] = [
      'employers_representative',
      'employees_representative',
      'opca_representative',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 3, maxLength: 3 }),
        (presiding, removed, ids) => {
          const members = colleges.map((role, k) => ({
            personId: ids[k] ?? '',
            name: `Membre ${k}`,
            role,
            presides: k === presiding,
          }));
          expect(checkComposition(cqp, members)).toEqual([]);
          const left = members.filter((_, k) => k !== removed);
          const problems = checkComposition(cqp, left);
          expect(problems.some((p) => p.at.role === colleges[removed])).toBe(true);
        },
      ),
    );
  });
});

describe('a seed 003 jury: two assessors, one independent of the certifier', () => {
  it('accepts an assessor of the certifier and an independent assessor', () => {
    expect(codes(titleMembers(), title)).toEqual([]);
  });

  it('counts a member declared independent as well as one seated as independent assessor', () => {
    const [a, b] = titleMembers() as [JuryMember, JuryMember];
    expect(codes([a, { ...b, role: 'assessor', independent: true }], title)).toEqual([]);
  });

  it('refuses two assessors of whom none is independent', () => {
    const [a, b] = titleMembers() as [JuryMember, JuryMember];
    const problems = checkComposition(title, [a, { ...b, role: 'assessor' }]);
    expect(problems.map((p) => p.code)).toEqual(['too_few_independent']);
    expect(problems[0]?.source).toBe("seed 003, Modalités d'évaluation, 1/");
  });

  it('refuses an "independent" assessor who belongs to the certifier', () => {
    const [a, b] = titleMembers() as [JuryMember, JuryMember];
    const problems = checkComposition(title, [a, { ...b, organisationId: CERTIFIER_ID }], {
      certifierId: CERTIFIER_ID,
    });
    expect(problems.map((p) => [p.code, p.at.member])).toEqual([
      ['not_independent', 'p-garnier'],
      ['too_few_independent', undefined],
    ]);
  });

  it('refuses a third member and a college seat', () => {
    const third: JuryMember = {
      personId: 'p-z',
      name: 'Iris Blanc',
      role: 'employers_representative',
    };
    expect(codes([...titleMembers(), third], title)).toEqual([
      'too_many_members',
      'role_not_allowed',
    ]);
  });
});
