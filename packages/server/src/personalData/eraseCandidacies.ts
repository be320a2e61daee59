// Erasing a person's candidacy files (issue 19 item 5), inside the caller's transaction: a file
// under a signed decision keeps its legal record — the decision, the minutes, the certificates
// and the identity they were made with — and loses the rest (contact, accommodations, comments,
// answers, booklets, documents); any other file is deleted with everything it holds.
import { candidacyAction, type ErasureCount, outcomeFor } from '@certeval/core';
import { eq, sql } from 'drizzle-orm';
import type { CandidateRow } from '../candidates/store.ts';
import type { Db } from '../platform/db/open.ts';
import {
  bookletEntries,
  candidates,
  certificates,
  evaluations,
  juryCandidates,
  juryMinutes,
  trainingPlans,
  vaeBooklets,
  vaeDocuments,
} from '../platform/db/schema.ts';
import { rowsOf } from './findPerson.ts';

export interface CandidacyErasure {
  counts: ErasureCount[];
  /** Records deleted: what the audit trail said of them goes with them. */
  deletedIds: string[];
  /** Records kept (without identity where the rules say so). */
  keptIds: string[];
}

const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

/** What every file loses, kept or not: its follow-up booklet, its VAE booklet, its plan. */
async function deleteBooklets(tx: Db, candidateId: string, under: boolean) {
  const plan = await tx
    .delete(trainingPlans)
    .where(eq(trainingPlans.candidateId, candidateId))
    .returning({ id: trainingPlans.candidateId });
  const followUp = await tx
    .delete(bookletEntries)
    .where(eq(bookletEntries.candidateId, candidateId))
    .returning({ id: bookletEntries.id });
  const documents = await tx
    .delete(vaeDocuments)
    .where(eq(vaeDocuments.candidateId, candidateId))
    .returning({ id: vaeDocuments.id });
  const booklet = await tx
    .delete(vaeBooklets)
    .where(eq(vaeBooklets.candidateId, candidateId))
    .returning({ id: vaeBooklets.candidateId });
  const counts: ErasureCount[] = [
    { kind: 'evaluations', outcome: 'erased', count: plan.length },
    { kind: 'follow_up', outcome: outcomeFor('follow_up', under), count: followUp.length },
    {
      kind: 'vae_booklet',
      outcome: outcomeFor('vae_booklet', under),
      count: documents.length + booklet.length,
    },
  ];
  return { counts, deletedIds: [...ids(followUp), ...ids(documents)] };
}

const contactCounts = (file: CandidateRow, under: boolean): ErasureCount[] => [
  {
    kind: 'candidate_contact',
    outcome: outcomeFor('candidate_contact', under),
    count: file.email || file.phone || file.job || file.userId ? 1 : 0,
  },
  {
    kind: 'accommodations',
    outcome: outcomeFor('accommodations', under),
    count: (file.accommodations as string[]).length > 0 ? 1 : 0,
  },
];

async function deleteFile(tx: Db, file: CandidateRow): Promise<CandidacyErasure> {
  const booklets = await deleteBooklets(tx, file.id, false);
  const evaluated = await tx
    .delete(evaluations)
    .where(eq(evaluations.candidateId, file.id))
    .returning({ id: evaluations.id });
  // A seat in a session whose deliberation was never signed: no decision to keep.
  const seats = await tx
    .delete(juryCandidates)
    .where(eq(juryCandidates.candidateId, file.id))
    .returning({ id: juryCandidates.id });
  await tx.delete(candidates).where(eq(candidates.id, file.id));
  return {
    counts: [
      ...booklets.counts,
      { kind: 'evaluations', outcome: 'erased', count: evaluated.length },
      { kind: 'jury_decision', outcome: 'erased', count: seats.length },
      { kind: 'candidate_identity', outcome: 'erased', count: 1 },
      ...contactCounts(file, false),
    ],
    deletedIds: [file.id, ...booklets.deletedIds, ...ids(evaluated), ...ids(seats)],
    keptIds: [],
  };
}

/** The evaluations stay for their results; their comments and free answers go. */
async function pseudonymiseEvaluations(tx: Db, candidateId: string) {
  const rows = await tx
    .select({ id: evaluations.id, items: evaluations.items })
    .from(evaluations)
    .where(eq(evaluations.candidateId, candidateId));
  for (const row of rows) {
    const items = (row.items as Array<Record<string, unknown>>).map(
      ({ comment: _comment, ...item }) => item,
    );
    await tx
      .update(evaluations)
      .set({ items, comment: null, responses: null, updatedAt: sql`now()` })
      .where(eq(evaluations.id, row.id));
  }
  return ids(rows);
}

async function keptRecords(tx: Db, candidateId: string) {
  const seats = await tx
    .select({ id: juryCandidates.id })
    .from(juryCandidates)
    .where(eq(juryCandidates.candidateId, candidateId));
  const issued = await tx
    .select({ id: certificates.id })
    .from(certificates)
    .where(eq(certificates.candidateId, candidateId));
  const minutes = await rowsOf<{ id: string }>(
    tx,
    sql`select distinct m.id from ${juryMinutes} m, jsonb_array_elements(m.minutes->'candidates') c
      where c->>'candidateId' = ${candidateId}`,
  );
  return { seats: ids(seats), issued: ids(issued), minutes: ids(minutes) };
}

async function keepLegalRecord(tx: Db, file: CandidateRow): Promise<CandidacyErasure> {
  const booklets = await deleteBooklets(tx, file.id, true);
  const evaluated = await pseudonymiseEvaluations(tx, file.id);
  await tx
    .update(candidates)
    .set({
      email: null,
      phone: null,
      job: null,
      accommodations: [],
      userId: null,
      revision: sql`${candidates.revision} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(candidates.id, file.id));
  const kept = await keptRecords(tx, file.id);
  return {
    counts: [
      ...booklets.counts,
      { kind: 'evaluations', outcome: 'pseudonymised', count: evaluated.length },
      { kind: 'candidate_identity', outcome: 'kept', count: 1 },
      ...contactCounts(file, true),
      { kind: 'jury_decision', outcome: 'kept', count: kept.seats.length },
      { kind: 'minutes', outcome: 'kept', count: kept.minutes.length },
      { kind: 'certificates', outcome: 'kept', count: kept.issued.length },
    ],
    deletedIds: booklets.deletedIds,
    keptIds: [file.id, ...evaluated, ...kept.seats, ...kept.issued],
  };
}

/** Erases each file as the retention rules say, given which are under a signed decision. */
export async function eraseCandidacies(
  tx: Db,
  files: readonly CandidateRow[],
  underSignedDecision: ReadonlySet<string>,
): Promise<CandidacyErasure> {
  const done: CandidacyErasure = { counts: [], deletedIds: [], keptIds: [] };
  for (const file of files) {
    const action = candidacyAction({
      candidateId: file.id,
      underSignedDecision: underSignedDecision.has(file.id),
    });
    const one = action === 'delete' ? await deleteFile(tx, file) : await keepLegalRecord(tx, file);
    done.counts.push(...one.counts);
    done.deletedIds.push(...one.deletedIds);
    done.keptIds.push(...one.keptIds);
  }
  return done;
}
