// Erasing a person's account (issue 19 item 5), inside the caller's transaction: their roles,
// sessions (they are signed out at once), reset links, sign-in counters, invitations and mail go;
// their name is replaced where other people's files mention it; the account itself is deleted,
// or kept as a bare identifier when records the law keeps (a jury seat, an evaluation made of
// someone else) still name it.
import type { ErasureCount } from '@certeval/core';
import { and, eq, inArray, ne, notInArray, or, sql } from 'drizzle-orm';
import type { UserRow } from '../accounts/store.ts';
import type { Db } from '../platform/db/open.ts';
import {
  certificateBatches,
  evaluations,
  invitations,
  juryMembers,
  mailMessages,
  memberships,
  passwordResets,
  projects,
  sessions,
  users,
} from '../platform/db/schema.ts';
import { addressKeys, forgetLimits } from '../platform/rateLimit.ts';
import { rowsOf } from './findPerson.ts';
import { userReferences } from './personalTables.ts';

/** The name that replaces an erased person's wherever a kept record shows one. */
export const ERASED_NAME = 'Personne effacée';

/** An address no one receives mail at (RFC 2606), unique to the account. */
export const erasedAddress = (userId: string) => `effacee-${userId}@personne-effacee.invalid`;

async function deleteSignIns(tx: Db, userId: string, emails: readonly string[]) {
  const opened = await tx
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ id: sessions.tokenHash });
  const resets = await tx
    .delete(passwordResets)
    .where(eq(passwordResets.userId, userId))
    .returning({ id: passwordResets.tokenHash });
  const counters = await forgetLimits(tx, emails.flatMap(addressKeys));
  return opened.length + resets.length + counters;
}

/** Messages to the person's addresses or account, with their attachments. */
export async function deleteMail(tx: Db, userId: string | null, emails: readonly string[]) {
  const to = [
    ...(emails.length > 0 ? [inArray(sql`lower(${mailMessages.toEmail})`, [...emails])] : []),
    ...(userId ? [eq(mailMessages.toUserId, userId)] : []),
  ];
  if (to.length === 0) return 0;
  const rows = await tx
    .delete(mailMessages)
    .where(or(...to))
    .returning({ id: mailMessages.id });
  return rows.length;
}

export async function deleteInvitations(tx: Db, emails: readonly string[]) {
  if (emails.length === 0) return 0;
  const rows = await tx
    .delete(invitations)
    .where(inArray(sql`lower(${invitations.email})`, [...emails]))
    .returning({ id: invitations.id });
  return rows.length;
}

/** Their name where other people's files mention it: evaluations made, steering committees. */
async function replaceMentions(tx: Db, user: UserRow, ownFiles: readonly string[]) {
  const evaluated = await tx
    .update(evaluations)
    .set({ evaluatorName: ERASED_NAME })
    .where(
      and(
        eq(evaluations.evaluatorId, user.id),
        ne(evaluations.evaluatorName, ERASED_NAME),
        ownFiles.length > 0 ? notInArray(evaluations.candidateId, [...ownFiles]) : undefined,
      ),
    )
    .returning({ id: evaluations.id });
  const committees = await rowsOf<{ id: string }>(
    tx,
    sql`update ${projects} set steering_committee = (
        select jsonb_agg(case when lower(trim(m->>'name')) = lower(trim(${user.displayName}))
          then jsonb_set(m, '{name}', to_jsonb(${ERASED_NAME}::text)) else m end)
        from jsonb_array_elements(steering_committee) m)
      where exists (select 1 from jsonb_array_elements(steering_committee) m
        where lower(trim(m->>'name')) = lower(trim(${user.displayName})))
      returning id`,
  );
  // The signatory printed on issued certificates stays as printed.
  const signed = await tx
    .select({ id: certificateBatches.id })
    .from(certificateBatches)
    .where(
      sql`lower(trim(${certificateBatches.signatory}->>'name')) = lower(trim(${user.displayName}))`,
    );
  const seats = await tx
    .select({ id: juryMembers.sessionId })
    .from(juryMembers)
    .where(eq(juryMembers.userId, user.id));
  const counts: ErasureCount[] = [
    { kind: 'mentions', outcome: 'pseudonymised', count: evaluated.length + committees.length },
    { kind: 'mentions', outcome: 'kept', count: signed.length },
    { kind: 'jury_seats', outcome: 'kept', count: seats.length },
  ];
  return counts;
}

/** How many kept records name the account by its id. */
async function namingRecords(tx: Db, userId: string): Promise<number> {
  let total = 0;
  for (const { table, column } of userReferences()) {
    const [row] = await rowsOf<{ n: number }>(
      tx,
      sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${userId}`,
    );
    total += row?.n ?? 0;
  }
  return total;
}

/**
 * Erases the account and what hangs on it; `ownFiles` are the person's candidacy files, already
 * erased (mentions in them are not someone else's).
 */
export async function eraseAccount(
  tx: Db,
  user: UserRow,
  emails: readonly string[],
  ownFiles: readonly string[],
): Promise<ErasureCount[]> {
  await tx.delete(memberships).where(eq(memberships.userId, user.id));
  const signIns = await deleteSignIns(tx, user.id, emails);
  const mentions = await replaceMentions(tx, user, ownFiles);
  const named = await namingRecords(tx, user.id);
  if (named === 0) await tx.delete(users).where(eq(users.id, user.id));
  else
    await tx
      .update(users)
      .set({ email: erasedAddress(user.id), displayName: ERASED_NAME, passwordHash: null })
      .where(eq(users.id, user.id));
  return [
    { kind: 'account', outcome: named === 0 ? 'erased' : 'pseudonymised', count: 1 },
    { kind: 'sign_in', outcome: 'erased', count: signIns },
    ...mentions,
  ];
}
