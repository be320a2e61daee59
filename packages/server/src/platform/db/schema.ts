// The one Drizzle schema of the database. Migrations in packages/server/drizzle are generated
// from it (`npm run db:generate`) and never edited once they have landed.
import { ORGANISATION_KINDS, ROLES } from '@certeval/core';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// The roles and organisation kinds are the domain's (packages/core/src/organisation).
export const organisationKind = pgEnum('organisation_kind', ORGANISATION_KINDS);
export const role = pgEnum('role', ROLES);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: organisationKind('kind').notNull(),
  name: text('name').notNull(),
  siret: text('siret'),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    locale: text('locale').notNull().default('fr'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(sql`lower(${t.email})`)],
);

/** A person holds a role in an organisation; several memberships make several roles. */
export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: role('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId, t.role] })],
);

/** Sessions store only a SHA-256 of the cookie token: a leaked table opens no session. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const passwordResets = pgTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/** Append-only trail of decisive changes, written in the transaction that makes them. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    data: jsonb('data').notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_subject_idx').on(t.subjectType, t.subjectId)],
);

/** A certification (CQP, RNCP title, RS, diploma); `slug` is its id in the referential file. */
export const certifications = pgTable('certifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  kind: text('kind').notNull(),
  title: text('title'),
  rncp: text('rncp'),
  rs: text('rs'),
  /** The certification part of the referential file, as validated by core. */
  data: jsonb('data').notNull(),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One version of a certification's referentials. A published version is immutable; a draft
 * is edited with an optimistic `revision` check so that no edit silently overwrites another.
 */
export const referentialVersions = pgTable(
  'referential_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificationId: uuid('certification_id')
      .notNull()
      .references(() => certifications.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    status: text('status').notNull(),
    /** The version part of the referential file: nodes, links, discrepancies. */
    document: jsonb('document').notNull(),
    revision: integer('revision').notNull().default(1),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('referential_versions_key').on(t.certificationId, t.key)],
);

/** The nodes of each version, one row each, for search and for links from other tables. */
export const referentialNodes = pgTable(
  'referential_nodes',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => referentialVersions.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    type: text('type').notNull(),
    parentCode: text('parent_code'),
    kind: text('kind'),
    label: text('label').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.code] }),
    index('referential_nodes_type').on(t.versionId, t.type),
  ],
);

/**
 * A company's adaptation of a published national version: a list of changes (rename,
 * annotate, hide, add), each pointing to the national item it adapts. Edited with an
 * optimistic `revision` check.
 */
export const companyVariants = pgTable(
  'company_variants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => referentialVersions.id),
    name: text('name').notNull(),
    changes: jsonb('changes').notNull().default([]),
    revision: integer('revision').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('company_variants_name').on(t.organisationId, t.versionId, t.name)],
);

/**
 * An evaluation instrument (observation grid, questionnaire, jury guide…), one row per
 * version. A published version never changes; editing makes a new version.
 */
export const instruments = pgTable(
  'instruments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    version: text('version').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    title: text('title').notNull(),
    /** The referential version or company variant it is built on. */
    certification: text('certification'),
    referentialVersion: text('referential_version'),
    variantId: uuid('variant_id').references(() => companyVariants.id),
    /** The company an adapted instrument belongs to; null for the certifier's national ones. */
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'cascade',
    }),
    /** The published version it was cloned or derived from, as `key@version`. */
    derivedFrom: text('derived_from'),
    document: jsonb('document').notNull(),
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('instruments_key_version').on(t.key, t.version)],
);
