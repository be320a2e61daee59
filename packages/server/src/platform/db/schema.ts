// The one Drizzle schema of the database. Migrations in packages/server/drizzle are generated
// from it (`npm run db:generate`) and never edited once they have landed.
import { INVITATION_STATUSES, ORGANISATION_KINDS, ROLES } from '@certeval/core';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  customType,
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
export const invitationStatus = pgEnum('invitation_status', INVITATION_STATUSES);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: organisationKind('kind').notNull(),
  name: text('name').notNull(),
  siret: text('siret'),
  /** IANA zone a certifier decides and issues in (core: timeZoneOf); Europe/Paris when null. */
  timeZone: text('time_zone'),
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
    /**
     * Issue 15: the messages the person switched off (template names); only those the
     * procedure does not require may be (platform/mail/templates.ts, `optional`).
     */
    mutedNotifications: jsonb('muted_notifications').$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  // Addresses are stored normalised (core's normaliseEmail): equal spellings are equal texts.
  (t) => [uniqueIndex('users_email_unique').on(t.email)],
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
 * Every object of a version's CASE package, by its CASE identifier (issue 18): the CASE 1.1
 * service finds here the published version answering for a CFDocument, CFItem, CFAssociation or
 * definition; an import finds here the framework a package with the same CFDocument belongs to.
 * Written with the version; an identifier may be in many versions (items kept across versions,
 * the item types every certification shares).
 */
export const caseIdentifiers = pgTable(
  'case_identifiers',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => referentialVersions.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    identifier: text('identifier').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.kind, t.identifier] }),
    index('case_identifiers_identifier').on(t.identifier, t.kind),
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

/**
 * An invitation to join an organisation with a role; only a SHA-256 of its token is kept.
 * It stays `open` until the person accepts or declines it or the inviter cancels it
 * (issue 14, item 1): `closedBy` and `closedAt` say who did and when.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: role('role').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    status: invitationStatus('status').notNull().default('open'),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /**
     * Issue 15: the candidate file an enrolment asks an existing account to take (the pilot
     * enrolled a candidate with that address); accepting links the file to the account.
     */
    candidateId: uuid('candidate_id').references((): AnyPgColumn => candidates.id, {
      onDelete: 'cascade',
    }),
    createdAt: createdAt(),
  },
  (t) => [
    index('invitations_organisation_idx').on(t.organisationId),
    // A signed-in person's pending invitations are found by their address.
    index('invitations_email_idx').on(sql`lower(${t.email})`),
  ],
);

/**
 * A company's certification project (seed 000, slide 3): the certification and referential
 * version it runs, the company's adapted referential and instruments, the steering committee,
 * the certifier's validation.
 */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    certification: text('certification').notNull(),
    referentialVersion: text('referential_version').notNull(),
    variantId: uuid('variant_id').references(() => companyVariants.id),
    title: text('title').notNull(),
    status: text('status').notNull(),
    opportunity: text('opportunity').notNull().default(''),
    steeringCommittee: jsonb('steering_committee').notNull().default([]),
    /** The instrument versions in use, `[{ key, version }]`. */
    instruments: jsonb('instruments').notNull().default([]),
    validatedBy: uuid('validated_by').references(() => users.id),
    validatedAt: timestamp('validated_at', { withTimezone: true }),
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('projects_organisation_idx').on(t.organisationId)],
);

/** A candidate's certification file: identity for the holders' declaration, pathway, people. */
export const candidates = pgTable(
  'candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The candidate's own account, when they have one. */
    userId: uuid('user_id').references(() => users.id),
    birthName: text('birth_name').notNull(),
    usageName: text('usage_name'),
    firstNames: jsonb('first_names').notNull(),
    birthDate: text('birth_date').notNull(),
    birthPlace: text('birth_place').notNull(),
    /** Issue 18: what the holders' declaration needs; optional at enrolment (female, male). */
    sex: text('sex'),
    birthInseeCode: text('birth_insee_code'),
    email: text('email'),
    phone: text('phone'),
    job: text('job'),
    accessRoute: text('access_route').notNull(),
    tutorId: uuid('tutor_id').references(() => users.id),
    trainerId: uuid('trainer_id').references(() => users.id),
    accommodations: jsonb('accommodations').notNull().default([]),
    status: text('status').notNull(),
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * The name as lists sort and search it, folded (accents off, lower case) by the database's
     * own functions (migration 0018), so that a search typed with or without accents is one.
     */
    searchName: text('search_name')
      .notNull()
      .generatedAlwaysAs(sql`certeval_candidate_name(birth_name, usage_name, first_names)`),
  },
  // Issue 19: every list is paginated by (search_name, id) under its filter, each filter with
  // its index in that order; a name search goes through the trigram index.
  (t) => [
    index('candidates_organisation_idx').on(t.organisationId, t.searchName, t.id),
    index('candidates_project_idx').on(t.projectId, t.searchName, t.id),
    index('candidates_tutor_idx').on(t.tutorId, t.searchName, t.id),
    index('candidates_trainer_idx').on(t.trainerId, t.searchName, t.id),
    index('candidates_user_idx').on(t.userId),
    index('candidates_status_idx').on(t.status, t.searchName, t.id),
    index('candidates_name_idx').on(t.searchName, t.id),
    index('candidates_name_trgm').using('gin', t.searchName.op('gin_trgm_ops')),
  ],
);

/**
 * One evaluation of a candidate on one instrument version by one evaluator: item results
 * (percentage, points or Acquis / Non acquis, with comments), saved as a draft as it is
 * filled, then submitted. Every save carries the `revision` it was based on.
 */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    instrumentKey: text('instrument_key').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    kind: text('kind').notNull(),
    evaluatorId: uuid('evaluator_id').references(() => users.id),
    evaluatorName: text('evaluator_name').notNull(),
    evaluatorRole: text('evaluator_role').notNull(),
    date: text('date').notNull(),
    status: text('status').notNull(),
    items: jsonb('items').notNull().default([]),
    /** A questionnaire taken online: the candidate's answers per item. */
    responses: jsonb('responses'),
    agreed: jsonb('agreed'),
    comment: text('comment'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    juryCandidateId: uuid('jury_candidate_id'),
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('evaluations_candidate_idx').on(t.candidateId),
    index('evaluations_evaluator_idx').on(t.evaluatorId),
    // A jury candidate's grids (jury/store.ts gridsOf): the few evaluations that have one.
    index('evaluations_jury_candidate_idx')
      .on(t.juryCandidateId)
      .where(sql`${t.juryCandidateId} is not null`),
  ],
);

/** The training plan suggested by positioning, then edited by the pilot or tutor. */
export const trainingPlans = pgTable('training_plans', {
  candidateId: uuid('candidate_id')
    .primaryKey()
    .references(() => candidates.id, { onDelete: 'cascade' }),
  positioningId: uuid('positioning_id').references(() => evaluations.id),
  entries: jsonb('entries').notNull().default([]),
  revision: integer('revision').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The follow-up booklet (livret de suivi): training sessions and tutor notes on a timeline. */
export const bookletEntries = pgTable(
  'booklet_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    durationHours: integer('duration_hours'),
    authorId: uuid('author_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('booklet_entries_candidate_idx').on(t.candidateId, t.date)],
);

/** Bytes stored as they came (PGlite gives a Uint8Array, node-postgres a Buffer). */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * A VAE candidate's descriptive activity booklet (seed 001, "accès par la VAE"): their text
 * answer per question of the booklet instrument, saved on a `revision`, then submitted.
 */
export const vaeBooklets = pgTable('vae_booklets', {
  candidateId: uuid('candidate_id')
    .primaryKey()
    .references(() => candidates.id, { onDelete: 'cascade' }),
  instrumentKey: text('instrument_key').notNull(),
  instrumentVersion: text('instrument_version').notNull(),
  responses: jsonb('responses').notNull().default({}),
  status: text('status').notNull().default('draft'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  revision: integer('revision').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A picture shown with instrument items (issue 18, item 4: a QTI item's images), stored once
 * by its SHA-256, which names it in the items (images/<sha256>.<ext>): every version and copy
 * of an instrument shares it, and it is served only to who may read an instrument naming it.
 */
export const instrumentImages = pgTable('instrument_images', {
  sha256: text('sha256').primaryKey(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  content: bytea('content').notNull(),
  createdAt: createdAt(),
});

/** A technical document attached to a VAE booklet, optionally to one of its sections. */
export const vaeDocuments = pgTable(
  'vae_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    sectionId: text('section_id'),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('vae_documents_candidate_idx').on(t.candidateId)],
);

/**
 * A meeting of a company project's steering committee (seed 000, slide 3, "Comité de
 * pilotage"): its day, what it is about; its members are the project's `steeringCommittee`.
 */
export const steeringMeetings = pgTable(
  'steering_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    title: text('title').notNull(),
    agenda: text('agenda').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('steering_meetings_project_idx').on(t.projectId, t.date)],
);

/** The minutes of a steering committee meeting: the PDF the company wrote, as its bytes. */
export const steeringMinutes = pgTable(
  'steering_minutes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => steeringMeetings.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('steering_minutes_meeting_idx').on(t.meetingId)],
);

/** A jury session: when, where, who sits on it and in which role, its timetable. */
export const jurySessions = pgTable('jury_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  certifierId: uuid('certifier_id')
    .notNull()
    .references(() => organisations.id),
  certification: text('certification').notNull(),
  referentialVersion: text('referential_version').notNull(),
  date: text('date').notNull(),
  startTime: text('start_time').notNull(),
  place: text('place'),
  remoteLink: text('remote_link'),
  status: text('status').notNull(),
  revision: integer('revision').notNull().default(1),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const juryMembers = pgTable(
  'jury_members',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => jurySessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
    /** The member's own organisation (employer), for conflicts of interest. */
    affiliation: text('affiliation'),
    affiliationOrganisationId: uuid('affiliation_organisation_id').references(
      () => organisations.id,
    ),
    independent: integer('independent').notNull().default(0),
    /** The member who presides (seed 002); they keep their college seat. */
    presides: integer('presides').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

/**
 * A candidate in a jury session: their slot, then the deliberation — the president's agreed
 * percentages, the synthesis comment, the decision and its rule-set version, the signature.
 */
export const juryCandidates = pgTable(
  'jury_candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => jurySessions.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id),
    slotStart: text('slot_start'),
    state: text('state').notNull(),
    agreed: jsonb('agreed'),
    synthesisComment: text('synthesis_comment'),
    decision: jsonb('decision'),
    ruleSet: text('rule_set'),
    signedBy: uuid('signed_by').references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    minutesHash: text('minutes_hash'),
    /** The deliberation's state as core's jury state machine keeps it (versions, reopenings). */
    deliberation: jsonb('deliberation'),
    revision: integer('revision').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('jury_candidates_unique').on(t.sessionId, t.candidateId)],
);

/** The minutes of a session as they were signed: the data the PDF's hash is over. */
export const juryMinutes = pgTable('jury_minutes', {
  id: uuid('id').primaryKey().defaultRandom(),
  sessionId: uuid('session_id')
    .notNull()
    .references(() => jurySessions.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  minutes: jsonb('minutes').notNull(),
  hash: text('hash').notNull(),
  createdAt: createdAt(),
});

/**
 * A certifier's Ed25519 signing keys. The secret half is sealed (AES-256-GCM) with the
 * product's master secret; retired keys stay to verify what they signed.
 */
export const issuerKeys = pgTable('issuer_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  verificationMethod: text('verification_method').notNull().unique(),
  publicKeyMultibase: text('public_key_multibase').notNull(),
  sealedSecret: text('sealed_secret').notNull(),
  status: text('status').notNull(),
  createdAt: createdAt(),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
});

/** A certificate (parchemin) or a bloc attestation, with its signed Open Badges credential. */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    kind: text('kind').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id),
    juryCandidateId: uuid('jury_candidate_id').references(() => juryCandidates.id),
    certification: text('certification').notNull(),
    referentialVersion: text('referential_version').notNull(),
    decisionDate: text('decision_date').notNull(),
    validUntil: text('valid_until'),
    /** Every mention the PDF prints, as issued. */
    data: jsonb('data').notNull(),
    credential: jsonb('credential').notNull(),
    statusListId: uuid('status_list_id'),
    statusIndex: integer('status_index'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revocationReason: text('revocation_reason'),
    /** Its bit in the certifier's suspension list (issue 14); null for documents issued before. */
    suspensionListId: uuid('suspension_list_id'),
    suspensionIndex: integer('suspension_index'),
    /** Set while its decision is reopened, with the reopening's reason. */
    suspendedAt: timestamp('suspended_at', { withTimezone: true }),
    suspensionReason: text('suspension_reason'),
    issuedBy: uuid('issued_by').references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('certificates_candidate_idx').on(t.candidateId),
    index('certificates_organisation_idx').on(t.organisationId, t.issuedAt),
  ],
);

/**
 * A Bitstring Status List of a certifier: one bit per issued credential, set when revoked (the
 * `revocation` list) or while suspended (the `suspension` list, beside it).
 */
export const statusLists = pgTable('status_lists', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  purpose: text('purpose').notNull(),
  size: integer('size').notNull(),
  nextIndex: integer('next_index').notNull().default(0),
  /** The indexes whose bit is set (revoked or suspended); the published list is encoded from them. */
  setIndexes: jsonb('revoked').notNull().default([]),
  revision: integer('revision').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// Issue 15: e-mail. Every message, sent through SMTP or kept in the outbox (no SMTP server:
// the demo), rendered when it is queued so the outbox shows what was sent. A message is sent
// at most once per (template, recipient, subject key): the unique index below.
export const mailState = pgEnum('mail_state', ['queued', 'sending', 'sent', 'failed', 'stored']);

export const mailMessages = pgTable(
  'mail_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    template: text('template').notNull(),
    /** What the message is about (a certificate, a reset request): one message per key. */
    subjectKey: text('subject_key').notNull(),
    toEmail: text('to_email').notNull(),
    toName: text('to_name').notNull(),
    toUserId: uuid('to_user_id').references(() => users.id, { onDelete: 'set null' }),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    /** A message carrying a secret link: its body is not shown once an SMTP server sends it. */
    confidential: boolean('confidential').notNull().default(false),
    /** `smtp` or `outbox`: where the message went, decided when it was queued. */
    transport: text('transport').notNull(),
    state: mailState('state').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** The SMTP server's answer to the last attempt (or the connection error). */
    lastError: text('last_error'),
    /** Until when an attempt in progress holds the message (a crashed one lets go). */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    /**
     * When the attempt had given the server the whole message but its final dot: from then on
     * the message is taken as delivered even if the attempt dies, so it is never sent twice.
     */
    handedOverAt: timestamp('handed_over_at', { withTimezone: true }),
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('mail_messages_once').on(t.template, sql`lower(${t.toEmail})`, t.subjectKey),
    index('mail_messages_created_idx').on(t.createdAt),
    // The messages about one thing (an invitation, a jury seat), found by their key's prefix.
    index('mail_messages_subject_idx').on(t.template, t.subjectKey.op('text_pattern_ops')),
  ],
);

export const mailAttachments = pgTable(
  'mail_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => mailMessages.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [index('mail_attachments_message_idx').on(t.messageId, t.position)],
);

// Issue 15: a session's issuance runs as a durable job; its progress is stored here, updated
// in the transaction of each chunk it issues, so that any server shows it and a restart keeps it.
export const certificateBatches = pgTable(
  'certificate_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => jurySessions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    signatory: jsonb('signatory').notNull().default({}),
    status: text('status').notNull().default('running'),
    total: integer('total').notNull().default(0),
    issued: integer('issued').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    /** Whether the first slice has counted what the session needs. */
    planned: boolean('planned').notNull().default(false),
    error: jsonb('error'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('certificate_batches_session_idx').on(t.sessionId, t.status)],
);

/**
 * The counts of the rate limits (platform/rateLimit.ts), shared by every server instance on the
 * database: one row per key, its count and the end of its window. The key is a SHA-256 of what
 * is counted (an address, a network address), so no address is stored here.
 */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_hits_expires_idx').on(t.expiresAt)],
);

// Issue 19: the certifier's statistics at any size. Counts kept by the database itself as
// certificates and signed decisions are written, changed or removed (triggers of migration
// 0021, which also counted what was there), so that the statistics page adds up a few
// thousand counts instead of reading every document and every decision.

/** Documents per certifier, certification, year of decision, candidate's company, kind, state. */
export const statisticsDocuments = pgTable(
  'statistics_documents',
  {
    certifierId: uuid('certifier_id').notNull(),
    certification: text('certification').notNull(),
    year: integer('year').notNull(),
    companyId: uuid('company_id').notNull(),
    kind: text('kind').notNull(),
    revoked: boolean('revoked').notNull(),
    documents: integer('documents').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.certifierId, t.certification, t.year, t.companyId, t.kind, t.revoked],
    }),
  ],
);

/**
 * Signed decisions per certifier and certification: the overall outcome (unit ''), and each
 * unit decided with its percentage's tenth (bucket 0–9, -1 without a percentage).
 */
export const statisticsDecisions = pgTable(
  'statistics_decisions',
  {
    certifierId: uuid('certifier_id').notNull(),
    certification: text('certification').notNull(),
    unit: text('unit').notNull(),
    label: text('label').notNull(),
    passed: boolean('passed').notNull(),
    bucket: integer('bucket').notNull(),
    decisions: integer('decisions').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.certifierId, t.certification, t.unit, t.label, t.passed, t.bucket],
    }),
  ],
);

// Issue 18, item 6: the declaration of holders to the Caisse des Dépôts. A certifier's CDC
// identifiers; each file exported (who, when, the period), and each document it declared with
// the passages written (to declare it again only when they change) or each revocation it
// listed (a document revoked after it was declared, listed once for the next file).
export const cdcSettings = pgTable('cdc_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  idClient: text('id_client').notNull(),
  idContrat: text('id_contrat').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const cdcExports = pgTable(
  'cdc_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    certification: text('certification'),
    exportedBy: uuid('exported_by').references(() => users.id),
    exportedAt: timestamp('exported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cdc_exports_organisation_idx').on(t.organisationId, t.exportedAt)],
);

export const cdcExportEntries = pgTable(
  'cdc_export_entries',
  {
    exportId: uuid('export_id')
      .notNull()
      .references(() => cdcExports.id, { onDelete: 'cascade' }),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    /** 'declared' (with `passages`), 'corrected' (declared again) or 'revocation_listed'. */
    action: text('action').notNull(),
    passages: text('passages'),
  },
  (t) => [
    primaryKey({ columns: [t.exportId, t.certificateId] }),
    index('cdc_export_entries_certificate_idx').on(t.certificateId),
  ],
);

/**
 * An RNCP / RS export uploaded through the API and imported in the background (issue 18, item
 * 5), with its progress, shared by every server instance (issue 19): the one importing it writes
 * its progress and a heartbeat; any instance answers the person who started it. A running import
 * whose heartbeat stopped was cut with its server: its transaction stored nothing. Forgotten an
 * hour after it ends.
 */
export const rncpImports = pgTable(
  'rncp_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    startedBy: uuid('started_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    fileName: text('file_name').notNull(),
    bytesTotal: bigint('bytes_total', { mode: 'number' }).notNull(),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull(),
    fiches: integer('fiches').notNull(),
    report: jsonb('report'),
    error: jsonb('error'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('rncp_imports_status_idx').on(t.status)],
);
