// SQL of jury sessions: the session, its members, its candidates with their deliberation, the
// minutes as signed, and the members' grids (evaluations tied to a jury candidate).
import { and, asc, desc, eq, inArray, isNotNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import {
  candidates,
  evaluations,
  juryCandidates,
  juryMembers,
  juryMinutes,
  jurySessions,
  memberships,
  organisations,
  projects,
  users,
} from '../platform/db/schema.ts';

export type SessionRow = typeof jurySessions.$inferSelect;
export type MemberRow = typeof juryMembers.$inferSelect & { name: string; email: string };
export type JuryCandidateRow = typeof juryCandidates.$inferSelect;

export async function insertSession(db: Db, values: typeof jurySessions.$inferInsert) {
  const [row] = await db.insert(jurySessions).values(values).returning();
  if (!row) throw new Error('insert into jury_sessions returned no row');
  return row;
}

export async function findSession(db: Db, id: string) {
  const [row] = await db.select().from(jurySessions).where(eq(jurySessions.id, id));
  return row;
}

/** Sessions of the given certifiers, and those where `memberId` sits; newest first. */
export function listSessions(db: Db, filter: { certifierIds: string[]; memberId: string }) {
  const conditions: SQL[] = [
    sql`${jurySessions.id} in (select ${juryMembers.sessionId} from ${juryMembers}
      where ${juryMembers.userId} = ${filter.memberId})`,
  ];
  if (filter.certifierIds.length > 0)
    conditions.push(inArray(jurySessions.certifierId, filter.certifierIds));
  return db
    .select({
      session: jurySessions,
      certifierName: organisations.name,
      candidates: sql<number>`(select count(*)::int from ${juryCandidates}
        where ${juryCandidates.sessionId} = ${jurySessions.id})`,
      signed: sql<number>`(select count(*)::int from ${juryCandidates}
        where ${juryCandidates.sessionId} = ${jurySessions.id}
        and ${juryCandidates.state} = 'signed')`,
    })
    .from(jurySessions)
    .innerJoin(organisations, eq(organisations.id, jurySessions.certifierId))
    .where(sql.join(conditions, sql` or `))
    .orderBy(desc(jurySessions.date), asc(jurySessions.startTime));
}

/** Applies `changes` when the session is still at `revision`; undefined when it moved on. */
export async function updateSession(
  db: Db,
  id: string,
  revision: number,
  changes: Partial<typeof jurySessions.$inferInsert> = {},
) {
  const [row] = await db
    .update(jurySessions)
    .set({ ...changes, revision: revision + 1, updatedAt: new Date() })
    .where(and(eq(jurySessions.id, id), eq(jurySessions.revision, revision)))
    .returning({ revision: jurySessions.revision });
  return row?.revision;
}

export async function membersOf(db: Db, sessionId: string): Promise<MemberRow[]> {
  const rows = await db
    .select({ member: juryMembers, name: users.displayName, email: users.email })
    .from(juryMembers)
    .innerJoin(users, eq(users.id, juryMembers.userId))
    .where(eq(juryMembers.sessionId, sessionId))
    .orderBy(desc(juryMembers.presides), asc(users.displayName));
  return rows.map(({ member, name, email }) => ({ ...member, name, email }));
}

export async function replaceMembers(
  db: Db,
  sessionId: string,
  members: Array<Omit<typeof juryMembers.$inferInsert, 'sessionId'>>,
) {
  await db.delete(juryMembers).where(eq(juryMembers.sessionId, sessionId));
  if (members.length > 0)
    await db.insert(juryMembers).values(members.map((m) => ({ ...m, sessionId })));
}

/** People who hold the jury member role, with the organisations they belong to. */
export async function juryPeople(db: Db) {
  const rows = await db
    .selectDistinct({ id: users.id, name: users.displayName, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.role, 'jury_member'))
    .orderBy(asc(users.displayName));
  return rows;
}

/** For each person, the organisations where they hold any role (for conflicts of interest). */
export async function organisationsOfPeople(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return new Map<string, string[]>();
  const rows = await db
    .select({ userId: memberships.userId, organisationId: memberships.organisationId })
    .from(memberships)
    .where(inArray(memberships.userId, [...userIds]));
  const byUser = new Map<string, string[]>();
  for (const row of rows)
    byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.organisationId]);
  return byUser;
}

/** Which of these people hold the jury member role. */
export async function juryMemberIds(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(inArray(memberships.userId, [...userIds]), eq(memberships.role, 'jury_member')));
  return new Set(rows.map((r) => r.userId));
}

const candidateColumns = {
  juryCandidate: juryCandidates,
  candidate: {
    id: candidates.id,
    birthName: candidates.birthName,
    usageName: candidates.usageName,
    firstNames: candidates.firstNames,
    organisationId: candidates.organisationId,
    tutorId: candidates.tutorId,
    trainerId: candidates.trainerId,
    accessRoute: candidates.accessRoute,
    accommodations: candidates.accommodations,
    status: candidates.status,
    revision: candidates.revision,
  },
  company: organisations.name,
};

export type SessionCandidate = {
  juryCandidate: JuryCandidateRow;
  candidate: {
    id: string;
    birthName: string;
    usageName: string | null;
    firstNames: unknown;
    organisationId: string;
    tutorId: string | null;
    trainerId: string | null;
    accessRoute: string;
    accommodations: unknown;
    status: string;
    revision: number;
  };
  company: string;
};

/** The candidates of a session, in the order of their slots (unplaced ones last). */
export function candidatesOf(db: Db, sessionId: string): Promise<SessionCandidate[]> {
  return db
    .select(candidateColumns)
    .from(juryCandidates)
    .innerJoin(candidates, eq(candidates.id, juryCandidates.candidateId))
    .innerJoin(organisations, eq(organisations.id, candidates.organisationId))
    .where(eq(juryCandidates.sessionId, sessionId))
    .orderBy(sql`${juryCandidates.slotStart} nulls last`, asc(candidates.birthName));
}

/** A seat as the session page lists it: the deliberation's summary, never its whole state. */
export type SessionSeat = Awaited<ReturnType<typeof sessionSeats>>[number];

/**
 * The session page's seats (issue 19): each deliberation's status, version, graders and the
 * decision's one-line summary read inside PostgreSQL, so that the page does not carry every
 * candidate's reports and decision (tens of kilobytes each) to show one line per candidate.
 */
export function sessionSeats(db: Db, sessionId: string) {
  const state = juryCandidates.deliberation;
  return db
    .select({
      id: juryCandidates.id,
      slotStart: juryCandidates.slotStart,
      state: juryCandidates.state,
      revision: juryCandidates.revision,
      signedAt: juryCandidates.signedAt,
      minutesHash: juryCandidates.minutesHash,
      status: sql<string | null>`${state}->>'status'`,
      version: sql<number | null>`(${state}->>'version')::int`,
      graders: sql<string[] | null>`${state}->'graders'`,
      summary: sql<{
        fr: string;
        en: string;
      } | null>`${state}->'deliberation'->'overall'->'summary'`,
      candidate: candidateColumns.candidate,
      company: organisations.name,
    })
    .from(juryCandidates)
    .innerJoin(candidates, eq(candidates.id, juryCandidates.candidateId))
    .innerJoin(organisations, eq(organisations.id, candidates.organisationId))
    .where(eq(juryCandidates.sessionId, sessionId))
    .orderBy(sql`${juryCandidates.slotStart} nulls last`, asc(candidates.birthName));
}

export async function findJuryCandidate(db: Db, id: string) {
  const [row] = await db
    .select(candidateColumns)
    .from(juryCandidates)
    .innerJoin(candidates, eq(candidates.id, juryCandidates.candidateId))
    .innerJoin(organisations, eq(organisations.id, candidates.organisationId))
    .where(eq(juryCandidates.id, id));
  return row as SessionCandidate | undefined;
}

/** The certification a candidate is pursued for: their project's. */
export async function projectOfCandidate(db: Db, candidateId: string) {
  const [row] = await db
    .select({ certification: projects.certification, version: projects.referentialVersion })
    .from(candidates)
    .innerJoin(projects, eq(projects.id, candidates.projectId))
    .where(eq(candidates.id, candidateId));
  return row;
}

/** The other sessions where the candidate waits for a decision not signed yet. */
export async function openSeatsOf(db: Db, candidateId: string, sessionId: string) {
  return db
    .select({ sessionId: juryCandidates.sessionId })
    .from(juryCandidates)
    .where(
      and(
        eq(juryCandidates.candidateId, candidateId),
        ne(juryCandidates.sessionId, sessionId),
        ne(juryCandidates.state, 'signed'),
      ),
    );
}

export async function insertJuryCandidate(db: Db, values: typeof juryCandidates.$inferInsert) {
  const [row] = await db.insert(juryCandidates).values(values).returning();
  if (!row) throw new Error('insert into jury_candidates returned no row');
  return row;
}

export async function deleteJuryCandidate(db: Db, id: string) {
  await db.delete(juryCandidates).where(eq(juryCandidates.id, id));
}

export async function setSlot(db: Db, id: string, slotStart: string | null) {
  await db.update(juryCandidates).set({ slotStart }).where(eq(juryCandidates.id, id));
}

/** Applies `changes` when the row is still at `revision`; undefined when it moved on. */
export async function updateJuryCandidate(
  db: Db,
  id: string,
  revision: number,
  changes: Partial<typeof juryCandidates.$inferInsert>,
) {
  const [row] = await db
    .update(juryCandidates)
    .set({ ...changes, revision: revision + 1, updatedAt: new Date() })
    .where(and(eq(juryCandidates.id, id), eq(juryCandidates.revision, revision)))
    .returning({ revision: juryCandidates.revision });
  return row?.revision;
}

export async function insertMinutes(db: Db, values: typeof juryMinutes.$inferInsert) {
  const [row] = await db.insert(juryMinutes).values(values).returning();
  if (!row) throw new Error('insert into jury_minutes returned no row');
  return row;
}

/** The stored minutes of a session: the latest version, or the one asked for. */
export async function findMinutes(db: Db, sessionId: string, version?: number) {
  const [row] = await db
    .select()
    .from(juryMinutes)
    .where(
      and(
        eq(juryMinutes.sessionId, sessionId),
        version === undefined ? undefined : eq(juryMinutes.version, version),
      ),
    )
    .orderBy(desc(juryMinutes.version))
    .limit(1);
  return row;
}

export async function minutesVersions(db: Db, sessionId: string) {
  return db
    .select({ version: juryMinutes.version, hash: juryMinutes.hash, at: juryMinutes.createdAt })
    .from(juryMinutes)
    .where(eq(juryMinutes.sessionId, sessionId))
    .orderBy(asc(juryMinutes.version));
}

// ——— The members' grids: evaluations on the jury guide tied to a jury candidate ———

export type GridRow = typeof evaluations.$inferSelect;

/** Every evaluation of this jury candidate still standing (superseded ones left out). */
export function gridsOf(db: Db, juryCandidateId: string): Promise<GridRow[]> {
  return db
    .select()
    .from(evaluations)
    .where(
      and(
        eq(evaluations.juryCandidateId, juryCandidateId),
        isNotNull(evaluations.juryCandidateId),
        ne(evaluations.status, 'superseded'),
      ),
    )
    .orderBy(asc(evaluations.createdAt));
}

/**
 * The president's agreement of an earlier version no longer stands: its evaluation is kept
 * (append-only) but marked superseded, so that the record exported names one agreement.
 */
export async function supersedeAgreements(db: Db, juryCandidateId: string) {
  return db
    .update(evaluations)
    .set({ status: 'superseded', updatedAt: new Date() })
    .where(
      and(
        eq(evaluations.juryCandidateId, juryCandidateId),
        eq(evaluations.evaluatorRole, 'jury_president'),
        eq(evaluations.status, 'submitted'),
      ),
    )
    .returning({ id: evaluations.id });
}

export async function organisationName(db: Db, id: string) {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row?.name;
}

/** The fingerprint of the minutes a candidate's signature produced (null once reopened). */
export async function setMinutesHash(db: Db, id: string, hash: string | null) {
  await db.update(juryCandidates).set({ minutesHash: hash }).where(eq(juryCandidates.id, id));
}

/** planned, or signed once every candidate's deliberation is. */
export async function setSessionStatus(db: Db, id: string, status: 'planned' | 'signed') {
  await db
    .update(jurySessions)
    .set({ status, updatedAt: new Date() })
    .where(eq(jurySessions.id, id));
}
