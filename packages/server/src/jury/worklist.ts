// The jury's lists (issue 16, item 1): for the certifier, every deliberation of their sessions
// by state with what holds each up; for a member, their own grid of every candidate they grade
// (to fill, in progress, filled, signed). A deliberation not begun is seen as core would begin
// it: the jury less the members in conflict with the candidate, its president, its problems.
import {
  checkCandidateJury,
  type DeliberationStatus,
  deliberationBlockers,
  type LocalText,
  type MemberGridStatus,
  memberGridStatus,
  membersFor,
  presidentOf,
  type SeatFacts,
} from '@certeval/core';
import { type Context, todayOf } from '../platform/context.ts';
import type { Actor } from '../platform/policy.ts';
import { certifiersOf } from './access.ts';
import {
  candidateName,
  membersTowards,
  problemDetails,
  tiesOf,
  toJuryMember,
} from './juryMembers.ts';
import { juryRuleSetFor } from './juryRuleSet.ts';
import type { MemberRow, SessionCandidate } from './store.ts';
import * as store from './store.ts';
import * as list from './worklistStore.ts';

export interface ListedSeat {
  id: string;
  session: { id: string; date: string; startTime: string; place: string | null };
  slotStart: string | null;
  candidate: { id: string; name: string; company: string; accessRoute: string };
  status: DeliberationStatus;
  started: boolean;
  facts: SeatFacts;
  presidentId: string | null;
  grids: Array<{ personId: string; id: string; status: string }>;
}

type Jury = {
  graders: SeatFacts['graders'];
  president: string | null;
  presidentId: string | null;
  problems: LocalText[];
};

/** The jury as it sits for a seat: as stored once begun, else as core would begin it. */
async function juryOf(
  ctx: Context,
  seat: list.ListSeat,
  session: list.ListSession,
  members: MemberRow[],
  organisations: Map<string, string[]>,
): Promise<Jury> {
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const named = (ids: readonly string[]) =>
    ids.map((personId) => ({ personId, name: names.get(personId) ?? '' }));
  if (seat.graders)
    return {
      graders: named(seat.graders),
      president: seat.president?.name ?? null,
      presidentId: seat.president?.personId ?? null,
      problems: [],
    };
  const jury = membersTowards(
    members.map(toJuryMember),
    organisations,
    seat.candidate.organisationId,
  );
  const chair = presidentOf(jury);
  const president = { president: chair?.name ?? null, presidentId: chair?.personId ?? null };
  const rule = await juryRuleSetFor(ctx, session.certification, session.referentialVersion).catch(
    () => undefined,
  );
  if (!rule) return { graders: named(jury.map((m) => m.personId)), ...president, problems: [] };
  const ties = tiesOf({ candidate: seat.candidate } as SessionCandidate);
  const problems = problemDetails(
    checkCandidateJury(rule.jury, jury, ties, { certifierId: session.certifierId }),
  ).map((p) => p.message);
  const graders = membersFor(rule.jury, jury, ties).map((m) => m.personId);
  return { graders: named(graders), ...president, problems };
}

async function seatsFor(ctx: Context, filter: list.SeatFilter): Promise<ListedSeat[]> {
  const { db } = ctx.database;
  const sessions = await list.sessionsOfList(db, filter);
  const seats = await list.seatsOfList(db, filter);
  const memberRows = await list.membersOfSessions(
    db,
    sessions.map((s) => s.id),
  );
  const grids = await list.gridsOfSeats(
    db,
    seats.map((s) => s.id),
  );
  const organisations = await store.organisationsOfPeople(db, [
    ...new Set(memberRows.map((m) => m.member.userId)),
  ]);
  const out: ListedSeat[] = [];
  for (const seat of seats) {
    const session = sessions.find((s) => s.id === seat.sessionId);
    if (!session) continue;
    const members = memberRows
      .filter((m) => m.member.sessionId === session.id)
      .map(({ member, name, email }) => ({ ...member, name, email }));
    const { presidentId, ...jury } = await juryOf(ctx, seat, session, members, organisations);
    const own = grids
      .filter((g) => g.seatId === seat.id && g.evaluatorId)
      .map((g) => ({ personId: g.evaluatorId as string, id: g.id, status: g.status }));
    const status = seat.state as DeliberationStatus;
    const facts: SeatFacts = {
      status,
      ...jury,
      grids: own,
      reopenReason: seat.reopenReason,
      sessionDate: session.date,
      issued: seat.issued > 0,
    };
    out.push({
      id: seat.id,
      session: {
        id: session.id,
        date: session.date,
        startTime: session.startTime,
        place: session.place,
      },
      slotStart: seat.slotStart,
      candidate: {
        id: seat.candidate.id,
        name: candidateName(seat.candidate as SessionCandidate['candidate']),
        company: seat.company,
        accessRoute: seat.candidate.accessRoute,
      },
      status,
      started: seat.started,
      facts,
      presidentId,
      grids: own,
    });
  }
  return out;
}

/** The certifier's deliberations: every seat of the sessions they convened, with its blockers. */
export async function certifierDeliberations(ctx: Context, actor: Actor) {
  const seats = await seatsFor(ctx, { certifierIds: certifiersOf(actor) });
  const today = todayOf(ctx);
  return seats.map((s) => ({
    id: s.id,
    session: s.session,
    slotStart: s.slotStart,
    candidate: s.candidate,
    status: s.status,
    started: s.started,
    president: s.facts.president,
    graders: s.facts.graders.length,
    gridsIn: s.grids.filter((g) => g.status === 'submitted').length,
    blockers: deliberationBlockers(s.facts, today),
  }));
}

/** A member's own grids: every candidate they grade in the sessions they sit on. */
export async function memberGrids(ctx: Context, actor: Actor) {
  const seats = await seatsFor(ctx, { certifierIds: [], memberId: actor.userId });
  return seats.flatMap((s) => {
    const status: MemberGridStatus | undefined = memberGridStatus(s.facts, actor.userId);
    if (!status) return [];
    const grid = s.grids.find((g) => g.personId === actor.userId);
    return [
      {
        seatId: s.id,
        session: s.session,
        slotStart: s.slotStart,
        candidate: s.candidate,
        status,
        evaluationId: grid?.id ?? null,
        presides: s.presidentId === actor.userId,
      },
    ];
  });
}

/** The sessions a member sits on, for their home: the next one. */
export function memberSessions(ctx: Context, actor: Actor) {
  return list.sessionsOfList(ctx.database.db, { certifierIds: [], memberId: actor.userId });
}
