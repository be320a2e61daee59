// Documents follow their decision (issue 14). When the certifier reopens a signed deliberation,
// every document issued from it and still in force is suspended, with the reopening's reason:
// its bit is set in the certifier's suspension list, and its public page says so. When the
// president signs again, each suspended document stands if the new decision gives the same
// document with the same units (core: documentStands) — the suspension is lifted — or is
// revoked otherwise, so that the new decision's own document can be issued. All of it in the
// transaction of the reopening or the signature, each change audited, and the holder told of a
// suspension or a revocation with its reason (issue 15, item 4: tellHolderOfStatus). A
// reinstated document needs no message of its own: the new decision's message tells it.

import type { CertificateData } from '@certeval/core/certificates/index';
import { type DecisionSummary, documentStands } from '@certeval/core/certificates/index';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import * as store from './store.ts';
import { tellHolderOfStatus } from './tellHolderOfStatus.ts';

/** The documents of a deliberation still in force, suspended or not. */
async function inForce(db: Db, juryCandidateId: string, suspended: boolean) {
  const rows = await store.documentsInForceOf(db, juryCandidateId);
  return rows.filter((row) => (row.suspendedAt !== null) === suspended);
}

/** What the reopen dialog lists: the documents the reopening will suspend. */
export async function documentsToSuspend(db: Db, juryCandidateId: string) {
  const rows = await inForce(db, juryCandidateId, false);
  return rows.map((row) => ({ id: row.id, number: row.number, kind: row.kind }));
}

async function setSuspended(db: Db, row: store.CertificateRow, reason: string | null, at: Date) {
  await store.setSuspension(db, row.id, reason === null ? null : at, reason);
  // A document issued before suspension lists existed has no bit: its page still says so.
  if (row.suspensionListId !== null && row.suspensionIndex !== null)
    await store.setStatusBit(db, row.suspensionListId, row.suspensionIndex, reason !== null, at);
}

/** Suspends the documents of a reopened deliberation; their numbers. */
export async function suspendDocuments(
  ctx: Context,
  tx: Db,
  juryCandidateId: string,
  reopening: { reason: string; by: string; at: Date },
) {
  const rows = await inForce(tx, juryCandidateId, false);
  for (const row of rows) {
    await setSuspended(tx, row, reopening.reason, reopening.at);
    await tellHolderOfStatus(ctx, tx, row, { status: 'suspended', ...reopening });
    await insertAudit(tx, {
      actorId: reopening.by,
      action: 'certificate.suspend',
      subjectType: 'certificate',
      subjectId: row.id,
      data: { number: row.number, reason: reopening.reason, juryCandidateId },
    });
  }
  return rows.map((row) => row.number);
}

const revocationReason = (suspension: string | null) =>
  `Décision du jury modifiée après réouverture${suspension ? ` : ${suspension}` : ''}`;

/** The documents suspended by a reopening, once the president signs the new decision. */
export async function settleDocuments(
  ctx: Context,
  tx: Db,
  juryCandidateId: string,
  signature: { decision: DecisionSummary; by: string; at: Date },
) {
  const rows = await inForce(tx, juryCandidateId, true);
  for (const row of rows) {
    const stands = documentStands(row.data as CertificateData, signature.decision);
    await setSuspended(tx, row, null, signature.at);
    const reason = revocationReason(row.suspensionReason);
    if (!stands) {
      await store.markRevoked(tx, row.id, reason, signature.at);
      if (row.statusListId !== null && row.statusIndex !== null)
        await store.setStatusBit(tx, row.statusListId, row.statusIndex, true, signature.at);
      await tellHolderOfStatus(ctx, tx, row, {
        status: 'revoked',
        reason,
        at: signature.at,
        by: signature.by,
      });
    }
    await insertAudit(tx, {
      actorId: signature.by,
      action: stands ? 'certificate.reinstate' : 'certificate.revoke',
      subjectType: 'certificate',
      subjectId: row.id,
      data: {
        number: row.number,
        juryCandidateId,
        ...(stands ? {} : { reason }),
      },
    });
  }
}
