// Public verification, without an account (issue 7, item 4; issue 14). By number (what the QR
// code and a share link open): the document as issued, its status — valid, suspended while its
// decision is reopened or revoked, each with its reason, expired — and the check of its signed
// credential against the certifier's keys and status lists. By upload: any Open Badges 3.0
// credential, ours or another issuer's, every check listed with its reason and core's verdict
// (valid, not verified, invalid): ours are checked against our keys and lists, others against
// what their issuer publishes.
import type { Message, VerificationResult } from '@certeval/core';
import { type CertificateData, normaliseNumber } from '@certeval/core/certificates/index';
import { verifyCredential } from '../credentials/verifyCredential.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import * as store from './store.ts';
import { rememberedVerification } from './verificationMemo.ts';
import { publicVerifyOptions } from './verificationSources.ts';

export type DocumentStatus =
  | 'valid'
  | 'revoked'
  | 'suspended'
  | 'expired'
  | 'unverified'
  | 'invalid';

export interface PublicCertificate {
  number: string;
  kind: CertificateData['kind'];
  status: DocumentStatus;
  holder: { name: string };
  certification: Pick<
    CertificateData['certification'],
    'title' | 'kindLabel' | 'registration' | 'registrationDecision' | 'level'
  >;
  unitKind: CertificateData['unitKind'];
  units: Array<{ code: string; label: string; validUntil?: string }>;
  decisionDate: string;
  issuedOn: string;
  certifier: string;
  validUntil?: string;
  revocation?: { reason: string; revokedAt: string };
  suspension?: { reason: string; suspendedAt: string };
  verification: VerificationResult;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The holder's name as the signed credential states it (the page never trusts the row alone). */
function signedHolderName(credential: Json): string | undefined {
  const subject = credential.credentialSubject;
  if (!isObject(subject) || !Array.isArray(subject.identifier)) return undefined;
  const name = subject.identifier.find((i) => isObject(i) && i.identityType === 'name');
  return isObject(name) && typeof name.identityHash === 'string' ? name.identityHash : undefined;
}

function statusOf(row: store.CertificateRow, verification: VerificationResult): DocumentStatus {
  if (row.revokedAt) return 'revoked';
  if (row.suspendedAt) return 'suspended';
  const { outcome, cause } = verification.verdict;
  if (cause === 'revoked' || cause === 'suspended' || cause === 'expired') return cause;
  return outcome;
}

export async function verifyNumber(ctx: Context, typed: string): Promise<PublicCertificate> {
  const row = await store.certificateByNumber(ctx.database.db, normaliseNumber(typed));
  if (!row) {
    throw new AppError('not_found', {
      fr: `Aucun certificat ni attestation ne porte le numéro ${normaliseNumber(typed)}.`,
      en: `No certificate or attestation has the number ${normaliseNumber(typed)}.`,
    });
  }
  const data = row.data as CertificateData;
  const credential = row.credential as Json;
  const verification = await rememberedVerification(ctx, row.id, credential, () =>
    verifyCredential(credential, publicVerifyOptions(ctx)),
  );
  const { certification } = data;
  return {
    number: row.number,
    kind: data.kind,
    status: statusOf(row, verification),
    holder: { name: signedHolderName(credential) ?? data.holder.name },
    certification: {
      title: certification.title,
      kindLabel: certification.kindLabel,
      ...(certification.registration ? { registration: certification.registration } : {}),
      ...(certification.registrationDecision
        ? { registrationDecision: certification.registrationDecision }
        : {}),
      ...(certification.level ? { level: certification.level } : {}),
    },
    unitKind: data.unitKind,
    units: data.units
      .filter((unit) => unit.acquired)
      .map((unit) => ({
        code: unit.code,
        label: unit.label,
        ...(unit.validUntil ? { validUntil: unit.validUntil } : {}),
      })),
    decisionDate: data.decision.date,
    issuedOn: data.issuedOn,
    certifier: data.certifier.name,
    ...(data.validUntil ? { validUntil: data.validUntil } : {}),
    ...(row.revokedAt
      ? {
          revocation: {
            reason: row.revocationReason ?? '',
            revokedAt: row.revokedAt.toISOString(),
          },
        }
      : {}),
    ...(row.suspendedAt && !row.revokedAt
      ? {
          suspension: {
            reason: row.suspensionReason ?? '',
            suspendedAt: row.suspendedAt.toISOString(),
          },
        }
      : {}),
    verification,
  };
}

export interface UploadSummary {
  name?: string;
  issuer?: string;
  holder?: string;
  achievement?: string;
}

/** What a reader recognises a credential by: its name, issuer, holder and achievement. */
function summaryOf(input: unknown): UploadSummary {
  let document: unknown = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch {
      return {};
    }
  }
  if (!isObject(document)) return {};
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 300) : undefined);
  const issuer = isObject(document.issuer) ? text(document.issuer.name) : undefined;
  const subject = isObject(document.credentialSubject) ? document.credentialSubject : {};
  const achievement = isObject(subject.achievement) ? text(subject.achievement.name) : undefined;
  const holder = signedHolderName(document) ?? text(subject.name);
  return Object.fromEntries(
    Object.entries({ name: text(document.name), issuer, holder, achievement }).filter(
      ([, v]) => v !== undefined,
    ),
  );
}

export async function verifyUpload(
  ctx: Context,
  input: unknown,
): Promise<{ summary: UploadSummary; verification: VerificationResult }> {
  const verification = await verifyCredential(input, publicVerifyOptions(ctx));
  return { summary: summaryOf(input), verification };
}

export const tooLarge = (limit: number): Message => ({
  fr: `Le fichier dépasse ${Math.round(limit / 1024)} Ko : ce n’est pas un credential Open Badges.`,
  en: `The file exceeds ${Math.round(limit / 1024)} KB: it is not an Open Badges credential.`,
});
