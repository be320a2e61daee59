// SQL of company projects, candidates, training plans and the follow-up booklet.
import type { FileDeliberation, Precondition } from '@certeval/core';
import {
  type AnyColumn,
  and,
  asc,
  desc,
  eq,
  inArray,
  ne,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import {
  bookletEntries,
  candidates,
  evaluations,
  juryCandidates,
  juryMembers,
  memberships,
  organisations,
  projects,
  trainingPlans,
  users,
  vaeBooklets,
} from '../platform/db/schema.ts';
import type { Actor } from '../platform/policy.ts';

export type ProjectRow = typeof projects.$inferSelect;
export type CandidateRow = typeof candidates.$inferSelect;

export async function findProject(db: Db, id: string) {
  const [row] = await db.select().from(projects).where(eq(projects.id, id));
  return row;
}

export function listProjects(db: Db, organisationIds: string[] | 'all') {
  if (organisationIds !== 'all' && organisationIds.length === 0) return Promise.resolve([]);
  const query = db
    .select({ project: projects, organisationName: organisations.name })
    .from(projects)
    .innerJoin(organisations, eq(organisations.id, projects.organisationId));
  return (
    organisationIds === 'all'
      ? query
      : query.where(inArray(projects.organisationId, organisationIds))
  ).orderBy(asc(organisations.name), asc(projects.title));
}

export async function insertProject(db: Db, values: typeof projects.$inferInsert) {
  const [row] = await db.insert(projects).values(values).returning();
  return row as ProjectRow;
}

/** Applies `changes` when the row is still at `revision`; false when someone saved first. */
export async function updateProject(
  db: Db,
  id: string,
  revision: number,
  changes: Partial<typeof projects.$inferInsert>,
) {
  const updated = await db
    .update(projects)
    .set({ ...changes, revision: revision + 1, updatedAt: new Date() })
    .where(and(eq(projects.id, id), eq(projects.revision, revision)))
    .returning({ revision: projects.revision });
  return updated[0]?.revision;
}

export async function findCandidate(db: Db, id: string) {
  const [row] = await db.select().from(candidates).where(eq(candidates.id, id));
  return row;
}

/** The members of the jury sessions a candidate sits before. */
export async function juryMembersOf(db: Db, candidateId: string) {
  const rows = await db
    .select({ userId: juryMembers.userId })
    .from(juryCandidates)
    .innerJoin(juryMembers, eq(juryMembers.sessionId, juryCandidates.sessionId))
    .where(eq(juryCandidates.candidateId, candidateId));
  return rows.map((r) => r.userId);
}

/**
 * A candidate's jury deliberations (core: FileDeliberation): whether each is signed and who
 * presides it (the deliberation's president once started, else the session's), as JSON, for
 * the queries that read a file or an evaluation with them.
 */
export const deliberationsJson = (candidateId: SQL | AnyColumn) => sql<
  FileDeliberation[]
>`coalesce((
  select json_agg(json_build_object(
    'juryCandidateId', jc.id,
    'signed', jc.state = 'signed',
    'presidentId', coalesce(jc.deliberation->'president'->>'personId',
      (select jm.user_id::text from ${juryMembers} jm
        where jm.session_id = jc.session_id and jm.presides = 1 limit 1))))
  from ${juryCandidates} jc where jc.candidate_id = ${candidateId}), '[]'::json)`;

export async function deliberationsOf(db: Db, candidateId: string): Promise<FileDeliberation[]> {
  const [row] = await db
    // The id as a parameter: a bare column would be read as the subquery's own `id`.
    .select({ all: deliberationsJson(sql`${candidateId}::uuid`) })
    .from(candidates)
    .where(eq(candidates.id, candidateId));
  return row?.all ?? [];
}

/**
 * The candidates an actor may see, as SQL: the policy's `candidate.read` relations (pilot's
 * company, own tutees and trainees, themself, candidates of their jury sessions who are
 * neither of their company nor tutored by them). Undefined for the certifier: every one.
 */
export function visibleCandidates(actor: Actor): SQL | undefined {
  const roles = new Set(actor.memberships.map((m) => m.role));
  if (roles.has('certifier_admin')) return undefined;
  const own = actor.memberships.map((m) => m.organisationId);
  const pilotOf = actor.memberships
    .filter((m) => m.role === 'company_pilot')
    .map((m) => m.organisationId);
  const conditions: SQL[] = [];
  if (pilotOf.length > 0) conditions.push(inArray(candidates.organisationId, pilotOf));
  if (roles.has('tutor')) conditions.push(eq(candidates.tutorId, actor.userId));
  if (roles.has('trainer')) conditions.push(eq(candidates.trainerId, actor.userId));
  if (roles.has('candidate')) conditions.push(eq(candidates.userId, actor.userId));
  if (roles.has('jury_member')) {
    const jury = and(
      sql`${candidates.id} in (select ${juryCandidates.candidateId} from ${juryCandidates}
        join ${juryMembers} on ${juryMembers.sessionId} = ${juryCandidates.sessionId}
        where ${juryMembers.userId} = ${actor.userId})`,
      or(sql`${candidates.tutorId} is null`, ne(candidates.tutorId, actor.userId)),
      own.length > 0 ? notInArray(candidates.organisationId, own) : undefined,
    );
    if (jury) conditions.push(jury);
  }
  return conditions.length === 0 ? sql`false` : or(...conditions);
}

const tutor = sql<
  string | null
>`(select display_name from users where users.id = ${candidates.tutorId})`;
const trainer = sql<
  string | null
>`(select display_name from users where users.id = ${candidates.trainerId})`;

export function listCandidates(db: Db, visible: SQL | undefined, projectId?: string) {
  const where = and(visible, projectId ? eq(candidates.projectId, projectId) : undefined);
  return db
    .select({
      candidate: candidates,
      organisationName: organisations.name,
      projectTitle: projects.title,
      certification: projects.certification,
      tutorName: tutor,
      trainerName: trainer,
    })
    .from(candidates)
    .innerJoin(organisations, eq(organisations.id, candidates.organisationId))
    .innerJoin(projects, eq(projects.id, candidates.projectId))
    .where(where)
    .orderBy(asc(candidates.birthName), asc(candidates.id));
}

export async function insertCandidate(db: Db, values: typeof candidates.$inferInsert) {
  const [row] = await db.insert(candidates).values(values).returning();
  return row as CandidateRow;
}

export async function updateCandidate(
  db: Db,
  id: string,
  revision: number,
  changes: Partial<typeof candidates.$inferInsert>,
) {
  const updated = await db
    .update(candidates)
    .set({ ...changes, revision: revision + 1, updatedAt: new Date() })
    .where(and(eq(candidates.id, id), eq(candidates.revision, revision)))
    .returning({ revision: candidates.revision });
  return updated[0]?.revision;
}

export async function findPlan(db: Db, candidateId: string) {
  const [row] = await db
    .select()
    .from(trainingPlans)
    .where(eq(trainingPlans.candidateId, candidateId));
  return row;
}

export async function insertPlan(db: Db, values: typeof trainingPlans.$inferInsert) {
  await db.insert(trainingPlans).values(values).onConflictDoNothing();
}

export async function updatePlan(
  db: Db,
  candidateId: string,
  revision: number,
  changes: Partial<typeof trainingPlans.$inferInsert>,
) {
  const updated = await db
    .update(trainingPlans)
    .set({ ...changes, revision: revision + 1, updatedAt: new Date() })
    .where(and(eq(trainingPlans.candidateId, candidateId), eq(trainingPlans.revision, revision)))
    .returning({ revision: trainingPlans.revision });
  return updated[0]?.revision;
}

export function listBookletEntries(db: Db, candidateId: string) {
  return db
    .select({ entry: bookletEntries, authorName: users.displayName })
    .from(bookletEntries)
    .leftJoin(users, eq(users.id, bookletEntries.authorId))
    .where(eq(bookletEntries.candidateId, candidateId))
    .orderBy(desc(bookletEntries.date), desc(bookletEntries.createdAt));
}

export async function insertBookletEntry(db: Db, values: typeof bookletEntries.$inferInsert) {
  const [row] = await db.insert(bookletEntries).values(values).returning();
  return row;
}

export async function findUser(db: Db, id: string) {
  const [row] = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

/** Whether a person holds a role: a tutor in the given company, a trainer anywhere. */
export async function personHoldsRole(
  db: Db,
  userId: string,
  role: 'tutor' | 'trainer',
  organisationId: string,
) {
  const rows = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.role, role),
        role === 'tutor' ? eq(memberships.organisationId, organisationId) : undefined,
      ),
    );
  return rows.length > 0;
}

const submitted = (candidateId: string) =>
  and(eq(evaluations.candidateId, candidateId), eq(evaluations.status, 'submitted'));

/** Why a file may not move yet, or undefined when its evaluations (or booklet) allow it. */
export async function missingPrecondition(
  db: Db,
  candidateId: string,
  requires: Precondition,
): Promise<{ fr: string; en: string } | undefined> {
  if (requires === 'vae_booklet_submitted') {
    const [booklet] = await db
      .select({ status: vaeBooklets.status })
      .from(vaeBooklets)
      .where(eq(vaeBooklets.candidateId, candidateId));
    return booklet?.status === 'submitted'
      ? undefined
      : {
          fr: 'Le candidat n’a pas encore envoyé son livret descriptif d’activité.',
          en: 'The candidate has not submitted their descriptive activity booklet yet.',
        };
  }
  const rows = await db
    .select({ kind: evaluations.kind, role: evaluations.evaluatorRole })
    .from(evaluations)
    .where(submitted(candidateId));
  if (requires === 'positioning_submitted')
    return rows.some((r) => r.kind === 'positioning')
      ? undefined
      : {
          fr: 'Le positionnement n’est pas encore validé.',
          en: 'The positioning is not submitted yet.',
        };
  const missing = (['tutor', 'trainer'] as const).filter(
    (role) => !rows.some((r) => r.kind === 'final' && r.role === role),
  );
  if (missing.length === 0) return undefined;
  const fr = { tutor: 'du tuteur', trainer: 'du formateur' };
  const en = { tutor: "the tutor's", trainer: "the trainer's" };
  return {
    fr: `Il manque l’évaluation finale ${missing.map((r) => fr[r]).join(' et ')}.`,
    en: `Missing ${missing.map((r) => en[r]).join(' and ')} final evaluation.`,
  };
}

/** The company's tutors, and every trainer: whom a pilot may assign to a candidate. */
export async function assignablePeople(db: Db, organisationId: string) {
  const rows = await db
    .selectDistinct({
      id: users.id,
      displayName: users.displayName,
      email: users.email,
      role: memberships.role,
      organisationName: organisations.name,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      or(
        and(eq(memberships.role, 'tutor'), eq(memberships.organisationId, organisationId)),
        eq(memberships.role, 'trainer'),
      ),
    )
    .orderBy(asc(users.displayName));
  return {
    tutors: rows.filter((r) => r.role === 'tutor'),
    trainers: rows.filter((r) => r.role === 'trainer'),
  };
}
