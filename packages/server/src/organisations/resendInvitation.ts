// Sending an open invitation again (issue 15, item 3): whoever may cancel it (see
// manageableInvitation.ts). Only a SHA-256 of a link is kept, so the first link
// cannot be sent again: a new link is made, valid 7 days from now, and sent in a new message;
// the former link then opens nothing (one live link per invitation). The audit says who.
import { insertAudit } from '../accounts/store.ts';
import { newToken, tokenHash } from '../platform/auth/secrets.ts';
import type { Context } from '../platform/context.ts';
import type { Actor } from '../platform/policy.ts';
import { deliverInvitation } from './invitationDelivery.ts';
import { renewInvitationLink } from './invitationStore.ts';
import { invitationNotOpen } from './invitationToAnswer.ts';
import { invitationExpiry } from './invitePerson.ts';
import { manageableInvitation } from './manageableInvitation.ts';

export async function resendInvitation(
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
  const token = newToken();
  const expiresAt = invitationExpiry(ctx);
  return ctx.database.db.transaction(async (tx) => {
    const renewed = await renewInvitationLink(tx, invitation.id, {
      tokenHash: tokenHash(token),
      expiresAt,
      now: ctx.now(),
    });
    if (!renewed) throw invitationNotOpen();
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'invitation.resend',
      subjectType: 'invitation',
      subjectId: invitation.id,
      data: { organisationId: organisation.id, email: invitation.email, role: invitation.role },
    });
    const delivery = await deliverInvitation(
      ctx,
      tx,
      { ...invitation, organisationName: organisation.name },
      { token, expiresAt, resent: true },
      actor,
    );
    return { id: invitation.id, expiresAt: expiresAt.toISOString(), delivery };
  });
}
