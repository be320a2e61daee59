// What a QTI import reports besides the items it reads: problems (the file is not a QTI item
// we can read: it imports nothing) and unsupported parts (listed by name, never dropped
// silently), each located by file, line and element, told in French and English.
import type { Message } from '@certeval/core';

export const QTI_PROBLEM_CODES = [
  'not_xml',
  'not_assessment_item',
  'missing_response_declaration',
  'missing_correct_response',
  'missing_mapping',
  'invalid_value',
  'no_interaction',
  'no_choices',
  'no_points',
  'not_a_package',
  'missing_file',
] as const;

export type QtiProblemCode = (typeof QTI_PROBLEM_CODES)[number];

export interface QtiLocation {
  file: string;
  line?: number;
  /** The element in question, as QTI 2.1 names it. */
  element?: string;
}

export interface QtiProblem extends QtiLocation {
  code: QtiProblemCode;
  message: Message;
}

/** A part of the item we do not import: an interaction, a scoring rule, a piece of content. */
export interface QtiUnsupported {
  name: string;
  line?: number;
  reason: Message;
}

export const qtiMessages = {
  notXml: (detail: string): Message => ({
    fr: `Le fichier n'est pas un XML bien formé : ${detail}`,
    en: `The file is not well-formed XML: ${detail}`,
  }),
  notAssessmentItem: (root: string): Message => ({
    fr: `L'élément racine est « ${root} » : un item QTI commence par assessmentItem (2.1) ou qti-assessment-item (3.0).`,
    en: `The root element is "${root}": a QTI item starts with assessmentItem (2.1) or qti-assessment-item (3.0).`,
  }),
  missingDeclaration: (id: string): Message => ({
    fr: `Aucune déclaration de réponse (responseDeclaration) ne porte l'identifiant « ${id} » de l'interaction.`,
    en: `No responseDeclaration has the interaction's identifier "${id}".`,
  }),
  missingCorrect: (template: string): Message => ({
    fr: `Le modèle ${template} demande une bonne réponse (correctResponse), absente ici.`,
    en: `Template ${template} needs a correctResponse, which is missing.`,
  }),
  missingMapping: (): Message => ({
    fr: 'Le modèle map_response demande un barème (mapping), absent ici.',
    en: 'Template map_response needs a mapping, which is missing.',
  }),
  invalidValue: (value: string, what: string): Message => ({
    fr: `La valeur « ${value} » n'est pas valide : ${what}.`,
    en: `Value "${value}" is not valid: ${what}.`,
  }),
  noInteraction: (): Message => ({
    fr: "Le corps de l'item (itemBody) ne contient aucune interaction.",
    en: 'The itemBody holds no interaction.',
  }),
  noChoices: (interaction: string): Message => ({
    fr: `L'interaction ${interaction} ne propose aucun choix.`,
    en: `Interaction ${interaction} offers no choice.`,
  }),
  noPoints: (): Message => ({
    fr: 'Le barème ne permet de gagner aucun point (maximum nul ou négatif).',
    en: 'The mapping lets no point be earned (maximum zero or below).',
  }),
  notAPackage: (): Message => ({
    fr: "Le paquet n'a pas de fichier imsmanifest.xml à sa racine.",
    en: 'The package has no imsmanifest.xml at its root.',
  }),
  missingFile: (href: string): Message => ({
    fr: `Le manifeste cite le fichier « ${href} », absent du paquet.`,
    en: `The manifest names file "${href}", which the package lacks.`,
  }),
};

export const unsupportedReasons = {
  interaction: (name: string): Message => ({
    fr: `L'interaction ${name} n'est pas prise en charge (seules le sont choix, ordre, association, texte court et texte long).`,
    en: `Interaction ${name} is not supported (only choice, order, match, text entry and extended text are).`,
  }),
  secondInteraction: (): Message => ({
    fr: 'Un item Certeval a une seule interaction : celle-ci est en plus.',
    en: 'A Certeval item has one interaction: this one is extra.',
  }),
  noResponseProcessing: (): Message => ({
    fr: "L'item ne dit pas comment noter la réponse (ni responseProcessing, ni modèle) : rien à corriger, comme une question d'opinion.",
    en: 'The item says nothing of how to score the response (no responseProcessing, no template): nothing to mark, like an opinion question.',
  }),
  customRule: (element: string): Message => ({
    fr: `Règle de correction propre à l’item : « ${element} » n’est pas pris en charge (seuls match, isNull, mapResponse, les sommes, comparaisons et conditions sur la réponse et les scores le sont).`,
    en: `Custom response processing: "${element}" is not supported (only match, isNull, mapResponse, sums, comparisons and conditions over the response and the scores are).`,
  }),
  template: (name: string): Message => ({
    fr: `Le modèle de correction « ${name} » n'est pas pris en charge (seuls match_correct, map_response et leurs variantes CC2 le sont).`,
    en: `Response processing template "${name}" is not supported (only match_correct, map_response and their CC2 variants are).`,
  }),
  pointTemplate: (): Message => ({
    fr: 'Le modèle map_response_point note une zone cliquée sur une image : aucune interaction graphique n’est prise en charge.',
    en: 'Template map_response_point scores a point clicked on a picture: no graphic interaction is supported.',
  }),
  baseType: (interaction: string, baseType: string): Message => ({
    fr: `L'interaction ${interaction} avec des réponses de type ${baseType} n'est pas prise en charge.`,
    en: `Interaction ${interaction} with ${baseType} responses is not supported.`,
  }),
  templateVariables: (): Message => ({
    fr: "Les variables de modèle (items clonés) ne sont pas prises en charge : l'item changerait à chaque passation.",
    en: 'Template variables (cloned items) are not supported: the item would change at each attempt.',
  }),
  content: (name: string): Message => ({
    fr: `Le contenu ${name} n'est pas importé (seul le texte l'est) : à reprendre à la main.`,
    en: `Content ${name} is not imported (only text is): to be redone by hand.`,
  }),
  handScored: (model: string): Message => ({
    fr: `Un item à choix noté « ${model} » n'a pas d'équivalent QTI : il n'est pas exporté.`,
    en: `A choice item scored "${model}" has no QTI equivalent: it is not exported.`,
  }),
  observation: (): Message => ({
    fr: "Une ligne d'observation n'est pas une question : elle n'est pas exportée en QTI.",
    en: 'An observation line is not a question: it is not exported to QTI.',
  }),
};

/** What reading a part of an item gives: its value, or why it cannot be imported. */
export type Read<T> =
  | { status: 'ok'; value: T }
  | { status: 'unsupported'; unsupported: QtiUnsupported[] }
  | { status: 'invalid'; problems: QtiProblem[] };

export const ok = <T>(value: T): Read<T> => ({ status: 'ok', value });

export const invalid = (
  code: QtiProblemCode,
  message: QtiProblem['message'],
  at: QtiLocation,
): { status: 'invalid'; problems: QtiProblem[] } => ({
  status: 'invalid',
  problems: [{ code, ...at, message }],
});

export const unsupported = (
  name: string,
  reason: QtiUnsupported['reason'],
  line?: number,
): { status: 'unsupported'; unsupported: QtiUnsupported[] } => ({
  status: 'unsupported',
  unsupported: [{ name, ...(line === undefined ? {} : { line }), reason }],
});
