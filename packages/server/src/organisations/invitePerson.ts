// Inviting a person with a role in an organisation (issue 5, item 1; issue 14, item 1): the
// certifier anywhere, a company's pilot in their own company and only into the roles core's
// `invitableRoles` gives a pilot. The invitation is a one-time link valid 7 days, of which only
// a SHA-256 is stored; it reaches the person by e-mail (`deliverInvitation`, issue 15), never
// through the inviter. Whether or not the address already has an account, nothing changes for
// it until the person answers.
import { isRoleAllowedIn, normaliseEmail, type Role, roleLabels } from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import { newToken, tokenHash } from '../platform/auth/secrets.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { deliverInvitation } from './invitationDelivery.ts';
import { addressHoldsRole, hasOpenInvitation, insertInvitation } from './invitationStore.ts';
import { organisationFor, rolesInvitableBy } from './service.ts';

const INVITATION_DAYS = 7;

export interface InvitationInput {
  email: string;
  displayName: string;
  role: Role;
}

export async function invitePerson(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: InvitationInput,
) {
  const organisation = await organisationFor(ctx, actor, organisationId, 'person.invite');
  if (!isRoleAllowedIn(input.role, organisation.kind))
    throw new AppError(
      'validation_failed',
      {
        fr: `Le rôle « ${roleLabels[input.role].fr} » ne se tient pas dans cette organisation.`,
        en: `The role "${roleLabels[input.role].en}" is not held in this organisation.`,
      },
      'body/role',
    );
  if (!rolesInvitableBy(actor, organisation).includes(input.role)) throw new AppError('forbidden');
  const invited = {
    ...input,
    email: normaliseEmail(input.email),
    displayName: input.displayName.trim(),
  };
  const { db } = ctx.database;
  await assertNotAlreadyOffered(ctx, db, { organisationId: organisation.id, ...invited });

  const token = newToken();
  const expiresAt = invitationExpiry(ctx);
  return db.transaction(async (tx) => {
    const row = await insertInvitation(tx, {
      organisationId: organisation.id,
      ...invited,
      tokenHash: tokenHash(token),
      invitedBy: actor.userId,
      expiresAt,
    });
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'invitation.create',
      subjectType: 'invitation',
      subjectId: row.id,
      data: { organisationId: organisation.id, email: row.email, role: row.role },
    });
    const delivery = await deliverInvitation(
      ctx,
      tx,
      { ...row, organisationName: organisation.name },
      { token, expiresAt },
      actor,
    );
    return { id: row.id, expiresAt: expiresAt.toISOString(), delivery };
  });
}

/** When an invitation made (or renewed) now expires. */
export const invitationExpiry = (ctx: Context) =>
  new Date(ctx.now().getTime() + INVITATION_DAYS * 86_400_000);

/** Refuses a role the address already holds there, or an invitation already open for it. */
async function assertNotAlreadyOffered(
  ctx: Context,
  db: Db,
  input: { organisationId: string; email: string; role: Role },
) {
  if (await addressHoldsRole(db, input))
    throw new AppError(
      'conflict',
      {
        fr: 'Cette personne a déjà ce rôle dans l’organisation.',
        en: 'This person already holds this role in the organisation.',
      },
      'body/email',
    );
  if (await hasOpenInvitation(db, input, ctx.now()))
    throw new AppError(
      'conflict',
      {
        fr: 'Une invitation à ce rôle attend déjà la réponse de cette personne. Annulez-la pour en créer une nouvelle.',
        en: 'An invitation to this role is already waiting for this person’s answer. Cancel it to make a new one.',
      },
      'body/email',
    );
}
