// What an invitation is for, read at its link before answering, and the invitations waiting
// for the signed-in person's answer (their home lists them).
import type { Context } from '../platform/context.ts';
import type { Actor } from '../platform/policy.ts';
import { openInvitationsTo } from './invitationStore.ts';
import { invitationToAnswer } from './invitationToAnswer.ts';

/** The invitation of a link and where the caller stands to it (sign in, answer, choose a password). */
export async function readInvitation(ctx: Context, token: string, actor: Actor | null) {
  const { invitation, organisationName, standing } = await invitationToAnswer(
    ctx,
    { token },
    actor,
  );
  return {
    email: invitation.email,
    displayName: invitation.displayName,
    role: invitation.role,
    organisationName,
    expiresAt: invitation.expiresAt.toISOString(),
    standing,
  };
}

/** The open invitations addressed to the signed-in person's own address. */
export async function pendingInvitations(ctx: Context, actor: Actor) {
  const rows = await openInvitationsTo(ctx.database.db, actor.email, ctx.now());
  return rows.map((row) => ({ ...row, expiresAt: row.expiresAt.toISOString() }));
}
