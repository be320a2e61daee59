// SQL of instruments.
import type { Instrument } from '@certeval/core';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import { instruments } from '../platform/db/schema.ts';

export type InstrumentRow = typeof instruments.$inferSelect;

export async function findInstrument(db: Db, key: string, version: string) {
  const [row] = await db
    .select()
    .from(instruments)
    .where(and(eq(instruments.key, key), eq(instruments.version, version)));
  return row;
}

export function listInstruments(db: Db, certification?: string) {
  const query = db
    .select({
      key: instruments.key,
      version: instruments.version,
      kind: instruments.kind,
      status: instruments.status,
      title: instruments.title,
      certification: instruments.certification,
      referentialVersion: instruments.referentialVersion,
      revision: instruments.revision,
    })
    .from(instruments);
  return (
    certification ? query.where(eq(instruments.certification, certification)) : query
  ).orderBy(asc(instruments.certification), asc(instruments.key), asc(instruments.version));
}

export function instrumentsOfVersion(db: Db, certification: string, referentialVersion: string) {
  return db
    .select()
    .from(instruments)
    .where(
      and(
        eq(instruments.certification, certification),
        eq(instruments.referentialVersion, referentialVersion),
      ),
    )
    .orderBy(asc(instruments.key));
}

export async function insertInstrument(db: Db, instrument: Instrument) {
  const binding = instrument.binding as { certification?: string; version?: string };
  await db.insert(instruments).values({
    key: instrument.id,
    version: instrument.version,
    kind: instrument.kind,
    status: instrument.status,
    title: instrument.title,
    certification: binding.certification ?? null,
    referentialVersion: binding.version ?? null,
    document: instrument,
  });
}

export async function replaceDraft(db: Db, row: InstrumentRow, instrument: Instrument) {
  const updated = await db
    .update(instruments)
    .set({
      document: instrument,
      status: instrument.status,
      title: instrument.title,
      revision: row.revision + 1,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(instruments.id, row.id),
        eq(instruments.revision, row.revision),
        eq(instruments.status, 'draft'),
      ),
    )
    .returning({ id: instruments.id });
  return updated.length > 0;
}
