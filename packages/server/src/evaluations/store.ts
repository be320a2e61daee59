// SQL of evaluations and their history.
import { and, asc, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import { deliberationsJson } from '../candidates/store.ts';
import { batcher, batcherFor } from '../platform/db/batch.ts';
import type { Database, Db } from '../platform/db/open.ts';
import { preparedFor } from '../platform/db/prepared.ts';
import {
  auditEvents,
  candidates,
  evaluations,
  instruments,
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
      deliberations: deliberationsJson(candidates.id),
    })
    .from(evaluations)
    .innerJoin(candidates, eq(candidates.id, evaluations.candidateId))
    .where(sql`${evaluations.id} = any(${sql.placeholder('ids')}::uuid[])`)
    .prepare('evaluations_with_candidate'),
);

type WithCandidate = Awaited<ReturnType<ReturnType<typeof withCandidate>['execute']>>[number];

/** The requests of one turn ask for their evaluations together (platform/db/batch.ts). */
const withCandidateBatcher = batcherFor((db: Db) =>
  batcher<string, WithCandidate | undefined>(
    async (ids) => {
      const rows = await withCandidate(db).execute({ ids });
      const byId = new Map(rows.map((row) => [row.evaluation.id, row]));
      return ids.map((id) => byId.get(id));
    },
    { key: (id) => id, sameKey: 'share' },
  ),
);

/** An evaluation with its candidate and the candidate's jury members, in one query. */
export function findEvaluationWithCandidate(db: Db, id: string) {
  return withCandidateBatcher(db)(id);
}

/** A candidate's evaluations, each with its instrument's title (people read titles, not keys). */
export function evaluationsOf(db: Db, candidateId: string) {
  return db
    .select({ ...getTableColumns(evaluations), instrumentTitle: instruments.title })
    .from(evaluations)
    .leftJoin(
      instruments,
      and(
        eq(instruments.key, evaluations.instrumentKey),
        eq(instruments.version, evaluations.instrumentVersion),
      ),
    )
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

export interface DraftSave {
  id: string;
  revision: number;
  items: unknown[];
  comment: string | null;
  date: string | undefined;
  audit: { actorId: string; data: object } | undefined;
}

/**
 * Saves drafts still at their revision and, for each where something changed, its audit
 * event, in one statement: each save and its event both or neither, every save of the batch
 * in one round trip (a grid is saved every few seconds while it is filled, by every tutor,
 * trainer and jury member at once). Returns, per save, the new revision, or undefined when
 * someone saved first.
 */
async function saveDrafts(database: Database, saves: readonly DraftSave[]) {
  const rows = await database.query<{ id: string; revision: number; updated_at: Date }>(
    `with input as (
       select * from jsonb_to_recordset($1::jsonb)
         as t(id uuid, revision integer, items jsonb, comment text, date text,
              actor uuid, audit jsonb)),
     saved as (
       update evaluations e
          set items = i.items, comment = i.comment, date = coalesce(i.date, e.date),
              revision = e.revision + 1, updated_at = $2
         from input i
        where e.id = i.id and e.revision = i.revision
       returning e.id, e.revision, e.updated_at),
     audited as (
       insert into audit_events (actor_id, action, subject_type, subject_id, data)
       select i.actor, 'evaluation.save', 'evaluation', i.id::text, i.audit
         from input i join saved s on s.id = i.id
        where i.audit is not null)
     select id, revision, updated_at from saved`,
    [
      JSON.stringify(
        saves.map((save) => ({
          id: save.id,
          revision: save.revision,
          items: save.items,
          comment: save.comment,
          date: save.date ?? null,
          actor: save.audit?.actorId ?? null,
          audit: save.audit?.data ?? null,
        })),
      ),
      new Date().toISOString(),
    ],
    'evaluation_save_drafts',
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return saves.map((save) => {
    const row = byId.get(save.id);
    return row && { revision: row.revision, updatedAt: new Date(row.updated_at) };
  });
}

/** The saves of one turn share one statement (platform/db/batch.ts); two of one grid never. */
const draftBatcher = batcherFor((database: Database) =>
  batcher((saves: readonly DraftSave[]) => saveDrafts(database, saves), {
    key: (save) => save.id,
    sameKey: 'serialize',
  }),
);

/** Saves a draft still at `revision`; undefined when someone saved first. */
export function saveDraft(database: Database, save: DraftSave) {
  return draftBatcher(database)(save);
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
