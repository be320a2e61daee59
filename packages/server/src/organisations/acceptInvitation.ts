// Accepting an invitation (issue 14, item 1). For an address without any account, the account
// is created with the password chosen at the link. For an existing account, only its owner,
// signed in, accepts: the role is added and nothing else of the account changes (a password
// sent along is ignored; an account without one gets it through a reset link only).
import { assertPasswordStrength } from '../accounts/service.ts';
import * as accountStore from '../accounts/store.ts';
import { linkCandidateAccount } from '../candidates/enrolmentAccount.ts';
import { hashPassword } from '../platform/auth/secrets.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { closeInvitation, type InvitationRow, setClosedBy } from './invitationStore.ts';
import {
  assertMayAnswer,
  type InvitationKey,
  invitationNotOpen,
  invitationToAnswer,
} from './invitationToAnswer.ts';

export async function acceptInvitation(
  ctx: Context,
  key: InvitationKey,
  actor: Actor | null,
  password?: string,
) {
  const { invitation, accountId, standing } = await invitationToAnswer(ctx, key, actor);
  assertMayAnswer(standing);
  const passwordHash = accountId ? null : await chosenPasswordHash(password);
  return ctx.database.db.transaction(async (tx) => {
    // Closed first: a second acceptance waits on this row and then finds it closed.
    const closed = await closeInvitation(tx, invitation.id, {
      status: 'accepted',
      by: accountId,
      now: ctx.now(),
    });
    if (!closed) throw invitationNotOpen();
    const userId = accountId ?? (await createInvitedAccount(tx, invitation, passwordHash));
    await accountStore.insertMembership(tx, {
      userId,
      organisationId: invitation.organisationId,
      role: invitation.role,
    });
    // An enrolment's invitation: the candidate file becomes the account's (issue 15).
    if (invitation.candidateId) await linkCandidateAccount(tx, invitation.candidateId, userId);
    await accountStore.insertAudit(tx, {
      actorId: userId,
      action: 'invitation.accept',
      subjectType: 'invitation',
      subjectId: invitation.id,
      data: {
        organisationId: invitation.organisationId,
        email: invitation.email,
        role: invitation.role,
        invitedBy: invitation.invitedBy,
        accountCreated: accountId === null,
      },
    });
    return {
      email: invitation.email,
      accountCreated: accountId === null,
      organisationId: invitation.organisationId,
      role: invitation.role,
    };
  });
}

async function chosenPasswordHash(password: string | undefined): Promise<string> {
  if (!password)
    throw new AppError(
      'validation_failed',
      { fr: 'Choisissez un mot de passe.', en: 'Choose a password.' },
      'body/password',
    );
  assertPasswordStrength(password);
  return hashPassword(password);
}

/** The account of an address that had none; refused if one appeared since the link was read. */
async function createInvitedAccount(
  tx: Db,
  invitation: InvitationRow,
  passwordHash: string | null,
) {
  if (await accountStore.findUserByEmail(tx, invitation.email))
    throw new AppError('conflict', {
      fr: 'Un compte vient d’être créé pour cette adresse : connectez-vous avec ce compte pour accepter.',
      en: 'An account was just created for this address: sign in with it to accept.',
    });
  const user = await accountStore.insertUser(tx, {
    email: invitation.email,
    displayName: invitation.displayName,
    passwordHash,
  });
  await setClosedBy(tx, invitation.id, user.id);
  await accountStore.insertAudit(tx, {
    actorId: user.id,
    action: 'user.create',
    subjectType: 'user',
    subjectId: user.id,
    data: { email: user.email, invitationId: invitation.id },
  });
  return user.id;
}
