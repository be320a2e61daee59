// SQL of the holders' declaration to the Caisse des Dépôts: a certifier's CDC identifiers, the
// documents it issued in a period with their holder's record, and the files already exported
// with what each declared or listed.
import { and, asc, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import {
  candidates,
  cdcExportEntries,
  cdcExports,
  cdcSettings,
  certificates,
} from '../platform/db/schema.ts';

export async function settingsOf(db: Db, organisationId: string) {
  const [row] = await db
    .select()
    .from(cdcSettings)
    .where(eq(cdcSettings.organisationId, organisationId));
  return row;
}

export async function saveSettings(db: Db, values: typeof cdcSettings.$inferInsert) {
  await db
    .insert(cdcSettings)
    .values(values)
    .onConflictDoUpdate({
      target: cdcSettings.organisationId,
      set: {
        idClient: values.idClient,
        idContrat: values.idContrat,
        updatedBy: values.updatedBy ?? null,
        updatedAt: sql`now()`,
      },
    });
}

/** Serialises the exports of one certifier: a document is never declared by two files at once. */
export async function lockDeclarations(db: Db, organisationId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`cdc:${organisationId}`}))`);
}

const documentColumns = {
  id: certificates.id,
  number: certificates.number,
  data: certificates.data,
  decisionDate: certificates.decisionDate,
  validUntil: certificates.validUntil,
  revokedAt: certificates.revokedAt,
  candidateId: candidates.id,
  accessRoute: candidates.accessRoute,
  sex: candidates.sex,
  birthInseeCode: candidates.birthInseeCode,
};

export type DocumentRow = Awaited<ReturnType<typeof documentsIssued>>[number];

/** The certifier's documents in force issued in [start, end), of one certification if given. */
export function documentsIssued(
  db: Db,
  filter: { organisationId: string; start: Date; end: Date; certification?: string },
) {
  return db
    .select(documentColumns)
    .from(certificates)
    .innerJoin(candidates, eq(candidates.id, certificates.candidateId))
    .where(
      and(
        eq(certificates.organisationId, filter.organisationId),
        gte(certificates.issuedAt, filter.start),
        lt(certificates.issuedAt, filter.end),
        sql`${certificates.revokedAt} is null`,
        filter.certification ? eq(certificates.certification, filter.certification) : undefined,
      ),
    )
    .orderBy(asc(certificates.number));
}

/** Every entry of the certifier's exports, oldest first. */
export function entriesOf(db: Db, organisationId: string) {
  return db
    .select({
      certificateId: cdcExportEntries.certificateId,
      action: cdcExportEntries.action,
      passages: cdcExportEntries.passages,
    })
    .from(cdcExportEntries)
    .innerJoin(cdcExports, eq(cdcExports.id, cdcExportEntries.exportId))
    .where(eq(cdcExports.organisationId, organisationId))
    .orderBy(asc(cdcExports.exportedAt));
}

/** Revoked documents among `ids`, with their holder's name and the reason. */
export function revokedAmong(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: certificates.id,
      number: certificates.number,
      data: certificates.data,
      revokedAt: certificates.revokedAt,
      reason: certificates.revocationReason,
    })
    .from(certificates)
    .where(and(inArray(certificates.id, ids), isNotNull(certificates.revokedAt)))
    .orderBy(asc(certificates.number));
}

export async function insertExport(db: Db, values: typeof cdcExports.$inferInsert) {
  const [row] = await db.insert(cdcExports).values(values).returning({ id: cdcExports.id });
  if (!row) throw new Error('insert into cdc_exports returned no row');
  return row.id;
}

export async function insertEntries(db: Db, rows: Array<typeof cdcExportEntries.$inferInsert>) {
  // Batched: a file of 10,000 documents is one statement per thousand.
  for (let i = 0; i < rows.length; i += 1000)
    await db.insert(cdcExportEntries).values(rows.slice(i, i + 1000));
}
