// Reading certificates: the certifier's lists (sessions to issue, documents issued), the
// holder's own documents, each document's PDF and signed credential, a session's documents in
// one PDF to print, the signing keys and their rotation, the statistics.

import {
  type CertificateData,
  type StatisticsTable,
  statisticsCsv,
  statisticsOfCounts,
} from '@certeval/core/certificates/index';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { type Actor, can, organisationsFor } from '../platform/policy.ts';
import { inWorker } from '../platform/workers/pool.ts';
import type certificatesPdfTask from './paper/certificatesPdfTask.ts';
import * as juryReads from './signedDecisions.ts';
import { keyringOf, rotateKey } from './signingKeys.ts';
import * as store from './store.ts';

/** PDFs are rendered in a worker thread (issue 14): a session's can run to many pages. */
const renderPdf = inWorker<typeof certificatesPdfTask>(
  new URL('./paper/certificatesPdfTask.ts', import.meta.url),
);

export interface CertificateSummary {
  id: string;
  number: string;
  kind: CertificateData['kind'];
  certification: string;
  certificationTitle: string;
  holderName: string;
  decisionDate: string;
  issuedAt: string;
  validUntil: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
  /** While the decision it comes from is reopened (issue 14). */
  suspendedAt: string | null;
  suspensionReason: string | null;
  sessionId: string | null;
  verificationUrl: string;
  units: CertificateData['units'];
  unitKind: CertificateData['unitKind'];
}

function summaryOf(row: store.CertificateSummaryRow): CertificateSummary {
  const data = row.data as CertificateData;
  return {
    id: row.id,
    number: row.number,
    kind: data.kind,
    certification: row.certification,
    certificationTitle: data.certification.title,
    holderName: data.holder.name,
    decisionDate: row.decisionDate,
    issuedAt: row.issuedAt.toISOString(),
    validUntil: row.validUntil,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revocationReason: row.revocationReason,
    suspendedAt: row.suspendedAt?.toISOString() ?? null,
    suspensionReason: row.suspensionReason,
    sessionId: row.sessionId,
    verificationUrl: data.verificationUrl,
    units: data.units,
    unitKind: data.unitKind,
  };
}

export async function listSessionsToIssue(ctx: Context, actor: Actor) {
  const rows = await juryReads.sessionsWithSignedDecisions(
    ctx.database.db,
    organisationsFor(actor, 'certificate.issue'),
  );
  return rows.map((row) => ({ ...row, place: row.place ?? null }));
}

export async function listCertificates(ctx: Context, actor: Actor, sessionId?: string) {
  const rows = await store.listCertificates(ctx.database.db, {
    organisationIds: organisationsFor(actor, 'certificate.issue'),
    ...(sessionId ? { sessionId } : {}),
  });
  return rows.map(summaryOf);
}

export async function myCertificates(ctx: Context, actor: Actor) {
  const rows = await store.listCertificates(ctx.database.db, {
    organisationIds: 'all',
    holderUserId: actor.userId,
  });
  return rows.map(summaryOf);
}

/** A document its certifier or its holder may read; anyone else is told it does not exist. */
export async function certificateFor(ctx: Context, actor: Actor, id: string) {
  const row = await store.certificateById(ctx.database.db, id);
  if (!row) throw new AppError('not_found');
  const holderUserId = await store.holderUserIdOf(ctx.database.db, row.candidateId);
  const resource = { organisationId: row.organisationId, candidateUserId: holderUserId };
  if (!can(actor, 'certificate.read', resource)) throw new AppError('not_found');
  return row;
}

export async function certificatePdf(ctx: Context, actor: Actor, id: string) {
  const row = await certificateFor(ctx, actor, id);
  return { number: row.number, pdf: await renderPdf({ documents: [row.data as CertificateData] }) };
}

export async function certificateCredential(ctx: Context, actor: Actor, id: string) {
  const row = await certificateFor(ctx, actor, id);
  return { number: row.number, credential: row.credential as Record<string, unknown> };
}

/** Every document in force of a session, one page each, to print and mail. */
export async function sessionPdf(ctx: Context, actor: Actor, sessionId: string) {
  const session = await juryReads.sessionById(ctx.database.db, sessionId);
  if (!session || !can(actor, 'certificate.issue', { organisationId: session.certifierId })) {
    throw new AppError('not_found');
  }
  const rows = await store.listCertificates(ctx.database.db, { organisationIds: 'all', sessionId });
  const documents = rows.filter((row) => !row.revokedAt).map((row) => row.data as CertificateData);
  if (documents.length === 0) {
    throw new AppError('not_found', {
      fr: 'Aucun document délivré pour cette session.',
      en: 'No document issued for this session.',
    });
  }
  documents.sort((a, b) => a.number.localeCompare(b.number));
  const title = `Certificats et attestations — jury du ${session.date}`;
  return { date: session.date, pdf: await renderPdf({ documents, title }) };
}

function requireCertifier(actor: Actor, organisationId: string, action: 'certificate.keys') {
  if (!can(actor, action, { organisationId })) throw new AppError('not_found');
}

export async function signingKeys(ctx: Context, actor: Actor, organisationId: string) {
  requireCertifier(actor, organisationId, 'certificate.keys');
  const keyring = await keyringOf(ctx, ctx.database.db, organisationId);
  return {
    issuerId: keyring.issuerId,
    keys: keyring.keys.map((key) => ({
      verificationMethod: key.id,
      publicKeyMultibase: key.publicKeyMultibase,
      createdAt: key.createdAt,
      retiredAt: key.retiredAt ?? null,
    })),
  };
}

export async function rotateSigningKey(ctx: Context, actor: Actor, organisationId: string) {
  requireCertifier(actor, organisationId, 'certificate.keys');
  await ctx.database.db.transaction(async (tx) => {
    await store.lockCertifier(tx, organisationId);
    const key = await rotateKey(ctx, tx, organisationId);
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'certificate.rotate_key',
      subjectType: 'organisation',
      subjectId: organisationId,
      data: { verificationMethod: key.id },
    });
  });
  return signingKeys(ctx, actor, organisationId);
}

export async function statistics(ctx: Context, actor: Actor) {
  const organisations = organisationsFor(actor, 'statistics.read');
  const { db } = ctx.database;
  const titles = await juryReads.certificationTitles(db);
  const title = (slug: string) => titles.get(slug) ?? slug;
  const documents = await juryReads.documentCounts(db, organisations);
  const decisions = await juryReads.decisionCounts(db, organisations);
  return statisticsOfCounts(
    documents.map((d) => ({
      kind: d.kind as CertificateData['kind'],
      certification: d.certification,
      certificationTitle: title(d.certification),
      company: d.company,
      year: d.year,
      revoked: d.revoked,
      count: d.count,
    })),
    decisions.map((d) => ({
      ...d,
      certificationTitle: title(d.certification),
      bucket: d.bucket < 0 ? null : d.bucket,
    })),
  );
}

export async function statisticsTableCsv(
  ctx: Context,
  actor: Actor,
  table: StatisticsTable,
  lang: 'fr' | 'en',
) {
  return statisticsCsv(await statistics(ctx, actor), table, lang);
}
