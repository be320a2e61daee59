// What a verification says about a credential: one check per question a reader asks (is it
// well formed, who signed it, is the key one its issuer publishes, is it intact, is it in
// force, was it revoked or suspended), each answered in French and English, and the verdict
// (verdict.ts): valid only when every check passed, invalid when one shows it wrong, not
// verified when one could not be settled. Warnings (an older context, a proof type ignored
// beside a checked one) never decide.
import type { Message } from '../referential/index.ts';
import type { StructureReport } from './checkStructure.ts';
import type { StructureProblem } from './structureProblems.ts';
import { markFailures, type VerificationVerdict, verdictOf } from './verdict.ts';

export const VERIFICATION_CHECK_CODES = [
  'json',
  'context',
  'type',
  'credential',
  'issuer',
  'credential_subject',
  'evidence',
  'dates',
  'credential_status',
  'proof',
  'verification_method',
  'issuer_key',
  'signature',
  'valid_from',
  'valid_until',
  'status',
] as const;

export type VerificationCheckCode = (typeof VERIFICATION_CHECK_CODES)[number];

export interface VerificationCheck {
  code: VerificationCheckCode;
  ok: boolean;
  message: Message;
  /** The finer cause of a failure, e.g. `unknown_did_method` or `revoked`. */
  reason?: string;
  /** The located problems behind a structural check. */
  problems?: StructureProblem[];
  /** Set on a failed check: whether it shows the credential wrong or only leaves it unproven. */
  outcome?: 'invalid' | 'unverified';
}

export interface VerificationWarning {
  code: string;
  message: Message;
  path?: string;
}

export interface VerificationResult {
  /** True only when the verdict is `valid`. */
  valid: boolean;
  verdict: VerificationVerdict;
  checks: VerificationCheck[];
  warnings: VerificationWarning[];
  /** Who signed, as far as the verification could establish it. */
  signer?: {
    verificationMethod: string;
    /** `issuer-key`: a key the issuer publishes; `self-asserted`: named by the credential only. */
    trust: 'issuer-key' | 'self-asserted';
  };
  /** The issuer, when proven: its id and where its key was found. */
  issuer?: { id: string; source: 'certeval' | 'did:key' | 'did:web' | 'issuer-profile' };
}

/** The result of a verification from its checks: the verdict decides `valid`. */
export function verificationResult(
  checks: readonly VerificationCheck[],
  rest: Pick<VerificationResult, 'signer' | 'issuer'> & { warnings?: VerificationWarning[] } = {},
): VerificationResult {
  const verdict = verdictOf(checks);
  return {
    valid: verdict.outcome === 'valid',
    verdict,
    checks: markFailures(checks),
    warnings: rest.warnings ?? [],
    ...(rest.signer ? { signer: rest.signer } : {}),
    ...(rest.issuer ? { issuer: rest.issuer } : {}),
  };
}

const STRUCTURE_CHECKS: Record<string, VerificationCheckCode> = {
  '@context': 'context',
  type: 'type',
  issuer: 'issuer',
  credentialSubject: 'credential_subject',
  evidence: 'evidence',
  validFrom: 'dates',
  validUntil: 'dates',
  issuanceDate: 'dates',
  expirationDate: 'dates',
  awardedDate: 'dates',
  credentialStatus: 'credential_status',
};

const checkOfPath = (path: string): VerificationCheckCode =>
  STRUCTURE_CHECKS[/^\$\.([^.[]+)/.exec(path)?.[1] ?? ''] ?? 'credential';

const SHOWN: VerificationCheckCode[] = [
  'context',
  'type',
  'credential',
  'issuer',
  'credential_subject',
  'evidence',
  'dates',
  'credential_status',
];

/** One check per structural question, failed with its located problems. */
export function structureChecks(report: StructureReport): VerificationCheck[] {
  return SHOWN.flatMap((code) => {
    const problems = report.problems.filter((problem) => checkOfPath(problem.path) === code);
    if (code === 'credential_status' && problems.length === 0) return [];
    return [
      problems.length === 0
        ? { code, ok: true, message: verificationMessages.structureOk(code) }
        : {
            code,
            ok: false,
            message: problems[0]?.message ?? verificationMessages.structureOk(code),
            problems,
          },
    ];
  });
}

// Clocks differ a little between servers: a credential issued elsewhere a minute ago is valid.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** The validity period at `now`: not yet valid, expired, or in force. */
export function validityChecks(
  document: Record<string, unknown>,
  vcVersion: 1 | 2 | undefined,
  now: Date,
): VerificationCheck[] {
  const from = vcVersion === 1 ? document.issuanceDate : document.validFrom;
  const until = vcVersion === 1 ? document.expirationDate : document.validUntil;
  const checks: VerificationCheck[] = [];
  const fromTime = typeof from === 'string' ? Date.parse(from) : Number.NaN;
  if (!Number.isNaN(fromTime)) {
    const early = fromTime - CLOCK_SKEW_MS > now.getTime();
    checks.push(
      early
        ? {
            code: 'valid_from',
            ok: false,
            reason: 'not_yet_valid',
            message: verificationMessages.notYetValid(String(from)),
          }
        : { code: 'valid_from', ok: true, message: verificationMessages.validSince(String(from)) },
    );
  }
  const untilTime = typeof until === 'string' ? Date.parse(until) : Number.NaN;
  if (!Number.isNaN(untilTime)) {
    checks.push(
      untilTime < now.getTime()
        ? {
            code: 'valid_until',
            ok: false,
            reason: 'expired',
            message: verificationMessages.expired(String(until)),
          }
        : {
            code: 'valid_until',
            ok: true,
            message: verificationMessages.validUntil(String(until)),
          },
    );
  }
  return checks;
}

const LONG_DATES = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** "7 décembre 2026" / "7 December 2026" for an ISO date or instant; the text when unreadable. */
export function longDate(iso: string): Message {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { fr: iso, en: iso };
  return { fr: LONG_DATES.fr.format(date), en: LONG_DATES.en.format(date) };
}

const STRUCTURE_LABELS: Partial<Record<VerificationCheckCode, Message>> = {
  context: { fr: 'Contextes JSON-LD conformes.', en: 'JSON-LD contexts conform.' },
  type: { fr: 'Type de credential Open Badges.', en: 'Open Badges credential type.' },
  credential: { fr: 'Identifiant et nom présents.', en: 'Identifier and name present.' },
  issuer: { fr: 'Émetteur conforme.', en: 'Issuer conforms.' },
  credential_subject: {
    fr: 'Titulaire et réussite conformes.',
    en: 'Subject and achievement conform.',
  },
  evidence: { fr: 'Preuves conformes.', en: 'Evidence conforms.' },
  dates: { fr: 'Dates bien formées.', en: 'Dates well formed.' },
  credential_status: { fr: 'Statut déclaré conforme.', en: 'Declared status conforms.' },
};

export const verificationMessages = {
  structureOk: (code: VerificationCheckCode): Message =>
    STRUCTURE_LABELS[code] ?? { fr: 'Conforme.', en: 'Conforms.' },
  jsonOk: (): Message => ({ fr: 'JSON lisible.', en: 'Readable JSON.' }),
  jsonInvalid: (detail: string): Message => ({
    fr: `JSON invalide : ${detail}`,
    en: `Invalid JSON: ${detail}`,
  }),
  unknownContexts: (urls: readonly string[]): Message => ({
    fr: `Contexte inconnu (rien n'est téléchargé) : ${urls.join(', ')}.`,
    en: `Unknown context (nothing is downloaded): ${urls.join(', ')}.`,
  }),
  notYetValid: (from: string): Message => ({
    fr: `Pas encore valide : valable à partir du ${longDate(from).fr}.`,
    en: `Not valid yet: valid from ${longDate(from).en}.`,
  }),
  validSince: (from: string): Message => ({
    fr: `Valable depuis le ${longDate(from).fr}.`,
    en: `Valid since ${longDate(from).en}.`,
  }),
  expired: (until: string): Message => ({
    fr: `Expiré : valable jusqu’au ${longDate(until).fr}.`,
    en: `Expired: valid until ${longDate(until).en}.`,
  }),
  validUntil: (until: string): Message => ({
    fr: `Valable jusqu’au ${longDate(until).fr}.`,
    en: `Valid until ${longDate(until).en}.`,
  }),
  noProof: (): Message => ({
    fr: "Le credential n'est pas signé (aucune preuve).",
    en: 'The credential is not signed (no proof).',
  }),
  unsupportedProofs: (found: readonly string[]): Message => ({
    fr: `Aucune preuve d'un type pris en charge (trouvé : ${found.join(', ')}) ; pris en charge : DataIntegrityProof eddsa-rdfc-2022 ou eddsa-2022, Ed25519Signature2020.`,
    en: `No proof of a supported type (found: ${found.join(', ')}); supported: DataIntegrityProof eddsa-rdfc-2022 or eddsa-2022, Ed25519Signature2020.`,
  }),
  proofFound: (type: string): Message => ({
    fr: `Preuve ${type}.`,
    en: `${type} proof.`,
  }),
  /** The key is named by the issuer_key check, by whom it is published: no address here. */
  signatureOk: (): Message => ({
    fr: 'Signature valide : le document n’a pas été modifié depuis sa signature.',
    en: 'Valid signature: the document has not been altered since it was signed.',
  }),
  signatureInvalid: (detail: string): Message => ({
    fr: `Signature invalide : le document a été modifié ou la clé ne correspond pas (${detail}).`,
    en: `Invalid signature: the document was altered or the key does not match (${detail}).`,
  }),
  undefinedTerm: (detail: string): Message => ({
    fr: `Le document emploie un terme ou un type que ses contextes ne définissent pas : sa signature ne peut pas être vérifiée (${detail}).`,
    en: `The document uses a term or type its contexts do not define: its signature cannot be checked (${detail}).`,
  }),
  notRevoked: (): Message => ({ fr: 'Non révoqué.', en: 'Not revoked.' }),
  notSuspended: (): Message => ({ fr: 'Non suspendu.', en: 'Not suspended.' }),
  revoked: (reason?: string): Message => ({
    fr: `Révoqué${reason ? ` : ${reason}` : '.'}`,
    en: `Revoked${reason ? `: ${reason}` : '.'}`,
  }),
  suspended: (): Message => ({ fr: 'Suspendu.', en: 'Suspended.' }),
};
