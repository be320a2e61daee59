// The jury's documents from the stored session: the minutes (procès-verbal) as core builds them
// from every candidate's deliberation, stored at each signature with their SHA-256 and printed
// from what was stored; the decisions as CSV or XLSX; a candidate's convocation letter.
import {
  type CandidateDeliberation,
  convocationOf,
  decisionTable,
  type JurySession,
  type JuryVenue,
  type Minutes,
  minutesOf,
  pathwayOf,
  presidentOf,
  startDeliberation,
} from '@certeval/core';
import { findUserById } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { AppError } from '../platform/errors.ts';
import type { DownloadedFile } from '../platform/http/files.ts';
import type { Actor } from '../platform/policy.ts';
import * as referentialStore from '../referential/store.ts';
import { sessionFor } from './access.ts';
import { decisionsCsv } from './export/decisionsCsv.ts';
import { decisionsXlsx } from './export/decisionsXlsx.ts';
import { candidateName, toJuryMember } from './juryMembers.ts';
import { juryRuleSetFor } from './juryRuleSet.ts';
import { minutesHash } from './paper/minutesHash.ts';
import type { PaperLang } from './paper/paperFormat.ts';
import { renderConvocationPdf, renderMinutesPdf } from './paper/renderJuryPdf.ts';
import * as store from './store.ts';
import { slotOf } from './timetable.ts';

const venueOf = (session: store.SessionRow): JuryVenue =>
  session.place
    ? { kind: 'on_site', place: session.place }
    : { kind: 'remote', link: session.remoteLink ?? '' };

async function juryHeader(db: Db, session: store.SessionRow, members: store.MemberRow[]) {
  const certification = await referentialStore.findCertification(db, session.certification);
  const certifier = await store.organisationName(db, session.certifierId);
  const header: JurySession = {
    id: session.id,
    certification: {
      id: session.certification,
      title: certification?.title ?? session.certification,
    },
    certifier: { id: session.certifierId, name: certifier ?? '' },
    date: session.date,
    venue: venueOf(session),
    members: members.map(toJuryMember),
  };
  return header;
}

/** The minutes of a session as they stand now (read with `db`: a transaction's handle). */
export async function sessionMinutes(ctx: Context, db: Db, sessionId: string): Promise<Minutes> {
  const session = await store.findSession(db, sessionId);
  if (!session) throw new AppError('not_found');
  const members = await store.membersOf(db, sessionId);
  const header = await juryHeader(db, session, members);
  const rule = await juryRuleSetFor(ctx, session.certification, session.referentialVersion);
  const president = presidentOf(header.members);
  const seats = await store.candidatesOf(db, sessionId);
  const entries = seats.map((seat) => {
    const stored = seat.juryCandidate.deliberation as CandidateDeliberation | null;
    const slot = slotOf(seat.juryCandidate.slotStart, rule.jury.slot.minutes);
    return {
      candidate: {
        id: seat.candidate.id,
        name: candidateName(seat.candidate),
        company: seat.company,
      },
      ...(slot ? { slot } : {}),
      deliberation:
        stored ??
        startDeliberation({
          candidateId: seat.candidate.id,
          president: { personId: president?.personId ?? '', name: president?.name ?? '' },
          graders: [],
          juryInstrument: rule.jury.deliberation?.countsAs ?? 'jury',
        }),
    };
  });
  const reopeners = new Set(entries.flatMap((e) => e.deliberation.reopenings.map((r) => r.by)));
  const names: Record<string, string> = {};
  for (const id of reopeners) {
    const user = await findUserById(db, id);
    if (user) names[id] = user.displayName;
  }
  return minutesOf(header, rule, entries, names);
}

/** Stores the minutes as they stand, as the next version, with their fingerprint. */
export async function storeMinutes(ctx: Context, db: Db, sessionId: string) {
  const minutes = await sessionMinutes(ctx, db, sessionId);
  const hash = minutesHash(minutes);
  const last = await store.findMinutes(db, sessionId);
  const row = await store.insertMinutes(db, {
    sessionId,
    version: (last?.version ?? 0) + 1,
    minutes,
    hash,
  });
  return { version: row.version, hash, minutes };
}

/** The stored minutes as PDF: the latest version, or the one asked for. */
export async function minutesPdf(
  ctx: Context,
  actor: Actor,
  sessionId: string,
  options: { version?: number; lang?: PaperLang },
): Promise<DownloadedFile> {
  await sessionFor(ctx, actor, sessionId, 'jury.read');
  const row = await store.findMinutes(ctx.database.db, sessionId, options.version);
  if (!row)
    throw new AppError('not_found', {
      fr: 'Aucun procès-verbal signé pour ce jury.',
      en: 'No signed minutes for this jury.',
    });
  const { pdf, hash } = await renderMinutesPdf(row.minutes as Minutes, {
    lang: options.lang ?? 'fr',
  });
  if (hash !== row.hash) throw new Error(`minutes ${row.id}: stored hash differs from content`);
  return {
    body: pdf,
    contentType: 'application/pdf',
    fileName: `proces-verbal-${(row.minutes as Minutes).session.date}-v${row.version}.pdf`,
  };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function decisionsFile(
  ctx: Context,
  actor: Actor,
  sessionId: string,
  format: 'csv' | 'xlsx',
  lang: PaperLang = 'fr',
): Promise<DownloadedFile> {
  const { session } = await sessionFor(ctx, actor, sessionId, 'jury.manage');
  const table = decisionTable([await sessionMinutes(ctx, ctx.database.db, sessionId)], lang);
  const name = `decisions-${session.date}.${format}`;
  return format === 'csv'
    ? { body: decisionsCsv(table, lang), contentType: 'text/csv; charset=utf-8', fileName: name }
    : { body: await decisionsXlsx(table, lang), contentType: XLSX, fileName: name };
}

/**
 * The convocation letter of one candidate of the session, with their slot; what the test holds
 * is their route's (core's convocationOf: the VAE jury's presentation and interview, seed 001).
 */
export async function convocationPdf(
  ctx: Context,
  actor: Actor,
  sessionId: string,
  seatId: string,
  lang: PaperLang = 'fr',
): Promise<DownloadedFile> {
  const { session, members } = await sessionFor(ctx, actor, sessionId, 'jury.manage');
  const { db } = ctx.database;
  const seat = (await store.candidatesOf(db, sessionId)).find((s) => s.juryCandidate.id === seatId);
  if (!seat) throw new AppError('not_found');
  const rule = await juryRuleSetFor(ctx, session.certification, session.referentialVersion);
  const slot = slotOf(seat.juryCandidate.slotStart, rule.jury.slot.minutes);
  if (!slot) throw new AppError('conflict');
  const header = await juryHeader(db, session, members);
  const accommodations = seat.candidate.accommodations as string[];
  const letter = convocationOf(rule.jury, {
    session: { ...header, certifier: { name: header.certifier.name } },
    candidate: { name: candidateName(seat.candidate), accommodations },
    pathway: pathwayOf(seat.candidate.accessRoute),
    slot,
    issuedOn: ctx.now().toISOString().slice(0, 10),
    signatory: { name: actor.displayName },
  });
  const name = seat.candidate.birthName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    body: await renderConvocationPdf(letter, { lang }),
    contentType: 'application/pdf',
    fileName: `convocation-${session.date}-${name}.pdf`,
  };
}
