// Problems and warnings of a CASE import, in the Problem shape of ../problems.ts (JSON path into
// the CASE package, code, French and English message). The codes below are CASE-specific and
// extend the closed set of ProblemCode; the referential checks (duplicate_code, tree_cycle...)
// keep their own codes.
import type { Message, Problem, ProblemCode } from '../problems.ts';

export const CASE_PROBLEM_CODES = [
  'invalid_json',
  'invalid_case_package',
  'duplicate_identifier',
  'generated_code',
  'unknown_item_type',
  'misplaced_item_type',
  'assumed_competence_kind',
  'external_association',
  'unsupported_association',
  'extra_parent',
  'multiple_documents',
  'assumed_certification',
] as const;

export type CaseProblemCode = ProblemCode | (typeof CASE_PROBLEM_CODES)[number];

export interface CaseProblem extends Omit<Problem, 'code'> {
  code: CaseProblemCode;
}

export function caseProblem(code: CaseProblemCode, path: string, message: Message): CaseProblem {
  return { code, path, message };
}

export const caseMessages = {
  invalidJson: (detail: string): Message => ({
    fr: `Le fichier n'est pas un JSON valide : ${detail}`,
    en: `The file is not valid JSON: ${detail}`,
  }),
  expected: (fr: string, en: string): Message => ({
    fr: `${fr} est attendu ici (paquet CASE).`,
    en: `${en} is expected here (CASE package).`,
  }),
  duplicateIdentifier: (identifier: string, firstPath: string): Message => ({
    fr: `L'identifiant « ${identifier} » est déjà utilisé dans le paquet (${firstPath}).`,
    en: `Identifier "${identifier}" is already used in the package (${firstPath}).`,
  }),
  generatedCode: (code: string): Message => ({
    fr: `Élément sans humanCodingScheme : le code « ${code} » a été tiré de son identifiant.`,
    en: `Item without humanCodingScheme: code "${code}" was derived from its identifier.`,
  }),
  unknownItemType: (name: string, count: number): Message => ({
    fr: `Type d'élément « ${name} » inconnu (${count} élément(s)) : importé comme compétence (savoir-faire).`,
    en: `Unknown item type "${name}" (${count} item(s)): imported as a competence (know-how).`,
  }),
  misplacedItemType: (type: string, count: number): Message => ({
    fr: `${count} élément(s) « ${type} » placé(s) où le modèle n'admet pas ce type : importé(s) comme compétence(s) (savoir-faire).`,
    en: `${count} "${type}" item(s) placed where the model does not allow that type: imported as competence(s) (know-how).`,
  }),
  assumedCompetenceKind: (): Message => ({
    fr: 'Compétence sans nature reconnue : importée comme savoir-faire.',
    en: 'Competence without a recognised kind: imported as know-how.',
  }),
  externalAssociation: (type: string, target: string): Message => ({
    fr: `L'association « ${type} » vise « ${target} », hors du paquet : elle n'est pas importée.`,
    en: `Association "${type}" points to "${target}", outside the package: it is not imported.`,
  }),
  unsupportedAssociation: (type: string): Message => ({
    fr: `L'association « ${type} » n'a pas d'équivalent entre ces éléments : elle n'est pas importée.`,
    en: `Association "${type}" has no equivalent between these items: it is not imported.`,
  }),
  extraParent: (firstPath: string): Message => ({
    fr: `L'élément a déjà un parent (${firstPath}) : ce second isChildOf n'est pas importé.`,
    en: `The item already has a parent (${firstPath}): this second isChildOf is not imported.`,
  }),
  multipleDocuments: (count: number): Message => ({
    fr: `Le paquet contient ${count} CFDocuments : seul le premier est importé.`,
    en: `The package holds ${count} CFDocuments: only the first one is imported.`,
  }),
  assumedCertification: (id: string): Message => ({
    fr: `Paquet sans données Certeval : certification « ${id} » de type diplôme, version brouillon.`,
    en: `Package without Certeval data: certification "${id}" of kind diploma, draft version.`,
  }),
};
