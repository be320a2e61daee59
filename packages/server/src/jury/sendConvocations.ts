// Sending the convocations of a jury session by e-mail (issue 15, item 4): each candidate with a
// slot and an address (their account's, or the one of their file) receives the convocation
// letter (the PDF the certifier prints, in the candidate's language) and an iCalendar event of
// the slot and the place, in one transaction with its audit. A message is sent once per slot
// and place: sending again after the session moved sends the new ones only, and the event keeps
// its UID so that a calendar updates it. Whether each arrived is read at convocationDeliveries.
import { createHash } from 'node:crypto';
import { candidateDisplayName } from '@certeval/core';
import { eq, inArray } from 'drizzle-orm';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { candidates, users } from '../platform/db/schema.ts';
import { calendarOf } from '../platform/mail/icalendar.ts';
import { keyAbout, latestDeliveries } from '../platform/mail/messagesAbout.ts';
import { type OutgoingMessage, sendMessages } from '../platform/mail/sendMessage.ts';
import type { Actor } from '../platform/policy.ts';
import * as referentialStore from '../referential/store.ts';
import { sessionFor } from './access.ts';
import { convocationPdf } from './juryDocuments.ts';
import { juryRuleSetFor } from './juryRuleSet.ts';
import * as store from './store.ts';
import { slotOf } from './timetable.ts';

type Message = OutgoingMessage<'jury-convocation'>;

/** The address and language of each candidate: their account's, else their file's address. */
async function reachOf(ctx: Context, candidateIds: string[]) {
  if (candidateIds.length === 0) return new Map();
  const rows = await ctx.database.db
    .select({
      id: candidates.id,
      email: candidates.email,
      userId: candidates.userId,
      locale: users.locale,
    })
    .from(candidates)
    .leftJoin(users, eq(users.id, candidates.userId))
    .where(inArray(candidates.id, candidateIds));
  return new Map(rows.map((row) => [row.id, row]));
}

const fingerprint = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export async function sendConvocations(ctx: Context, actor: Actor, sessionId: string) {
  const { session } = await sessionFor(ctx, actor, sessionId, 'jury.manage');
  const { db } = ctx.database;
  const rule = await juryRuleSetFor(ctx, session.certification, session.referentialVersion);
  const seats = await store.candidatesOf(db, sessionId);
  const reach = await reachOf(
    ctx,
    seats.map((s) => s.candidate.id),
  );
  const certification = await referentialStore.findCertification(db, session.certification);
  const certifierName = (await store.organisationName(db, session.certifierId)) ?? '';
  const title = certification?.title ?? session.certification;
  const venue = session.place
    ? { kind: 'on_site' as const, place: session.place }
    : { kind: 'remote' as const, link: session.remoteLink ?? '' };
  const where = session.place ?? session.remoteLink ?? '';
  const host = new URL(ctx.config.publicUrl).hostname;
  const messages: Array<Message & { seatId: string }> = [];
  const unreachable: string[] = [];
  for (const seat of seats) {
    const slot = slotOf(seat.juryCandidate.slotStart, rule.jury.slot.minutes);
    const person = reach.get(seat.candidate.id);
    const name = candidateDisplayName({
      birthName: seat.candidate.birthName,
      usageName: seat.candidate.usageName ?? undefined,
      firstNames: seat.candidate.firstNames as string[],
    });
    if (!slot || (!person?.userId && !person?.email)) {
      unreachable.push(seat.juryCandidate.id);
      continue;
    }
    const lang = person.locale === 'en' ? 'en' : 'fr';
    const pdf = await convocationPdf(ctx, actor, sessionId, seat.juryCandidate.id, lang);
    const ics = calendarOf({
      uid: `${seat.juryCandidate.id}@${host}`,
      stamp: ctx.now(),
      sequence: session.revision,
      date: session.date,
      start: slot.start,
      end: slot.end,
      summary: `Jury — ${title}`,
      location: where,
      description: `${certifierName} — ${name}`,
      url: ctx.config.publicUrl,
    });
    messages.push({
      seatId: seat.juryCandidate.id,
      template: 'jury-convocation',
      to: person.userId ? { userId: person.userId } : { email: person.email, name, locale: 'fr' },
      data: {
        candidateName: name,
        certificationTitle: title,
        certifierName,
        date: session.date,
        start: slot.start,
        end: slot.end,
        venue,
      },
      key: keyAbout(seat.juryCandidate.id, `${session.date}T${slot.start}`, fingerprint(where)),
      attachments: [
        { fileName: pdf.fileName, contentType: 'application/pdf', content: Buffer.from(pdf.body) },
        {
          fileName: 'convocation.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: Buffer.from(ics, 'utf8'),
        },
      ],
      organisationId: session.certifierId,
      requestedBy: actor.userId,
    });
  }
  const sent = await db.transaction(async (tx) => {
    const results = await sendMessages(ctx, tx, messages);
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'jury.convocations.send',
      subjectType: 'jury_session',
      subjectId: sessionId,
      data: {
        sent: messages.filter((_, i) => results[i]?.created).map((m) => m.seatId),
        unreachable,
      },
    });
    return results;
  });
  return {
    sent: sent.filter((s) => s.created).length,
    alreadySent: sent.filter((s) => !s.created).length,
    unreachable: unreachable.length,
  };
}

/** Where the latest convocation message of each seat of a session stands. */
export async function convocationDeliveries(ctx: Context, actor: Actor, sessionId: string) {
  await sessionFor(ctx, actor, sessionId, 'jury.manage');
  const seats = await store.candidatesOf(ctx.database.db, sessionId);
  const ids = seats.map((s) => s.juryCandidate.id);
  const found = await latestDeliveries(ctx.database.db, 'jury-convocation', ids);
  return ids.map((seatId) => ({ seatId, delivery: found.get(seatId) ?? null }));
}
