// Everything the product holds about one person (GDPR articles 15 and 20, issue 19 item 5), for
// the certifier to hand them: one JSON file, documents included in base64 with their SHA-256
// (one self-describing, machine-readable file that any JSON reader opens, the same from the API,
// the command line and the browser; the documents it carries are bounded by the booklet's rule).
// With it, the record of processing: why each kind is kept, on which basis, for how long. The
// export is audited in the transaction that reads it.
import { retentionRulesWith } from '@certeval/core';
import { and, asc, eq, inArray, notInArray, or, sql } from 'drizzle-orm';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import {
  auditEvents,
  bookletEntries,
  certificates,
  evaluations,
  invitations,
  juryCandidates,
  juryMembers,
  jurySessions,
  mailAttachments,
  mailMessages,
  memberships,
  organisations,
  passwordResets,
  projects,
  sessions,
} from '../platform/db/schema.ts';
import type { DownloadedFile } from '../platform/http/files.ts';
import { addressKeys, countedAttempts } from '../platform/rateLimit.ts';
import { candidacyExport } from './candidacyExport.ts';
import { findPerson, type Person, type PersonRef } from './findPerson.ts';

export const EXPORT_FORMAT = 'certeval-personal-data/1';

async function accountOf(db: Db, person: Person) {
  const user = person.user;
  if (!user) return null;
  const roles = await db
    .select({
      organisation: organisations.name,
      role: memberships.role,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, user.id));
  const signIns = await db
    .select({ openedAt: sessions.createdAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(eq(sessions.userId, user.id));
  const resets = await db
    .select({
      requestedAt: passwordResets.createdAt,
      expiresAt: passwordResets.expiresAt,
      usedAt: passwordResets.usedAt,
    })
    .from(passwordResets)
    .where(eq(passwordResets.userId, user.id));
  const { id, email, displayName, locale, mutedNotifications, createdAt } = user;
  return {
    id,
    email,
    displayName,
    locale,
    mutedNotifications,
    createdAt,
    roles,
    sessions: signIns,
    passwordResets: resets,
  };
}

function invitationsOf(db: Db, emails: readonly string[]) {
  if (emails.length === 0) return [];
  return db
    .select({
      organisation: organisations.name,
      email: invitations.email,
      displayName: invitations.displayName,
      role: invitations.role,
      status: invitations.status,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      closedAt: invitations.closedAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(inArray(sql`lower(${invitations.email})`, [...emails]));
}

/** What the person did in other people's files: counted, never those files' contents. */
async function staffOf(db: Db, person: Person) {
  const user = person.user;
  if (!user) return null;
  const own = person.candidates.map((c) => c.id);
  const others = <T extends typeof evaluations | typeof bookletEntries>(table: T) =>
    own.length > 0 ? notInArray(table.candidateId, own) : undefined;
  const seats = await db
    .select({
      sessionDate: jurySessions.date,
      certification: jurySessions.certification,
      role: juryMembers.role,
      affiliation: juryMembers.affiliation,
      presides: juryMembers.presides,
    })
    .from(juryMembers)
    .innerJoin(jurySessions, eq(jurySessions.id, juryMembers.sessionId))
    .where(eq(juryMembers.userId, user.id))
    .orderBy(asc(jurySessions.date));
  const count = sql<number>`count(*)::int`;
  const [made] = await db
    .select({ n: count })
    .from(evaluations)
    .where(and(eq(evaluations.evaluatorId, user.id), others(evaluations)));
  const [written] = await db
    .select({ n: count })
    .from(bookletEntries)
    .where(and(eq(bookletEntries.authorId, user.id), others(bookletEntries)));
  const committees = await db
    .select({ project: projects.title, committee: projects.steeringCommittee })
    .from(projects)
    .where(sql`exists (select 1 from jsonb_array_elements(${projects.steeringCommittee}) m
      where lower(trim(m->>'name')) = lower(trim(${user.displayName})))`);
  return {
    jurySeats: seats.map((s) => ({ ...s, presides: s.presides === 1 })),
    evaluationsMadeOfOthers: made?.n ?? 0,
    followUpEntriesWrittenForOthers: written?.n ?? 0,
    steeringCommittees: committees.map(({ project, committee }) => ({
      project,
      role: (committee as Array<{ name: string; role: string }>).find(
        (m) => m.name.trim().toLowerCase() === user.displayName.trim().toLowerCase(),
      )?.role,
    })),
  };
}

async function mailOf(db: Db, person: Person) {
  const to = or(
    person.emails.length > 0
      ? inArray(sql`lower(${mailMessages.toEmail})`, [...person.emails])
      : undefined,
    person.user ? eq(mailMessages.toUserId, person.user.id) : undefined,
  );
  if (!to) return [];
  const messages = await db
    .select()
    .from(mailMessages)
    .where(to)
    .orderBy(asc(mailMessages.createdAt));
  const out = [];
  for (const m of messages) {
    const files = await db
      .select()
      .from(mailAttachments)
      .where(eq(mailAttachments.messageId, m.id))
      .orderBy(asc(mailAttachments.position));
    out.push({
      toEmail: m.toEmail,
      toName: m.toName,
      locale: m.locale,
      subject: m.subject,
      // A personal link (a password reset) is never handed to anyone but its recipient.
      textBody: m.confidential ? null : m.textBody,
      holdsPersonalLink: m.confidential,
      state: m.state,
      createdAt: m.createdAt,
      sentAt: m.sentAt,
      attachments: files.map((f) => ({
        fileName: f.fileName,
        contentType: f.contentType,
        contentBase64: f.content.toString('base64'),
      })),
    });
  }
  return out;
}

/**
 * The trail of their records: what was done and when; what was recorded with it only for the
 * records that are theirs alone (their file, account, invitations): the trail of an evaluation or
 * a deliberation names the people who made it, and those records are exported above.
 */
async function auditOf(db: Db, person: Person, own: RecordIds) {
  const ids = [...own.personal, ...own.shared];
  const about = ids.length > 0 ? inArray(auditEvents.subjectId, ids) : undefined;
  const by = person.user ? eq(auditEvents.actorId, person.user.id) : undefined;
  if (!about && !by) return [];
  const rows = await db
    .select()
    .from(auditEvents)
    .where(or(about, by))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
  const personal = new Set(own.personal);
  return rows.map((row) => ({
    at: row.at,
    action: row.action,
    subjectType: row.subjectType,
    byThem: row.actorId !== null && row.actorId === person.user?.id,
    ...(personal.has(row.subjectId) ? { data: row.data } : {}),
  }));
}

interface RecordIds {
  /** Records about the person alone: their files, account, invitations. */
  personal: string[];
  /** Their records others made with them: evaluations, deliberations, certificates. */
  shared: string[];
}

async function ownRecordIds(db: Db, person: Person): Promise<RecordIds> {
  const fileIds = person.candidates.map((c) => c.id);
  const personal = [...fileIds, ...(person.user ? [person.user.id] : [])];
  const invited =
    person.emails.length === 0
      ? []
      : await db
          .select({ id: invitations.id })
          .from(invitations)
          .where(inArray(sql`lower(${invitations.email})`, [...person.emails]));
  personal.push(...invited.map((r) => r.id));
  const shared: string[] = [];
  if (fileIds.length === 0) return { personal, shared };
  for (const table of [evaluations, juryCandidates, certificates] as const) {
    const rows = await db
      .select({ id: table.id })
      .from(table)
      .where(inArray(table.candidateId, fileIds));
    shared.push(...rows.map((r) => r.id));
  }
  return { personal, shared };
}

export async function personalDataOf(ctx: Context, db: Db, person: Person) {
  const candidacies = [];
  for (const file of person.candidates) candidacies.push(await candidacyExport(db, file));
  return {
    format: EXPORT_FORMAT,
    exportedAt: ctx.now().toISOString(),
    addresses: person.emails,
    account: await accountOf(db, person),
    signInAttemptsCounted: await countedAttempts(db, person.emails.flatMap(addressKeys), ctx.now()),
    invitations: await invitationsOf(db, person.emails),
    candidacies,
    staff: await staffOf(db, person),
    mail: await mailOf(db, person),
    auditTrail: await auditOf(db, person, await ownRecordIds(db, person)),
    processing: retentionRulesWith({
      noJuryDelayDays: ctx.config.retention.noJuryDelayDays,
      sessionDays: ctx.config.sessionDays,
      resetHours: ctx.config.resetTokenHours,
    }),
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof personalDataOf>>;

/** `actorId` null: the local administrator (the command line), recorded as no one. */
export async function exportPersonalData(ctx: Context, actorId: string | null, ref: PersonRef) {
  return ctx.database.db.transaction(async (tx) => {
    const person = await findPerson(tx, ref);
    const data = await personalDataOf(ctx, tx, person);
    await insertAudit(tx, {
      actorId,
      action: 'personal_data.export',
      subjectType: 'person',
      subjectId: person.user?.id ?? person.candidates[0]?.id ?? '',
      data: { userId: person.user?.id ?? null, candidateIds: person.candidates.map((c) => c.id) },
    });
    return data;
  });
}

/** The export as the file the certifier downloads. */
export async function personalDataFile(
  ctx: Context,
  actorId: string | null,
  ref: PersonRef,
): Promise<DownloadedFile> {
  const data = await exportPersonalData(ctx, actorId, ref);
  return {
    fileName: `donnees-personnelles-${data.exportedAt.slice(0, 10)}.json`,
    contentType: 'application/json; charset=utf-8',
    body: `${JSON.stringify(data, null, 2)}\n`,
  };
}
