// SQL of VAE booklets and their technical documents.
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import { vaeBooklets, vaeDocuments } from '../platform/db/schema.ts';

export type BookletRow = typeof vaeBooklets.$inferSelect;

export async function findBooklet(db: Db, candidateId: string) {
  const [row] = await db.select().from(vaeBooklets).where(eq(vaeBooklets.candidateId, candidateId));
  return row;
}

/** The first save creates the booklet; undefined when another save created it first. */
export async function insertBooklet(db: Db, values: typeof vaeBooklets.$inferInsert) {
  const [row] = await db
    .insert(vaeBooklets)
    .values(values)
    .onConflictDoNothing()
    .returning({ revision: vaeBooklets.revision, updatedAt: vaeBooklets.updatedAt });
  return row;
}

/** Applies `changes` when the booklet is still at `revision`; undefined when someone saved first. */
export async function updateBooklet(
  db: Db,
  candidateId: string,
  revision: number,
  changes: Partial<typeof vaeBooklets.$inferInsert>,
) {
  const [row] = await db
    .update(vaeBooklets)
    .set({ ...changes, revision: revision + 1, updatedAt: new Date() })
    .where(and(eq(vaeBooklets.candidateId, candidateId), eq(vaeBooklets.revision, revision)))
    .returning({ revision: vaeBooklets.revision, updatedAt: vaeBooklets.updatedAt });
  return row;
}

const summary = {
  id: vaeDocuments.id,
  sectionId: vaeDocuments.sectionId,
  fileName: vaeDocuments.fileName,
  contentType: vaeDocuments.contentType,
  size: vaeDocuments.size,
  createdAt: vaeDocuments.createdAt,
};

/** The documents of a booklet without their bytes, in the order they were attached. */
export function listDocuments(db: Db, candidateId: string) {
  return db
    .select(summary)
    .from(vaeDocuments)
    .where(eq(vaeDocuments.candidateId, candidateId))
    .orderBy(asc(vaeDocuments.createdAt), asc(vaeDocuments.fileName));
}

export async function countDocuments(db: Db, candidateId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(vaeDocuments)
    .where(eq(vaeDocuments.candidateId, candidateId));
  return row?.n ?? 0;
}

export async function findDocument(db: Db, candidateId: string, id: string) {
  const [row] = await db
    .select()
    .from(vaeDocuments)
    .where(and(eq(vaeDocuments.id, id), eq(vaeDocuments.candidateId, candidateId)));
  return row;
}

export async function insertDocument(db: Db, values: typeof vaeDocuments.$inferInsert) {
  const [row] = await db.insert(vaeDocuments).values(values).returning(summary);
  if (!row) throw new Error('document not stored');
  return row;
}

export async function deleteDocument(db: Db, candidateId: string, id: string) {
  const rows = await db
    .delete(vaeDocuments)
    .where(and(eq(vaeDocuments.id, id), eq(vaeDocuments.candidateId, candidateId)))
    .returning({ id: vaeDocuments.id });
  return rows.length > 0;
}
