// Cancelling an open invitation (issue 14, item 1): whoever may hand out its role in its
// organisation (its inviter, the company's other pilots, the certifier). The link then opens
// nothing; the audit says who cancelled.
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import type { Actor } from '../platform/policy.ts';
import { closeInvitation } from './invitationStore.ts';
import { invitationNotOpen } from './invitationToAnswer.ts';
import { manageableInvitation } from './manageableInvitation.ts';

export async function cancelInvitation(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  invitationId: string,
) {
  const { organisation, invitation } = await manageableInvitation(
    ctx,
    actor,
    organisationId,
    invitationId,
  );
  await ctx.database.db.transaction(async (tx) => {
    const closed = await closeInvitation(tx, invitation.id, {
      status: 'cancelled',
      by: actor.userId,
      now: ctx.now(),
    });
    if (!closed) throw invitationNotOpen();
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'invitation.cancel',
      subjectType: 'invitation',
      subjectId: invitation.id,
      data: {
        organisationId: organisation.id,
        email: invitation.email,
        role: invitation.role,
        invitedBy: invitation.invitedBy,
      },
    });
  });
}
