// Reading a rule set from YAML (or JSON) text: schema first, then what the schema cannot say
// (conditions naming instruments that exist and count, on the right scale). Takes text, never
// a path (core does no I/O). Problems are values, in French and English, with their JSON path.
import { Compile } from 'typebox/compile';
import { parse } from 'yaml';
import { juryRuleProblems } from '../jury/juryRuleChecks.ts';
import type { LocalText } from './ruleSetSchema.ts';
import { type RuleSet, RuleSetSchema } from './ruleSetSchema.ts';

export interface RuleSetProblem {
  path: string;
  message: LocalText;
}

export type RuleSetResult =
  | { ok: true; value: RuleSet }
  | { ok: false; problems: RuleSetProblem[] };

const validator = Compile(RuleSetSchema);

const problem = (path: string, fr: string, en: string): RuleSetProblem => ({
  path,
  message: { fr, en },
});

function instrumentProblems(ruleSet: RuleSet, id: string, scale: string, path: string) {
  const instrument = ruleSet.instruments.find((inst) => inst.id === id);
  if (!instrument)
    return [problem(path, `instrument inconnu : ${id}`, `unknown instrument: ${id}`)];
  if (!instrument.counts || instrument.scale !== scale) {
    return [
      problem(
        path,
        `${id} doit compter et être sur l'échelle ${scale}`,
        `${id} must count and be on the ${scale} scale`,
      ),
    ];
  }
  return [];
}

function conditionProblems(ruleSet: RuleSet): RuleSetProblem[] {
  const byMean = ruleSet.aggregation.competenceScore === 'mean_of_items';
  return ruleSet.unitConditions.flatMap((rule, k) => {
    const path = `$.unitConditions[${k}]`;
    if (rule.kind === 'each_competence' && !byMean) {
      return [
        problem(
          path,
          'each_competence demande competenceScore mean_of_items',
          'each_competence needs competenceScore mean_of_items',
        ),
      ];
    }
    if (rule.kind === 'all_competences_acquired' && byMean) {
      return [
        problem(
          path,
          'all_competences_acquired demande competenceScore all_acquired',
          'all_competences_acquired needs competenceScore all_acquired',
        ),
      ];
    }
    if (rule.kind === 'each_competence' || rule.kind === 'all_competences_acquired') return [];
    return rule.instruments.flatMap((id, j) =>
      instrumentProblems(ruleSet, id, 'percentage', `${path}.instruments[${j}]`),
    );
  });
}

/** Blocs read off the units' decisions mean nothing when the units are the blocs. */
function blocsProblems(ruleSet: RuleSet): RuleSetProblem[] {
  if (ruleSet.blocs?.type !== ruleSet.units.type) return [];
  return [
    problem(
      '$.blocs.type',
      'les unités sont déjà des blocs : pas de validation par bloc en plus',
      'the units are already blocs: no partial validation by bloc on top of them',
    ),
  ];
}

function structureProblems(ruleSet: RuleSet): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const ids = ruleSet.instruments.map((inst) => inst.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      problems.push(
        problem(
          `$.instruments[${i}].id`,
          `instrument en double : ${id}`,
          `duplicate instrument: ${id}`,
        ),
      );
  });
  ruleSet.final.conditions.forEach((rule, k) => {
    if (rule.kind === 'instrument_acquired') {
      problems.push(
        ...instrumentProblems(
          ruleSet,
          rule.instrument,
          'outcome',
          `$.final.conditions[${k}].instrument`,
        ),
      );
    }
  });
  const { unlimited, years } = ruleSet.validity;
  if (unlimited === (years !== undefined)) {
    problems.push(
      problem(
        '$.validity',
        'soit illimitée, soit un nombre d’années',
        'either unlimited or a number of years',
      ),
    );
  }
  return [
    ...problems,
    ...conditionProblems(ruleSet),
    ...blocsProblems(ruleSet),
    ...juryRuleProblems(ruleSet),
  ];
}

export function validateRuleSet(input: unknown): RuleSetResult {
  if (!validator.Check(input)) {
    const problems = validator.Errors(input).map((error) => {
      const path = `$${error.instancePath.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')}`;
      return problem(
        path,
        `non conforme au schéma : ${error.message}`,
        `does not match the schema: ${error.message}`,
      );
    });
    return { ok: false, problems };
  }
  const problems = structureProblems(input);
  return problems.length === 0 ? { ok: true, value: input } : { ok: false, problems };
}

export function parseRuleSet(text: string): RuleSetResult {
  let parsed: unknown;
  try {
    parsed = parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [problem('$', `YAML invalide : ${detail}`, `invalid YAML: ${detail}`)],
    };
  }
  return validateRuleSet(parsed);
}
