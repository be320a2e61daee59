// SQL of the CASE service: which published version answers for an identifier, and the list of
// published frameworks. Drafts are never read here.
import { and, asc, countDistinct, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/open.ts';
import { caseIdentifiers, certifications, referentialVersions } from '../../platform/db/schema.ts';

const published = eq(referentialVersions.status, 'published');

/** The published version holding `identifier` as `kind`, the most recently published first. */
export async function publishedVersionWith(db: Db, kind: string, identifier: string) {
  const [row] = await db
    .select({
      id: referentialVersions.id,
      publishedAt: referentialVersions.publishedAt,
      certificationChangedAt: certifications.updatedAt,
    })
    .from(caseIdentifiers)
    .innerJoin(referentialVersions, eq(referentialVersions.id, caseIdentifiers.versionId))
    .innerJoin(certifications, eq(certifications.id, referentialVersions.certificationId))
    .where(
      and(eq(caseIdentifiers.identifier, identifier), eq(caseIdentifiers.kind, kind), published),
    )
    .orderBy(desc(referentialVersions.publishedAt), desc(referentialVersions.createdAt))
    .limit(1);
  return row;
}

export async function versionWithCertification(db: Db, versionId: string) {
  const [row] = await db
    .select({ document: referentialVersions.document, certification: certifications.data })
    .from(referentialVersions)
    .innerJoin(certifications, eq(certifications.id, referentialVersions.certificationId))
    .where(eq(referentialVersions.id, versionId));
  return row;
}

/** Each published CFDocument once (its latest publication), without nodes and links. */
export function publishedDocuments(db: Db, page: { limit: number; offset: number }) {
  return db
    .selectDistinctOn([caseIdentifiers.identifier], {
      identifier: caseIdentifiers.identifier,
      publishedAt: referentialVersions.publishedAt,
      version: sql<unknown>`${referentialVersions.document} - 'nodes' - 'links'`,
      certification: certifications.data,
    })
    .from(caseIdentifiers)
    .innerJoin(referentialVersions, eq(referentialVersions.id, caseIdentifiers.versionId))
    .innerJoin(certifications, eq(certifications.id, referentialVersions.certificationId))
    .where(and(eq(caseIdentifiers.kind, 'CFDocument'), published))
    .orderBy(
      asc(caseIdentifiers.identifier),
      desc(referentialVersions.publishedAt),
      desc(referentialVersions.createdAt),
    )
    .limit(page.limit)
    .offset(page.offset);
}

export async function publishedDocumentCount(db: Db): Promise<number> {
  const [row] = await db
    .select({ count: countDistinct(caseIdentifiers.identifier) })
    .from(caseIdentifiers)
    .innerJoin(referentialVersions, eq(referentialVersions.id, caseIdentifiers.versionId))
    .where(and(eq(caseIdentifiers.kind, 'CFDocument'), published));
  return Number(row?.count ?? 0);
}
