// Candidates of a session (issue 6, item 3): only a file ready for the jury, of the session's
// certification, sitting before no other unsigned jury, with no member in conflict of interest
// (the candidate's company, tutor or trainer); placed on the timetable, taken off before their
// deliberation begins. Every change audited in its transaction.
import { conflictsOfInterest } from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import { candidateFor } from '../candidates/service.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { conflict, sessionFor } from './access.ts';
import { membersTowards, toJuryMember } from './juryMembers.ts';
import { juryRuleSetFor } from './juryRuleSet.ts';
import { refused } from './service.ts';
import * as store from './store.ts';
import { placeSlots } from './timetable.ts';

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
