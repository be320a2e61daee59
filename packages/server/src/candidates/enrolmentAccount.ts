// Whose account a candidate file is (issue 14, item 1; issue 15): enrolment takes no account
// without consent. The address of an existing account (a jury member, say) gets an invitation
// to take the file — its owner accepts it signed in as themself, which links the file and adds
// the candidate role (organisations/acceptInvitation.ts); nothing is added until then. A new
// address gets an account without a password, with the candidate role in the company, and the
// "account created" message at that address, with the link to choose the password.
import { type CandidateInput, candidateDisplayName, normaliseEmail } from '@certeval/core';
import { and, eq, isNull } from 'drizzle-orm';
import { sendSetPasswordLink } from '../accounts/service.ts';
import * as accountStore from '../accounts/store.ts';
import { deliverInvitation } from '../organisations/invitationDelivery.ts';
import { insertInvitation } from '../organisations/invitationStore.ts';
import { invitationExpiry } from '../organisations/invitePerson.ts';
import { newToken, tokenHash } from '../platform/auth/secrets.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { candidates, organisations } from '../platform/db/schema.ts';
import type { Actor } from '../platform/policy.ts';

interface Enrolled {
  id: string;
  candidate: CandidateInput & { email: string };
  project: { organisationId: string; title: string };
}

/** Links the file to the account at its address, or invites that account to take it. */
export async function enrolmentAccount(ctx: Context, tx: Db, actor: Actor, enrolled: Enrolled) {
  const email = normaliseEmail(enrolled.candidate.email);
  const name = candidateDisplayName(enrolled.candidate);
  const { organisationId } = enrolled.project;
  const [organisation] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  const organisationName = organisation?.name ?? '';
  const existing = await accountStore.findUserByEmail(tx, email);
  if (existing) {
    const token = newToken();
    const expiresAt = invitationExpiry(ctx);
    const row = await insertInvitation(tx, {
      organisationId,
      email,
      displayName: name,
      role: 'candidate',
      tokenHash: tokenHash(token),
      invitedBy: actor.userId,
      expiresAt,
      candidateId: enrolled.id,
    });
    await accountStore.insertAudit(tx, {
      actorId: actor.userId,
      action: 'invitation.create',
      subjectType: 'invitation',
      subjectId: row.id,
      data: { organisationId, email, role: 'candidate', candidateId: enrolled.id },
    });
    const invitation = { ...row, organisationName, projectTitle: enrolled.project.title };
    await deliverInvitation(ctx, tx, invitation, { token, expiresAt }, actor);
    return;
  }
  const user = await accountStore.insertUser(tx, { email, displayName: name, passwordHash: null });
  await accountStore.insertMembership(tx, { userId: user.id, organisationId, role: 'candidate' });
  await accountStore.insertAudit(tx, {
    actorId: actor.userId,
    action: 'user.create',
    subjectType: 'user',
    subjectId: user.id,
    data: { email, candidateId: enrolled.id },
  });
  await linkCandidateAccount(tx, enrolled.id, user.id);
  await sendSetPasswordLink(ctx, tx, user, { organisationName, requestedBy: actor.userId });
}

/** The file becomes the account's (once: a file already linked stays with its account). */
export async function linkCandidateAccount(tx: Db, candidateId: string, userId: string) {
  await tx
    .update(candidates)
    .set({ userId })
    .where(and(eq(candidates.id, candidateId), isNull(candidates.userId)));
}
