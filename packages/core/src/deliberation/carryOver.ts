// Blocs acquired at an earlier attempt and carried over to this one, while still valid:
// unlimited by default ("Validité des composantes acquises : illimitée", seed 001), or a number
// of years where the rule set says so. Dates are passed in (the core reads no clock).
import type { CompiledRules } from './compile.ts';
import type { AcquiredUnit } from './evidence.ts';
import { namesOf } from './names.ts';
import { details, type Reason, reason } from './reasons.ts';

export interface CarryOver {
  /** Units acquired earlier and still valid, by unit index. */
  carried: Map<number, AcquiredUnit>;
  /** Units acquired earlier whose validity has ended. */
  expired: AcquiredUnit[];
  reasons: Reason[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string | undefined): text is string {
  const match = ISO_DATE.exec(text ?? '');
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The day validity ends: the N-th anniversary (29 February rolls to 1 March by string order). */
export function validUntil(acquiredOn: string, years: number): string {
  const year = Number(acquiredOn.slice(0, 4)) + years;
  return `${String(year).padStart(4, '0')}${acquiredOn.slice(4)}`;
}

function invalid(rules: CompiledRules, unit: string, fr: string, en: string): Reason {
  const why = details.invalidAcquiredUnit({ fr, en });
  return reason('invalid_acquired_unit', { unit }, why, namesOf(rules));
}

function problemOf(rules: CompiledRules, unit: AcquiredUnit, decidedOn: string): Reason | null {
  const { ruleSet } = rules;
  if (!ruleSet.carryOver.allowed) {
    return invalid(
      rules,
      unit.unit,
      'ce jeu de règles ne reporte pas les acquis',
      'this rule set carries nothing over',
    );
  }
  if (!rules.unitIndex.has(unit.unit)) {
    return invalid(
      rules,
      unit.unit,
      'bloc inconnu du référentiel',
      'bloc unknown to the referential',
    );
  }
  if (unit.ruleSetId !== ruleSet.id) {
    return invalid(
      rules,
      unit.unit,
      `acquis sous un autre jeu de règles (${unit.ruleSetId})`,
      `acquired under another rule set (${unit.ruleSetId})`,
    );
  }
  if (!isIsoDate(unit.acquiredOn) || unit.acquiredOn > decidedOn) {
    return invalid(
      rules,
      unit.unit,
      `date d'acquisition invalide (${unit.acquiredOn})`,
      `invalid acquisition date (${unit.acquiredOn})`,
    );
  }
  return null;
}

export function carryOver(
  rules: CompiledRules,
  acquired: AcquiredUnit[],
  decidedOn: string | undefined,
): CarryOver {
  const result: CarryOver = { carried: new Map(), expired: [], reasons: [] };
  if (acquired.length === 0) return result;
  if (!isIsoDate(decidedOn)) {
    const text = {
      fr: 'date de décision manquante ou invalide',
      en: 'decision date missing or invalid',
    };
    result.reasons.push(reason('invalid_acquired_unit', {}, text));
    return result;
  }
  const { validity } = rules.ruleSet;
  for (const unit of acquired) {
    const problem = problemOf(rules, unit, decidedOn);
    if (problem) result.reasons.push(problem);
    else if (validity.unlimited || decidedOn < validUntil(unit.acquiredOn, validity.years ?? 0)) {
      result.carried.set(rules.unitIndex.get(unit.unit) ?? -1, unit);
    } else result.expired.push(unit);
  }
  return result;
}
