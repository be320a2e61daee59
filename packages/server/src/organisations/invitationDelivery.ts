// How an invitation's link reaches the person (issue 15, item 3): by e-mail, to the invited
// address, in the transaction that makes (or renews) the invitation. The inviter never sees the
// token: they see where the message stands ("envoyée", or "non remis" with the server's
// answer). The message is in the language of the account at that address when there is one,
// else in the inviter's.
import type { Role } from '@certeval/core';
import { findUserByEmail } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { keyAbout, latestDeliveries } from '../platform/mail/messagesAbout.ts';
import { sendMessage } from '../platform/mail/sendMessage.ts';
import type { Actor } from '../platform/policy.ts';

export interface InvitationToSend {
  id: string;
  organisationId: string;
  organisationName: string;
  email: string;
  displayName: string;
  role: Role;
  /** The project of a candidate's enrolment, when the invitation comes from one. */
  projectTitle?: string | null;
}

/**
 * Sends the invitation's link. `resent` marks a renewed link (a new message; the first one's
 * link no longer opens anything).
 */
export async function deliverInvitation(
  ctx: Context,
  tx: Db,
  invitation: InvitationToSend,
  link: { token: string; expiresAt: Date; resent?: boolean },
  inviter: Actor,
) {
  const account = await findUserByEmail(tx, invitation.email);
  const sent = await sendMessage(ctx, tx, {
    template: 'invitation',
    to: account
      ? { userId: account.id }
      : { email: invitation.email, name: invitation.displayName, locale: inviter.locale },
    data: {
      displayName: account?.displayName ?? invitation.displayName,
      inviterName: inviter.displayName,
      organisationName: invitation.organisationName,
      role: invitation.role,
      hasAccount: account !== undefined,
      projectTitle: invitation.projectTitle ?? null,
      token: link.token,
      expiresAt: link.expiresAt,
    },
    key: link.resent
      ? keyAbout(invitation.id, `resent-${ctx.now().getTime()}`)
      : keyAbout(invitation.id),
    // No organisation: the platform's own message, which every certifier's administrators read
    // in the outbox — where, without a mail server (the demo), the link is found.
    requestedBy: inviter.userId,
  });
  return { messageId: sent.id, state: sent.state, lastError: null, sentAt: null };
}

/** Where the latest message of each invitation stands. */
export const invitationDeliveries = (db: Db, invitationIds: readonly string[]) =>
  latestDeliveries(db, 'invitation', invitationIds);
