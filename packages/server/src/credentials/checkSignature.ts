// Checks one proof with the independent verifier of @digitalbazaar/vc, fed offline: the key
// found by resolveVerificationMethod and its controller document are the only documents
// besides the bundled contexts. Dates and status are checked apart (verifyCredential.ts), so
// the verifier is run at a moment inside the validity period.
import { type Message, verificationMessages } from '@certeval/core';
import { CredentialIssuancePurpose, verifyCredential } from '@digitalbazaar/vc';
import { DID_CONTEXT, documentLoaderWith, MULTIKEY_CONTEXT } from './contexts.ts';
import { multikeyDocument } from './issuerKeys.ts';
import { type ProofKind, verifyingSuite } from './proofSuites.ts';
import { knownToHold, rememberHeld, signatureFingerprint } from './signatureCache.ts';
import type { ResolvedKey } from './verificationMethod.ts';

export interface SignatureOutcome {
  ok: boolean;
  message: Message;
  reason?: 'invalid_signature' | 'undefined_term';
}

function keyDocuments(key: ResolvedKey): Map<string, unknown> {
  const method = multikeyDocument(key.id, key.controller, key.publicKeyMultibase);
  const { '@context': _context, ...embedded } = method;
  const controller = {
    '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
    id: key.controller,
    verificationMethod: [embedded],
    assertionMethod: [key.id],
  };
  // A did:key named without fragment is its own controller: one document serves as both.
  if (key.id === key.controller) return new Map([[key.id, { ...method, ...controller }]]);
  return new Map<string, unknown>([
    [key.id, method],
    [key.controller, controller],
  ]);
}

// A moment the credential's own dates allow, so that only the signature is judged here.
function momentInside(document: Record<string, unknown>): Date {
  for (const key of ['validFrom', 'issuanceDate']) {
    const value = document[key];
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
  }
  return new Date();
}

function firstError(result: Awaited<ReturnType<typeof verifyCredential>>): Error | undefined {
  const proof = result.results?.[0];
  return (
    proof?.error?.errors?.[0] ??
    proof?.error ??
    proof?.purposeResult?.error ??
    result.error?.errors?.[0] ??
    result.error
  );
}

/**
 * Verifies `proof` on `document` with `key`: the mathematics only. Whether the key is the
 * issuer's is settled apart (verifyProofs.ts), so the verifier is told the issuer controls it.
 */
export async function checkSignature(options: {
  document: Record<string, unknown>;
  proof: Record<string, unknown>;
  kind: ProofKind;
  key: ResolvedKey;
  issuerId: string | undefined;
}): Promise<SignatureOutcome> {
  const { document, proof, kind, key, issuerId } = options;
  const ok = { ok: true, message: verificationMessages.signatureOk() };
  const fingerprint = signatureFingerprint([
    kind,
    key.id,
    key.controller,
    key.publicKeyMultibase,
    issuerId ?? null,
    document,
    proof,
  ]);
  if (knownToHold(fingerprint)) return ok;
  const credential = { ...document, proof };
  const controller = { id: issuerId ?? key.controller, assertionMethod: [key.id] };
  const result = await verifyCredential({
    credential,
    suite: verifyingSuite(kind, document),
    purpose: new CredentialIssuancePurpose({ controller }),
    documentLoader: documentLoaderWith(keyDocuments(key)),
    checkStatus: async () => ({ verified: true }),
    now: momentInside(document),
  });
  if (result.verified) {
    rememberHeld(fingerprint);
    return ok;
  }
  const error = firstError(result);
  const detail = error?.message ?? 'unknown error';
  if (/safe mode/i.test(detail)) {
    return {
      ok: false,
      reason: 'undefined_term',
      message: verificationMessages.undefinedTerm(detail),
    };
  }
  return {
    ok: false,
    reason: 'invalid_signature',
    message: verificationMessages.signatureInvalid(detail),
  };
}
