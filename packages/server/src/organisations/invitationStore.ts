// SQL of invitations. An invitation is `open` while unanswered and unexpired; it is closed
// once, by the person (accepted, declined) or the inviter (cancelled), with who and when.
import { type InvitationStatus, normaliseEmail, type Role } from '@certeval/core';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../platform/db/open.ts';
import { invitations, memberships, organisations, users } from '../platform/db/schema.ts';

export type InvitationRow = typeof invitations.$inferSelect;

const isOpen = (now: Date) => and(eq(invitations.status, 'open'), gt(invitations.expiresAt, now));
const sameAddress = (email: string) =>
  sql`lower(${invitations.email}) = lower(${normaliseEmail(email)})`;

export async function insertInvitation(
  db: Db,
  values: {
    organisationId: string;
    email: string;
    displayName: string;
    role: Role;
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
    candidateId?: string | null;
  },
): Promise<InvitationRow> {
  const [row] = await db.insert(invitations).values(values).returning();
  if (!row) throw new Error('insert into invitations returned no row');
  return row;
}

/** The open invitation of a link, with the name of its organisation. */
export async function findOpenByTokenHash(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ invitation: invitations, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(and(eq(invitations.tokenHash, tokenHash), isOpen(now)));
  return row;
}

/** An open invitation by its id, with the name of its organisation. */
export async function findOpenById(db: Db, id: string, now: Date) {
  const [row] = await db
    .select({ invitation: invitations, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(and(eq(invitations.id, id), isOpen(now)));
  return row;
}

/** Whether an open invitation already offers this role in this organisation to this address. */
export async function hasOpenInvitation(
  db: Db,
  input: { organisationId: string; email: string; role: Role },
  now: Date,
): Promise<boolean> {
  const rows = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, input.organisationId),
        eq(invitations.role, input.role),
        sameAddress(input.email),
        isOpen(now),
      ),
    );
  return rows.length > 0;
}

/** Whether the account of this address already holds this role in this organisation. */
export async function addressHoldsRole(
  db: Db,
  input: { organisationId: string; email: string; role: Role },
): Promise<boolean> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, input.organisationId),
        eq(memberships.role, input.role),
        eq(users.email, normaliseEmail(input.email)),
      ),
    );
  return rows.length > 0;
}

const inviter = alias(users, 'inviter');

/** The open invitations of an organisation, with who made each. */
export function openInvitationsOf(db: Db, organisationId: string, now: Date) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      displayName: invitations.displayName,
      role: invitations.role,
      invitedBy: inviter.displayName,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .leftJoin(inviter, eq(inviter.id, invitations.invitedBy))
    .where(and(eq(invitations.organisationId, organisationId), isOpen(now)))
    .orderBy(asc(invitations.createdAt));
}

/** The open invitations addressed to an e-mail address, for the person who holds it. */
export function openInvitationsTo(db: Db, email: string, now: Date) {
  return db
    .select({
      id: invitations.id,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      role: invitations.role,
      invitedBy: inviter.displayName,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(inviter, eq(inviter.id, invitations.invitedBy))
    .where(and(sameAddress(email), isOpen(now)))
    .orderBy(asc(invitations.createdAt));
}

/**
 * Closes an invitation that is still open; false when it no longer is (answered, cancelled
 * or expired meanwhile), so that it is closed once.
 */
export async function closeInvitation(
  db: Db,
  id: string,
  close: { status: Exclude<InvitationStatus, 'open'>; by: string | null; now: Date },
): Promise<boolean> {
  const closed = await db
    .update(invitations)
    .set({ status: close.status, closedBy: close.by, closedAt: close.now })
    .where(and(eq(invitations.id, id), isOpen(close.now)))
    .returning({ id: invitations.id });
  return closed.length > 0;
}

/** Who accepted an invitation whose account was created by accepting it. */
export async function setClosedBy(db: Db, id: string, userId: string) {
  await db.update(invitations).set({ closedBy: userId }).where(eq(invitations.id, id));
}

/** A new link for an open invitation: the former one no longer matches; false if not open. */
export async function renewInvitationLink(
  db: Db,
  id: string,
  link: { tokenHash: string; expiresAt: Date; now: Date },
): Promise<boolean> {
  const renewed = await db
    .update(invitations)
    .set({ tokenHash: link.tokenHash, expiresAt: link.expiresAt })
    .where(and(eq(invitations.id, id), isOpen(link.now)))
    .returning({ id: invitations.id });
  return renewed.length > 0;
}
