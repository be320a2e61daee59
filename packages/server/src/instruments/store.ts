// SQL of instruments.
import type { Instrument } from '@certeval/core';
import { and, asc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import { instruments } from '../platform/db/schema.ts';

export type InstrumentRow = typeof instruments.$inferSelect;

/** Where a new row belongs beyond its document: the company, the variant, its origin. */
export interface Ownership {
  organisationId?: string | null;
  variantId?: string | null;
  derivedFrom?: string | null;
  /** The national version under a variant binding (the document names only the variant). */
  certification?: string | null;
  referentialVersion?: string | null;
}

export async function findInstrument(db: Db, key: string, version: string) {
  const [row] = await db
    .select()
    .from(instruments)
    .where(and(eq(instruments.key, key), eq(instruments.version, version)));
  return row;
}

export function versionsOf(db: Db, key: string) {
  return db
    .select({ version: instruments.version })
    .from(instruments)
    .where(eq(instruments.key, key));
}

export async function keyExists(db: Db, key: string) {
  const [row] = await db
    .select({ id: instruments.id })
    .from(instruments)
    .where(eq(instruments.key, key))
    .limit(1);
  return row !== undefined;
}

export interface ListFilter {
  certification?: string;
  /** Only this company's instruments; `null`: only the national ones. */
  organisation?: string | null;
  /** The companies whose instruments the person may see besides the national ones. */
  visible: string[] | 'all';
}

export function listInstruments(db: Db, filter: ListFilter) {
  const conditions: SQL[] = [];
  if (filter.certification) conditions.push(eq(instruments.certification, filter.certification));
  if (filter.organisation === null) conditions.push(isNull(instruments.organisationId));
  else if (filter.organisation !== undefined)
    conditions.push(eq(instruments.organisationId, filter.organisation));
  if (filter.visible !== 'all') {
    const national = isNull(instruments.organisationId);
    conditions.push(
      filter.visible.length > 0
        ? (or(national, inArray(instruments.organisationId, filter.visible)) as SQL)
        : national,
    );
  }
  return db
    .select({
      key: instruments.key,
      version: instruments.version,
      kind: instruments.kind,
      status: instruments.status,
      title: instruments.title,
      certification: instruments.certification,
      referentialVersion: instruments.referentialVersion,
      revision: instruments.revision,
      organisationId: instruments.organisationId,
      derivedFrom: instruments.derivedFrom,
      updatedAt: instruments.updatedAt,
    })
    .from(instruments)
    .where(and(...conditions))
    .orderBy(asc(instruments.certification), asc(instruments.key), asc(instruments.version));
}

/** The national instruments of a referential version (company adaptations left out). */
export function instrumentsOfVersion(db: Db, certification: string, referentialVersion: string) {
  return db
    .select()
    .from(instruments)
    .where(
      and(
        eq(instruments.certification, certification),
        eq(instruments.referentialVersion, referentialVersion),
        isNull(instruments.organisationId),
      ),
    )
    .orderBy(asc(instruments.key));
}

/** The shipped published versions of one instrument of a referential version, newest first. */
export async function publishedVersionsOf(
  db: Db,
  certification: string,
  referentialVersion: string,
  key: string,
) {
  const rows = await db
    .select()
    .from(instruments)
    .where(
      and(
        eq(instruments.key, key),
        eq(instruments.status, 'published'),
        eq(instruments.certification, certification),
        eq(instruments.referentialVersion, referentialVersion),
        isNull(instruments.organisationId),
      ),
    );
  return rows.sort((a, b) => Number(b.version) - Number(a.version));
}

export async function insertInstrument(db: Db, instrument: Instrument, owner: Ownership = {}) {
  const binding = instrument.binding as { certification?: string; version?: string };
  const [row] = await db
    .insert(instruments)
    .values({
      key: instrument.id,
      version: instrument.version,
      kind: instrument.kind,
      status: instrument.status,
      title: instrument.title,
      certification: owner.certification ?? binding.certification ?? null,
      referentialVersion: owner.referentialVersion ?? binding.version ?? null,
      variantId: owner.variantId ?? null,
      organisationId: owner.organisationId ?? null,
      derivedFrom: owner.derivedFrom ?? null,
      document: instrument,
    })
    .onConflictDoNothing()
    .returning({ revision: instruments.revision });
  return row;
}

/** Replaces a draft if it is still at `expectedRevision`; false when someone saved first. */
export async function replaceDraft(
  db: Db,
  row: InstrumentRow,
  instrument: Instrument,
  expectedRevision = row.revision,
) {
  const updated = await db
    .update(instruments)
    .set({
      document: instrument,
      status: instrument.status,
      kind: instrument.kind,
      title: instrument.title,
      revision: expectedRevision + 1,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(instruments.id, row.id),
        eq(instruments.revision, expectedRevision),
        eq(instruments.status, 'draft'),
      ),
    )
    .returning({ id: instruments.id });
  return updated.length > 0;
}

/** The published national jury guides, with their documents (for their role-play cards). */
export function publishedJuryGuides(db: Db) {
  return db
    .select()
    .from(instruments)
    .where(
      and(
        eq(instruments.kind, 'jury_guide'),
        eq(instruments.status, 'published'),
        isNull(instruments.organisationId),
      ),
    )
    .orderBy(asc(instruments.key), asc(instruments.version));
}
