// SQL of the jury's lists (issue 16): the seats (candidates placed in sessions) of the sessions
// a reader reaches — those of the certifiers they administer, or those they sit on — with only
// what the lists show of each deliberation, the members of those sessions, the members' grids
// and the documents issued from each signed decision.
import { and, asc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import {
  candidates,
  certificates,
  evaluations,
  juryCandidates,
  juryMembers,
  jurySessions,
  organisations,
  users,
} from '../platform/db/schema.ts';

export interface SeatFilter {
  certifierIds: readonly string[];
  /** The sessions this person sits on. */
  memberId?: string;
}

function reached(filter: SeatFilter): SQL {
  const conditions: SQL[] = [];
  if (filter.certifierIds.length > 0)
    conditions.push(inArray(jurySessions.certifierId, [...filter.certifierIds]));
  if (filter.memberId)
    conditions.push(sql`${jurySessions.id} in (select ${juryMembers.sessionId}
      from ${juryMembers} where ${juryMembers.userId} = ${filter.memberId})`);
  return or(...conditions) ?? sql`false`;
}

/** The sessions reached, with how many candidates each has placed. */
export function sessionsOfList(db: Db, filter: SeatFilter) {
  return db
    .select({
      id: jurySessions.id,
      certifierId: jurySessions.certifierId,
      certification: jurySessions.certification,
      referentialVersion: jurySessions.referentialVersion,
      date: jurySessions.date,
      startTime: jurySessions.startTime,
      place: jurySessions.place,
      // Spelled out: a select from one table names its columns unqualified.
      candidates: sql<number>`(select count(*)::int from jury_candidates jc
        where jc.session_id = jury_sessions.id)`,
    })
    .from(jurySessions)
    .where(reached(filter))
    .orderBy(asc(jurySessions.date), asc(jurySessions.startTime));
}

export type ListSession = Awaited<ReturnType<typeof sessionsOfList>>[number];

export function seatsOfList(db: Db, filter: SeatFilter) {
  const d = juryCandidates.deliberation;
  return db
    .select({
      id: juryCandidates.id,
      sessionId: juryCandidates.sessionId,
      slotStart: juryCandidates.slotStart,
      state: juryCandidates.state,
      started: sql<boolean>`${d} is not null`,
      graders: sql<string[] | null>`${d}->'graders'`,
      president: sql<{ personId: string; name: string } | null>`${d}->'president'`,
      reopenReason: sql<string | null>`${d}->'reopenings'->-1->>'reason'`,
      signedAt: juryCandidates.signedAt,
      candidate: {
        id: candidates.id,
        birthName: candidates.birthName,
        usageName: candidates.usageName,
        firstNames: candidates.firstNames,
        organisationId: candidates.organisationId,
        tutorId: candidates.tutorId,
        trainerId: candidates.trainerId,
        accessRoute: candidates.accessRoute,
      },
      company: organisations.name,
      issued: sql<number>`(select count(*)::int from ${certificates}
        where ${certificates.juryCandidateId} = ${juryCandidates.id}
        and ${certificates.revokedAt} is null)`,
    })
    .from(juryCandidates)
    .innerJoin(jurySessions, eq(jurySessions.id, juryCandidates.sessionId))
    .innerJoin(candidates, eq(candidates.id, juryCandidates.candidateId))
    .innerJoin(organisations, eq(organisations.id, candidates.organisationId))
    .where(reached(filter))
    .orderBy(asc(jurySessions.date), sql`${juryCandidates.slotStart} nulls last`);
}

export type ListSeat = Awaited<ReturnType<typeof seatsOfList>>[number];

/** The members of these sessions, with their names. */
export function membersOfSessions(db: Db, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .select({ member: juryMembers, name: users.displayName, email: users.email })
    .from(juryMembers)
    .innerJoin(users, eq(users.id, juryMembers.userId))
    .where(inArray(juryMembers.sessionId, [...sessionIds]))
    .orderBy(asc(users.displayName));
}

/** The members' grids of these seats (their own evaluations on the jury guide). */
export function gridsOfSeats(db: Db, seatIds: readonly string[]) {
  if (seatIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: evaluations.id,
      seatId: sql<string>`${evaluations.juryCandidateId}`,
      evaluatorId: evaluations.evaluatorId,
      status: evaluations.status,
    })
    .from(evaluations)
    .where(
      and(
        inArray(evaluations.juryCandidateId, [...seatIds]),
        eq(evaluations.evaluatorRole, 'jury_member'),
        ne(evaluations.status, 'superseded'),
      ),
    );
}

/** Files put before the jury and placed in no session still deliberating, per certifier. */
export async function readyNotConvened(db: Db) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(candidates)
    .where(
      and(
        eq(candidates.status, 'ready_for_jury'),
        // Spelled out: a select from one table names its columns unqualified.
        sql`not exists (select 1 from jury_candidates jc
          where jc.candidate_id = candidates.id and jc.state <> 'signed')`,
      ),
    );
  return row?.count ?? 0;
}
