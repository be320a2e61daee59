// The open invitation an actor may act on (cancel, send again): whoever may hand out its role in
// its organisation (its inviter, the company's other pilots, the certifier). Anything else — an
// unknown or closed invitation, one of another organisation — is "not open"; a role the actor
// cannot hand out is forbidden.
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import type { Actor } from '../platform/policy.ts';
import { findOpenById } from './invitationStore.ts';
import { invitationNotOpen } from './invitationToAnswer.ts';
import { organisationFor, rolesInvitableBy } from './service.ts';

export async function manageableInvitation(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  invitationId: string,
) {
  const organisation = await organisationFor(ctx, actor, organisationId, 'person.invite');
  const found = isUuid(invitationId)
    ? await findOpenById(ctx.database.db, invitationId, ctx.now())
    : undefined;
  const invitation = found?.invitation;
  if (!invitation || invitation.organisationId !== organisation.id) throw invitationNotOpen();
  if (!rolesInvitableBy(actor, organisation).includes(invitation.role))
    throw new AppError('forbidden');
  return { organisation, invitation };
}
