// The closed set of problems the structure of an Open Badges 3.0 credential can have, each
// located by its JSON path and worded in French and English (issue 7, "Bad input").
import type { Message } from '../referential/index.ts';

export const STRUCTURE_PROBLEM_CODES = [
  'not_an_object',
  'missing',
  'wrong_type',
  'not_uri',
  'not_a_date',
  'context_not_vc',
  'context_no_open_badges',
  // Warnings: accepted, reported.
  'context_legacy_vc',
  'context_outdated',
] as const;

export type StructureProblemCode = (typeof STRUCTURE_PROBLEM_CODES)[number];

export interface StructureProblem {
  code: StructureProblemCode;
  /** JSON path of the faulty value, e.g. $.issuer.parentOrg.type */
  path: string;
  message: Message;
}

export const structureMessages = {
  notAnObject: (): Message => ({
    fr: "Le document n'est pas un objet JSON.",
    en: 'The document is not a JSON object.',
  }),
  missing: (path: string): Message => ({
    fr: `Propriété obligatoire absente : ${path}.`,
    en: `Required property missing: ${path}.`,
  }),
  wrongType: (path: string, expected: readonly string[], found: readonly string[]): Message => {
    const fr = (types: readonly string[], join: string) =>
      types.map((type) => `« ${type} »`).join(join) || '(aucun)';
    const en = (types: readonly string[], join: string) =>
      types.map((type) => `"${type}"`).join(join) || '(none)';
    return {
      fr: `Type inattendu en ${path} : ${fr(found, ', ')} ; attendu ${fr(expected, ' ou ')}.`,
      en: `Unexpected type at ${path}: ${en(found, ', ')}; expected ${en(expected, ' or ')}.`,
    };
  },
  notUri: (path: string, value: string): Message => ({
    fr: `${path} doit être une URI : « ${value} ».`,
    en: `${path} must be a URI: "${value}".`,
  }),
  notADate: (path: string, value: string): Message => ({
    fr: `${path} doit être une date et heure XML Schema avec fuseau : « ${value} ».`,
    en: `${path} must be an XML Schema date-time with a time zone: "${value}".`,
  }),
  contextNotVc: (first: string): Message => ({
    fr: `Le premier contexte doit être celui des Verifiable Credentials (v2 ou v1), pas « ${first} ».`,
    en: `The first context must be the Verifiable Credentials one (v2 or v1), not "${first}".`,
  }),
  contextNoOpenBadges: (): Message => ({
    fr: 'Aucun contexte Open Badges 3.0 (https://purl.imsglobal.org/spec/ob/v3p0/…).',
    en: 'No Open Badges 3.0 context (https://purl.imsglobal.org/spec/ob/v3p0/…).',
  }),
  contextLegacyVc: (): Message => ({
    fr: 'Modèle Verifiable Credentials 1.1 : accepté, mais Open Badges 3.0 attend le modèle 2.0.',
    en: 'Verifiable Credentials 1.1 data model: accepted, but Open Badges 3.0 expects 2.0.',
  }),
  contextOutdated: (url: string, latest: string): Message => ({
    fr: `Contexte Open Badges ancien (${url}) : la version en vigueur est ${latest}.`,
    en: `Outdated Open Badges context (${url}): the current one is ${latest}.`,
  }),
};
