// Use cases of jury sessions (issue 6, item 3): the certifier convenes a session (day, start,
// place or remote link) with its members and their seats, checked against the
// certification's jury rule; adds candidates whose file is ready for the jury, refusing a
// member in conflict of interest; the timetable places one slot of the rule's length per
// candidate. Once a deliberation has begun the jury is fixed; once one is signed the session
// no longer changes. Every change is audited in its transaction.
import {
  buildTimetable,
  checkComposition,
  conflictsOfInterest,
  type JuryMember,
  type JuryProblem,
  type JuryRole,
  juryProblem,
  minutesOfDay,
  timeOfDay,
} from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import { candidateFor } from '../candidates/service.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { findVersionRow } from '../referential/service.ts';
import { certifiersOf, conflict, sessionFor } from './access.ts';
import { membersTowards, problemDetails, tiesOf, toJuryMember } from './juryMembers.ts';
import { type JuryRuleSet, juryRuleSetFor } from './juryRuleSet.ts';
import * as store from './store.ts';

export interface MemberInput {
  userId: string;
  role: JuryRole;
  affiliation?: string | null;
  affiliationOrganisationId?: string | null;
  independent?: boolean;
  presides?: boolean;
}

export interface SessionInput {
  date: string;
  startTime: string;
  place?: string | null;
  remoteLink?: string | null;
}

export interface NewSessionInput extends SessionInput {
  certification: string;
  referentialVersion: string;
  members: MemberInput[];
}

const refused = (fr: string, en: string, problems: JuryProblem[], base?: string) =>
  new AppError('validation_failed', { fr, en }, undefined, problemDetails(problems, base));

const compositionRefused = (problems: JuryProblem[]) =>
  refused(
    'La composition du jury ne respecte pas la règle de la certification : rien n’a été enregistré.',
    'The jury does not meet the certification’s rule: nothing was saved.',
    problems,
  );

function venueProblem(input: SessionInput) {
  if (input.place?.trim() || input.remoteLink?.trim()) return;
  throw new AppError(
    'validation_failed',
    {
      fr: 'Indiquez le lieu du jury ou le lien de la visioconférence.',
      en: 'Give the place of the jury or the link of the video call.',
    },
    'body/place',
  );
}

/** The members as core sees them, or every problem of the list (unknown people, the rule). */
async function checkedMembers(
  ctx: Context,
  rule: JuryRuleSet,
  certifierId: string,
  input: readonly MemberInput[],
): Promise<JuryMember[]> {
  const { db } = ctx.database;
  const eligible = await store.juryMemberIds(
    db,
    input.map((m) => m.userId),
  );
  const people = new Map((await store.juryPeople(db)).map((p) => [p.id, p]));
  const problems: JuryProblem[] = [];
  input.forEach((m, k) => {
    if (!eligible.has(m.userId))
      problems.push(
        juryProblem(
          'role_not_allowed',
          { member: m.userId, path: `$.members[${k}]` },
          {
            fr: 'Cette personne n’a pas le rôle de membre du jury.',
            en: 'This person does not hold the jury member role.',
          },
        ),
      );
  });
  const members = input.map((m) =>
    toJuryMember({
      sessionId: '',
      userId: m.userId,
      role: m.role,
      affiliation: m.affiliation?.trim() || null,
      affiliationOrganisationId: m.affiliationOrganisationId ?? null,
      independent: m.independent ? 1 : 0,
      presides: m.presides || m.role === 'president' ? 1 : 0,
      name: people.get(m.userId)?.name ?? m.userId,
      email: people.get(m.userId)?.email ?? '',
    }),
  );
  problems.push(...checkComposition(rule.jury, members, { certifierId }));
  if (problems.length > 0) throw compositionRefused(problems);
  return members;
}

const memberColumns = (members: readonly JuryMember[], input: readonly MemberInput[]) =>
  members.map((m, k) => ({
    userId: m.personId,
    role: m.role,
    affiliation: m.organisationName ?? null,
    affiliationOrganisationId: input[k]?.affiliationOrganisationId ?? null,
    independent: m.independent ? 1 : 0,
    presides: m.presides || m.role === 'president' ? 1 : 0,
  }));

export async function createSession(ctx: Context, actor: Actor, input: NewSessionInput) {
  const [certifierId] = certifiersOf(actor);
  if (!certifierId) throw new AppError('forbidden');
  await findVersionRow(ctx, input.certification, input.referentialVersion);
  const rule = await juryRuleSetFor(ctx, input.certification, input.referentialVersion);
  venueProblem(input);
  const members = await checkedMembers(ctx, rule, certifierId, input.members);
  return ctx.database.db.transaction(async (tx) => {
    const row = await store.insertSession(tx, {
      certifierId,
      certification: input.certification,
      referentialVersion: input.referentialVersion,
      date: input.date,
      startTime: input.startTime,
      place: input.place?.trim() || null,
      remoteLink: input.remoteLink?.trim() || null,
      status: 'planned',
      createdBy: actor.userId,
    });
    await store.replaceMembers(tx, row.id, memberColumns(members, input.members));
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'jury.session.create',
      subjectType: 'jury_session',
      subjectId: row.id,
      data: { input },
    });
    return { id: row.id, revision: row.revision };
  });
}

const signedIn = (seats: readonly store.SessionCandidate[]) =>
  seats.some((s) => s.juryCandidate.state === 'signed' || s.juryCandidate.signedAt !== null);

const lockedSession = () =>
  conflict(
    'Une délibération de ce jury est signée : la session ne change plus (le certificateur peut rouvrir la délibération).',
    'A deliberation of this jury is signed: the session no longer changes (the certifier may reopen the deliberation).',
  );

/** One slot per candidate in their order, from the session's start, of the rule's length. */
async function placeSlots(
  db: Db,
  session: { startTime: string },
  rule: JuryRuleSet,
  seatIds: readonly string[],
) {
  const timetable = buildTimetable({
    start: session.startTime,
    slotMinutes: rule.jury.slot.minutes,
    candidates: seatIds,
  });
  if (!timetable.ok)
    throw refused(
      'Le planning du jury ne tient pas dans la journée.',
      'The jury timetable does not fit in the day.',
      timetable.problems,
      'body',
    );
  for (const slot of timetable.value) await store.setSlot(db, slot.candidateId, slot.start);
}

export async function updateSession(
  ctx: Context,
  actor: Actor,
  id: string,
  input: SessionInput & { revision: number },
) {
  const { session } = await sessionFor(ctx, actor, id, 'jury.manage');
  const seats = await store.candidatesOf(ctx.database.db, id);
  if (signedIn(seats)) throw lockedSession();
  venueProblem(input);
  const rule = await juryRuleSetFor(ctx, session.certification, session.referentialVersion);
  const changes = {
    date: input.date,
    startTime: input.startTime,
    place: input.place?.trim() || null,
    remoteLink: input.remoteLink?.trim() || null,
  };
  return ctx.database.db.transaction(async (tx) => {
    const revision = await store.updateSession(tx, id, input.revision, changes);
    if (revision === undefined) throw conflict();
    const ids = seats.map((s) => s.juryCandidate.id);
    await placeSlots(tx, changes, rule, ids);
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'jury.session.update',
      subjectType: 'jury_session',
      subjectId: id,
      data: {
        before: {
          date: session.date,
          startTime: session.startTime,
          place: session.place,
          remoteLink: session.remoteLink,
        },
        after: changes,
      },
    });
    return { revision };
  });
}

/** Conflicts of interest between these members and the candidates already placed. */
async function seatConflicts(
  ctx: Context,
  rule: JuryRuleSet,
  members: readonly JuryMember[],
  seats: readonly store.SessionCandidate[],
) {
  const organisations = await store.organisationsOfPeople(
    ctx.database.db,
    members.map((m) => m.personId),
  );
  return seats.flatMap((seat) =>
    conflictsOfInterest(
      rule.jury,
      membersTowards(members, organisations, seat.candidate.organisationId),
      tiesOf(seat),
    ),
  );
}

export async function setMembers(
  ctx: Context,
  actor: Actor,
  id: string,
  input: { members: MemberInput[]; revision: number },
) {
  const { session, members: before } = await sessionFor(ctx, actor, id, 'jury.manage');
  const seats = await store.candidatesOf(ctx.database.db, id);
  if (signedIn(seats)) throw lockedSession();
  if (seats.some((s) => s.juryCandidate.deliberation !== null))
    throw conflict(
      'La délibération a commencé : la composition du jury est arrêtée.',
      'The deliberation has begun: the jury is fixed.',
    );
  const rule = await juryRuleSetFor(ctx, session.certification, session.referentialVersion);
  const members = await checkedMembers(ctx, rule, session.certifierId, input.members);
  const conflicts = await seatConflicts(ctx, rule, members, seats);
  if (conflicts.length > 0) throw compositionRefused(conflicts);
  return ctx.database.db.transaction(async (tx) => {
    const revision = await store.updateSession(tx, id, input.revision);
    if (revision === undefined) throw conflict();
    await store.replaceMembers(tx, id, memberColumns(members, input.members));
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'jury.members.set',
      subjectType: 'jury_session',
      subjectId: id,
      data: { before: before.map(toJuryMember), after: members },
    });
    return { revision };
  });
}

async function readyCandidate(
  ctx: Context,
  actor: Actor,
  session: store.SessionRow,
  candidateId: string,
) {
  const { row } = await candidateFor(ctx, actor, candidateId, 'candidate.read');
  const project = await store.projectOfCandidate(ctx.database.db, row.id);
  const refuse = (fr: string, en: string) =>
    new AppError('validation_failed', { fr, en }, 'body/candidateId');
  if (row.status !== 'ready_for_jury')
    throw refuse(
      'Le dossier de ce candidat n’est pas présenté au jury (évaluations finales du tuteur et du formateur attendues).',
      'This candidate’s file is not put before the jury (the tutor’s and trainer’s final evaluations are expected).',
    );
  if (
    project?.certification !== session.certification ||
    project.version !== session.referentialVersion
  )
    throw refuse(
      'Ce candidat prépare une autre certification ou une autre version du référentiel.',
      'This candidate is pursuing another certification or referential version.',
    );
  const elsewhere = await store.openSeatsOf(ctx.database.db, row.id, session.id);
  if (elsewhere.length > 0)
    throw refuse(
      'Ce candidat est déjà convoqué devant un autre jury qui n’a pas signé.',
      'This candidate already sits before another jury that has not signed.',
    );
  return row;
}

export async function addCandidate(
  ctx: Context,
  actor: Actor,
  id: string,
  input: { candidateId: string; revision: number },
) {
  const { session, members } = await sessionFor(ctx, actor, id, 'jury.manage');
  const candidate = await readyCandidate(ctx, actor, session, input.candidateId);
  const rule = await juryRuleSetFor(ctx, session.certification, session.referentialVersion);
  const seats = await store.candidatesOf(ctx.database.db, id);
  if (seats.some((s) => s.candidate.id === candidate.id))
    throw conflict(
      'Ce candidat est déjà dans la session.',
      'This candidate is already in the session.',
    );
  const organisations = await store.organisationsOfPeople(
    ctx.database.db,
    members.map((m) => m.userId),
  );
  const jury = membersTowards(members.map(toJuryMember), organisations, candidate.organisationId);
  const first = (candidate.firstNames as string[]).join(' ');
  const conflicts = conflictsOfInterest(rule.jury, jury, {
    candidateId: candidate.id,
    name: `${first} ${candidate.usageName ?? candidate.birthName}`,
    companyId: candidate.organisationId,
    tutorIds: candidate.tutorId ? [candidate.tutorId] : [],
    trainerIds: candidate.trainerId ? [candidate.trainerId] : [],
  });
  if (conflicts.length > 0)
    throw refused(
      'Conflit d’intérêts : ce candidat ne peut pas passer devant ce jury.',
      'Conflict of interest: this candidate may not sit before this jury.',
      conflicts,
      'body/candidateId',
    );
  return ctx.database.db.transaction(async (tx) => {
    const revision = await store.updateSession(tx, id, input.revision);
    if (revision === undefined) throw conflict();
    const seat = await store.insertJuryCandidate(tx, {
      sessionId: id,
      candidateId: candidate.id,
      state: 'grading',
    });
    await placeSlots(tx, session, rule, [...seats.map((s) => s.juryCandidate.id), seat.id]);
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'jury.candidate.add',
      subjectType: 'jury_session',
      subjectId: id,
      data: { candidateId: candidate.id, juryCandidateId: seat.id },
    });
    return { id: seat.id, revision };
  });
}

export async function removeCandidate(
  ctx: Context,
  actor: Actor,
  id: string,
  seatId: string,
  revision: number,
) {
  const { session } = await sessionFor(ctx, actor, id, 'jury.manage');
  const seats = await store.candidatesOf(ctx.database.db, id);
  const seat = seats.find((s) => s.juryCandidate.id === seatId);
  if (!seat) throw new AppError('not_found');
  if (seat.juryCandidate.deliberation !== null)
    throw conflict(
      'La délibération de ce candidat a commencé : il reste dans la session.',
      'This candidate’s deliberation has begun: they stay in the session.',
    );
  const rule = await juryRuleSetFor(ctx, session.certification, session.referentialVersion);
  return ctx.database.db.transaction(async (tx) => {
    const next = await store.updateSession(tx, id, revision);
    if (next === undefined) throw conflict();
    await store.deleteJuryCandidate(tx, seatId);
    const left = seats.filter((s) => s.juryCandidate.id !== seatId).map((s) => s.juryCandidate.id);
    await placeSlots(tx, session, rule, left);
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'jury.candidate.remove',
      subjectType: 'jury_session',
      subjectId: id,
      data: { candidateId: seat.candidate.id, juryCandidateId: seatId },
    });
    return { revision: next };
  });
}

/** The end of a slot that starts at `start` and lasts the rule's slot. */
export function slotOf(start: string | null, minutes: number) {
  const from = start ? minutesOfDay(start) : undefined;
  return start && from !== undefined ? { start, end: timeOfDay(from + minutes) } : null;
}

/** Whom the certifier may seat on a jury: every person with the jury member role. */
export async function juryPeople(ctx: Context) {
  return store.juryPeople(ctx.database.db);
}
