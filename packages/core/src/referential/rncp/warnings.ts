// What the RNCP import cleaned or left out, each with a French and an English message. Messy
// open data is imported with these warnings rather than refused (issue 3, item 6); only a
// fiche without a usable number is left out. Same shape as a referential Problem, plus the
// place in the export (file and line) the fiche was read from.
import type { Message } from '../problems.ts';
import { type RncpSource, sourceText } from './record.ts';

export const RNCP_WARNING_CODES = [
  'fiche_skipped',
  'missing_title',
  'siret_cleaned',
  'siret_missing',
  'siret_invalid',
  'siret_checksum',
  'certifier_skipped',
  'duplicate_bloc',
  'bloc_without_code',
  'bloc_without_label',
  'duplicate_code',
  'invalid_date',
  'unknown_active_flag',
  'invalid_certification_number',
  'correspondence_skipped',
  'correspondence_unknown_bloc',
  'file_name_normalised',
  'unknown_csv_file',
  'orphan_csv_row',
  'duplicate_fiche',
  'no_competence',
  'capacities_intro',
] as const;

export type RncpWarningCode = (typeof RNCP_WARNING_CODES)[number];

export interface RncpWarning {
  code: RncpWarningCode;
  /** JSON path in the fiche record, e.g. $.certifiers[1].siret */
  path: string;
  /** The file (or the zip's entry) the warning is about, and its line. */
  file: string;
  line?: number;
  /** The same, as one text: "export.xml, line 12". */
  location: string;
  message: Message;
}

export const rncpMessages = {
  ficheSkipped: (raw: string): Message => ({
    fr: `Fiche ignorée : numéro de fiche absent ou invalide (« ${raw} »).`,
    en: `Fiche left out: missing or invalid fiche number ("${raw}").`,
  }),
  missingTitle: (): Message => ({
    fr: 'La fiche n’a pas d’intitulé.',
    en: 'The fiche has no title.',
  }),
  siretCleaned: (raw: string, siret: string): Message => ({
    fr: `SIRET « ${raw} » nettoyé en « ${siret} » (espaces ou tabulations retirés).`,
    en: `SIRET "${raw}" cleaned to "${siret}" (spaces or tabs removed).`,
  }),
  siretMissing: (raw: string): Message => ({
    fr: `SIRET absent ou sans valeur (« ${raw} ») : certificateur importé sans SIRET.`,
    en: `SIRET missing or void ("${raw}"): certifier imported without a SIRET.`,
  }),
  siretInvalid: (raw: string): Message => ({
    fr: `SIRET « ${raw} » invalide (14 chiffres attendus) : certificateur importé sans SIRET.`,
    en: `Invalid SIRET "${raw}" (14 digits expected): certifier imported without a SIRET.`,
  }),
  siretChecksum: (siret: string): Message => ({
    fr: `La clé du SIRET « ${siret} » est fausse (contrôle de Luhn) ; il est conservé.`,
    en: `SIRET "${siret}" fails its check digit (Luhn); it is kept.`,
  }),
  certifierSkipped: (): Message => ({
    fr: 'Certificateur ignoré : ni nom ni SIRET.',
    en: 'Certifier left out: neither name nor SIRET.',
  }),
  duplicateBlocDropped: (code: string): Message => ({
    fr: `Le bloc « ${code} » est répété à l’identique : la répétition est ignorée.`,
    en: `Bloc "${code}" is repeated identically: the repeat is left out.`,
  }),
  duplicateBlocRenamed: (code: string, kept: string): Message => ({
    fr: `Le code de bloc « ${code} » est répété avec un autre contenu : gardé sous « ${kept} ».`,
    en: `Bloc code "${code}" is repeated with other contents: kept as "${kept}".`,
  }),
  blocWithoutCode: (code: string): Message => ({
    fr: `Bloc sans code : le code « ${code} » lui est attribué.`,
    en: `Bloc without a code: it is given code "${code}".`,
  }),
  blocWithoutLabel: (code: string): Message => ({
    fr: `Le bloc « ${code} » n’a pas d’intitulé : son code en tient lieu.`,
    en: `Bloc "${code}" has no label: its code stands for it.`,
  }),
  duplicateCode: (list: string, code: string): Message => ({
    fr: `Le code ${list} « ${code} » est répété ; il est gardé une fois.`,
    en: `${list} code "${code}" is repeated; it is kept once.`,
  }),
  invalidDate: (raw: string): Message => ({
    fr: `Date « ${raw} » illisible (jj/mm/aaaa attendu) : ignorée.`,
    en: `Unreadable date "${raw}" (dd/mm/yyyy expected): left out.`,
  }),
  unknownActiveFlag: (raw: string): Message => ({
    fr: `Valeur « ${raw} » inattendue pour ACTIF (Oui/Non attendu) : ignorée.`,
    en: `Unexpected ACTIF value "${raw}" (Oui/Non expected): left out.`,
  }),
  invalidCertificationNumber: (raw: string): Message => ({
    fr: `Numéro de fiche « ${raw} » invalide (RNCP… ou RS… attendu) : ignoré.`,
    en: `Invalid fiche number "${raw}" (RNCP… or RS… expected): left out.`,
  }),
  correspondenceSkipped: (): Message => ({
    fr: 'Correspondance ignorée : aucun bloc source ou aucune fiche de destination.',
    en: 'Correspondence left out: no source bloc or no destination fiche.',
  }),
  correspondenceUnknownBloc: (code: string): Message => ({
    fr: `La correspondance cite le bloc « ${code} », absent de cette fiche ; elle est gardée.`,
    en: `The correspondence names bloc "${code}", which this fiche lacks; it is kept.`,
  }),
  fileNameNormalised: (name: string): Message => ({
    fr: `Nom de fichier « ${name} » normalisé (Unicode NFC).`,
    en: `File name "${name}" normalised (Unicode NFC).`,
  }),
  unknownCsvFile: (name: string): Message => ({
    fr: `Fichier « ${name} » inconnu dans l’export CSV : ignoré.`,
    en: `Unknown file "${name}" in the CSV export: left out.`,
  }),
  orphanCsvRow: (number: string): Message => ({
    fr: `Ligne de la fiche « ${number} », absente du fichier Standard : ignorée.`,
    en: `Row of fiche "${number}", which the Standard file lacks: left out.`,
  }),
  noCompetence: (rs: boolean): Message =>
    rs
      ? {
          fr: 'La fiche RS ne liste aucune compétence (CAPACITES_ATTESTEES absent ou vide) : importée sans compétence.',
          en: 'The RS fiche lists no competence (CAPACITES_ATTESTEES missing or empty): imported without any.',
        }
      : {
          fr: 'La fiche RNCP n’a aucun bloc de compétences : importée sans compétence.',
          en: 'The RNCP fiche has no bloc of competences: imported without any competence.',
        },
  capacitiesIntro: (text: string): Message => ({
    fr: `« ${text} » introduit la liste des compétences et n’en est pas une : non importé.`,
    en: `"${text}" introduces the list of competences and is not one: not imported.`,
  }),
  duplicateFiche: (number: string): Message => ({
    fr: `La fiche « ${number} » apparaît plusieurs fois : la première est gardée.`,
    en: `Fiche "${number}" appears more than once: the first is kept.`,
  }),
};

/** Collects warnings for one fiche, located where the fiche was read unless told otherwise. */
export class WarningSink {
  readonly warnings: RncpWarning[] = [];
  constructor(readonly location: RncpSource) {}
  add(code: RncpWarningCode, path: string, message: Message, at: RncpSource = this.location) {
    const line = at.line === undefined ? {} : { line: at.line };
    this.warnings.push({ code, path, file: at.file, ...line, location: sourceText(at), message });
  }
}
