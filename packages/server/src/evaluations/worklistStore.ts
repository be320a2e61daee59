// SQL of the evaluators' lists (issue 16): the candidates a reader sees in a space with what
// their lists show (booklet, VAE booklet, jury seat), and the evaluations of those candidates,
// each filtered in SQL by the policy's candidate.read relations (candidates/store.ts).
import { type AnyColumn, and, asc, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import {
  candidates,
  evaluations,
  instruments,
  juryCandidates,
  jurySessions,
  organisations,
  projects,
} from '../platform/db/schema.ts';

const personName = (column: AnyColumn) =>
  sql<string | null>`(select display_name from users where users.id = ${column})`;

export function candidatesOfList(db: Db, visible: SQL | undefined) {
  return db
    .select({
      id: candidates.id,
      projectId: candidates.projectId,
      organisationId: candidates.organisationId,
      birthName: candidates.birthName,
      usageName: candidates.usageName,
      firstNames: candidates.firstNames,
      accessRoute: candidates.accessRoute,
      status: candidates.status,
      tutorId: candidates.tutorId,
      trainerId: candidates.trainerId,
      tutorName: personName(candidates.tutorId),
      trainerName: personName(candidates.trainerId),
      projectTitle: projects.title,
      certification: projects.certification,
      referentialVersion: projects.referentialVersion,
      organisationName: organisations.name,
      bookletEntries: sql<number>`(select count(*)::int from booklet_entries b
        where b.candidate_id = ${candidates.id})`,
      lastBookletEntry: sql<string | null>`(select max(b.date) from booklet_entries b
        where b.candidate_id = ${candidates.id})`,
      vaeBooklet: sql<string | null>`(select v.status from vae_booklets v
        where v.candidate_id = ${candidates.id})`,
    })
    .from(candidates)
    .innerJoin(projects, eq(projects.id, candidates.projectId))
    .innerJoin(organisations, eq(organisations.id, candidates.organisationId))
    .where(visible)
    .orderBy(asc(candidates.birthName), asc(candidates.id));
}

export type ListCandidate = Awaited<ReturnType<typeof candidatesOfList>>[number];

/**
 * The standing evaluations of the visible candidates; item results only once submitted. The
 * jury members' own grids are left out for a candidate: the jury's decision speaks for it.
 */
export function evaluationsOfList(db: Db, visible: SQL | undefined, juryGrids: boolean) {
  return db
    .select({
      id: evaluations.id,
      candidateId: evaluations.candidateId,
      instrumentKey: evaluations.instrumentKey,
      instrumentVersion: evaluations.instrumentVersion,
      instrumentTitle: sql<string | null>`${instruments.title}`,
      instrumentKind: sql<string | null>`${instruments.kind}`,
      kind: evaluations.kind,
      evaluatorId: evaluations.evaluatorId,
      evaluatorName: evaluations.evaluatorName,
      evaluatorRole: evaluations.evaluatorRole,
      date: evaluations.date,
      status: evaluations.status,
      items: sql<unknown>`case when ${evaluations.status} = 'submitted'
        then ${evaluations.items} else '[]'::jsonb end`,
      // Taken online: given to the candidate (assigned), or started by them (responses kept).
      online: sql<boolean>`(${evaluations.responses} is not null
        or ${evaluations.status} = 'assigned')`,
      dueAt: evaluations.dueAt,
      submittedAt: evaluations.submittedAt,
    })
    .from(evaluations)
    .innerJoin(candidates, eq(candidates.id, evaluations.candidateId))
    .leftJoin(
      instruments,
      and(
        eq(instruments.key, evaluations.instrumentKey),
        eq(instruments.version, evaluations.instrumentVersion),
      ),
    )
    .where(
      and(
        visible,
        ne(evaluations.status, 'superseded'),
        juryGrids ? undefined : isNull(evaluations.juryCandidateId),
      ),
    )
    .orderBy(asc(evaluations.date), asc(evaluations.createdAt));
}

export type ListEvaluation = Awaited<ReturnType<typeof evaluationsOfList>>[number];

/** The jury sessions the visible candidates are placed in, their deliberation not signed. */
export function openSeatsOfList(db: Db, visible: SQL | undefined) {
  return db
    .select({
      candidateId: juryCandidates.candidateId,
      date: jurySessions.date,
      startTime: sql<
        string | null
      >`coalesce(${juryCandidates.slotStart}, ${jurySessions.startTime})`,
      place: jurySessions.place,
    })
    .from(juryCandidates)
    .innerJoin(jurySessions, eq(jurySessions.id, juryCandidates.sessionId))
    .innerJoin(candidates, eq(candidates.id, juryCandidates.candidateId))
    .where(and(visible, ne(juryCandidates.state, 'signed')))
    .orderBy(asc(jurySessions.date));
}
