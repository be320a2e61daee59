// The proof part of a verification: which proofs can be checked, whose key each names, and
// whether each signature holds. Every supported proof must verify; a proof of a type we do
// not support is ignored with a warning when another one is checked.
import type {
  Message,
  VerificationCheck,
  VerificationResult,
  VerificationWarning,
} from '@certeval/core';
import { verificationMessages as vm } from '@certeval/core';
import { checkSignature } from './checkSignature.ts';
import { proofKind } from './proofSuites.ts';
import {
  methodMessages,
  type ResolvedKey,
  resolveVerificationMethod,
  type TrustedKeys,
} from './verificationMethod.ts';

export interface ProofReport {
  checks: VerificationCheck[];
  warnings: VerificationWarning[];
  signer?: VerificationResult['signer'];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const warnings = {
  ignoredProof: (type: string): Message => ({
    fr: `Preuve « ${type} » ignorée : type non pris en charge.`,
    en: `Proof "${type}" ignored: unsupported type.`,
  }),
  legacyProof: (kind: string): Message => ({
    fr: `Preuve ${kind} : format antérieur à eddsa-rdfc-2022, accepté.`,
    en: `${kind} proof: a format older than eddsa-rdfc-2022, accepted.`,
  }),
  selfAsserted: (id: string): Message => ({
    fr: `La clé ${id} n'est attestée que par le credential lui-même : la signature prouve l'intégrité, pas l'identité de l'émetteur.`,
    en: `Key ${id} is vouched for only by the credential itself: the signature proves integrity, not the issuer's identity.`,
  }),
  notBound: (id: string, issuer: string): Message => ({
    fr: `La clé ${id} n'est pas rattachée à l'émetteur ${issuer}.`,
    en: `Key ${id} is not bound to the issuer ${issuer}.`,
  }),
};

function proofTypeLabel(proof: unknown): string {
  if (!isObject(proof)) return String(proof);
  const suite = typeof proof.cryptosuite === 'string' ? ` ${proof.cryptosuite}` : '';
  return `${String(proof.type)}${suite}`;
}

/** The issuer id of a credential: `issuer` as a string or its `id`. */
export function issuerIdOf(document: Json): string | undefined {
  const { issuer } = document;
  if (typeof issuer === 'string') return issuer;
  return isObject(issuer) && typeof issuer.id === 'string' ? issuer.id : undefined;
}

function keyWarnings(key: ResolvedKey, issuerId: string | undefined): VerificationWarning[] {
  const found: VerificationWarning[] = [];
  if (key.trust === 'self-asserted') {
    found.push({ code: 'key_self_asserted', message: warnings.selfAsserted(key.id) });
  }
  if (issuerId !== undefined && key.controller !== issuerId) {
    found.push({ code: 'key_not_bound_to_issuer', message: warnings.notBound(key.id, issuerId) });
  }
  return found;
}

async function verifyOne(
  document: Json,
  proof: Json,
  issuerId: string | undefined,
  keys: TrustedKeys | undefined,
  report: ProofReport,
): Promise<void> {
  const kind = proofKind(proof);
  if (!kind) return;
  if (kind !== 'eddsa-rdfc-2022') {
    report.warnings.push({ code: 'legacy_proof', message: warnings.legacyProof(kind) });
  }
  const method = typeof proof.verificationMethod === 'string' ? proof.verificationMethod : '';
  const resolution = await resolveVerificationMethod(method, issuerId, keys);
  if (!resolution.ok) {
    report.checks.push({
      code: 'verification_method',
      ok: false,
      reason: resolution.reason,
      message: resolution.message,
    });
    return;
  }
  const { key } = resolution;
  report.checks.push({
    code: 'verification_method',
    ok: true,
    message: methodMessages.resolved(key.id, key.trust),
  });
  const outcome = await checkSignature({ document, proof, kind, key, issuerId });
  report.checks.push({ code: 'signature', ...outcome });
  if (outcome.ok) {
    report.warnings.push(...keyWarnings(key, issuerId));
    report.signer ??= { verificationMethod: key.id, trust: key.trust };
  }
}

/** Checks the proofs of `document` (a parsed credential with its `proof`). */
export async function verifyProofs(document: Json, keys?: TrustedKeys): Promise<ProofReport> {
  const report: ProofReport = { checks: [], warnings: [] };
  const { proof: proofs, ...unsigned } = document;
  const all = (Array.isArray(proofs) ? proofs : proofs === undefined ? [] : [proofs]).filter(
    isObject,
  );
  if (all.length === 0) {
    report.checks.push({ code: 'proof', ok: false, reason: 'missing', message: vm.noProof() });
    return report;
  }
  const usable = all.filter(
    (proof) => proofKind(proof) && proof.proofPurpose === 'assertionMethod',
  );
  if (usable.length === 0) {
    const found = all.map(proofTypeLabel);
    report.checks.push({
      code: 'proof',
      ok: false,
      reason: 'unsupported',
      message: vm.unsupportedProofs(found),
    });
    return report;
  }
  for (const ignored of all.filter((proof) => !usable.includes(proof))) {
    report.warnings.push({
      code: 'proof_ignored',
      message: warnings.ignoredProof(proofTypeLabel(ignored)),
    });
  }
  report.checks.push({
    code: 'proof',
    ok: true,
    message: vm.proofFound(usable.map(proofTypeLabel).join(', ')),
  });
  const issuerId = issuerIdOf(document);
  for (const proof of usable) await verifyOne(unsigned, proof, issuerId, keys, report);
  return report;
}
