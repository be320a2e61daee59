// Who reaches a jury session and its candidates: the certifier's administrators (those of the
// certifier that convened it) and the members who sit on it. Anyone else gets 404, so that
// a session's existence is not revealed; a person who sees it but may not act gets 403.

import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import { type Action, type Actor, can } from '../platform/policy.ts';
import * as store from './store.ts';

/** The certifier organisations where the actor administers. */
export const certifiersOf = (actor: Actor): string[] =>
  actor.memberships.filter((m) => m.role === 'certifier_admin').map((m) => m.organisationId);

export const isCertifierOf = (actor: Actor, session: store.SessionRow) =>
  certifiersOf(actor).includes(session.certifierId);

export interface SessionAccess {
  session: store.SessionRow;
  members: store.MemberRow[];
  /** The actor administers the certifier that convened the session. */
  certifier: boolean;
  /** The actor sits on the jury. */
  member: boolean;
}

export async function sessionFor(
  ctx: Context,
  actor: Actor,
  id: string,
  action: Action,
): Promise<SessionAccess> {
  const session = isUuid(id) ? await store.findSession(ctx.database.db, id) : undefined;
  if (!session) throw new AppError('not_found');
  const members = await store.membersOf(ctx.database.db, session.id);
  const certifier = isCertifierOf(actor, session);
  const member = members.some((m) => m.userId === actor.userId);
  if (!certifier && !member) throw new AppError('not_found');
  const allowed =
    action === 'jury.read' || action === 'jury.grade' ? certifier || member : certifier;
  if (!allowed || !can(actor, action)) throw new AppError('forbidden');
  if (action === 'jury.grade' && !member) throw new AppError('forbidden');
  return { session, members, certifier, member };
}

export interface JuryCandidateAccess extends SessionAccess {
  seat: store.SessionCandidate;
}

/** A candidate of a session (a jury_candidates row), reached through its session. */
export async function juryCandidateFor(
  ctx: Context,
  actor: Actor,
  id: string,
  action: Action,
): Promise<JuryCandidateAccess> {
  const seat = isUuid(id) ? await store.findJuryCandidate(ctx.database.db, id) : undefined;
  if (!seat) throw new AppError('not_found');
  const access = await sessionFor(ctx, actor, seat.juryCandidate.sessionId, action);
  return { ...access, seat };
}

export const conflict = (fr?: string, en?: string) =>
  new AppError(
    'conflict',
    fr && en
      ? { fr, en }
      : {
          fr: 'Quelqu’un a modifié ce jury entre-temps : rechargez la page, rien n’a été écrasé.',
          en: 'Someone changed this jury meanwhile: reload the page; nothing was overwritten.',
        },
  );
