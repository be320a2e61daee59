// What the session screens read: the sessions a person may see, and one session with its
// members and seats, the problems of its composition, its candidates with their slots and
// where each deliberation stands, the minutes stored, and what the reader may do.
import { checkComposition, type DeliberationStatus, juryRoleLabels } from '@certeval/core';
import type { Context } from '../platform/context.ts';
import { type Actor, can } from '../platform/policy.ts';
import { certifiersOf, sessionFor } from './access.ts';
import { candidateName, problemDetails, toJuryMember } from './juryMembers.ts';
import { juryRuleSetFor } from './juryRuleSet.ts';
import * as store from './store.ts';
import { slotOf } from './timetable.ts';

export async function listSessions(ctx: Context, actor: Actor) {
  const rows = await store.listSessions(ctx.database.db, {
    certifierIds: certifiersOf(actor),
    memberId: actor.userId,
  });
  return rows.map(({ session, certifierName, candidates, signed }) => ({
    id: session.id,
    certification: session.certification,
    referentialVersion: session.referentialVersion,
    certifierName,
    date: session.date,
    startTime: session.startTime,
    place: session.place,
    remoteLink: session.remoteLink,
    status: session.status,
    candidates,
    signed,
  }));
}

export async function getSession(ctx: Context, actor: Actor, id: string) {
  const { session, members, certifier } = await sessionFor(ctx, actor, id, 'jury.read');
  const { db } = ctx.database;
  const rule = await juryRuleSetFor(ctx, session.certification, session.referentialVersion);
  const seats = await store.sessionSeats(db, id);
  const jury = members.map(toJuryMember);
  const versions = await store.minutesVersions(db, id);
  return {
    id: session.id,
    certification: session.certification,
    referentialVersion: session.referentialVersion,
    date: session.date,
    startTime: session.startTime,
    place: session.place,
    remoteLink: session.remoteLink,
    status: session.status,
    revision: session.revision,
    slotMinutes: rule.jury.slot.minutes,
    ruleSet: { id: rule.id, version: rule.version },
    roles: rule.jury.composition.roles.map((seat) => ({
      role: seat.role,
      label: juryRoleLabels[seat.role],
      min: seat.min,
      max: seat.max ?? null,
    })),
    members: members.map((m) => ({
      userId: m.userId,
      name: m.name,
      email: m.email,
      role: m.role,
      affiliation: m.affiliation,
      affiliationOrganisationId: m.affiliationOrganisationId,
      independent: m.independent === 1,
      presides: m.presides === 1,
    })),
    problems: problemDetails(
      checkComposition(rule.jury, jury, { certifierId: session.certifierId }),
    ),
    candidates: seats.map((seat) => seatView(seat, rule.jury.slot.minutes, actor)),
    minutes: versions.map((v) => ({ version: v.version, hash: v.hash, at: v.at.toISOString() })),
    locked: seats.length > 0 && seats.every((s) => s.state === 'signed'),
    can: {
      manage: certifier && can(actor, 'jury.manage'),
      reopen: certifier && can(actor, 'jury.reopen'),
    },
  };
}

function seatView(seat: store.SessionSeat, slotMinutes: number, actor: Actor) {
  const started = seat.status !== null;
  return {
    id: seat.id,
    candidateId: seat.candidate.id,
    name: candidateName(seat.candidate),
    company: seat.company,
    accessRoute: seat.candidate.accessRoute,
    slot: slotOf(seat.slotStart, slotMinutes),
    status: (seat.status ?? 'grading') as DeliberationStatus,
    started,
    version: seat.version ?? 1,
    revision: seat.revision,
    grader: started ? (seat.graders ?? []).includes(actor.userId) : undefined,
    decision: seat.summary ?? null,
    signedAt: seat.signedAt?.toISOString() ?? null,
    minutesHash: seat.minutesHash,
  };
}
