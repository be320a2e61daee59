// Partial validation by bloc (a rule set's `blocs` section): a bloc of the referential is
// acquired when every one of its competences that a unit holds lies in a passed unit, a unit
// carried over counting as passed. Read off the units' decisions, never off scores of its own:
// the evidence gives results per unit only (for the CQP AGC's VAE route, per domain, seed 002).
// Acquired blocs are valid without time limit unless the rule set's validity gives years
// (seed 001: "Validité des composantes acquises : illimitée").

import { blocSummary } from './blocWords.ts';
import { isIsoDate, validUntil } from './carryOver.ts';
import type { CompiledRules } from './compile.ts';
import type { UnitDecision } from './deliberate.ts';
import type { FactBloc } from './facts.ts';
import { namesOf } from './names.ts';
import type { LocalText } from './ruleSetSchema.ts';

/** One competence of a bloc: the unit it lies in, and whether that unit passed. */
export interface BlocCompetence {
  competence: string;
  unit: string;
  passed: boolean;
}

export interface BlocDecision {
  bloc: string;
  label: string;
  acquired: boolean;
  /** The bloc's competences held by a unit; none makes the bloc not acquired. */
  competences: BlocCompetence[];
  summary: LocalText;
  /** YYYY-MM-DD, the day an acquired bloc stops being valid, when validity is in years. */
  validUntil?: string;
}

/** A competence held by several units lies in a passed one if any passed. */
function competenceLine(
  competence: FactBloc['competences'][number],
  passed: ReadonlyMap<string, boolean>,
): BlocCompetence {
  const unit = competence.units.find((code) => passed.get(code)) ?? competence.units[0] ?? '';
  return { competence: competence.code, unit, passed: passed.get(unit) === true };
}

/**
 * The earliest end of validity of the bloc's units: decided today, or acquired earlier and
 * carried over. None when validity is unlimited or the day of the decision is not given.
 */
function blocValidUntil(
  rules: CompiledRules,
  lines: readonly BlocCompetence[],
  units: readonly UnitDecision[],
  decidedOn: string | undefined,
): string | undefined {
  const { unlimited, years } = rules.ruleSet.validity;
  if (unlimited || years === undefined || !isIsoDate(decidedOn)) return undefined;
  const ends = [...new Set(lines.map((line) => line.unit))].map((code) => {
    const carried = units.find((unit) => unit.unit === code)?.carriedOver;
    return validUntil(carried?.acquiredOn ?? decidedOn, years);
  });
  return ends.sort()[0];
}

/** Each bloc acquired or not, explained; undefined when the rule set validates no bloc. */
export function blocDecisions(
  rules: CompiledRules,
  units: readonly UnitDecision[],
  decidedOn: string | undefined,
): BlocDecision[] | undefined {
  const words = rules.ruleSet.blocs;
  if (!words) return undefined;
  const passed = new Map(units.map((unit) => [unit.unit, unit.passed]));
  return (rules.facts.blocs ?? []).map((bloc) => {
    const competences = bloc.competences.map((competence) => competenceLine(competence, passed));
    const acquired = competences.length > 0 && competences.every((line) => line.passed);
    const until = acquired ? blocValidUntil(rules, competences, units, decidedOn) : undefined;
    return {
      bloc: bloc.code,
      label: bloc.label,
      acquired,
      competences,
      summary: blocSummary(
        rules.ruleSet,
        words,
        { bloc: bloc.code, acquired, competences, until },
        namesOf(rules).unit,
      ),
      ...(until ? { validUntil: until } : {}),
    };
  });
}
