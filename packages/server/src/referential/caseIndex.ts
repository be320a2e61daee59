// The CASE identifiers of a version (issue 18): every object of the package exportCase writes
// for it, stored with the version so that the CASE service finds the published version that
// answers for an identifier, and an import finds the framework a CFDocument belongs to.
import {
  type CaseObjectEntry,
  type Certification,
  exportCase,
  packageObjects,
  type ReferentialVersion,
} from '@certeval/core';
import type { Context } from '../platform/context.ts';
import * as store from './store.ts';

type Db = Context['database']['db'];

/** Identifiers do not depend on the address or the date: any will do to list them. */
const LISTING = { publicUrl: 'https://certeval.invalid', changedAt: new Date(0) };

export function caseEntries(
  certification: Certification,
  version: ReferentialVersion,
): CaseObjectEntry[] {
  const file = {
    format: 'certeval.referential' as const,
    formatVersion: 1 as const,
    certification,
    versions: [version],
  };
  return packageObjects(exportCase(file, version.id, LISTING));
}

export function indexVersion(
  db: Db,
  versionId: string,
  certification: Certification,
  version: ReferentialVersion,
) {
  return store.replaceCaseIdentifiers(db, versionId, caseEntries(certification, version));
}

/** At start-up: the versions a database held before the index existed get indexed, once. */
export async function indexUnindexedVersions(ctx: Context): Promise<number> {
  const rows = await store.unindexedVersions(ctx.database.db);
  await ctx.database.db.transaction(async (tx) => {
    for (const row of rows) {
      await indexVersion(tx, row.id, row.data as Certification, row.document as ReferentialVersion);
    }
  });
  return rows.length;
}
