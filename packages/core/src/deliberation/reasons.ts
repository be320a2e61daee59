// Why the engine decides nothing: the closed set of bad-input reasons, each located (which
// instrument, unit, item, competence) and worded in French and English (issue 6, "Bad input").
import type { Names } from './names.ts';
import type { LocalText } from './ruleSetSchema.ts';

export const REASON_CODES = [
  'unknown_instrument',
  'duplicate_instrument',
  'missing_instrument',
  'unknown_unit',
  'unit_without_items',
  'conflicting_unit_score',
  'score_out_of_range',
  'wrong_scale',
  'competence_not_evaluated',
  'missing_outcome',
  'invalid_acquired_unit',
  'invalid_rule_set',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export interface ReasonLocation {
  instrument?: string;
  unit?: string;
  competence?: string;
  /** Index of the item in its instrument's list. */
  item?: number;
}

export interface Reason {
  code: ReasonCode;
  at: ReasonLocation;
  message: LocalText;
}

const same = (text: string): LocalText => ({ fr: text, en: text });

/** Where, in people's words when the rules' names are given: « formateur, Produits / … (PO) ». */
const where = (at: ReasonLocation, names?: Names): LocalText => {
  const parts: LocalText[] = [];
  if (at.instrument !== undefined)
    parts.push(names ? names.instrument(at.instrument) : same(at.instrument));
  if (at.item !== undefined)
    parts.push({ fr: `élément ${at.item + 1}`, en: `item ${at.item + 1}` });
  if (at.unit !== undefined) parts.push(names ? names.unit(at.unit) : same(at.unit));
  if (at.competence !== undefined)
    parts.push(names ? names.competence(at.competence) : same(at.competence));
  return { fr: parts.map((p) => p.fr).join(', '), en: parts.map((p) => p.en).join(', ') };
};

export function reason(
  code: ReasonCode,
  at: ReasonLocation,
  detail: LocalText,
  names?: Names,
): Reason {
  const w = where(at, names);
  const prefix = w.fr === '' ? { fr: '', en: '' } : { fr: `${w.fr} : `, en: `${w.en}: ` };
  return { code, at, message: { fr: prefix.fr + detail.fr, en: prefix.en + detail.en } };
}

export const details = {
  unknownInstrument: (): LocalText => ({
    fr: 'instrument inconnu de ce jeu de règles',
    en: 'instrument unknown to this rule set',
  }),
  duplicateInstrument: (): LocalText => ({
    fr: 'preuves fournies deux fois pour cet instrument',
    en: 'evidence given twice for this instrument',
  }),
  missingInstrument: (): LocalText => ({
    fr: 'aucune preuve pour cet instrument, qui compte dans la décision',
    en: 'no evidence for this instrument, which counts in the decision',
  }),
  unknownUnit: (): LocalText => ({
    fr: 'domaine ou bloc inconnu du référentiel',
    en: 'domain or bloc unknown to the referential',
  }),
  unitWithoutItems: (): LocalText => ({
    fr: 'aucun élément évalué ni pourcentage pour ce domaine',
    en: 'no item evaluated and no percentage for this domain',
  }),
  conflictingUnitScore: (): LocalText => ({
    fr: 'un pourcentage global et des éléments pour le même domaine',
    en: 'both an overall percentage and items for the same domain',
  }),
  scoreOutOfRange: (score: unknown): LocalText => ({
    fr: `score ${String(score)} hors de 0-100`,
    en: `score ${String(score)} outside 0-100`,
  }),
  wrongScale: (expected: string): LocalText => ({
    fr: `résultat attendu sur l'échelle ${expected === 'percentage' ? 'pourcentage' : 'Acquis / Non acquis'}`,
    en: `result expected on the ${expected === 'percentage' ? 'percentage' : 'Acquis / Non acquis'} scale`,
  }),
  competenceNotEvaluated: (noun: LocalText): LocalText => ({
    fr: `${noun.fr} jamais évalué`,
    en: `${noun.en} never evaluated`,
  }),
  missingOutcome: (): LocalText => ({
    fr: 'résultat global manquant',
    en: 'overall result missing',
  }),
  invalidAcquiredUnit: (why: LocalText): LocalText => why,
};
