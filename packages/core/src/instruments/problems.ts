// The closed set of problems an instrument can have, each located by a JSON path and told in
// French and English (issue 4, "Bad input": refused with a clear message saying where).
import type { Message } from '../referential/index.ts';

export const INSTRUMENT_PROBLEM_CODES = [
  'invalid_yaml',
  'schema_violation',
  'out_of_range',
  'binding_mismatch',
  'duplicate_id',
  'scale_levels_unordered',
  'scale_levels_overlap',
  'invalid_band',
  'unknown_descriptor_set',
  'unknown_scale',
  'unknown_code',
  'incompatible_code_type',
  'missing_domain',
  'unknown_choice',
  'invalid_answer_key',
  'invalid_points_range',
  'unknown_role_play',
  'unknown_parent_line',
  'sub_line_not_competence',
  'sub_line_domain',
] as const;

export type InstrumentProblemCode = (typeof INSTRUMENT_PROBLEM_CODES)[number];

export interface InstrumentProblem {
  code: InstrumentProblemCode;
  /** JSON path of the faulty value, e.g. $.sections[0].items[2].evaluates[1] */
  path: string;
  message: Message;
}

export function instrumentProblem(
  code: InstrumentProblemCode,
  path: string,
  message: Message,
): InstrumentProblem {
  return { code, path, message };
}

export const instrumentMessages = {
  unknownParentLine: (id: string): Message => ({
    fr: `Cette ligne détaille « ${id} », qui n'est pas une ligne principale de la même partie.`,
    en: `This line details "${id}", which is not a main line of the same section.`,
  }),
  subLineNotCompetence: (code: string): Message => ({
    fr: `Une ligne de détail note des savoir-faire : « ${code} » n'est pas une compétence.`,
    en: `A detail line scores know-how: "${code}" is not a competence.`,
  }),
  subLineDomain: (code: string, domain: string): Message => ({
    fr: `« ${code} » relève du domaine ${domain} : la ligne qui le note compte dans ce domaine.`,
    en: `"${code}" belongs to domain ${domain}: the line scoring it counts in that domain.`,
  }),
  invalidYaml: (detail: string): Message => ({
    fr: `Le fichier n'est pas un YAML valide : ${detail}`,
    en: `The file is not valid YAML: ${detail}`,
  }),
  outOfRange: (value: unknown, comparison: string, limit: unknown): Message => ({
    fr: `La valeur ${String(value)} est hors limites : elle doit être ${comparison} ${String(limit)} (pourcentage de 0 à 100).`,
    en: `Value ${String(value)} is out of range: it must be ${comparison} ${String(limit)} (percentage from 0 to 100).`,
  }),
  bindingMismatch: (expected: string, actual: string): Message => ({
    fr: `L'instrument est rattaché à « ${expected} » mais il est contrôlé avec « ${actual} ».`,
    en: `The instrument is bound to "${expected}" but is checked against "${actual}".`,
  }),
  duplicateId: (id: string, firstPath: string): Message => ({
    fr: `L'identifiant « ${id} » est déjà utilisé (${firstPath}).`,
    en: `Identifier "${id}" is already used (${firstPath}).`,
  }),
  levelsUnordered: (value: number, previous: number): Message => ({
    fr: `Les niveaux de l'échelle doivent être croissants : ${value} % vient après ${previous} %.`,
    en: `Scale levels must be increasing: ${value}% comes after ${previous}%.`,
  }),
  levelsOverlap: (value: number, previous: number): Message => ({
    fr: `Le niveau ${value} % chevauche le niveau ${previous} %.`,
    en: `Level ${value}% overlaps level ${previous}%.`,
  }),
  bandExcludesValue: (value: number): Message => ({
    fr: `La plage du niveau ${value} % ne contient pas ${value} %.`,
    en: `The band of level ${value}% does not contain ${value}%.`,
  }),
  unknownDescriptorSet: (id: string): Message => ({
    fr: `Le jeu de descripteurs « ${id} » n'est pas déclaré dans l'échelle.`,
    en: `Descriptor set "${id}" is not declared in the scale.`,
  }),
  unknownScale: (id: string): Message => ({
    fr: `L'échelle « ${id} » n'existe pas dans cet instrument.`,
    en: `Scale "${id}" does not exist in this instrument.`,
  }),
  unknownCode: (code: string, version: string): Message => ({
    fr: `Le code « ${code} » n'existe pas dans la version « ${version} » du référentiel.`,
    en: `Code "${code}" does not exist in version "${version}" of the referential.`,
  }),
  incompatibleType: (code: string, type: string, expected: readonly string[]): Message => ({
    fr: `« ${code} » est un élément de type « ${type} » ; attendu : ${expected.join(', ')}.`,
    en: `"${code}" is a "${type}" item; expected: ${expected.join(', ')}.`,
  }),
  missingDomain: (): Message => ({
    fr: 'Le référentiel a des domaines : indiquez le domaine de cet item.',
    en: 'The referential has domains: give the domain of this item.',
  }),
  unknownChoice: (id: string): Message => ({
    fr: `La réponse « ${id} » ne fait pas partie des propositions.`,
    en: `Answer "${id}" is not one of the choices.`,
  }),
  invalidAnswerKey: (): Message => ({
    fr: 'Le bon ordre doit citer chaque proposition une fois et une seule.',
    en: 'The right order must name each choice exactly once.',
  }),
  missingAnswerKey: (): Message => ({
    fr: 'Une question notée doit donner sa bonne réponse ; seule une question non notée (enquête) n’en a pas.',
    en: 'A scored question must give its right answer; only an unscored (survey) question has none.',
  }),
  singleChoiceKey: (): Message => ({
    fr: 'Une question à choix unique a exactement une bonne réponse.',
    en: 'A single-choice question has exactly one right answer.',
  }),
  unknownPair: (key: string): Message => ({
    fr: `« ${key} » ne relie pas une proposition de la première colonne à une de la seconde (écrire « source cible »).`,
    en: `"${key}" does not join a choice of the first column to one of the second (write "source target").`,
  }),
  duplicatePair: (key: string): Message => ({
    fr: `La paire « ${key} » est citée deux fois.`,
    en: `Pair "${key}" is given twice.`,
  }),
  matchMaxExceeded: (id: string, max: number): Message => ({
    fr: `« ${id} » figure dans plus de ${max} paire(s) de la bonne réponse, au-delà de son maximum.`,
    en: `"${id}" is in more than ${max} pair(s) of the right answer, beyond its maximum.`,
  }),
  invalidPointsRange: (min: number, max: number): Message => ({
    fr: `Le minimum de points (${min}) dépasse le maximum (${max}).`,
    en: `The minimum of points (${min}) is above the maximum (${max}).`,
  }),
  unknownRolePlay: (id: string): Message => ({
    fr: `La fiche de jeu de rôle « ${id} » n'existe pas dans cet instrument.`,
    en: `Role-play card "${id}" does not exist in this instrument.`,
  }),
};
