// The holder of a certificate or an attestation is told when it is revoked or suspended, with
// the reason (issue 15, item 4), in the transaction that changes its status. A suspension (a
// signed decision reopened, issue 14 item 3) calls this too, with `suspended`, and so does a
// re-signed decision that revokes it (certificates/followDecision.ts).
import type { CertificateData } from '@certeval/core/certificates/index';
import { candidateRecipient } from '../candidates/candidateRecipient.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { keyAbout } from '../platform/mail/messagesAbout.ts';
import { sendMessage } from '../platform/mail/sendMessage.ts';

export async function tellHolderOfStatus(
  ctx: Context,
  tx: Db,
  document: { id: string; candidateId: string; organisationId: string; data: unknown },
  change: { status: 'revoked' | 'suspended'; reason: string; at: Date; by: string },
) {
  const recipient = await candidateRecipient(tx, document.candidateId);
  if (!recipient) return;
  const data = document.data as CertificateData;
  await sendMessage(ctx, tx, {
    template: 'certificate-status',
    to: recipient.to,
    data: {
      holderName: data.holder.name,
      kind: data.kind,
      number: data.number,
      certificationTitle: data.certification.title,
      change: change.status,
      reason: change.reason,
    },
    key: keyAbout(document.id, change.status, String(change.at.getTime())),
    organisationId: document.organisationId,
    requestedBy: change.by,
  });
}
