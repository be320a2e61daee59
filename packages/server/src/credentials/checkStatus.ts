// Revocation and suspension: a credential's credentialStatus points to a list its issuer
// publishes. A W3C Bitstring Status List is a signed credential whose bit at the entry's index
// is set when the credential is revoked (statusPurpose `revocation`) or suspended
// (`suspension`); the list must be issued by the same issuer, signed with a key that issuer
// publishes, and be in force. The 1EdTech Revocation List of early Open Badges 3.0 issuers (a
// JSON list of revoked ids) is read too. The lists are handed in by the caller
// (`StatusSources`: ours from the database, others fetched). A status that cannot be read —
// no list, an unreadable or untrusted one, a type we do not know — is a failed check: the
// credential is then not verified, never valid.
import {
  type Message,
  statusBit,
  type VerificationCheck,
  type VerificationWarning,
  verificationMessages as vm,
} from '@certeval/core';
import { contextUrls, KNOWN_CONTEXTS } from './contexts.ts';
import type { IssuerResolution } from './issuerDirectory.ts';
import { sameId } from './issuerIds.ts';
import { decodeStatusList } from './statusListCodec.ts';
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
    fr: `Statut non vérifiable : la liste de statut ne peut pas être lue (${url}).`,
    en: `Status not checkable: the status list cannot be read (${url}).`,
  }),
  unsupported: (type: string): Message => ({
    fr: `Type de statut non pris en charge : « ${type} » ; statut non vérifié.`,
    en: `Unsupported status type: "${type}"; status not checked.`,
  }),
  purposeIgnored: (purpose: string): Message => ({
    fr: `Statut « ${purpose} » non pris en compte : seuls la révocation et la suspension décident.`,
    en: `Status "${purpose}" not taken into account: only revocation and suspension decide.`,
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
  signature: {
    fr: "sa signature ne se vérifie pas avec une clé que l'émetteur publie",
    en: 'its signature does not verify with a key the issuer publishes',
  },
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

interface Context {
  sources: StatusSources;
  /** The credential's issuer, as resolved for its own proof. */
  issuer: IssuerResolution;
  now: Date;
}

/**
 * Why a status list cannot be read, or its subject when it can, and whether its key is one the
 * issuer publishes (`proven`). An intact list whose key is not proven may still say revoked or
 * suspended — bad news cannot make a credential valid — but never that all is well.
 */
async function acceptList(
  list: unknown,
  issuerId: string | undefined,
  context: Context,
): Promise<{ subject: Json; proven: boolean } | { why: Message }> {
  if (!isObject(list)) return { why: why.notJson };
  if ([...contextUrls(list)].some((url) => !KNOWN_CONTEXTS.has(url))) return { why: why.contexts };
  const types = Array.isArray(list.type) ? list.type : [list.type];
  if (!types.some((type) => LIST_TYPES.includes(String(type)))) return { why: why.type };
  if (!sameId(issuerIdOf(list), issuerId)) return { why: why.issuer };
  const proofs = await verifyProofs(list, context.issuer);
  const intact =
    proofs.checks.some((c) => c.code === 'signature') &&
    proofs.checks.every((c) => c.ok || c.code === 'issuer_key');
  if (!intact) return { why: why.signature };
  if (!inForce(list, context.now)) return { why: why.period };
  const subject = Array.isArray(list.credentialSubject)
    ? list.credentialSubject[0]
    : list.credentialSubject;
  if (!isObject(subject)) return { why: why.notJson };
  return { subject, proven: proofs.checks.every((c) => c.ok) };
}

function listFailure(url: string, reason: Message): VerificationCheck {
  return {
    code: 'status',
    ok: false,
    reason: 'status_list_invalid',
    message: statusMessages.invalidList(url, reason),
  };
}

const unavailable = (url: string): VerificationCheck => ({
  code: 'status',
  ok: false,
  reason: 'status_unavailable',
  message: statusMessages.unavailable(url),
});

const clear = (purpose: string): VerificationCheck => ({
  code: 'status',
  ok: true,
  message: purpose === 'suspension' ? vm.notSuspended() : vm.notRevoked(),
});

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

// The purposes that decide; any other (a message, a refresh) is read by nobody here.
const DECIDING = new Set(['revocation', 'suspension']);

async function bitstringEntry(
  document: Json,
  entry: Json,
  context: Context,
  report: StatusReport,
): Promise<void> {
  const url = String(entry.statusListCredential ?? '');
  const index = Number(entry.statusListIndex);
  const purpose = String(entry.statusPurpose ?? 'revocation');
  if (!DECIDING.has(purpose)) {
    report.warnings.push({
      code: 'status_purpose_ignored',
      message: statusMessages.purposeIgnored(purpose),
    });
    return;
  }
  const list = await parsed(context.sources, url);
  if (list === undefined) return void report.checks.push(unavailable(url));
  const accepted = await acceptList(list, issuerIdOf(document), context);
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
  if (statusBit(bits, index)) {
    report.checks.push(await revokedCheck(document.id, context.sources, purpose));
  } else {
    report.checks.push(accepted.proven ? clear(purpose) : listFailure(url, why.signature));
  }
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
    return void report.checks.push(unavailable(url));
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
      : clear('revocation'),
  );
}

/** The status checks of a credential whose credentialStatus is set. */
export async function checkStatus(
  document: Json,
  context: { sources?: StatusSources; issuer: IssuerResolution; now: Date },
): Promise<StatusReport> {
  const report: StatusReport = { checks: [], warnings: [] };
  const entries = Array.isArray(document.credentialStatus)
    ? document.credentialStatus
    : [document.credentialStatus];
  for (const entry of entries.filter(isObject)) {
    const type = String(entry.type);
    const { sources } = context;
    if (!sources) {
      report.checks.push(unavailable(String(entry.statusListCredential ?? entry.id ?? type)));
    } else if (type === 'BitstringStatusListEntry' || type === 'StatusList2021Entry') {
      await bitstringEntry(document, entry, { ...context, sources }, report);
    } else if (type === '1EdTechRevocationList') {
      await revocationListEntry(document, entry, sources, report);
    } else {
      report.checks.push({
        code: 'status',
        ok: false,
        reason: 'status_unsupported',
        message: statusMessages.unsupported(type),
      });
    }
  }
  return report;
}
