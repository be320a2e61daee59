// The RNCP imports started through the API and their progress (rncp_imports), shared by every
// server instance on the database (issue 19, item 1).
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/open.ts';
import { rncpImports } from '../../platform/db/schema.ts';

export type RncpImportRow = typeof rncpImports.$inferSelect;

export async function findImport(db: Db, id: string): Promise<RncpImportRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db.select().from(rncpImports).where(eq(rncpImports.id, id));
  return row;
}

/** The imports still marked running, in the transaction that takes the import lock. */
export async function runningImports(tx: Db): Promise<RncpImportRow[]> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('rncp-import'))`);
  return tx.select().from(rncpImports).where(eq(rncpImports.status, 'running'));
}

export async function insertImport(db: Db, values: typeof rncpImports.$inferInsert) {
  const [row] = await db.insert(rncpImports).values(values).returning();
  if (!row) throw new Error('no RNCP import inserted');
  return row;
}

export async function updateImport(
  db: Db,
  id: string,
  values: Partial<typeof rncpImports.$inferInsert>,
): Promise<void> {
  await db.update(rncpImports).set(values).where(eq(rncpImports.id, id));
}

/** Marks a running import failed, unless it ended meanwhile. */
export async function failRunning(
  db: Db,
  id: string,
  values: Pick<RncpImportRow, 'error' | 'finishedAt'>,
): Promise<void> {
  await db
    .update(rncpImports)
    .set({ ...values, status: 'failed' })
    .where(and(eq(rncpImports.id, id), eq(rncpImports.status, 'running')));
}

export async function deleteImport(db: Db, id: string): Promise<void> {
  await db.delete(rncpImports).where(eq(rncpImports.id, id));
}

/** Forgets the imports that ended before `before`. */
export async function forgetEnded(db: Db, before: Date): Promise<void> {
  await db.delete(rncpImports).where(lt(rncpImports.finishedAt, before));
}
