// Declining an invitation (issue 14, item 1): its owner signed in, or, for an address without
// an account, whoever holds the link. Nothing changes but the invitation, closed and audited.
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import type { Actor } from '../platform/policy.ts';
import { closeInvitation } from './invitationStore.ts';
import {
  assertMayAnswer,
  type InvitationKey,
  invitationNotOpen,
  invitationToAnswer,
} from './invitationToAnswer.ts';

export async function declineInvitation(ctx: Context, key: InvitationKey, actor: Actor | null) {
  const { invitation, accountId, standing } = await invitationToAnswer(ctx, key, actor);
  assertMayAnswer(standing);
  // For an address without an account, the one who declines is not known: no actor.
  const by = accountId ?? null;
  await ctx.database.db.transaction(async (tx) => {
    const closed = await closeInvitation(tx, invitation.id, {
      status: 'declined',
      by,
      now: ctx.now(),
    });
    if (!closed) throw invitationNotOpen();
    await insertAudit(tx, {
      actorId: by,
      action: 'invitation.decline',
      subjectType: 'invitation',
      subjectId: invitation.id,
      data: {
        organisationId: invitation.organisationId,
        email: invitation.email,
        role: invitation.role,
        invitedBy: invitation.invitedBy,
      },
    });
  });
}
