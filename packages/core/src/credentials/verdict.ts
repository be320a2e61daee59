// The headline of a verification, one of three, decided from its checks: "valide" only when
// every check passed; "invalide" when a check shows the credential wrong (altered, revoked,
// suspended, expired, malformed, signed by a revoked key); otherwise "non vérifié" when a check
// could not be settled — the issuer is not proven (its key is not one it publishes, or it
// cannot be resolved), the signature cannot be checked, or the status cannot be read. A reader
// sees the headline first: it never says valid unless the credential is.
import type { Message } from '../referential/index.ts';
import type { VerificationCheck } from './verification.ts';

export type VerificationOutcome = 'valid' | 'unverified' | 'invalid';

/** Why a credential is invalid or not verified, most decisive first. */
export const VERDICT_CAUSES = [
  'revoked',
  'suspended',
  'tampered',
  'revoked_key',
  'expired',
  'not_yet_valid',
  'malformed',
  'issuer_not_proven',
  'signature_not_checkable',
  'status_unknown',
] as const;

export type VerdictCause = (typeof VERDICT_CAUSES)[number];

export interface VerificationVerdict {
  outcome: VerificationOutcome;
  /** The most decisive cause, when not valid. */
  cause?: VerdictCause;
  /** "Credential valide", "Credential non vérifié : l'émetteur n'est pas prouvé."… */
  headline: Message;
  /** The messages of the checks that decided it, in order. */
  reasons: Message[];
}

/** The failure reasons that leave a credential not proven rather than shown wrong. */
const UNVERIFIED: Record<string, VerdictCause> = {
  issuer_unresolvable: 'issuer_not_proven',
  key_not_published: 'issuer_not_proven',
  unresolvable: 'issuer_not_proven',
  unknown_did_method: 'issuer_not_proven',
  unknown_scheme: 'issuer_not_proven',
  unsupported_key: 'signature_not_checkable',
  unsupported: 'signature_not_checkable',
  unknown_context: 'signature_not_checkable',
  status_unavailable: 'status_unknown',
  status_list_invalid: 'status_unknown',
  status_unsupported: 'status_unknown',
};

/** The failure reasons that show a credential wrong, by their cause. */
const INVALID: Record<string, VerdictCause> = {
  revoked: 'revoked',
  suspended: 'suspended',
  invalid_signature: 'tampered',
  revoked_key: 'revoked_key',
  expired: 'expired',
  not_yet_valid: 'not_yet_valid',
};

/** Whether a failed check leaves the credential invalid or only not verified, and why. */
export function failureOf(check: VerificationCheck): {
  outcome: 'invalid' | 'unverified';
  cause: VerdictCause;
} {
  const reason = check.reason ?? '';
  const unverified = UNVERIFIED[reason];
  if (unverified) return { outcome: 'unverified', cause: unverified };
  return { outcome: 'invalid', cause: INVALID[reason] ?? 'malformed' };
}

const rank = (cause: VerdictCause) => VERDICT_CAUSES.indexOf(cause);

/** The verdict of a verification from its checks. */
export function verdictOf(checks: readonly VerificationCheck[]): VerificationVerdict {
  const failures = checks
    .filter((check) => !check.ok)
    .map((check) => ({ check, ...failureOf(check) }));
  if (failures.length === 0) {
    return { outcome: 'valid', headline: verdictMessages.valid(), reasons: [] };
  }
  const invalid = failures.filter((failure) => failure.outcome === 'invalid');
  const deciding = invalid.length > 0 ? invalid : failures;
  const [first] = [...deciding].sort((a, b) => rank(a.cause) - rank(b.cause));
  const cause = first?.cause ?? 'malformed';
  const outcome = invalid.length > 0 ? 'invalid' : 'unverified';
  return {
    outcome,
    cause,
    headline: verdictMessages.headline(outcome, cause),
    reasons: deciding.map((failure) => failure.check.message),
  };
}

/** The checks with each failed one marked invalid or unverified, for readers to tell them apart. */
export function markFailures(checks: readonly VerificationCheck[]): VerificationCheck[] {
  return checks.map((check) =>
    check.ok ? check : { ...check, outcome: failureOf(check).outcome },
  );
}

const CAUSES: Record<VerdictCause, Message> = {
  revoked: { fr: 'révoqué par son émetteur', en: 'revoked by its issuer' },
  suspended: { fr: 'suspendu par son émetteur', en: 'suspended by its issuer' },
  tampered: {
    fr: 'modifié depuis sa signature, ou signé par une autre clé que celle qu’il nomme',
    en: 'altered since it was signed, or signed by another key than the one it names',
  },
  revoked_key: {
    fr: 'signé par une clé que son émetteur a révoquée',
    en: 'signed by a key its issuer has revoked',
  },
  expired: { fr: 'expiré', en: 'expired' },
  not_yet_valid: { fr: 'pas encore en vigueur', en: 'not in force yet' },
  malformed: {
    fr: 'ce n’est pas un credential Open Badges 3.0 conforme',
    en: 'it is not a conforming Open Badges 3.0 credential',
  },
  issuer_not_proven: { fr: 'l’émetteur n’est pas prouvé', en: 'the issuer is not proven' },
  signature_not_checkable: {
    fr: 'la signature ne peut pas être vérifiée',
    en: 'the signature cannot be checked',
  },
  status_unknown: {
    fr: 'son statut (révocation, suspension) ne peut pas être lu',
    en: 'its status (revocation, suspension) cannot be read',
  },
};

export const verdictMessages = {
  valid: (): Message => ({
    fr: 'Credential valide : émetteur prouvé, signature intacte, en vigueur.',
    en: 'Valid credential: issuer proven, signature intact, in force.',
  }),
  headline: (outcome: 'invalid' | 'unverified', cause: VerdictCause): Message =>
    outcome === 'invalid'
      ? {
          fr: `Credential invalide : ${CAUSES[cause].fr}.`,
          en: `Invalid credential: ${CAUSES[cause].en}.`,
        }
      : {
          fr: `Credential non vérifié : ${CAUSES[cause].fr}.`,
          en: `Credential not verified: ${CAUSES[cause].en}.`,
        },
  cause: (cause: VerdictCause): Message => CAUSES[cause],
};
