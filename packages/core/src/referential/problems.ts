// The closed set of problems a referential file can have, each with a French and an English
// message. A file with problems imports nothing (issue 3, "Bad input").

export const PROBLEM_CODES = [
  'invalid_yaml',
  'schema_violation',
  'duplicate_version',
  'duplicate_code',
  'unknown_parent',
  'invalid_parent_type',
  'tree_cycle',
  'missing_field',
  'field_not_allowed',
  'unknown_link_source',
  'unknown_link_target',
  'unknown_version',
  'cross_version_link_required',
  'invalid_link_endpoint',
  'duplicate_link',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Message {
  fr: string;
  en: string;
}

export interface Problem {
  code: ProblemCode;
  /** JSON path of the faulty value, e.g. $.versions[0].nodes[3].code */
  path: string;
  message: Message;
  /** 1-based line in the YAML text, when the input was text. */
  line?: number;
}

export function problem(code: ProblemCode, path: string, message: Message): Problem {
  return { code, path, message };
}

/** Turns a JSON pointer (/versions/0/nodes/3) into a JSON path ($.versions[0].nodes[3]). */
export function pointerToPath(pointer: string): string {
  const segments = pointer.split('/').slice(1);
  return segments.reduce((path, raw) => {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(segment) ? `${path}[${segment}]` : `${path}.${segment}`;
  }, '$');
}

/** Turns a JSON path back into its segments, to find the value (or its YAML line). */
export function pathSegments(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  for (const match of path.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] === undefined ? (match[1] ?? '') : Number(match[2]));
  }
  return segments;
}

export const messages = {
  duplicateVersion: (id: string): Message => ({
    fr: `La version « ${id} » est déclarée plusieurs fois.`,
    en: `Version "${id}" is declared more than once.`,
  }),
  duplicateCode: (code: string, firstPath: string): Message => ({
    fr: `Le code « ${code} » est déjà utilisé dans cette version (${firstPath}).`,
    en: `Code "${code}" is already used in this version (${firstPath}).`,
  }),
  unknownParent: (code: string): Message => ({
    fr: `Le parent « ${code} » n'existe pas dans cette version.`,
    en: `Parent "${code}" does not exist in this version.`,
  }),
  invalidParentType: (type: string, parentType: string): Message => ({
    fr: `Un élément de type « ${type} » ne peut pas être placé sous un « ${parentType} ».`,
    en: `A "${type}" node cannot be placed under a "${parentType}".`,
  }),
  treeCycle: (codes: string[]): Message => ({
    fr: `L'arborescence forme une boucle : ${codes.join(' → ')}.`,
    en: `The tree contains a cycle: ${codes.join(' → ')}.`,
  }),
  missingField: (field: string, type: string): Message => ({
    fr: `Le champ « ${field} » est obligatoire pour un élément de type « ${type} ».`,
    en: `Field "${field}" is required on a "${type}" node.`,
  }),
  fieldNotAllowed: (field: string, type: string): Message => ({
    fr: `Le champ « ${field} » n'est pas prévu pour un élément de type « ${type} ».`,
    en: `Field "${field}" is not allowed on a "${type}" node.`,
  }),
  unknownLinkSource: (code: string): Message => ({
    fr: `Le lien part de « ${code} », qui n'existe pas dans cette version.`,
    en: `The link starts from "${code}", which does not exist in this version.`,
  }),
  unknownLinkTarget: (code: string, version: string): Message => ({
    fr: `Le lien vise « ${code} », qui n'existe pas dans la version « ${version} ».`,
    en: `The link points to "${code}", which does not exist in version "${version}".`,
  }),
  unknownVersion: (id: string): Message => ({
    fr: `La version « ${id} » n'existe pas dans ce fichier.`,
    en: `Version "${id}" does not exist in this file.`,
  }),
  crossVersionLinkRequired: (type: string): Message => ({
    fr: `Un lien « ${type} » doit viser un élément d'une autre version (champ toVersion).`,
    en: `A "${type}" link must point to an item of another version (field toVersion).`,
  }),
  invalidLinkEndpoint: (type: string, from: string, to: string): Message => ({
    fr: `Un lien « ${type} » ne peut pas relier un « ${from} » à un « ${to} ».`,
    en: `A "${type}" link cannot join a "${from}" to a "${to}".`,
  }),
  duplicateLink: (type: string, from: string, to: string): Message => ({
    fr: `Le lien « ${type} » de « ${from} » vers « ${to} » est déclaré plusieurs fois.`,
    en: `Link "${type}" from "${from}" to "${to}" is declared more than once.`,
  }),
  invalidYaml: (detail: string): Message => ({
    fr: `Le fichier n'est pas un YAML valide : ${detail}`,
    en: `The file is not valid YAML: ${detail}`,
  }),
};
