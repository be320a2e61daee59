// Revoking a certificate or an attestation (issue 7, item 4): the certifier gives a reason; the
// document's bit is set in its status list, whose revision goes up so that the list published
// at its URL is signed again; the reason is kept for the verification page and the audit.

import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { type Actor, can } from '../platform/policy.ts';
import * as store from './store.ts';
import { tellHolderOfStatus } from './tellHolderOfStatus.ts';

export const MAX_REASON_LENGTH = 500;

export async function revokeCertificate(ctx: Context, actor: Actor, id: string, reason: string) {
  const text = reason.trim();
  if (text.length === 0) {
    throw new AppError(
      'validation_failed',
      { fr: 'Donnez le motif de la révocation.', en: 'Give the reason for the revocation.' },
      'body/reason',
    );
  }
  const row = await store.certificateById(ctx.database.db, id);
  if (!row || !can(actor, 'certificate.revoke', { organisationId: row.organisationId })) {
    throw new AppError('not_found');
  }
  const at = ctx.now();
  await ctx.database.db.transaction(async (tx) => {
    const revoked = await store.markRevoked(tx, row.id, text, at);
    if (revoked.length === 0) {
      throw new AppError('conflict', {
        fr: 'Ce document est déjà révoqué.',
        en: 'This document is already revoked.',
      });
    }
    if (row.statusListId !== null && row.statusIndex !== null) {
      await store.setStatusBit(tx, row.statusListId, row.statusIndex, true, at);
    }
    await tellHolderOfStatus(ctx, tx, row, {
      status: 'revoked',
      reason: text,
      at,
      by: actor.userId,
    });
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'certificate.revoke',
      subjectType: 'certificate',
      subjectId: row.id,
      data: { number: row.number, reason: text },
    });
  });
  return { id: row.id, number: row.number, revokedAt: at.toISOString(), reason: text };
}
