// SQL of what certificates read of the jury's work: the sessions with signed decisions, a
// session's signed decisions (only what a document needs of each), and the figures of the
// certifier's statistics. The jury's tables are written by packages/server/src/jury.
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../platform/db/open.ts';
import {
  candidates,
  certificates,
  certifications,
  juryCandidates,
  jurySessions,
  organisations,
  statisticsDecisions,
  statisticsDocuments,
} from '../platform/db/schema.ts';

/** The state of a jury candidate once the president signed (jury/deliberationState.ts). */
export const SIGNED = 'signed';

// --- What issuing reads of the jury ---------------------------------------------------------

export async function sessionById(db: Db, id: string) {
  const [row] = await db.select().from(jurySessions).where(eq(jurySessions.id, id));
  return row;
}

/** The sessions of these certifiers with signed decisions, and how many documents each has. */
export function sessionsWithSignedDecisions(db: Db, certifierIds: string[] | 'all') {
  const issued = db
    .select({
      juryCandidateId: certificates.juryCandidateId,
      documents: count().as('documents'),
    })
    .from(certificates)
    .where(isNull(certificates.revokedAt))
    .groupBy(certificates.juryCandidateId)
    .as('issued');
  return db
    .select({
      id: jurySessions.id,
      certifierId: jurySessions.certifierId,
      certification: jurySessions.certification,
      referentialVersion: jurySessions.referentialVersion,
      date: jurySessions.date,
      place: jurySessions.place,
      signed: count(juryCandidates.id),
      issued: count(issued.juryCandidateId),
    })
    .from(jurySessions)
    .innerJoin(
      juryCandidates,
      and(eq(juryCandidates.sessionId, jurySessions.id), eq(juryCandidates.state, SIGNED)),
    )
    .leftJoin(issued, eq(issued.juryCandidateId, juryCandidates.id))
    .where(certifierIds === 'all' ? undefined : inArray(jurySessions.certifierId, certifierIds))
    .groupBy(jurySessions.id)
    .orderBy(desc(jurySessions.date));
}

export type SignedCandidateRow = Awaited<ReturnType<typeof signedCandidatesOf>>[number];

// A signed decision is ~15 KB of explanations; a document needs ~0.5 KB of it (core's
// DecisionSummary): a session of thousands reads only that. `blocs` only when the decision has
// them (a rule set with a `blocs` section), each bloc's validUntil only when it has one.
const decisionSummary = sql<unknown>`case when ${juryCandidates.decision} is null then null else jsonb_build_object(
  'status', ${juryCandidates.decision}->'status',
  'ruleSet', ${juryCandidates.decision}->'ruleSet',
  'overall', jsonb_build_object('passed', ${juryCandidates.decision}->'overall'->'passed'),
  'grid', jsonb_build_object(
    'units', ${juryCandidates.decision}->'grid'->'units',
    'means', ${juryCandidates.decision}->'grid'->'means'),
  'units', coalesce((select jsonb_agg(jsonb_build_object(
      'unit', u->'unit', 'label', u->'label', 'passed', u->'passed') order by n)
    from jsonb_array_elements(${juryCandidates.decision}->'units') with ordinality as e(u, n)), '[]'::jsonb)
) || case when jsonb_typeof(${juryCandidates.decision}->'blocs') = 'array' then jsonb_build_object(
  'blocs', coalesce((select jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
      'bloc', b->'bloc', 'label', b->'label', 'acquired', b->'acquired',
      'validUntil', b->'validUntil')) order by n)
    from jsonb_array_elements(${juryCandidates.decision}->'blocs') with ordinality as e(b, n)), '[]'::jsonb)
) else '{}'::jsonb end end`;

/** The signed decisions of a session with the identity of each candidate and their company. */
export function signedCandidatesOf(db: Db, sessionId: string) {
  return db
    .select({
      juryCandidateId: juryCandidates.id,
      decision: decisionSummary,
      signedAt: juryCandidates.signedAt,
      candidateId: candidates.id,
      holderUserId: candidates.userId,
      holderEmail: candidates.email,
      birthName: candidates.birthName,
      usageName: candidates.usageName,
      firstNames: candidates.firstNames,
      birthDate: candidates.birthDate,
      birthPlace: candidates.birthPlace,
      companyId: candidates.organisationId,
      company: organisations.name,
    })
    .from(juryCandidates)
    .innerJoin(candidates, eq(candidates.id, juryCandidates.candidateId))
    .innerJoin(organisations, eq(organisations.id, candidates.organisationId))
    .where(and(eq(juryCandidates.sessionId, sessionId), eq(juryCandidates.state, SIGNED)))
    .orderBy(asc(candidates.birthName), asc(candidates.id));
}

/** The jury candidates among `ids` that already have a document in force. */
export async function alreadyIssued(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: certificates.juryCandidateId })
    .from(certificates)
    .where(and(inArray(certificates.juryCandidateId, ids), isNull(certificates.revokedAt)));
  return new Set(rows.flatMap((row) => (row.id ? [row.id] : [])));
}

export async function organisationName(db: Db, id: string) {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row?.name;
}

// --- Statistics ---------------------------------------------------------------------------
// Read from the counts the database keeps (migration 0021), never from the documents and
// decisions themselves: a few thousand rows whatever their number.

const within = (column: AnyPgColumn, ids: string[] | 'all') =>
  ids === 'all' ? undefined : inArray(column, ids);

export function documentCounts(db: Db, certifierIds: string[] | 'all') {
  const documents = sql<number>`sum(${statisticsDocuments.documents})::integer`;
  return db
    .select({
      kind: statisticsDocuments.kind,
      certification: statisticsDocuments.certification,
      year: statisticsDocuments.year,
      revoked: statisticsDocuments.revoked,
      company: organisations.name,
      count: documents,
    })
    .from(statisticsDocuments)
    .innerJoin(organisations, eq(organisations.id, statisticsDocuments.companyId))
    .where(within(statisticsDocuments.certifierId, certifierIds))
    .groupBy(
      statisticsDocuments.kind,
      statisticsDocuments.certification,
      statisticsDocuments.year,
      statisticsDocuments.revoked,
      organisations.id,
    )
    .having(sql`${documents} <> 0`);
}

export function decisionCounts(db: Db, certifierIds: string[] | 'all') {
  const decisions = sql<number>`sum(${statisticsDecisions.decisions})::integer`;
  return db
    .select({
      certification: statisticsDecisions.certification,
      unit: statisticsDecisions.unit,
      label: statisticsDecisions.label,
      passed: statisticsDecisions.passed,
      bucket: statisticsDecisions.bucket,
      count: decisions,
    })
    .from(statisticsDecisions)
    .where(within(statisticsDecisions.certifierId, certifierIds))
    .groupBy(
      statisticsDecisions.certification,
      statisticsDecisions.unit,
      statisticsDecisions.label,
      statisticsDecisions.passed,
      statisticsDecisions.bucket,
    )
    .having(sql`${decisions} <> 0`);
}

/** The title of each certification, by its slug. */
export async function certificationTitles(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .select({ slug: certifications.slug, title: certifications.title })
    .from(certifications);
  return new Map(rows.map((row) => [row.slug, row.title ?? row.slug]));
}
