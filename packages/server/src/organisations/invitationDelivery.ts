// How an invitation's link reaches the person. No e-mail is sent yet: the link is returned to
// the inviter, who hands it over (the screens say so). The mail step replaces the body of
// `deliverInvitation` by sending the link to `email` and returning no link to the inviter.
import type { Context } from '../platform/context.ts';

export interface InvitationLink {
  email: string;
  displayName: string;
  organisationName: string;
  token: string;
}

/** The link to hand over to the invited person, until it is sent to their address. */
export function deliverInvitation(ctx: Context, invitation: InvitationLink): { url: string } {
  return { url: invitationUrl(ctx, invitation.token) };
}

export function invitationUrl(ctx: Context, token: string): string {
  return `${ctx.config.publicUrl}/invitation?token=${encodeURIComponent(token)}`;
}
