// The candidate is told that their descriptive activity booklet was re-opened, by whom and why
// (issue 15, item 4), in the transaction of the re-opening; once per re-opening.
import { candidateRecipient } from '../candidates/candidateRecipient.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { keyAbout } from '../platform/mail/messagesAbout.ts';
import { sendMessage } from '../platform/mail/sendMessage.ts';
import type { Actor } from '../platform/policy.ts';

export async function tellBookletReopened(
  ctx: Context,
  tx: Db,
  file: { id: string },
  reopening: { reason: string; revision: number; by: Actor },
) {
  const recipient = await candidateRecipient(tx, file.id);
  if (!recipient) return;
  await sendMessage(ctx, tx, {
    template: 'booklet-reopened',
    to: recipient.to,
    data: {
      candidateName: recipient.name,
      reopenedBy: reopening.by.displayName,
      reason: reopening.reason,
    },
    key: keyAbout(file.id, `reopened-${reopening.revision}`),
    // Of no organisation: the certifiers read it in the outbox (the file's is a company).
    requestedBy: reopening.by.userId,
  });
}
