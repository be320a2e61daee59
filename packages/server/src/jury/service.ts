// Use cases of jury sessions (issue 6, item 3): the certifier convenes a session (day, start,
// place or remote link) with its members and their seats, checked against the
// certification's jury rule and the conflicts of interest of the candidates already placed
// (candidates: seats.ts; slots: timetable.ts). Once a deliberation has begun the jury is
// fixed; once one is signed the session no longer changes. Every change is audited in its
// transaction.
import {
  checkComposition,
  conflictsOfInterest,
  type JuryMember,
  type JuryProblem,
  type JuryRole,
  juryProblem,
} from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { findVersionRow } from '../referential/service.ts';
import { certifiersOf, conflict, sessionFor } from './access.ts';
import { membersTowards, problemDetails, tiesOf, toJuryMember } from './juryMembers.ts';
import { type JuryRuleSet, juryRuleSetFor } from './juryRuleSet.ts';
import * as store from './store.ts';
import { placeSlots } from './timetable.ts';

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

export const refused = (fr: string, en: string, problems: JuryProblem[], base?: string) =>
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

/** The form's certification and version: unknown ones are a problem of the form (400). */
async function versionOfForm(ctx: Context, input: NewSessionInput) {
  try {
    return await findVersionRow(ctx, input.certification, input.referentialVersion);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'not_found')) throw error;
    const message = {
      fr: 'Choisissez une certification et une version publiée de la liste.',
      en: 'Choose a certification and a published version from the list.',
    };
    throw new AppError('validation_failed', message, undefined, [
      { code: 'unknown_version', path: 'body/referentialVersion', message },
    ]);
  }
}

export async function createSession(ctx: Context, actor: Actor, input: NewSessionInput) {
  const [certifierId] = certifiersOf(actor);
  if (!certifierId) throw new AppError('forbidden');
  await versionOfForm(ctx, input);
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

/** Whom the certifier may seat on a jury: every person with the jury member role. */
export async function juryPeople(ctx: Context) {
  return store.juryPeople(ctx.database.db);
}
