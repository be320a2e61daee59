// A jury checked against its certification's rule (issue 6, item 3): the number of members,
// each member on a seat the rule has, each seat filled within its bounds (CQP AGC: one of each
// college, seed 001), one president (seed 002), and the members independent of the certifier
// (seed 003: "deux juré(e)s évaluateurs, dont un(e) indépendant(e) de l'autorité de
// certification"). Every problem names the member or seat and the source of the rule.

import { isIndependent, type JuryMember, juryRoleLabels, presides } from './juryRoles.ts';
import type { JuryRole, JuryRule } from './juryRuleSchema.ts';
import { type JuryProblem, juryProblem } from './problems.ts';

export interface CompositionContext {
  /** The certifier's organisation: an independent member must not belong to it. */
  certifierId?: string;
}

type Bounds = { min: number; max?: number | undefined };

function sizeProblems(rule: JuryRule, members: readonly JuryMember[]): JuryProblem[] {
  const { min, max, citation } = rule.composition.members;
  const n = members.length;
  if (n < min)
    return [
      juryProblem(
        'too_few_members',
        {},
        {
          fr: `Le jury compte ${n} membre(s) : ${min} au minimum`,
          en: `The jury has ${n} member(s): at least ${min}`,
        },
        citation.source,
      ),
    ];
  if (max !== undefined && n > max)
    return [
      juryProblem(
        'too_many_members',
        {},
        {
          fr: `Le jury compte ${n} membres : ${max} au maximum`,
          en: `The jury has ${n} members: at most ${max}`,
        },
        citation.source,
      ),
    ];
  return [];
}

function memberProblems(rule: JuryRule, members: readonly JuryMember[]): JuryProblem[] {
  const seats = new Set<JuryRole>(rule.composition.roles.map((seat) => seat.role));
  const seen = new Set<string>();
  return members.flatMap((member, k) => {
    const at = { member: member.personId, role: member.role, path: `$.members[${k}]` };
    const problems: JuryProblem[] = [];
    if (seen.has(member.personId))
      problems.push(
        juryProblem('duplicate_member', at, {
          fr: `${member.name} figure deux fois dans le jury`,
          en: `${member.name} is on the jury twice`,
        }),
      );
    seen.add(member.personId);
    if (!seats.has(member.role)) {
      const label = juryRoleLabels[member.role];
      problems.push(
        juryProblem('role_not_allowed', at, {
          fr: `${member.name} : la qualité « ${label.fr} » n'est pas prévue dans ce jury`,
          en: `${member.name}: the seat "${label.en}" is not part of this jury`,
        }),
      );
    }
    return problems;
  });
}

function boundsProblem(
  bounds: Bounds,
  count: number,
  role: JuryRole,
  source: string,
): JuryProblem | undefined {
  const label = juryRoleLabels[role];
  if (count < bounds.min)
    return juryProblem(
      role === 'president' ? 'no_president' : 'missing_role',
      { role },
      {
        fr: `Il manque : ${label.fr} (${bounds.min} requis, ${count} présent(s))`,
        en: `Missing: ${label.en} (${bounds.min} required, ${count} present)`,
      },
      source,
    );
  if (bounds.max !== undefined && count > bounds.max)
    return juryProblem(
      role === 'president' ? 'several_presidents' : 'too_many_in_role',
      { role },
      {
        fr: `Trop de membres en qualité de ${label.fr} : ${count} pour ${bounds.max} au maximum`,
        en: `Too many members as ${label.en}: ${count} for at most ${bounds.max}`,
      },
      source,
    );
  return undefined;
}

function seatProblems(rule: JuryRule, members: readonly JuryMember[]): JuryProblem[] {
  const seats = rule.composition.roles.flatMap((seat) => {
    const count = members.filter((m) => m.role === seat.role).length;
    const problem = boundsProblem(seat, count, seat.role, seat.citation.source);
    return problem ? [problem] : [];
  });
  const { president } = rule.composition;
  const presiding = members.filter(presides).length;
  const problem = boundsProblem(president, presiding, 'president', president.citation.source);
  return problem ? [...seats, problem] : seats;
}

function independenceProblems(
  rule: JuryRule,
  members: readonly JuryMember[],
  context: CompositionContext,
): JuryProblem[] {
  const needed = rule.composition.independent;
  const independent = members.filter(isIndependent);
  const problems = independent.flatMap((member) =>
    context.certifierId !== undefined && member.organisationId === context.certifierId
      ? [
          juryProblem(
            'not_independent',
            { member: member.personId, role: member.role },
            {
              fr: `${member.name} appartient au certificateur : ne peut pas être indépendant(e)`,
              en: `${member.name} belongs to the certifier: cannot be independent`,
            },
            needed?.citation.source,
          ),
        ]
      : [],
  );
  if (!needed) return problems;
  const count = independent.length - problems.length;
  if (count < needed.min)
    problems.push(
      juryProblem(
        'too_few_independent',
        {},
        {
          fr: `Membres indépendants du certificateur : ${count} pour ${needed.min} requis`,
          en: `Members independent of the certifier: ${count} for ${needed.min} required`,
        },
        needed.citation.source,
      ),
    );
  return problems;
}

/** Every way `members` breaks the certification's jury rule; empty when the jury is valid. */
export function checkComposition(
  rule: JuryRule,
  members: readonly JuryMember[],
  context: CompositionContext = {},
): JuryProblem[] {
  return [
    ...sizeProblems(rule, members),
    ...memberProblems(rule, members),
    ...seatProblems(rule, members),
    ...independenceProblems(rule, members, context),
  ];
}
