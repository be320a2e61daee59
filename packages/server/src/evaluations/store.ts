// SQL of evaluations and their history.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../platform/db/open.ts';
import { preparedFor } from '../platform/db/prepared.ts';
import {
  auditEvents,
  candidates,
  evaluations,
  juryCandidates,
  juryMembers,
  users,
} from '../platform/db/schema.ts';

export type EvaluationRow = typeof evaluations.$inferSelect;

export async function insertEvaluation(db: Db, values: typeof evaluations.$inferInsert) {
  const [row] = await db.insert(evaluations).values(values).returning();
  return row as EvaluationRow;
}

export async function findEvaluation(db: Db, id: string) {
  const [row] = await db.select().from(evaluations).where(eq(evaluations.id, id));
  return row;
}

const withCandidate = preparedFor((db) =>
  db
    .select({
      evaluation: evaluations,
      candidate: candidates,
      // The members of the jury sessions the candidate sits before (the policy's jury relation).
      juryMemberIds: sql<string[]>`coalesce((
        select json_agg(jm.user_id)
        from ${juryCandidates} jc join ${juryMembers} jm on jm.session_id = jc.session_id
        where jc.candidate_id = ${candidates.id}), '[]'::json)`,
    })
    .from(evaluations)
    .innerJoin(candidates, eq(candidates.id, evaluations.candidateId))
    .where(eq(evaluations.id, sql.placeholder('id')))
    .prepare('evaluation_with_candidate'),
);

/** An evaluation with its candidate and the candidate's jury members, in one query. */
export async function findEvaluationWithCandidate(db: Db, id: string) {
  const [row] = await withCandidate(db).execute({ id });
  return row;
}

export function evaluationsOf(db: Db, candidateId: string) {
  return db
    .select()
    .from(evaluations)
    .where(eq(evaluations.candidateId, candidateId))
    .orderBy(asc(evaluations.date), asc(evaluations.createdAt));
}

/**
 * Applies `changes` when the row is still at `revision` and in one of `statuses`; returns the
 * new revision, or undefined when someone saved first or the evaluation moved on.
 */
export async function updateEvaluation(
  db: Db,
  id: string,
  revision: number,
  changes: Partial<typeof evaluations.$inferInsert>,
) {
  const [row] = await db
    .update(evaluations)
    .set({ ...changes, revision: revision + 1, updatedAt: new Date() })
    .where(and(eq(evaluations.id, id), eq(evaluations.revision, revision)))
    .returning({ revision: evaluations.revision, updatedAt: evaluations.updatedAt });
  return row;
}

/**
 * Saves a draft still at `revision` and, when something changed, its audit event, in one
 * statement: both or neither, in one round trip (a grid is saved every few seconds while it
 * is filled). Returns the new revision, or undefined when someone saved first.
 */
export async function saveDraft(
  database: Database,
  save: {
    id: string;
    revision: number;
    items: unknown[];
    comment: string | null;
    date: string | undefined;
    audit: { actorId: string; data: object } | undefined;
  },
) {
  const [row] = await database.query<{ revision: number; updated_at: Date }>(
    `with saved as (
       update evaluations
          set items = $3::jsonb, comment = $4, date = coalesce($5, date),
              revision = revision + 1, updated_at = $6
        where id = $1 and revision = $2
       returning revision, updated_at),
     audited as (
       insert into audit_events (actor_id, action, subject_type, subject_id, data)
       select $7, 'evaluation.save', 'evaluation', $8, $9::jsonb from saved where $9 is not null)
     select revision, updated_at from saved`,
    [
      save.id,
      save.revision,
      JSON.stringify(save.items),
      save.comment,
      save.date ?? null,
      new Date().toISOString(),
      save.audit?.actorId ?? null,
      save.id,
      save.audit ? JSON.stringify(save.audit.data) : null,
    ],
    'evaluation_save_draft',
  );
  return row && { revision: row.revision, updatedAt: new Date(row.updated_at) };
}

export function historyOf(db: Db, id: string) {
  return db
    .select({
      at: auditEvents.at,
      action: auditEvents.action,
      data: auditEvents.data,
      actorName: users.displayName,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.subjectType, 'evaluation'), eq(auditEvents.subjectId, id)))
    .orderBy(desc(auditEvents.id));
}
