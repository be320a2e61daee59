// The proof part of a verification: which proofs can be checked, which key each names, whether
// that key is one the issuer publishes (the issuer is proven) and whether each signature holds
// (the document is intact). Every supported proof must pass all three; a proof of a type we do
// not support is ignored with a warning when another one is checked.
import type {
  Message,
  VerificationCheck,
  VerificationResult,
  VerificationWarning,
} from '@certeval/core';
import { longDate, verificationMessages as vm } from '@certeval/core';
import { checkSignature } from './checkSignature.ts';
import type { IssuerResolution } from './issuerDirectory.ts';
import { proofKind } from './proofSuites.ts';
import {
  methodMessages,
  type ResolvedKey,
  resolveVerificationMethod,
} from './verificationMethod.ts';

export interface ProofReport {
  checks: VerificationCheck[];
  warnings: VerificationWarning[];
  signer?: VerificationResult['signer'];
  /** The issuer, when every proof was made with a key it publishes. */
  issuer?: VerificationResult['issuer'];
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

const SOURCES: Record<string, Message> = {
  certeval: { fr: 'émetteur de ce serveur Certeval', en: 'an issuer of this Certeval server' },
  'did:key': { fr: 'l’émetteur est cette clé (did:key)', en: 'the issuer is this key (did:key)' },
  'did:web': {
    fr: 'document DID de l’émetteur (did:web)',
    en: 'the issuer’s DID document (did:web)',
  },
  'issuer-profile': {
    fr: 'profil publié à l’adresse de l’émetteur',
    en: 'profile published at the issuer’s address',
  },
};

/** The issuer as the credential names it ("Commission paritaire…"), else "the issuer". */
export function issuerNameOf(document: Json): Message {
  const { issuer } = document;
  const name = isObject(issuer) && typeof issuer.name === 'string' ? issuer.name.trim() : '';
  return name ? { fr: `« ${name} »`, en: `"${name}"` } : { fr: 'l’émetteur', en: 'the issuer' };
}

// The issuer by its name and the key by whose it is: their addresses are for machines.
export const issuerKeyMessages = {
  published: (issuer: Message, source: string): Message => ({
    fr: `Émetteur prouvé : la clé est publiée par ${issuer.fr} (${SOURCES[source]?.fr ?? source}).`,
    en: `Issuer proven: the key is published by ${issuer.en} (${SOURCES[source]?.en ?? source}).`,
  }),
  notPublished: (issuer: Message): Message => ({
    fr: `Émetteur non prouvé : la clé de la signature n’est pas une clé que ${issuer.fr} publie. N’importe qui peut signer avec une clé à lui.`,
    en: `Issuer not proven: the signature’s key is not one ${issuer.en} publishes. Anyone can sign with a key of their own.`,
  }),
  revoked: (at: string, reason?: string): Message => ({
    fr: `La clé de la signature a été révoquée par son émetteur le ${longDate(at).fr}${reason ? ` (${reason})` : ''}.`,
    en: `The signature’s key was revoked by its issuer on ${longDate(at).en}${reason ? ` (${reason})` : ''}.`,
  }),
};

/** Whether the key is one the issuer publishes, still in force. */
function issuerKeyCheck(
  key: ResolvedKey | undefined,
  issuer: IssuerResolution,
  name: Message,
): VerificationCheck {
  const code = 'issuer_key';
  if (!issuer.ok) {
    return { code, ok: false, reason: 'issuer_unresolvable', message: issuer.message };
  }
  if (key?.revoked) {
    const message = issuerKeyMessages.revoked(key.revoked.at, key.revoked.reason);
    return { code, ok: false, reason: 'revoked_key', message };
  }
  if (key?.trust !== 'issuer-key') {
    const message = issuerKeyMessages.notPublished(name);
    return { code, ok: false, reason: 'key_not_published', message };
  }
  const message = issuerKeyMessages.published(name, issuer.issuer.source);
  return { code, ok: true, message };
}

async function verifyOne(
  document: Json,
  proof: Json,
  issuer: IssuerResolution,
  report: ProofReport,
): Promise<void> {
  const kind = proofKind(proof);
  if (!kind) return;
  if (kind !== 'eddsa-rdfc-2022') {
    report.warnings.push({ code: 'legacy_proof', message: warnings.legacyProof(kind) });
  }
  const method = typeof proof.verificationMethod === 'string' ? proof.verificationMethod : '';
  const issuerId = issuerIdOf(document);
  const resolution = resolveVerificationMethod(method, issuer);
  if (!resolution.ok) {
    const { reason, message } = resolution;
    report.checks.push({ code: 'verification_method', ok: false, reason, message });
    if (reason !== 'no_scheme') {
      report.checks.push(issuerKeyCheck(undefined, issuer, issuerNameOf(document)));
    }
    return;
  }
  const { key } = resolution;
  report.checks.push(
    { code: 'verification_method', ok: true, message: methodMessages.resolved(key.trust) },
    issuerKeyCheck(key, issuer, issuerNameOf(document)),
  );
  const outcome = await checkSignature({ document, proof, kind, key, issuerId });
  report.checks.push({ code: 'signature', ...outcome });
  if (outcome.ok) report.signer ??= { verificationMethod: key.id, trust: key.trust };
}

/** Checks the proofs of `document` (a parsed credential with its `proof`) against its issuer. */
export async function verifyProofs(document: Json, issuer: IssuerResolution): Promise<ProofReport> {
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
  for (const proof of usable) await verifyOne(unsigned, proof, issuer, report);
  if (issuer.ok && report.checks.every((check) => check.ok)) {
    report.issuer = { id: issuer.issuer.id, source: issuer.issuer.source };
  }
  return report;
}
