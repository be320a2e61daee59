// SQL of company variants.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import {
  certifications,
  companyVariants,
  organisations,
  referentialVersions,
} from '../platform/db/schema.ts';

const summary = {
  id: companyVariants.id,
  name: companyVariants.name,
  organisationId: companyVariants.organisationId,
  organisationName: organisations.name,
  certification: certifications.slug,
  version: referentialVersions.key,
  revision: companyVariants.revision,
  changes: companyVariants.changes,
  updatedAt: companyVariants.updatedAt,
};

function joined(db: Db) {
  return db
    .select(summary)
    .from(companyVariants)
    .innerJoin(organisations, eq(organisations.id, companyVariants.organisationId))
    .innerJoin(referentialVersions, eq(referentialVersions.id, companyVariants.versionId))
    .innerJoin(certifications, eq(certifications.id, referentialVersions.certificationId));
}

export type VariantRow = Awaited<ReturnType<typeof findVariant>>;

export function listVariants(db: Db, organisationIds: string[] | 'all') {
  const query = joined(db);
  const filtered =
    organisationIds === 'all'
      ? query
      : query.where(
          inArray(
            companyVariants.organisationId,
            organisationIds.length > 0 ? organisationIds : ['00000000-0000-0000-0000-000000000000'],
          ),
        );
  return filtered.orderBy(asc(organisations.name), asc(companyVariants.name));
}

export async function findVariant(db: Db, id: string) {
  const [row] = await joined(db).where(eq(companyVariants.id, id));
  return row;
}

export async function insertVariant(
  db: Db,
  values: { organisationId: string; versionId: string; name: string; createdBy: string },
) {
  const [row] = await db
    .insert(companyVariants)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: companyVariants.id });
  return row?.id;
}

/** Saves the changes if the revision is still the one read; false when someone saved first. */
export async function updateChanges(
  db: Db,
  id: string,
  changes: unknown[],
  expectedRevision: number,
) {
  const updated = await db
    .update(companyVariants)
    .set({ changes, revision: expectedRevision + 1, updatedAt: new Date() })
    .where(and(eq(companyVariants.id, id), eq(companyVariants.revision, expectedRevision)))
    .returning({ id: companyVariants.id });
  return updated.length > 0;
}

export async function findOrganisation(db: Db, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}
