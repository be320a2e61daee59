// Revocation: a credential's credentialStatus points to a list its issuer publishes. A W3C
// Bitstring Status List is a signed credential whose bit at the entry's index is set when the
// credential is revoked; the list must be signed by the same issuer and be in force. The
// 1EdTech Revocation List of early Open Badges 3.0 issuers (a JSON list of revoked ids) is
// read too. The lists are handed in by the caller (`StatusSources`): our own from the
// database; nothing is fetched here. A list that cannot be had leaves a warning.
import {
  type Message,
  statusBit,
  type VerificationCheck,
  type VerificationWarning,
  verificationMessages as vm,
} from '@certeval/core';
import { contextUrls, KNOWN_CONTEXTS } from './contexts.ts';
import { decodeStatusList } from './statusListCodec.ts';
import type { TrustedKeys } from './verificationMethod.ts';
import { issuerIdOf, verifyProofs } from './verifyProofs.ts';

export interface StatusSources {
  /** The JSON document published at `url`, or undefined when it cannot be had. */
  load(url: string): Promise<unknown>;
  /** The reason recorded with a revocation, for the credentials we issued. */
  revocationReason?(credentialId: string): Promise<string | undefined>;
}

interface StatusReport {
  checks: VerificationCheck[];
  warnings: VerificationWarning[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const LIST_TYPES = ['BitstringStatusListCredential', 'StatusList2021Credential'];

const statusMessages = {
  unavailable: (url: string): Message => ({
    fr: `Statut de révocation non vérifiable : liste indisponible (${url}).`,
    en: `Revocation status not checkable: list unavailable (${url}).`,
  }),
  unsupported: (type: string): Message => ({
    fr: `Type de statut non pris en charge : « ${type} » ; statut non vérifié.`,
    en: `Unsupported status type: "${type}"; status not checked.`,
  }),
  invalidList: (url: string, why: Message): Message => ({
    fr: `La liste de statut ${url} n'est pas recevable : ${why.fr}.`,
    en: `The status list ${url} is not acceptable: ${why.en}.`,
  }),
};

const why = {
  notJson: { fr: "ce n'est pas un credential JSON", en: 'it is not a JSON credential' },
  contexts: { fr: 'contexte inconnu', en: 'unknown context' },
  type: {
    fr: "ce n'est pas une BitstringStatusListCredential",
    en: 'it is not a BitstringStatusListCredential',
  },
  issuer: {
    fr: "elle n'est pas publiée par l'émetteur du credential",
    en: "it is not published by the credential's issuer",
  },
  signature: { fr: 'sa signature ne se vérifie pas', en: 'its signature does not verify' },
  period: { fr: "elle n'est pas en vigueur", en: 'it is not in force' },
  purpose: {
    fr: "son objet (statusPurpose) n'est pas celui de l'entrée",
    en: "its statusPurpose is not the entry's",
  },
  bits: {
    fr: 'sa liste encodée est illisible ou trop courte',
    en: 'its encoded list is unreadable or too short',
  },
} satisfies Record<string, Message>;

async function parsed(sources: StatusSources, url: string): Promise<unknown> {
  const loaded = await sources.load(url);
  if (typeof loaded !== 'string') return loaded;
  try {
    return JSON.parse(loaded);
  } catch {
    return null;
  }
}

function inForce(list: Json, now: Date): boolean {
  const from = typeof list.validFrom === 'string' ? Date.parse(list.validFrom) : Number.NaN;
  const until = typeof list.validUntil === 'string' ? Date.parse(list.validUntil) : Number.NaN;
  return !(from > now.getTime()) && !(until < now.getTime());
}

/** Why a status list cannot be trusted, or its subject when it can. */
async function acceptList(
  list: unknown,
  issuerId: string | undefined,
  keys: TrustedKeys | undefined,
  now: Date,
): Promise<{ subject: Json } | { why: Message }> {
  if (!isObject(list)) return { why: why.notJson };
  if ([...contextUrls(list)].some((url) => !KNOWN_CONTEXTS.has(url))) return { why: why.contexts };
  const types = Array.isArray(list.type) ? list.type : [list.type];
  if (!types.some((type) => LIST_TYPES.includes(String(type)))) return { why: why.type };
  if (issuerIdOf(list) !== issuerId) return { why: why.issuer };
  const proofs = await verifyProofs(list, keys);
  if (!proofs.checks.some((c) => c.code === 'signature') || proofs.checks.some((c) => !c.ok)) {
    return { why: why.signature };
  }
  if (!inForce(list, now)) return { why: why.period };
  const subject = Array.isArray(list.credentialSubject)
    ? list.credentialSubject[0]
    : list.credentialSubject;
  return isObject(subject) ? { subject } : { why: why.notJson };
}

function listFailure(url: string, reason: Message): VerificationCheck {
  return {
    code: 'status',
    ok: false,
    reason: 'status_list_invalid',
    message: statusMessages.invalidList(url, reason),
  };
}

async function revokedCheck(
  credentialId: unknown,
  sources: StatusSources,
  purpose: string,
  reason?: string,
): Promise<VerificationCheck> {
  if (purpose === 'suspension') {
    return { code: 'status', ok: false, reason: 'suspended', message: vm.suspended() };
  }
  const recorded =
    reason ??
    (typeof credentialId === 'string' ? await sources.revocationReason?.(credentialId) : undefined);
  return { code: 'status', ok: false, reason: 'revoked', message: vm.revoked(recorded) };
}

async function bitstringEntry(
  document: Json,
  entry: Json,
  context: { sources: StatusSources; keys?: TrustedKeys; now: Date },
  report: StatusReport,
): Promise<void> {
  const url = String(entry.statusListCredential ?? '');
  const index = Number(entry.statusListIndex);
  const purpose = String(entry.statusPurpose ?? 'revocation');
  const list = await parsed(context.sources, url);
  if (list === undefined) {
    report.warnings.push({ code: 'status_unavailable', message: statusMessages.unavailable(url) });
    return;
  }
  const accepted = await acceptList(list, issuerIdOf(document), context.keys, context.now);
  if ('why' in accepted) return void report.checks.push(listFailure(url, accepted.why));
  const { subject } = accepted;
  if ((subject.statusPurpose ?? 'revocation') !== purpose) {
    return void report.checks.push(listFailure(url, why.purpose));
  }
  const bits =
    typeof subject.encodedList === 'string' ? decodeStatusList(subject.encodedList) : undefined;
  if (!bits || !Number.isInteger(index) || index < 0 || index >= bits.length * 8) {
    return void report.checks.push(listFailure(url, why.bits));
  }
  report.checks.push(
    statusBit(bits, index)
      ? await revokedCheck(document.id, context.sources, purpose)
      : { code: 'status', ok: true, message: vm.notRevoked() },
  );
}

async function revocationListEntry(
  document: Json,
  entry: Json,
  sources: StatusSources,
  report: StatusReport,
): Promise<void> {
  const url = String(entry.id ?? '');
  const list = await parsed(sources, url);
  if (!isObject(list) || !Array.isArray(list.revokedCredentials)) {
    report.warnings.push({ code: 'status_unavailable', message: statusMessages.unavailable(url) });
    return;
  }
  const revoked = list.revokedCredentials.find(
    (item) => isObject(item) && item.id === document.id && item.revoked !== false,
  ) as Json | undefined;
  report.checks.push(
    revoked
      ? await revokedCheck(
          document.id,
          sources,
          'revocation',
          revoked.revocationReason as string | undefined,
        )
      : { code: 'status', ok: true, message: vm.notRevoked() },
  );
}

/** The status checks of a credential whose credentialStatus is set. */
export async function checkStatus(
  document: Json,
  context: { sources?: StatusSources; keys?: TrustedKeys; now: Date },
): Promise<StatusReport> {
  const report: StatusReport = { checks: [], warnings: [] };
  const entries = Array.isArray(document.credentialStatus)
    ? document.credentialStatus
    : [document.credentialStatus];
  for (const entry of entries.filter(isObject)) {
    const type = String(entry.type);
    const sources = context.sources;
    if (!sources) {
      report.warnings.push({
        code: 'status_unavailable',
        message: statusMessages.unavailable(String(entry.id ?? type)),
      });
    } else if (type === 'BitstringStatusListEntry' || type === 'StatusList2021Entry') {
      await bitstringEntry(document, entry, { ...context, sources }, report);
    } else if (type === '1EdTechRevocationList') {
      await revocationListEntry(document, entry, sources, report);
    } else {
      report.warnings.push({
        code: 'status_type_unsupported',
        message: statusMessages.unsupported(type),
      });
    }
  }
  return report;
}
