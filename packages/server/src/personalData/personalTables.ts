// Where each kind of personal data is stored (issue 19 item 5): every table of the schema is
// either named here with the kinds it holds, or listed as holding none. A test checks that no
// table is left out, so a new table is classified before it lands; docs/PERSONAL-DATA.md says
// the same for readers.
import type { PersonalDataKind } from '@certeval/core';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../platform/db/schema.ts';

export const PERSONAL_TABLES: Record<string, readonly PersonalDataKind[]> = {
  users: ['account'],
  memberships: ['account'],
  sessions: ['sign_in'],
  password_resets: ['sign_in'],
  rate_limit_hits: ['sign_in'],
  invitations: ['invitations'],
  candidates: ['candidate_identity', 'candidate_contact', 'accommodations'],
  evaluations: ['evaluations', 'mentions'],
  training_plans: ['evaluations'],
  booklet_entries: ['follow_up'],
  vae_booklets: ['vae_booklet'],
  vae_documents: ['vae_booklet'],
  jury_candidates: ['jury_decision'],
  jury_minutes: ['minutes'],
  certificates: ['certificates'],
  jury_members: ['jury_seats'],
  // The steering committee's members by name; who validated it by id.
  projects: ['mentions'],
  // The signatory printed on the certificates of a batch; who asked for it.
  certificate_batches: ['mentions'],
  // Who created a variant or a session: an identifier only.
  company_variants: ['mentions'],
  jury_sessions: ['mentions'],
  // The steering committee's meetings and minutes (a PDF that may name people); who created or
  // attached them by id.
  steering_meetings: ['mentions'],
  steering_minutes: ['mentions'],
  // The holders' declarations to the Caisse des Dépôts: each passage written (the holder's
  // identity as declared) kept with the certificate it declares; who exported, who set the
  // certifier's identifiers, by id.
  cdc_export_entries: ['certificates'],
  cdc_exports: ['mentions'],
  cdc_settings: ['mentions'],
  // An RNCP import in progress: who started it (gone with the account).
  rncp_imports: ['mentions'],
  mail_messages: ['mail'],
  mail_attachments: ['mail'],
  audit_events: ['audit_trail'],
};

/** Tables that hold nothing about a person (referentials, instruments, keys, organisations). */
export const IMPERSONAL_TABLES: readonly string[] = [
  'organisations',
  'certifications',
  'referential_versions',
  'referential_nodes',
  'case_identifiers',
  'instruments',
  'instrument_images',
  'issuer_keys',
  'status_lists',
  // Counts for the statistics page, by certification, year, company and outcome: no person.
  'statistics_decisions',
  'statistics_documents',
];

const isTable = (value: unknown): value is PgTable => is(value, PgTable);

/** Every table of the schema. */
export const schemaTables = (): PgTable[] => (Object.values(schema) as unknown[]).filter(isTable);

/**
 * Every column that names a user by a foreign key whose rows outlive the user's deletion (not
 * removed nor emptied with it): the records that keep naming a person.
 */
export function userReferences(): Array<{ table: string; column: string }> {
  const found: Array<{ table: string; column: string }> = [];
  for (const table of schemaTables()) {
    const config = getTableConfig(table);
    for (const key of config.foreignKeys) {
      const reference = key.reference();
      if (getTableConfig(reference.foreignTable).name !== 'users') continue;
      if (key.onDelete === 'cascade' || key.onDelete === 'set null') continue;
      for (const column of reference.columns)
        found.push({ table: config.name, column: column.name });
    }
  }
  return found;
}
