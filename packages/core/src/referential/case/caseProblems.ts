// Problems and warnings of a CASE import, in the Problem shape of ../problems.ts (JSON path into
// the CASE package, code, French and English message). The codes below are CASE-specific and
// extend the closed set of ProblemCode; the referential checks (duplicate_code, tree_cycle...)
// keep their own codes.
import type { Message, Problem, ProblemCode } from '../problems.ts';
import type { FieldKind } from './caseFields.ts';

export const CASE_PROBLEM_CODES = [
  'invalid_json',
  'invalid_case_package',
  'duplicate_identifier',
  'generated_code',
  'unknown_item_type',
  'misplaced_item_type',
  'assumed_competence_kind',
  'external_association',
  'extra_parent',
  'multiple_documents',
  'assumed_certification',
  'field_not_kept',
  'value_not_kept',
  'identifier_not_uuid',
  'derived_identifier',
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
  generatedCode: (count: number, example: string): Message => ({
    fr: `${count} élément(s) sans humanCodingScheme : leur code dans Certeval est tiré de leur identifiant (ex. « ${example} ») ; le champ reste absent à l'export.`,
    en: `${count} item(s) without humanCodingScheme: their code in Certeval is derived from their identifier (e.g. "${example}"); the field stays absent on export.`,
  }),
  repeatedCode: (count: number, written: string, code: string): Message => ({
    fr: `${count} élément(s) reprennent le humanCodingScheme d'un autre : leur code dans Certeval est numéroté (ex. « ${written} » devient « ${code} ») ; leur humanCodingScheme est gardé tel quel.`,
    en: `${count} item(s) repeat another item's humanCodingScheme: their code in Certeval is numbered (e.g. "${written}" becomes "${code}"); their humanCodingScheme is kept as written.`,
  }),
  unknownItemType: (name: string, count: number): Message => ({
    fr: `Type d'élément « ${name} » (${count} élément(s)) : type gardé tel quel ; pour l'évaluation, ces éléments comptent comme des compétences (savoir-faire) tant que le certificateur n'en décide pas autrement.`,
    en: `Item type "${name}" (${count} item(s)): kept as it is; for evaluation these items count as competences (know-how) until the certifier decides otherwise.`,
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
    fr: `L'association « ${type} » vise « ${target} », hors du paquet : elle est gardée comme lien externe, et l'élément est placé à la racine de l'arbre.`,
    en: `Association "${type}" points to "${target}", outside the package: it is kept as an external link, and the item is placed at the root of the tree.`,
  }),
  extraParent: (firstPath: string): Message => ({
    fr: `L'élément a déjà un parent (${firstPath}) : ce second isChildOf est gardé comme association, l'arbre montre le premier.`,
    en: `The item already has a parent (${firstPath}): this second isChildOf is kept as an association, the tree shows the first one.`,
  }),
  multipleDocuments: (count: number): Message => ({
    fr: `Le paquet contient ${count} CFDocuments : seul le premier est importé.`,
    en: `The package holds ${count} CFDocuments: only the first one is imported.`,
  }),
  assumedCertification: (id: string): Message => ({
    fr: `Paquet sans données Certeval : certification « ${id} » de type diplôme, version brouillon.`,
    en: `Package without Certeval data: certification "${id}" of kind diploma, draft version.`,
  }),
  fieldNotKept: (kind: string, field: string, count: number): Message => ({
    fr: `Le champ « ${field} » (${count} ${kind}) n'existe pas en CASE 1.1 : il n'est pas gardé.`,
    en: `Field "${field}" (${count} ${kind}) does not exist in CASE 1.1: it is not kept.`,
  }),
  valueNotKept: (kind: string, field: string, type: FieldKind, count: number): Message => ({
    fr: `« ${field} » (${count} ${kind}) n'est pas ${EXPECTED[type].fr} : la valeur n'est pas gardée${type === 'dateTime' ? ', la date de publication de la version est écrite à la place' : ''}.`,
    en: `"${field}" (${count} ${kind}) is not ${EXPECTED[type].en}: the value is not kept${type === 'dateTime' ? ", the version's publication date is written instead" : ''}.`,
  }),
  identifierNotUuid: (kind: string, count: number, example: string): Message => ({
    fr: `${count} identifiant(s) de ${kind} ne sont pas des UUID (ex. « ${example} ») : gardés tels quels, mais CASE 1.1 exige des UUID et certains outils les refuseront.`,
    en: `${count} ${kind} identifier(s) are not UUIDs (e.g. "${example}"): kept as they are, but CASE 1.1 requires UUIDs and some tools will refuse them.`,
  }),
  derivedIdentifier: (kind: string, count: number): Message => ({
    fr: `${count} ${kind} sans identifiant : un identifiant stable leur a été donné (UUID v5 tiré de leur contenu).`,
    en: `${count} ${kind} without an identifier: each was given a stable one (UUID v5 derived from its content).`,
  }),
};

const EXPECTED: Record<FieldKind, Message> = {
  text: { fr: 'un texte', en: 'a text' },
  texts: { fr: 'une liste de textes', en: 'a list of texts' },
  link: { fr: 'un lien CASE (title, identifier, uri)', en: 'a CASE link (title, identifier, uri)' },
  links: {
    fr: 'une liste de liens CASE (title, identifier, uri)',
    en: 'a list of CASE links (title, identifier, uri)',
  },
  integer: { fr: 'un nombre entier', en: 'an integer' },
  date: { fr: 'une date AAAA-MM-JJ', en: 'a YYYY-MM-DD date' },
  dateTime: {
    fr: 'une date et heure ISO 8601 avec fuseau horaire',
    en: 'an ISO 8601 date-time with a time zone',
  },
  extensions: { fr: 'un objet', en: 'an object' },
};
