// The final rule: the certification is awarded when every unit is (seed 000, slide 19:
// "ATTRIBUTION DU CQP Tous les domaines du CQP sont validés.") and, where the rule set says
// so, an instrument judged as a whole is passed (seed 003, the final project).
import type { CompiledRules } from './compile.ts';
import type { ConditionResult } from './explain.ts';
import { namesOf } from './names.ts';
import type { FinalConditionRule, LocalText } from './ruleSetSchema.ts';

function verdictHead(rules: CompiledRules, passed: boolean): LocalText {
  const { name, failed } = rules.ruleSet.final;
  return passed
    ? { fr: `${name.fr} :`, en: `${name.en}:` }
    : { fr: `${name.fr} ${failed.fr} :`, en: `${name.en} ${failed.en}:` };
}

function unitList(rules: CompiledRules, unitPassed: boolean[], only: 'all' | 'failed'): LocalText {
  const words = rules.ruleSet.units;
  const listed = rules.units.filter((_, u) => only === 'all' || !unitPassed[u]);
  const text = (lang: 'fr' | 'en') =>
    listed
      .map((unit) => {
        const passed = unitPassed[rules.unitIndex.get(unit.code) ?? -1];
        return `${namesOf(rules).unit(unit.code)[lang]} ${(passed ? words.passed : words.failed)[lang]}`;
      })
      .join(', ');
  return { fr: text('fr'), en: text('en') };
}

function allUnits(rules: CompiledRules, unitPassed: boolean[], index: number): ConditionResult {
  const passed = unitPassed.every(Boolean);
  const head = verdictHead(rules, passed);
  const list = unitList(rules, unitPassed, passed ? 'all' : 'failed');
  return {
    id: `final:${index}:units`,
    unit: '',
    kind: 'all_units',
    subject: 'units',
    value: unitPassed.filter(Boolean).length,
    passed,
    message: { fr: `${head.fr} ${list.fr}`, en: `${head.en} ${list.en}` },
    source: rules.ruleSet.final.conditions[index]?.citation.source ?? '',
  };
}

function instrumentAcquired(
  rules: CompiledRules,
  rule: Extract<FinalConditionRule, { kind: 'instrument_acquired' }>,
  outcomes: Float64Array,
  index: number,
): ConditionResult {
  const i = rules.instrumentIndex.get(rule.instrument) ?? -1;
  const instrument = rules.instruments[i];
  const value = outcomes[i] ?? Number.NaN;
  const passed = value === 1;
  const labels = instrument?.resultLabels ?? {
    acquired: { fr: 'Acquis', en: 'acquired' },
    notAcquired: { fr: 'Non acquis', en: 'not acquired' },
  };
  const result = passed ? labels.acquired : labels.notAcquired;
  const head = verdictHead(rules, passed);
  const label = instrument?.label ?? { fr: rule.instrument, en: rule.instrument };
  return {
    id: `final:${index}:${rule.instrument}`,
    unit: '',
    kind: 'instrument_acquired',
    subject: rule.instrument,
    value,
    passed,
    message: {
      fr: `${head.fr} ${label.fr} ${result.fr}`,
      en: `${head.en} ${label.en} ${result.en}`,
    },
    source: rule.citation.source,
  };
}

export function finalConditions(
  rules: CompiledRules,
  unitPassed: boolean[],
  outcomes: Float64Array,
): ConditionResult[] {
  return rules.ruleSet.final.conditions.map((rule, index) =>
    rule.kind === 'all_units'
      ? allUnits(rules, unitPassed, index)
      : instrumentAcquired(rules, rule, outcomes, index),
  );
}
