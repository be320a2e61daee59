// One candidacy file as its person receives it (GDPR articles 15 and 20, issue 19 item 5):
// identity, contact, evaluations, plan, booklets, VAE documents (their bytes in base64), jury
// decisions, the candidate's part of the signed minutes, certificates. Nothing of another person:
// no evaluator's, tutor's or jury member's name, no other candidate's line of the minutes.
import type { MinutesCandidate } from '@certeval/core';
import { asc, eq, sql } from 'drizzle-orm';
import type { CandidateRow } from '../candidates/store.ts';
import type { Db } from '../platform/db/open.ts';
import {
  bookletEntries,
  certificates,
  evaluations,
  juryCandidates,
  juryMinutes,
  jurySessions,
  organisations,
  projects,
  trainingPlans,
  vaeBooklets,
  vaeDocuments,
} from '../platform/db/schema.ts';
import { rowsOf } from './findPerson.ts';

const fileOf = (c: CandidateRow) => ({
  id: c.id,
  birthName: c.birthName,
  usageName: c.usageName,
  firstNames: c.firstNames as string[],
  birthDate: c.birthDate,
  birthPlace: c.birthPlace,
  email: c.email,
  phone: c.phone,
  job: c.job,
  accessRoute: c.accessRoute,
  accommodations: c.accommodations as string[],
  status: c.status,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

async function projectOf(db: Db, c: CandidateRow) {
  const [row] = await db
    .select({
      organisation: organisations.name,
      project: projects.title,
      certification: projects.certification,
      referentialVersion: projects.referentialVersion,
    })
    .from(projects)
    .innerJoin(organisations, eq(organisations.id, c.organisationId))
    .where(eq(projects.id, c.projectId));
  return row ?? null;
}

function evaluationsOf(db: Db, candidateId: string) {
  return db
    .select({
      instrument: evaluations.instrumentKey,
      instrumentVersion: evaluations.instrumentVersion,
      kind: evaluations.kind,
      evaluatorRole: evaluations.evaluatorRole,
      date: evaluations.date,
      status: evaluations.status,
      items: evaluations.items,
      responses: evaluations.responses,
      agreed: evaluations.agreed,
      comment: evaluations.comment,
      startedAt: evaluations.startedAt,
      submittedAt: evaluations.submittedAt,
    })
    .from(evaluations)
    .where(eq(evaluations.candidateId, candidateId))
    .orderBy(asc(evaluations.createdAt));
}

async function bookletsOf(db: Db, candidateId: string) {
  const [plan] = await db
    .select({ entries: trainingPlans.entries, updatedAt: trainingPlans.updatedAt })
    .from(trainingPlans)
    .where(eq(trainingPlans.candidateId, candidateId));
  const followUp = await db
    .select({
      kind: bookletEntries.kind,
      date: bookletEntries.date,
      title: bookletEntries.title,
      body: bookletEntries.body,
      durationHours: bookletEntries.durationHours,
      createdAt: bookletEntries.createdAt,
    })
    .from(bookletEntries)
    .where(eq(bookletEntries.candidateId, candidateId))
    .orderBy(asc(bookletEntries.date), asc(bookletEntries.createdAt));
  const [vae] = await db
    .select({
      instrument: vaeBooklets.instrumentKey,
      instrumentVersion: vaeBooklets.instrumentVersion,
      responses: vaeBooklets.responses,
      status: vaeBooklets.status,
      submittedAt: vaeBooklets.submittedAt,
    })
    .from(vaeBooklets)
    .where(eq(vaeBooklets.candidateId, candidateId));
  const documents = await db
    .select()
    .from(vaeDocuments)
    .where(eq(vaeDocuments.candidateId, candidateId))
    .orderBy(asc(vaeDocuments.createdAt));
  return {
    trainingPlan: plan ?? null,
    followUpBooklet: followUp,
    vaeBooklet: vae ?? null,
    vaeDocuments: documents.map((d) => ({
      fileName: d.fileName,
      contentType: d.contentType,
      size: d.size,
      sha256: d.sha256,
      section: d.sectionId,
      uploadedAt: d.createdAt,
      contentBase64: d.content.toString('base64'),
    })),
  };
}

function juryOf(db: Db, candidateId: string) {
  return db
    .select({
      sessionDate: jurySessions.date,
      certification: jurySessions.certification,
      state: juryCandidates.state,
      slotStart: juryCandidates.slotStart,
      agreed: juryCandidates.agreed,
      synthesisComment: juryCandidates.synthesisComment,
      decision: juryCandidates.decision,
      signedAt: juryCandidates.signedAt,
    })
    .from(juryCandidates)
    .innerJoin(jurySessions, eq(jurySessions.id, juryCandidates.sessionId))
    .where(eq(juryCandidates.candidateId, candidateId))
    .orderBy(asc(jurySessions.date));
}

/** The candidate's line of each signed minutes naming them, without the members' names. */
async function minutesOf(db: Db, candidateId: string) {
  const rows = await rowsOf<{
    version: number;
    hash: string;
    date: string;
    entry: MinutesCandidate;
  }>(
    db,
    sql`select m.version, m.hash, m.minutes->'session'->>'date' as date, c as entry
      from ${juryMinutes} m, jsonb_array_elements(m.minutes->'candidates') c
      where c->>'candidateId' = ${candidateId} order by m.created_at`,
  );
  return rows.map(({ version, hash, date, entry }) => ({
    sessionDate: date,
    version,
    hash,
    name: entry.name,
    company: entry.company ?? null,
    status: entry.status,
    grid: entry.grid ?? null,
    decision: entry.decision ?? null,
    comment: entry.comment ?? null,
    signedAt: entry.signature?.at ?? null,
  }));
}

function certificatesOf(db: Db, candidateId: string) {
  return db
    .select({
      number: certificates.number,
      kind: certificates.kind,
      certification: certificates.certification,
      referentialVersion: certificates.referentialVersion,
      decisionDate: certificates.decisionDate,
      validUntil: certificates.validUntil,
      data: certificates.data,
      credential: certificates.credential,
      issuedAt: certificates.issuedAt,
      revokedAt: certificates.revokedAt,
      revocationReason: certificates.revocationReason,
    })
    .from(certificates)
    .where(eq(certificates.candidateId, candidateId))
    .orderBy(asc(certificates.issuedAt));
}

export async function candidacyExport(db: Db, c: CandidateRow) {
  return {
    file: fileOf(c),
    project: await projectOf(db, c),
    evaluations: await evaluationsOf(db, c.id),
    ...(await bookletsOf(db, c.id)),
    jury: await juryOf(db, c.id),
    minutes: await minutesOf(db, c.id),
    certificates: await certificatesOf(db, c.id),
  };
}
