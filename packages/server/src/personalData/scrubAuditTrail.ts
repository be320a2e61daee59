// The audit trail of an erased person (issue 19 item 5): every row stays — who did what, when,
// on which record — but what it recorded of a deleted record goes with the record, and the
// person's identity values are replaced in what it recorded of the others.
import { type ErasureCount, scrubIdentity } from '@certeval/core';
import { eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import { auditEvents } from '../platform/db/schema.ts';

export interface AuditScope {
  /** Records deleted by the erasure. */
  deletedIds: readonly string[];
  /** Records of the person kept (a file's legal record, the account kept as an identifier). */
  keptIds: readonly string[];
  actorId: string | null;
  emails: readonly string[];
  identity: readonly string[];
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function scrubAuditTrail(tx: Db, scope: AuditScope): Promise<ErasureCount> {
  const subjects = [...scope.deletedIds, ...scope.keptIds];
  const where = or(
    subjects.length > 0 ? inArray(auditEvents.subjectId, subjects) : undefined,
    scope.actorId ? eq(auditEvents.actorId, scope.actorId) : undefined,
    ...scope.emails.map((email) => sql`${auditEvents.data}::text ilike ${`%${email}%`}`),
  );
  if (!where) return { kind: 'audit_trail', outcome: 'pseudonymised', count: 0 };
  const rows = await tx
    .select({ id: auditEvents.id, subjectId: auditEvents.subjectId, data: auditEvents.data })
    .from(auditEvents)
    .where(where);
  const deleted = new Set(scope.deletedIds);
  let changed = 0;
  for (const row of rows) {
    const data = deleted.has(row.subjectId) ? {} : scrubIdentity(row.data, scope.identity);
    if (sameJson(data, row.data)) continue;
    await tx.update(auditEvents).set({ data }).where(eq(auditEvents.id, row.id));
    changed += 1;
  }
  return { kind: 'audit_trail', outcome: 'pseudonymised', count: changed };
}
