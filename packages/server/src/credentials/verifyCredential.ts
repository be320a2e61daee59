// Public verification of an Open Badges 3.0 credential, ours or any issuer's: the JSON is
// read, its contexts must all be bundled ones (never fetched), its structure must be Open
// Badges 3.0 (core), its proofs must verify with the independent verifier of
// @digitalbazaar/vc with a key its issuer publishes (issuerDirectory.ts), its validity period
// must hold at `now`, and its status lists must say neither revoked nor suspended. Each answer
// is a check in French and English, and core's verdict reads them: valid only when every check
// passed; invalid when one shows the credential wrong; not verified when the issuer, the
// signature or the status could not be established.
import {
  checkOpenBadgeStructure,
  structureChecks,
  type VerificationCheck,
  type VerificationResult,
  type VerificationWarning,
  validityChecks,
  verificationResult,
  verificationMessages as vm,
} from '@certeval/core';
import { checkStatus, type StatusSources } from './checkStatus.ts';
import { contextUrls, KNOWN_CONTEXTS } from './contexts.ts';
import { type IssuerDirectory, issuerDirectory } from './issuerDirectory.ts';
import { issuerIdOf, verifyProofs } from './verifyProofs.ts';

export interface VerifyOptions {
  /** The moment of the verification (defaults to now). */
  now?: Date;
  /** How an issuer's published keys are found; by default only a did:key issuer is. */
  issuers?: IssuerDirectory;
  /** Where status lists come from; without it a status cannot be read. */
  status?: StatusSources;
}

const unchecked = {
  schema: {
    code: 'schema_not_checked',
    message: {
      fr: "Schémas déclarés (credentialSchema) non vérifiés : rien n'est téléchargé.",
      en: 'Declared schemas (credentialSchema) not checked: nothing is downloaded.',
    },
  },
  endorsements: {
    code: 'endorsements_not_checked',
    message: {
      fr: 'Les recommandations (endorsement) incluses ne sont pas vérifiées.',
      en: 'The embedded endorsements are not verified.',
    },
  },
};

/** What the credential declares that this verification does not check. */
function notChecked(credential: Record<string, unknown>): VerificationWarning[] {
  const found: VerificationWarning[] = [];
  if (credential.credentialSchema !== undefined) found.push(unchecked.schema);
  if (
    JSON.stringify(credential).includes('"EndorsementCredential"') &&
    !isEndorsement(credential)
  ) {
    found.push(unchecked.endorsements);
  }
  return found;
}

const isEndorsement = (credential: Record<string, unknown>): boolean =>
  Array.isArray(credential.type) && credential.type.includes('EndorsementCredential');

/** The credential as an object, or the failed `json` check that says why it is not one. */
function read(
  input: unknown,
): { credential: Record<string, unknown> } | { failed: VerificationCheck } {
  let document = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch (error) {
      const message = vm.jsonInvalid((error as Error).message);
      return { failed: { code: 'json', ok: false, reason: 'malformed', message } };
    }
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    const message = vm.jsonInvalid('not an object');
    return { failed: { code: 'json', ok: false, reason: 'not_an_object', message } };
  }
  return { credential: document as Record<string, unknown> };
}

/** Verifies a credential given as JSON text or as a parsed value. */
export async function verifyCredential(
  input: unknown,
  options: VerifyOptions = {},
): Promise<VerificationResult> {
  const now = options.now ?? new Date();
  const parsed = read(input);
  if ('failed' in parsed) return verificationResult([parsed.failed]);
  const { credential } = parsed;
  const structure = checkOpenBadgeStructure(credential);
  const checks: VerificationCheck[] = [{ code: 'json', ok: true, message: vm.jsonOk() }];
  const warnings: VerificationWarning[] = structure.warnings.map(({ code, path, message }) => ({
    code,
    path,
    message,
  }));
  const dates = validityChecks(credential, structure.vcVersion, now);
  const unknown = [...contextUrls(credential)].filter((url) => !KNOWN_CONTEXTS.has(url));
  if (unknown.length > 0) {
    // Without its contexts a credential cannot be canonicalized: its proofs are not checked.
    const message = vm.unknownContexts(unknown);
    checks.push({ code: 'context', ok: false, reason: 'unknown_context', message });
    const others = structureChecks(structure).filter((check) => check.code !== 'context');
    return verificationResult([...checks, ...others, ...dates], { warnings });
  }
  const issuer = await (options.issuers ?? issuerDirectory()).resolve(issuerIdOf(credential));
  const proofs = await verifyProofs(credential, issuer);
  const status =
    credential.credentialStatus === undefined
      ? { checks: [], warnings: [] }
      : await checkStatus(credential, {
          now,
          issuer,
          ...(options.status ? { sources: options.status } : {}),
        });
  checks.push(...structureChecks(structure), ...proofs.checks, ...dates, ...status.checks);
  warnings.push(...proofs.warnings, ...notChecked(credential), ...status.warnings);
  return verificationResult(checks, {
    warnings,
    ...(proofs.signer ? { signer: proofs.signer } : {}),
    ...(proofs.issuer ? { issuer: proofs.issuer } : {}),
  });
}
