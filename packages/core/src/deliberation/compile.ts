// A rule set and its facts turned once into indexes and a flat list of checks, so that one
// candidate or a hundred thousand are evaluated by the same small loop (issue 6, performance).
// Cells of the synthesis grid are numbered unit × instrument: cell = unit * instruments + i.
import type { DeliberationFacts, FactUnit } from './facts.ts';
import type { Comparison, RuleSet, RuleSetInstrument, UnitConditionRule } from './ruleSetSchema.ts';

interface CheckBase {
  unit: number;
  /** Index of the condition in ruleSet.unitConditions. */
  condition: number;
}

export type Check =
  | (CheckBase & { kind: 'instrument'; instrument: number; cell: number } & Threshold)
  | (CheckBase & {
      kind: 'mean';
      instruments: number[];
      cells: number[];
      decimals: number;
    } & Threshold)
  | (CheckBase & { kind: 'competence'; competence: number } & Threshold)
  | (CheckBase & { kind: 'acquired'; competence: number });

interface Threshold {
  comparison: Comparison;
  threshold: number;
}

export interface CompiledRules {
  ruleSet: RuleSet;
  facts: DeliberationFacts;
  instruments: RuleSetInstrument[];
  instrumentIndex: Map<string, number>;
  units: FactUnit[];
  unitIndex: Map<string, number>;
  competences: string[];
  competenceIndex: Map<string, number>;
  /** Unit index of each competence. */
  competenceUnit: number[];
  /** The checks of each unit, in rule-set order. */
  unitChecks: Check[][];
  /** Cells some condition reads: each must have a value. */
  neededCells: boolean[];
  /** Instruments judged as a whole that the final rule reads. */
  outcomeInstruments: number[];
  cellCount: number;
  /** Decimals every percentage is rounded to before it is compared (the rule set's rounding). */
  decimals: number;
}

/** Two decimals, as the synthesis grid shows percentages, unless the rule set says otherwise. */
export const DEFAULT_DECIMALS = 2;

function instrumentIndexOf(index: Map<string, number>, id: string): number {
  const found = index.get(id);
  // The rule set was validated (validateRuleSet): an unknown id here is a bug.
  if (found === undefined) throw new Error(`rule set names unknown instrument ${id}`);
  return found;
}

function conditionChecks(
  rules: Pick<CompiledRules, 'instrumentIndex' | 'competenceIndex' | 'instruments' | 'decimals'>,
  rule: UnitConditionRule,
  unit: FactUnit,
  base: CheckBase,
): Check[] {
  const cellOf = (i: number) => base.unit * rules.instruments.length + i;
  const competences = unit.competences.map((code) => rules.competenceIndex.get(code) ?? -1);
  switch (rule.kind) {
    case 'mean_of_instruments': {
      const instruments = rule.instruments.map((id) =>
        instrumentIndexOf(rules.instrumentIndex, id),
      );
      const cells = instruments.map(cellOf);
      return [{ ...base, ...rule, kind: 'mean', instruments, cells, decimals: rules.decimals }];
    }
    case 'each_instrument':
      return rule.instruments.map((id) => {
        const instrument = instrumentIndexOf(rules.instrumentIndex, id);
        return { ...base, ...rule, kind: 'instrument', instrument, cell: cellOf(instrument) };
      });
    case 'each_competence':
      return competences.map((competence) => ({
        ...base,
        ...rule,
        kind: 'competence',
        competence,
      }));
    case 'all_competences_acquired':
      return competences.map((competence) => ({ ...base, kind: 'acquired', competence }));
  }
}

export function compileRules(ruleSet: RuleSet, facts: DeliberationFacts): CompiledRules {
  const instruments = ruleSet.instruments;
  const instrumentIndex = new Map(instruments.map((inst, i) => [inst.id, i]));
  const units = facts.units;
  const unitIndex = new Map(units.map((unit, u) => [unit.code, u]));
  const competences = units.flatMap((unit) => unit.competences);
  const competenceIndex = new Map(competences.map((code, c) => [code, c]));
  const competenceUnit = units.flatMap((unit, u) => unit.competences.map(() => u));
  const decimals = ruleSet.aggregation.rounding?.decimals ?? DEFAULT_DECIMALS;
  const partial = { instrumentIndex, competenceIndex, instruments, decimals };
  const unitChecks = units.map((unit, u) =>
    ruleSet.unitConditions.flatMap((rule, condition) =>
      conditionChecks(partial, rule, unit, { unit: u, condition }),
    ),
  );
  const cellCount = units.length * instruments.length;
  const neededCells = new Array<boolean>(cellCount).fill(false);
  for (const check of unitChecks.flat()) {
    if (check.kind === 'instrument') neededCells[check.cell] = true;
    if (check.kind === 'mean') for (const cell of check.cells) neededCells[cell] = true;
  }
  const outcomeInstruments = ruleSet.final.conditions.flatMap((rule) =>
    rule.kind === 'instrument_acquired'
      ? [instrumentIndexOf(instrumentIndex, rule.instrument)]
      : [],
  );
  return {
    ...partial,
    ruleSet,
    facts,
    units,
    unitIndex,
    competences,
    competenceUnit,
    unitChecks,
    neededCells,
    outcomeInstruments,
    cellCount,
  };
}
