// The authorization matrix of issue 5, item 8, written from the words and checked cell
// by cell against the policy: role × resource × action. A tutor sees only their candidates, a
// trainer only theirs, a pilot only their company, a jury member only the candidates of their
// sessions and never one of their own company or whom they tutored, a candidate only
// themself, the certifier everything; a jury member's grid only its member, the president while
// deliberating and the certifier (issue 14). The second test removes each line of the policy in
// turn and checks that the matrix notices.
import type { Role } from '@certeval/core';
import { describe, expect, it } from 'vitest';
import {
  type Action,
  type Actor,
  canUnder,
  type Membership,
  type Resource,
  RULES,
  type Rules,
} from './policy.ts';

const CERT = 'certifier';
const A = 'company-a';
const B = 'company-b';
const TO = 'training-org';

const person = (userId: string, ...roles: Array<[Role, string]>): Actor => ({
  userId,
  email: `${userId}@example.org`,
  displayName: userId,
  locale: 'fr',
  memberships: roles.map(
    ([role, organisationId]): Membership => ({
      role,
      organisationId,
      organisationName: organisationId,
      organisationKind:
        organisationId === CERT
          ? 'certifier'
          : organisationId === TO
            ? 'training_organisation'
            : 'company',
    }),
  ),
});

const people = {
  certifier: person('certifier', ['certifier_admin', CERT]),
  pilotA: person('pilotA', ['company_pilot', A]),
  pilotB: person('pilotB', ['company_pilot', B]),
  tutor: person('tutor', ['tutor', A]),
  otherTutor: person('otherTutor', ['tutor', A]),
  trainer: person('trainer', ['trainer', TO]),
  otherTrainer: person('otherTrainer', ['trainer', TO]),
  candidate: person('candidate', ['candidate', A]),
  otherCandidate: person('otherCandidate', ['candidate', A]),
  jury: person('jury', ['jury_member', CERT]),
  juryElsewhere: person('juryElsewhere', ['jury_member', CERT]),
  // On the candidate's jury, but employed by the candidate's company.
  juryOfCompany: person('juryOfCompany', ['jury_member', CERT], ['tutor', A]),
  // On the candidate's jury; the tutor of the file `tutored`, not of `file`.
  juryFormerTutor: person('juryFormerTutor', ['jury_member', CERT]),
} as const;
type Person = keyof typeof people;

const file: Resource = {
  organisationId: A,
  tutorId: 'tutor',
  trainerId: 'trainer',
  candidateUserId: 'candidate',
  juryMemberIds: ['jury', 'juryOfCompany', 'juryFormerTutor'],
};
const tutored: Resource = { ...file, tutorId: 'juryFormerTutor' };
const project: Resource = { organisationId: A };

/** Who may, per resource and action: every other person may not. */
const expected: Record<string, { resource: Resource; allowed: Partial<Record<Action, Person[]>> }> =
  {
    'candidate file': {
      resource: file,
      allowed: {
        'candidate.read': [
          'certifier',
          'pilotA',
          'tutor',
          'trainer',
          'candidate',
          'jury',
          'juryFormerTutor',
        ],
        'candidate.enrol': ['certifier', 'pilotA'],
        'candidate.advance': ['certifier', 'pilotA', 'tutor'],
        'positioning.write': ['pilotA', 'tutor'],
        'booklet.write': ['pilotA', 'tutor', 'trainer'],
        'evaluation.record': ['tutor', 'trainer', 'jury', 'juryFormerTutor'],
        'evaluation.take': ['candidate'],
        'vae_booklet.read': ['certifier', 'pilotA', 'candidate', 'jury', 'juryFormerTutor'],
        'vae_booklet.write': ['candidate'],
        'vae_booklet.reopen': ['certifier', 'pilotA'],
        'dossier.export': ['certifier', 'pilotA'],
        'dossier.import': ['certifier', 'pilotA'],
        // Issue 14: the president's synthesis before signature, the candidate's jury only.
        'jury_synthesis.read': ['certifier', 'jury', 'juryFormerTutor'],
      },
    },
    // Issue 14: a member's grid is theirs, then the president's while the jury deliberates;
    // never the candidate's, the pilot's, the tutor's, the trainer's nor another member's.
    'jury member’s grid while the jury deliberates': {
      resource: { ...file, evaluatorId: 'jury', presidingIds: ['juryFormerTutor'] },
      allowed: { 'jury_grid.read': ['certifier', 'jury', 'juryFormerTutor'] },
    },
    'jury member’s grid once the decision is signed': {
      resource: { ...file, evaluatorId: 'jury', presidingIds: [] },
      allowed: { 'jury_grid.read': ['certifier', 'jury'] },
    },
    'candidate file tutored by a jury member': {
      resource: tutored,
      allowed: {
        'candidate.read': ['certifier', 'pilotA', 'trainer', 'candidate', 'jury'],
        'evaluation.record': ['trainer', 'jury'],
        'vae_booklet.read': ['certifier', 'pilotA', 'candidate', 'jury'],
      },
    },
    'company project': {
      resource: project,
      allowed: {
        'project.read': ['certifier', 'pilotA', 'tutor', 'otherTutor', 'juryOfCompany'],
        'project.write': ['pilotA'],
        'project.validate': ['certifier'],
        'variant.read': [
          'certifier',
          'pilotA',
          'tutor',
          'otherTutor',
          'juryOfCompany',
          'candidate',
          'otherCandidate',
        ],
        'variant.write': ['pilotA'],
        'instrument.adapt': ['certifier', 'pilotA'],
        'person.list': ['certifier', 'pilotA'],
        'person.invite': ['certifier', 'pilotA'],
        // Issue 16: the project's steering committee.
        'steering.read': ['certifier', 'pilotA'],
        'steering.write': ['pilotA'],
      },
    },
    // Issue 7: a certificate belongs to the certifier that issued it and to its holder.
    'certificate of the candidate': {
      resource: { organisationId: CERT, candidateUserId: 'candidate' },
      allowed: {
        'certificate.issue': ['certifier'],
        'certificate.revoke': ['certifier'],
        'certificate.read': ['certifier', 'candidate'],
        'certificate.read_own': ['candidate'],
        'certificate.keys': ['certifier'],
        'statistics.read': ['certifier'],
      },
    },
    'certificate issued by another certifier': {
      resource: { organisationId: 'other-certifier', candidateUserId: 'otherCandidate' },
      allowed: {
        'certificate.issue': [],
        'certificate.revoke': [],
        'certificate.read': ['otherCandidate'],
        'certificate.keys': [],
        'statistics.read': [],
      },
    },
    // Issue 15: the outbox and the jobs of a certifier's work.
    'message or job of the certifier': {
      resource: { organisationId: CERT },
      allowed: { 'mail.read': ['certifier'], 'job.read': ['certifier'] },
    },
    'message or job of another certifier': {
      resource: { organisationId: 'other-certifier' },
      allowed: { 'mail.read': [], 'job.read': [] },
    },
    // Issue 19, item 5: a person's data, of whatever organisation, is the certifier's to export
    // or erase; nobody else's, not even the person's own pilot.
    'personal data of a person of a company': {
      resource: { organisationId: A, candidateUserId: 'candidate', tutorId: 'tutor' },
      allowed: {
        'personal_data.read': ['certifier'],
        'personal_data.export': ['certifier'],
        'personal_data.erase': ['certifier'],
      },
    },
    // Issue 18: a certifier's declaration of holders to the Caisse des Dépôts.
    'holders’ declaration of the certifier': {
      resource: { organisationId: CERT },
      allowed: { 'cdc.declare': ['certifier'] },
    },
    'holders’ declaration of another certifier': {
      resource: { organisationId: 'other-certifier' },
      allowed: { 'cdc.declare': [] },
    },
  };

function matrix(rules: Partial<Rules>) {
  const cells: string[] = [];
  for (const [name, { resource, allowed }] of Object.entries(expected))
    for (const action of Object.keys(allowed) as Action[])
      for (const [who, actor] of Object.entries(people))
        cells.push(`${name} | ${action} | ${who} | ${canUnder(rules, actor, action, resource)}`);
  return cells;
}

describe('authorization matrix (role × resource × action)', () => {
  it('matches the policy in every cell', () => {
    const wrong: string[] = [];
    for (const [name, { resource, allowed }] of Object.entries(expected))
      for (const [action, who] of Object.entries(allowed) as Array<[Action, Person[]]>)
        for (const [id, actor] of Object.entries(people) as Array<[Person, Actor]>) {
          const want = who.includes(id);
          if (canUnder(RULES, actor, action, resource) !== want)
            wrong.push(`${name}: ${id} ${want ? 'should' : 'should not'} ${action}`);
        }
    expect(wrong).toEqual([]);
  });

  it('notices when any line of the policy is removed or loses a role', () => {
    const reference = matrix(RULES).join('\n');
    const actions = new Set(
      Object.values(expected).flatMap(({ allowed }) => Object.keys(allowed)),
    ) as Set<Action>;
    const unnoticed: string[] = [];
    for (const action of actions) {
      const { [action]: _removed, ...withoutLine } = RULES;
      if (matrix(withoutLine).join('\n') === reference) unnoticed.push(`line ${action}`);
      const rule = RULES[action];
      if ('anyAuthenticated' in rule) continue;
      for (const role of [...rule.roles, ...(rule.anywhere ?? [])]) {
        const weakened = {
          ...RULES,
          [action]: {
            ...rule,
            roles: rule.roles.filter((r) => r !== role),
            anywhere: rule.anywhere?.filter((r) => r !== role),
          },
        };
        if (matrix(weakened).join('\n') === reference) unnoticed.push(`${action} without ${role}`);
      }
    }
    expect(unnoticed).toEqual([]);
  });
});
