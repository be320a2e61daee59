// One issued document as the Caisse des Dépôts' declaration of holders writes it: a
// `passageCertification` (../shared/fixtures/cdc/cpf-pc5-1.1.2.xsd) under the RNCP or RS code
// it attests — a certificate under its certification's, a bloc attestation under each bloc's
// France Compétences code (RNCP28795BC01). What the holder's record lacks is a problem naming the
// field, never a guess; what the file cannot carry (a domain attestation, a certification with
// no RNCP or RS code) is said so.
import type { Sex } from '../candidates/civilStatus.ts';
import { inseeCodeProblem, normaliseInseeCode, sexCode } from '../candidates/civilStatus.ts';
import type { ACCESS_ROUTES } from '../referential/index.ts';
import { el, type XmlOut } from '../xml/xmlWrite.ts';

type AccessRoute = (typeof ACCESS_ROUTES)[number];

export interface DeclarableDocument {
  certificateId: string;
  number: string;
  kind: 'certificate' | 'attestation';
  verificationUrl: string;
  /** The certification's RNCP28795 or RS5678, when it is registered. */
  registration?: string;
  unitKind: 'domain' | 'bloc';
  units: ReadonlyArray<{ code: string; acquired: boolean; validUntil?: string }>;
  /** YYYY-MM-DD: the jury's day, the exam's and the start of validity. */
  decisionDate: string;
  /** YYYY-MM-DD; null when the document is valid without time limit. */
  validUntil: string | null;
  accessRoute: AccessRoute;
  candidateId: string;
  holder: {
    birthName: string;
    usageName?: string | null;
    firstNames: readonly string[];
    birthDate: string;
    sex?: Sex | null;
    birthInseeCode?: string | null;
  };
}

/** A field of the holder's record the declaration cannot do without, or cannot carry. */
export type HolderField = 'sex' | 'birthInseeCode' | 'birthName' | 'usageName' | 'firstNames';

export interface Passage {
  /** RNCP or RS, and the code the holder obtained (a certification's or a bloc's). */
  type: 'RNCP' | 'RS';
  code: string;
  idTechnique: string;
  element: XmlOut;
}

export type PassageOutcome =
  | { declarable: true; passages: Passage[] }
  | { declarable: false; reason: { fr: string; en: string } }
  | {
      declarable: 'missing';
      fields: Array<{ field: HolderField; message: { fr: string; en: string } }>;
    };

/** Access routes of the product to the CDC's `modaliteAcces` list. */
export const MODALITE_ACCES: Record<AccessRoute, string> = {
  initial_education: 'FORMATION_INITIALE_HORS_APPRENTISSAGE',
  apprenticeship: 'FORMATION_INITIALE_APPRENTISSAGE',
  continuing_education: 'FORMATION_CONTINUE_HORS_CONTRAT_DE_PROFESSIONNALISATION',
  professionalisation_contract: 'FORMATION_CONTINUE_CONTRAT_DE_PROFESSIONNALISATION',
  vae: 'VAE',
  individual_application: 'CANDIDAT_LIBRE',
};

const NAME_MAX = 60;
const URL_MAX = 255;
const BLOC_CODE = /^(RNCP\d+)BC\d+$/;
/** Characters XML 1.0 cannot carry, even escaped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused.
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const XSI_NIL = { 'xsi:nil': 'true' };
const cpf = (name: string, value?: string | number) =>
  el(`cpf:${name}`, {}, value === undefined ? [] : [String(value)]);
const nil = (name: string) => el(`cpf:${name}`, XSI_NIL);

type Missing = Extract<PassageOutcome, { declarable: 'missing' }>['fields'];

/** First names as the schema's three: the third keeps the rest, in civil-status order. */
function firstNamesOf(names: readonly string[]): string[] {
  const trimmed = names.map((n) => n.trim()).filter((n) => n !== '');
  return trimmed.length <= 3 ? trimmed : [...trimmed.slice(0, 2), trimmed.slice(2).join(' ')];
}

function holderProblems(holder: DeclarableDocument['holder']): Missing {
  const missing: Missing = [];
  if (!holder.sex)
    missing.push({ field: 'sex', message: { fr: 'sexe non renseigné', en: 'sex not given' } });
  if (!holder.birthInseeCode)
    missing.push({
      field: 'birthInseeCode',
      message: {
        fr: 'code INSEE de la commune de naissance non renseigné',
        en: 'INSEE code of the birth commune not given',
      },
    });
  else {
    const wrong = inseeCodeProblem(holder.birthInseeCode);
    if (wrong) missing.push({ field: 'birthInseeCode', message: wrong.message });
  }
  const tooLong = (field: HolderField, values: readonly string[], fr: string, en: string) => {
    if (values.some((v) => v.length > NAME_MAX))
      missing.push({
        field,
        message: { fr: `${fr} de plus de 60 caractères`, en: `${en} longer than 60 characters` },
      });
  };
  if (firstNamesOf(holder.firstNames).length === 0)
    missing.push({ field: 'firstNames', message: { fr: 'aucun prénom', en: 'no first name' } });
  const names = [holder.birthName, holder.usageName ?? '', ...holder.firstNames];
  if (names.some((n) => NOT_IN_XML.test(n)))
    missing.push({
      field: 'birthName',
      message: {
        fr: 'un nom ou un prénom contient un caractère de contrôle',
        en: 'a name or first name holds a control character',
      },
    });
  tooLong('birthName', [holder.birthName.trim()], 'nom de naissance', 'birth name');
  tooLong('usageName', [holder.usageName?.trim() ?? ''], 'nom d’usage', 'usage name');
  tooLong('firstNames', firstNamesOf(holder.firstNames), 'prénom', 'first name');
  return missing;
}

function titulaire(holder: DeclarableDocument['holder'], sex: Sex, insee: string): XmlOut {
  const [year, month, day] = holder.birthDate.split('-').map(Number);
  const usage = holder.usageName?.trim();
  const [first, second, third] = firstNamesOf(holder.firstNames);
  return el('cpf:titulaire', {}, [
    cpf('nomNaissance', holder.birthName.trim()),
    usage ? cpf('nomUsage', usage) : nil('nomUsage'),
    cpf('prenom1', first),
    ...(second ? [cpf('prenom2', second)] : []),
    ...(third ? [cpf('prenom3', third)] : []),
    cpf('anneeNaissance', year),
    cpf('moisNaissance', month),
    cpf('jourNaissance', day),
    cpf('sexe', sexCode(sex)),
    el('cpf:codeCommuneNaissance', {}, [
      el('cpf:codeInseeNaissance', {}, [cpf('codeInsee', normaliseInseeCode(insee))]),
    ]),
  ]);
}

function passageElement(
  document: DeclarableDocument,
  idTechnique: string,
  validUntil: string | null,
  holder: XmlOut,
): XmlOut {
  const url = document.verificationUrl;
  return el('cpf:passageCertification', {}, [
    cpf('idTechnique', idTechnique),
    ...(url.length <= URL_MAX ? [cpf('urlPreuve', url)] : []),
    cpf('obtentionCertification', 'PAR_ADMISSION'),
    cpf('donneeCertifiee', 'true'),
    cpf('dateDebutExamen', document.decisionDate),
    cpf('dateFinExamen', document.decisionDate),
    cpf('dateDebutValidite', document.decisionDate),
    validUntil ? cpf('dateFinValidite', validUntil) : nil('dateFinValidite'),
    cpf('presenceNiveauLangueEuro', 'false'),
    cpf('presenceNiveauNumeriqueEuro', 'false'),
    nil('scoring'),
    nil('mentionValidee'),
    el('cpf:modalitesInscription', {}, [
      cpf('modaliteAcces', MODALITE_ACCES[document.accessRoute]),
    ]),
    el('cpf:identificationTitulaire', {}, [holder]),
  ]);
}

/** The codes a document is declared under, with the end of validity of each. */
function declaredCodes(
  document: DeclarableDocument,
): Array<{ code: string; validUntil: string | null; suffix?: string }> | undefined {
  if (!document.registration) return undefined;
  if (document.kind === 'certificate')
    return [{ code: document.registration, validUntil: document.validUntil }];
  if (document.unitKind !== 'bloc') return undefined;
  const blocs = document.units.filter((u) => u.acquired && BLOC_CODE.test(u.code));
  return blocs.map((bloc) => ({
    code: bloc.code,
    validUntil: bloc.validUntil ?? null,
    ...(blocs.length > 1 ? { suffix: bloc.code.replace(/^RNCP\d+/, '') } : {}),
  }));
}

const NOT_REGISTERED = {
  fr: 'certification sans code RNCP ni RS : la Caisse des Dépôts ne la reçoit pas',
  en: 'certification with no RNCP or RS code: the Caisse des Dépôts does not take it',
};
const DOMAINS_ONLY = {
  fr: 'attestation de domaines, sans bloc de compétences enregistré au RNCP',
  en: 'attestation of domains, with no bloc registered in the RNCP',
};

/** The passages a document gives, or why it gives none. */
export function passagesOf(document: DeclarableDocument): PassageOutcome {
  const codes = declaredCodes(document);
  if (!codes) return { declarable: false, reason: NOT_REGISTERED };
  if (codes.length === 0) return { declarable: false, reason: DOMAINS_ONLY };
  const missing = holderProblems(document.holder);
  const { sex, birthInseeCode } = document.holder;
  if (missing.length > 0 || !sex || !birthInseeCode)
    return { declarable: 'missing', fields: missing };
  const holder = titulaire(document.holder, sex, birthInseeCode);
  return {
    declarable: true,
    passages: codes.map(({ code, validUntil, suffix }) => {
      const idTechnique = suffix ? `${document.number}-${suffix}` : document.number;
      return {
        type: code.startsWith('RS') ? 'RS' : 'RNCP',
        code,
        idTechnique,
        element: passageElement(document, idTechnique, validUntil, holder),
      };
    }),
  };
}
