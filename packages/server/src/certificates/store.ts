// SQL of certificates: the certifiers' signing keys, the documents issued with their signed
// credentials, the status lists their revocations and suspensions are published in. What they
// read of the jury's signed decisions is in signedDecisions.ts.
import type { StatusPurpose } from '@certeval/core';
import { and, asc, desc, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import {
  candidates,
  certificates,
  issuerKeys,
  juryCandidates,
  statusLists,
} from '../platform/db/schema.ts';

export type IssuerKeyRow = typeof issuerKeys.$inferSelect;
export type CertificateRow = typeof certificates.$inferSelect;
export type StatusListRow = typeof statusLists.$inferSelect;

// --- Signing keys -------------------------------------------------------------------------

export function issuerKeysOf(db: Db, organisationId: string) {
  return db
    .select()
    .from(issuerKeys)
    .where(eq(issuerKeys.organisationId, organisationId))
    .orderBy(asc(issuerKeys.createdAt));
}

/** Every key whose verification method belongs to `issuerId` (`<issuer id>#<key>`). */
export function issuerKeysOfIssuer(db: Db, issuerId: string) {
  const escaped = issuerId.replace(/[\\%_]/g, (c) => `\\${c}`);
  return db
    .select()
    .from(issuerKeys)
    .where(like(issuerKeys.verificationMethod, `${escaped}#%`));
}

export async function insertIssuerKey(db: Db, values: typeof issuerKeys.$inferInsert) {
  const [row] = await db.insert(issuerKeys).values(values).returning();
  if (!row) throw new Error('insert into issuer_keys returned no row');
  return row;
}

export function retireActiveKeys(db: Db, organisationId: string, at: Date) {
  return db
    .update(issuerKeys)
    .set({ status: 'retired', retiredAt: at })
    .where(and(eq(issuerKeys.organisationId, organisationId), eq(issuerKeys.status, 'active')));
}

/** Serialises key creation and numbering for one certifier inside a transaction. */
export async function lockCertifier(db: Db, organisationId: string) {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`certificates:${organisationId}`}))`,
  );
}

// --- Documents ----------------------------------------------------------------------------

export async function insertCertificates(db: Db, rows: Array<typeof certificates.$inferInsert>) {
  if (rows.length === 0) return [];
  return db.insert(certificates).values(rows).returning({
    id: certificates.id,
    number: certificates.number,
    juryCandidateId: certificates.juryCandidateId,
  });
}

export async function certificateByNumber(db: Db, number: string) {
  const [row] = await db.select().from(certificates).where(eq(certificates.number, number));
  return row;
}

export async function certificateById(db: Db, id: string) {
  const [row] = await db.select().from(certificates).where(eq(certificates.id, id));
  return row;
}

/** The highest number issued with `prefix`; numbers are zero-padded, so text order is theirs. */
export async function lastNumber(db: Db, prefix: string): Promise<string | undefined> {
  const [row] = await db
    .select({ number: certificates.number })
    .from(certificates)
    .where(like(certificates.number, `${prefix}%`))
    .orderBy(desc(certificates.number))
    .limit(1);
  return row?.number;
}

const summaryColumns = {
  id: certificates.id,
  number: certificates.number,
  kind: certificates.kind,
  organisationId: certificates.organisationId,
  candidateId: certificates.candidateId,
  juryCandidateId: certificates.juryCandidateId,
  certification: certificates.certification,
  decisionDate: certificates.decisionDate,
  validUntil: certificates.validUntil,
  data: certificates.data,
  revokedAt: certificates.revokedAt,
  revocationReason: certificates.revocationReason,
  suspendedAt: certificates.suspendedAt,
  suspensionReason: certificates.suspensionReason,
  issuedAt: certificates.issuedAt,
  sessionId: juryCandidates.sessionId,
  holderUserId: candidates.userId,
};

export type CertificateSummaryRow = Awaited<ReturnType<typeof listCertificates>>[number];

export function listCertificates(
  db: Db,
  filter: { organisationIds: string[] | 'all'; sessionId?: string; holderUserId?: string },
) {
  const conditions = [
    filter.organisationIds === 'all'
      ? undefined
      : inArray(certificates.organisationId, filter.organisationIds),
    filter.sessionId ? eq(juryCandidates.sessionId, filter.sessionId) : undefined,
    filter.holderUserId ? eq(candidates.userId, filter.holderUserId) : undefined,
  ];
  return db
    .select(summaryColumns)
    .from(certificates)
    .innerJoin(candidates, eq(candidates.id, certificates.candidateId))
    .leftJoin(juryCandidates, eq(juryCandidates.id, certificates.juryCandidateId))
    .where(and(...conditions))
    .orderBy(desc(certificates.issuedAt), desc(certificates.number));
}

export async function holderUserIdOf(db: Db, candidateId: string) {
  const [row] = await db
    .select({ userId: candidates.userId })
    .from(candidates)
    .where(eq(candidates.id, candidateId));
  return row?.userId ?? null;
}

export function markRevoked(db: Db, id: string, reason: string, at: Date) {
  return db
    .update(certificates)
    .set({ revokedAt: at, revocationReason: reason })
    .where(and(eq(certificates.id, id), isNull(certificates.revokedAt)))
    .returning({ id: certificates.id });
}

/** The revocation reason of a credential id we issued, for the verifier's status check. */
export async function revocationByCredentialId(db: Db, credentialId: string) {
  // Our credentials' id is their verification page, which ends with their number (indexed).
  const number = decodeURIComponent(credentialId.split('/').at(-1) ?? '');
  const [row] = await db
    .select({ reason: certificates.revocationReason, revokedAt: certificates.revokedAt })
    .from(certificates)
    .where(
      and(
        eq(certificates.number, number),
        sql`${certificates.credential}->>'id' = ${credentialId}`,
      ),
    )
    .limit(1);
  return row;
}

// --- Status lists -------------------------------------------------------------------------

/** A list of the certifier for `purpose` with room for `room` more documents. */
export async function openStatusList(
  db: Db,
  organisationId: string,
  room: number,
  purpose: StatusPurpose,
) {
  const [row] = await db
    .select()
    .from(statusLists)
    .where(
      and(
        eq(statusLists.organisationId, organisationId),
        eq(statusLists.purpose, purpose),
        sql`${statusLists.nextIndex} + ${room} <= ${statusLists.size}`,
      ),
    )
    .orderBy(asc(statusLists.nextIndex))
    .limit(1);
  return row;
}

export async function insertStatusList(db: Db, values: typeof statusLists.$inferInsert) {
  const [row] = await db.insert(statusLists).values(values).returning();
  if (!row) throw new Error('insert into status_lists returned no row');
  return row;
}

/** Takes `count` consecutive indexes of a list; the first one, or undefined when full. */
export async function reserveIndexes(db: Db, listId: string, count: number) {
  const [row] = await db
    .update(statusLists)
    .set({ nextIndex: sql`${statusLists.nextIndex} + ${count}` })
    .where(
      and(
        eq(statusLists.id, listId),
        sql`${statusLists.nextIndex} + ${count} <= ${statusLists.size}`,
      ),
    )
    .returning({ nextIndex: statusLists.nextIndex });
  return row ? row.nextIndex - count : undefined;
}

export async function statusListById(db: Db, id: string) {
  const [row] = await db.select().from(statusLists).where(eq(statusLists.id, id));
  return row;
}

/** Sets or clears a bit of a list; its revision goes up, so that it is published again. */
export function setStatusBit(db: Db, listId: string, index: number, value: boolean, at: Date) {
  const others = sql`(select coalesce(jsonb_agg(v), '[]'::jsonb)
    from jsonb_array_elements(${statusLists.setIndexes}) v where v <> to_jsonb(${index}::int))`;
  return db
    .update(statusLists)
    .set({
      setIndexes: value ? sql`${others} || to_jsonb(${index}::int)` : others,
      revision: sql`${statusLists.revision} + 1`,
      updatedAt: at,
    })
    .where(eq(statusLists.id, listId));
}

// --- Documents following their decision (issue 14) ------------------------------------------

/** The documents issued from a deliberation and not revoked, suspended or not. */
export function documentsInForceOf(db: Db, juryCandidateId: string) {
  return db
    .select()
    .from(certificates)
    .where(and(eq(certificates.juryCandidateId, juryCandidateId), isNull(certificates.revokedAt)))
    .orderBy(asc(certificates.number));
}

/** Records a document suspended with its reason, or lifts its suspension (`at` null). */
export function setSuspension(db: Db, id: string, at: Date | null, reason: string | null) {
  return db
    .update(certificates)
    .set({ suspendedAt: at, suspensionReason: reason })
    .where(eq(certificates.id, id));
}
