// SQL of the accounts capability: people, organisations, memberships, sessions, resets.
import { normaliseEmail, type OrganisationKind, type Role } from '@certeval/core';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { batcher, batcherFor } from '../platform/db/batch.ts';
import type { Db } from '../platform/db/open.ts';
import { preparedFor } from '../platform/db/prepared.ts';
import {
  auditEvents,
  memberships,
  organisations,
  passwordResets,
  sessions,
  users,
} from '../platform/db/schema.ts';
import type { Membership } from '../platform/policy.ts';

export type UserRow = typeof users.$inferSelect;

/** The person with this address, however it is spelled (core's normaliseEmail). */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  return row;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function listMemberships(db: Db, userId: string): Promise<Membership[]> {
  return db
    .select({
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name, memberships.role);
}

export async function insertUser(
  db: Db,
  values: { email: string; displayName: string; passwordHash: string | null; locale?: string },
): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ ...values, email: normaliseEmail(values.email) })
    .returning();
  if (!row) throw new Error('insert into users returned no row');
  return row;
}

export async function insertMembership(
  db: Db,
  values: { userId: string; organisationId: string; role: Role },
): Promise<void> {
  await db.insert(memberships).values(values).onConflictDoNothing();
}

export async function findOrganisationByName(db: Db, name: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.name, name));
  return row;
}

export async function insertOrganisation(
  db: Db,
  values: { kind: OrganisationKind; name: string; siret?: string | null },
) {
  const [row] = await db.insert(organisations).values(values).returning();
  if (!row) throw new Error('insert into organisations returned no row');
  return row;
}

export function listOrganisations(db: Db) {
  return db.select().from(organisations).orderBy(organisations.name);
}

export function listUsers(db: Db) {
  return db
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(users)
    .orderBy(users.email);
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function insertSession(db: Db, tokenHash: string, userId: string, expiresAt: Date) {
  await db.insert(sessions).values({ tokenHash, userId, expiresAt });
}

/** The people behind live sessions and their memberships, in one query (every API request asks). */
const sessionActors = preparedFor((db) =>
  db
    .select({
      tokenHash: sessions.tokenHash,
      user: users,
      // The person's memberships in the same round trip, ordered as listMemberships orders them.
      memberships: sql<Membership[]>`coalesce((
        select json_agg(json_build_object(
          'organisationId', o.id, 'organisationName', o.name,
          'organisationKind', o.kind, 'role', m.role) order by o.name, m.role)
        from ${memberships} m join ${organisations} o on o.id = m.organisation_id
        where m.user_id = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        sql`${sessions.tokenHash} = any(${sql.placeholder('tokenHashes')}::text[])`,
        gt(sessions.expiresAt, sql.placeholder('now')),
      ),
    )
    .prepare('session_actors'),
);

type SessionActor = { user: UserRow; memberships: Membership[] };

/** The requests of one turn ask for their sessions together (platform/db/batch.ts). */
const sessionBatcher = batcherFor((db: Db) =>
  batcher<{ tokenHash: string; now: Date }, SessionActor | undefined>(
    async (asked) => {
      const rows = await sessionActors(db).execute({
        tokenHashes: asked.map((a) => a.tokenHash),
        // The turn's calls are a few milliseconds apart at most: the latest moment decides.
        now: new Date(Math.max(...asked.map((a) => a.now.getTime()))).toISOString(),
      });
      const byHash = new Map(rows.map(({ tokenHash, ...found }) => [tokenHash, found]));
      return asked.map((a) => byHash.get(a.tokenHash));
    },
    { key: (a) => a.tokenHash, sameKey: 'share' },
  ),
);

/** The person of an unexpired session and their memberships. */
export function findSessionUser(db: Db, tokenHash: string, now: Date) {
  return sessionBatcher(db)({ tokenHash, now });
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function insertPasswordReset(
  db: Db,
  tokenHash: string,
  userId: string,
  expiresAt: Date,
) {
  await db.insert(passwordResets).values({ tokenHash, userId, expiresAt });
}

/** Marks a valid, unused, unexpired reset as used; returns its user, or undefined. */
export async function consumePasswordReset(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
      ),
    )
    .returning({ userId: passwordResets.userId });
  return row?.userId;
}

export async function updateUser(
  db: Db,
  id: string,
  values: Partial<Pick<UserRow, 'passwordHash' | 'locale' | 'displayName'>>,
) {
  await db.update(users).set(values).where(eq(users.id, id));
}

export async function insertAudit(
  db: Db,
  event: {
    actorId: string | null;
    action: string;
    subjectType: string;
    subjectId: string;
    data?: object;
  },
) {
  await db.insert(auditEvents).values({ ...event, data: event.data ?? {} });
}
