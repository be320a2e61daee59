// What the schema cannot say about a rule set's `jury` section: bounds that hold together, a
// seat listed once, and a jury deliberation that feeds an instrument of the rule set that
// counts, on percentages. Called by deliberation/parseRuleSet.ts; types only from there.
import type { LocalText, RuleSet } from '../deliberation/ruleSetSchema.ts';

interface Problem {
  path: string;
  message: LocalText;
}

const problem = (path: string, fr: string, en: string): Problem => ({
  path,
  message: { fr, en },
});

function bounds(path: string, min: number, max: number | undefined): Problem[] {
  return max !== undefined && max < min
    ? [problem(path, `max ${max} inférieur à min ${min}`, `max ${max} is below min ${min}`)]
    : [];
}

function compositionProblems(jury: NonNullable<RuleSet['jury']>): Problem[] {
  const { members, roles, president, independent } = jury.composition;
  const at = '$.jury.composition';
  const problems = [
    ...bounds(`${at}.members`, members.min, members.max),
    ...bounds(`${at}.president`, president.min, president.max),
  ];
  roles.forEach((seat, k) => {
    problems.push(...bounds(`${at}.roles[${k}]`, seat.min, seat.max));
    if (roles.findIndex((other) => other.role === seat.role) !== k)
      problems.push(
        problem(
          `${at}.roles[${k}].role`,
          `qualité en double : ${seat.role}`,
          `seat listed twice: ${seat.role}`,
        ),
      );
  });
  const seated = roles.reduce((sum, seat) => sum + seat.min, 0);
  if (members.max !== undefined && seated > members.max)
    problems.push(
      problem(
        `${at}.members.max`,
        `les qualités demandent ${seated} membres, plus que le maximum ${members.max}`,
        `the seats need ${seated} members, more than the maximum ${members.max}`,
      ),
    );
  if (independent && members.max !== undefined && independent.min > members.max)
    problems.push(
      problem(
        `${at}.independent.min`,
        `plus de membres indépendants que de membres`,
        `more independent members than members`,
      ),
    );
  return problems;
}

function deliberationProblems(ruleSet: RuleSet): Problem[] {
  const rule = ruleSet.jury?.deliberation;
  if (!rule) return [];
  const instrument = ruleSet.instruments.find((i) => i.id === rule.countsAs);
  const path = '$.jury.deliberation.countsAs';
  if (!instrument)
    return [
      problem(
        path,
        `instrument inconnu : ${rule.countsAs}`,
        `unknown instrument: ${rule.countsAs}`,
      ),
    ];
  if (!instrument.counts || instrument.scale !== 'percentage')
    return [
      problem(
        path,
        `${rule.countsAs} doit compter et être sur l'échelle percentage`,
        `${rule.countsAs} must count and be on the percentage scale`,
      ),
    ];
  return [];
}

/** The problems of a rule set's jury section (none when it has none). */
export function juryRuleProblems(ruleSet: RuleSet): Problem[] {
  if (!ruleSet.jury) return [];
  return [...compositionProblems(ruleSet.jury), ...deliberationProblems(ruleSet)];
}
