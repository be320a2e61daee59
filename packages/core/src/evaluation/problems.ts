// The closed set of problems an evaluation record can have, each located by its JSON path in
// the record and worded in French and English. A record with problems is decided on by nobody
// (issue 5, "Bad input"; issue 6, "Bad input").
import type { Message } from '../referential/index.ts';

export const RECORD_PROBLEM_CODES = [
  'invalid_json',
  'schema_violation',
  'invalid_date',
  'future_date',
  'item_value',
  'unknown_instrument',
  'instrument_not_bound',
  'unmapped_instrument',
  'unknown_item',
  'duplicate_item',
  'score_out_of_range',
  'wrong_result_kind',
  'agreed_not_by_president',
  'duplicate_agreed',
  'unknown_unit',
  'incomplete_evaluation',
  'override_without_reason',
] as const;

export type RecordProblemCode = (typeof RECORD_PROBLEM_CODES)[number];

export interface RecordProblem {
  code: RecordProblemCode;
  /** JSON path in the record, e.g. $.evaluations[2].items[5].percentage */
  path: string;
  message: Message;
}

export const recordProblem = (
  code: RecordProblemCode,
  path: string,
  message: Message,
): RecordProblem => ({ code, path, message });

export const recordMessages = {
  invalidJson: (detail: string): Message => ({
    fr: `JSON invalide : ${detail}`,
    en: `Invalid JSON: ${detail}`,
  }),
  invalidDate: (value: string): Message => ({
    fr: `Date inexistante : ${value}.`,
    en: `No such date: ${value}.`,
  }),
  futureDate: (value: string, today: string): Message => ({
    fr: `Date dans le futur : ${value} (aujourd'hui ${today}).`,
    en: `Date in the future: ${value} (today ${today}).`,
  }),
  itemValue: (): Message => ({
    fr: 'Donner exactement un résultat : percentage, outcome, points ou notEvaluated (non évalué, avec sa raison).',
    en: 'Give exactly one result: percentage, outcome, points or notEvaluated (not evaluated, with the reason).',
  }),
  noReason: (item: string): Message => ({
    fr: `L’élément ${item} est marqué « non évalué » : donnez la raison.`,
    en: `Item ${item} is marked “not evaluated”: give the reason.`,
  }),
  keyScored: (): Message => ({
    fr: 'Question fermée : son score vient de sa clé de réponse, en points, jamais d’un pourcentage saisi (présentation du CQP, diapositive 18 : « nombre de réponses justes / nombre de questions »).',
    en: 'Closed question: its score comes from its answer key, in points, never from a percentage typed in (CQP presentation, slide 18: "number of right answers / number of questions").',
  }),
  rightOrWrong: (): Message => ({
    fr: 'Question à réponse juste ou fausse : 1 point si la réponse est juste, 0 si elle est fausse.',
    en: 'Right-or-wrong question: 1 point when the answer is right, 0 when it is wrong.',
  }),
  unknownUnit: (code: string): Message => ({
    fr: `Domaine ou bloc inconnu du référentiel : ${code}.`,
    en: `Domain or bloc unknown to the referential: ${code}.`,
  }),
  overrideWithoutReason: (item: string, computed: number): Message => ({
    fr: `L’élément ${item} a ${computed} point(s) d’après sa clé de réponse : pour changer ce score, donnez la raison.`,
    en: `Item ${item} has ${computed} point(s) from its answer key: give the reason to change that score.`,
  }),
  unknownInstrument: (id: string, version: string): Message => ({
    fr: `Instrument inconnu : ${id} version ${version}.`,
    en: `Unknown instrument: ${id} version ${version}.`,
  }),
  notBound: (id: string, bound: string, wanted: string): Message => ({
    fr: `L'instrument ${id} est construit sur ${bound}, pas sur ${wanted}.`,
    en: `Instrument ${id} is built on ${bound}, not on ${wanted}.`,
  }),
  unmapped: (id: string, kind: string): Message => ({
    fr: `Le jeu de règles ne dit pas comment compter l'instrument ${id} (${kind}).`,
    en: `The rule set does not say how instrument ${id} (${kind}) counts.`,
  }),
  unknownItem: (item: string, instrument: string): Message => ({
    fr: `Élément inconnu de l'instrument ${instrument} : ${item}.`,
    en: `Item unknown to instrument ${instrument}: ${item}.`,
  }),
  duplicateItem: (item: string): Message => ({
    fr: `Élément noté deux fois dans cette évaluation : ${item}.`,
    en: `Item scored twice in this evaluation: ${item}.`,
  }),
  outOfRange: (value: number, max: number | string): Message => ({
    fr: `Score ${value} hors de 0-${max}.`,
    en: `Score ${value} outside 0-${max}.`,
  }),
  wrongKind: (expected: string): Message => ({
    fr: `Cet élément attend un résultat de type ${expected}.`,
    en: `This item expects a result of type ${expected}.`,
  }),
  agreedNotByPresident: (): Message => ({
    fr: 'Seul le président du jury reporte les pourcentages convenus (guide du jury).',
    en: 'Only the jury president reports the agreed percentages (jury guide).',
  }),
  duplicateAgreed: (domain: string): Message => ({
    fr: `Deux pourcentages convenus pour le domaine ${domain}.`,
    en: `Two agreed percentages for domain ${domain}.`,
  }),
};
