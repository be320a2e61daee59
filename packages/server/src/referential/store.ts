// SQL of referentials: certifications, their versions (documents), the node rows and the CASE
// identifiers of each version's package.
import type { CaseObjectEntry, Certification, ReferentialVersion } from '@certeval/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import {
  caseIdentifiers,
  certifications,
  referentialNodes,
  referentialVersions,
} from '../platform/db/schema.ts';

export type VersionRow = typeof referentialVersions.$inferSelect;

export async function findCertification(db: Db, slug: string) {
  const [row] = await db.select().from(certifications).where(eq(certifications.slug, slug));
  return row;
}

export async function upsertCertification(db: Db, certification: Certification) {
  const values = {
    slug: certification.id,
    kind: certification.kind,
    title: certification.title?.fr ?? null,
    rncp: certification.rncp ?? null,
    rs: certification.rs ?? null,
    data: certification,
  };
  const [row] = await db
    .insert(certifications)
    .values(values)
    .onConflictDoUpdate({ target: certifications.slug, set: { ...values, updatedAt: sql`now()` } })
    .returning();
  if (!row) throw new Error('upsert into certifications returned no row');
  return row;
}

export function listCertificationsWithVersions(db: Db) {
  return db
    .select({
      slug: certifications.slug,
      kind: certifications.kind,
      title: certifications.title,
      rncp: certifications.rncp,
      rs: certifications.rs,
      versionKey: referentialVersions.key,
      status: referentialVersions.status,
      revision: referentialVersions.revision,
      nodeCount: sql<number>`jsonb_array_length(${referentialVersions.document}->'nodes')`,
    })
    .from(certifications)
    .leftJoin(referentialVersions, eq(referentialVersions.certificationId, certifications.id))
    .orderBy(asc(certifications.slug), asc(referentialVersions.createdAt));
}

export function listVersions(db: Db, certificationId: string) {
  return db
    .select()
    .from(referentialVersions)
    .where(eq(referentialVersions.certificationId, certificationId))
    .orderBy(asc(referentialVersions.createdAt));
}

export async function findVersion(db: Db, certificationId: string, key: string) {
  const [row] = await db
    .select()
    .from(referentialVersions)
    .where(
      and(
        eq(referentialVersions.certificationId, certificationId),
        eq(referentialVersions.key, key),
      ),
    );
  return row;
}

export async function insertVersion(db: Db, certificationId: string, version: ReferentialVersion) {
  const [row] = await db
    .insert(referentialVersions)
    .values({
      certificationId,
      key: version.id,
      status: version.status,
      document: version,
      publishedAt: version.status === 'published' ? sql`now()` : null,
    })
    .returning();
  if (!row) throw new Error('insert into referential_versions returned no row');
  await replaceNodes(db, row.id, version);
  return row;
}

/** Replaces a draft's document if its revision is still the expected one; false otherwise. */
export async function updateDraft(
  db: Db,
  row: VersionRow,
  version: ReferentialVersion,
  expectedRevision: number,
) {
  const updated = await db
    .update(referentialVersions)
    .set({
      document: version,
      status: version.status,
      revision: expectedRevision + 1,
      publishedAt: version.status === 'published' ? sql`now()` : null,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(referentialVersions.id, row.id),
        eq(referentialVersions.revision, expectedRevision),
        eq(referentialVersions.status, 'draft'),
      ),
    )
    .returning({ id: referentialVersions.id });
  if (updated.length === 0) return false;
  await replaceNodes(db, row.id, version);
  return true;
}

async function replaceNodes(db: Db, versionId: string, version: ReferentialVersion) {
  await db.delete(referentialNodes).where(eq(referentialNodes.versionId, versionId));
  const rows = version.nodes.map((node, position) => ({
    versionId,
    code: node.code,
    type: node.type,
    parentCode: node.parent ?? null,
    kind: node.kind ?? null,
    label: node.label,
    position,
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(referentialNodes).values(rows.slice(i, i + 500));
  }
}

/** Replaces the CASE identifiers of a version's package. */
export async function replaceCaseIdentifiers(
  db: Db,
  versionId: string,
  entries: readonly CaseObjectEntry[],
) {
  await db.delete(caseIdentifiers).where(eq(caseIdentifiers.versionId, versionId));
  const rows = entries.map((entry) => ({ versionId, ...entry }));
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(caseIdentifiers).values(rows.slice(i, i + 1000));
  }
}

/** The certifications holding a version whose CFDocument has this identifier. */
export function certificationsWithDocument(db: Db, identifier: string) {
  return db
    .selectDistinct({ slug: certifications.slug })
    .from(caseIdentifiers)
    .innerJoin(referentialVersions, eq(referentialVersions.id, caseIdentifiers.versionId))
    .innerJoin(certifications, eq(certifications.id, referentialVersions.certificationId))
    .where(and(eq(caseIdentifiers.identifier, identifier), eq(caseIdentifiers.kind, 'CFDocument')))
    .orderBy(asc(certifications.slug));
}

/** Versions whose CASE identifiers are not indexed yet (stored before the index existed). */
export function unindexedVersions(db: Db) {
  return db
    .select({
      id: referentialVersions.id,
      document: referentialVersions.document,
      data: certifications.data,
    })
    .from(referentialVersions)
    .innerJoin(certifications, eq(certifications.id, referentialVersions.certificationId))
    .where(
      sql`not exists (select 1 from ${caseIdentifiers} where ${caseIdentifiers.versionId} = ${referentialVersions.id})`,
    );
}

/** Nodes of a version whose code or label contains the query (case-insensitive). */
export function searchNodes(db: Db, versionId: string, query: string) {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({
      code: referentialNodes.code,
      type: referentialNodes.type,
      kind: referentialNodes.kind,
      label: referentialNodes.label,
      parentCode: referentialNodes.parentCode,
    })
    .from(referentialNodes)
    .where(
      and(
        eq(referentialNodes.versionId, versionId),
        sql`(${referentialNodes.code} ilike ${pattern} or ${referentialNodes.label} ilike ${pattern})`,
      ),
    )
    .orderBy(asc(referentialNodes.position))
    .limit(200);
}
