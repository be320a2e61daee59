// The open invitation a caller answers, and where they stand to it (core's
// `invitationStanding`): reached by its link (anyone holding it, signed in or not) or by its id
// from the signed-in person's own pending invitations.
import { type InvitationStanding, invitationStanding } from '@certeval/core';
import { findUserByEmail } from '../accounts/store.ts';
import { tokenHash } from '../platform/auth/secrets.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import type { Actor } from '../platform/policy.ts';
import { findOpenById, findOpenByTokenHash } from './invitationStore.ts';

/** An invitation's link token, or its id among one's own pending invitations. */
export type InvitationKey = { token: string } | { id: string };

export const invitationNotOpen = () =>
  new AppError('not_found', {
    fr: 'Cette invitation est invalide, expirée, annulée ou a déjà reçu une réponse.',
    en: 'This invitation is invalid, expired, cancelled or already answered.',
  });

export async function invitationToAnswer(ctx: Context, key: InvitationKey, actor: Actor | null) {
  const { db } = ctx.database;
  const found =
    'token' in key
      ? await findOpenByTokenHash(db, tokenHash(key.token), ctx.now())
      : isUuid(key.id)
        ? await findOpenById(db, key.id, ctx.now())
        : undefined;
  if (!found) throw invitationNotOpen();
  const account = await findUserByEmail(db, found.invitation.email);
  const standing = invitationStanding(account?.id ?? null, actor?.userId ?? null);
  // By id, a person reaches only the invitations addressed to them: others' do not exist.
  if ('id' in key && standing !== 'invitee') throw invitationNotOpen();
  return { ...found, accountId: account?.id ?? null, standing };
}

/** Refuses to answer for an existing account unless signed in as that account. */
export function assertMayAnswer(standing: InvitationStanding): void {
  if (standing === 'sign_in')
    throw new AppError('unauthenticated', {
      fr: 'Un compte existe pour l’adresse invitée : connectez-vous avec ce compte pour répondre à l’invitation.',
      en: 'An account exists for the invited address: sign in with that account to answer the invitation.',
    });
  if (standing === 'someone_else')
    throw new AppError('forbidden', {
      fr: 'Cette invitation est adressée à une autre personne : connectez-vous avec le compte de l’adresse invitée.',
      en: 'This invitation is addressed to someone else: sign in with the account of the invited address.',
    });
}
