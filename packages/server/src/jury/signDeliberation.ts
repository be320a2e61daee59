// The president signs a candidate's deliberation after typing their password again (issue 6,
// item 4), never before the day the jury sits, in the certifier's time zone (issue 14): in one
// transaction the deliberation is locked, the candidate's file moves to "decided" (the product
// moves it, core: only a signed jury decision closes a file), the session's minutes are stored
// as a new version with their SHA-256, the documents a reopening suspended stand again or are
// revoked, and all of it audited. Only the certifier reopens a signed deliberation, with a
// written reason: the signed version stays in the state and in the stored minutes, and the
// documents issued from it are suspended until the jury signs again (their holders told by
// e-mail, as they are when the new decision revokes them).
import { findUserById, insertAudit } from '../accounts/store.ts';
import { applyMove } from '../candidates/service.ts';
import * as candidateStore from '../candidates/store.ts';
import { settleDocuments, suspendDocuments } from '../certificates/followDecision.ts';
import { verifyPassword } from '../platform/auth/secrets.ts';
import { certifierToday } from '../platform/certifierDay.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { juryCandidateFor } from './access.ts';
import { coreActor, deliberating, run, saveState } from './deliberationState.ts';
import { storeMinutes } from './juryDocuments.ts';
import * as store from './store.ts';
import { tellDecision } from './tellDecision.ts';

async function checkPassword(ctx: Context, actor: Actor, password: string) {
  const user = await findUserById(ctx.database.db, actor.userId);
  if (await verifyPassword(user?.passwordHash ?? null, password)) return;
  throw new AppError(
    'validation_failed',
    {
      fr: 'Mot de passe incorrect : la signature n’a pas été enregistrée.',
      en: 'Wrong password: the signature was not recorded.',
    },
    'body/password',
  );
}

async function sessionStatus(db: Db, sessionId: string) {
  const seats = await store.candidatesOf(db, sessionId);
  const signed = seats.length > 0 && seats.every((s) => s.juryCandidate.state === 'signed');
  await store.setSessionStatus(db, sessionId, signed ? 'signed' : 'planned');
}

export async function signDeliberation(
  ctx: Context,
  actor: Actor,
  seatId: string,
  input: { password: string; revision: number },
) {
  const d = await deliberating(ctx, await juryCandidateFor(ctx, actor, seatId, 'jury.grade'));
  await checkPassword(ctx, actor, input.password);
  const now = ctx.now();
  const signedOn = await certifierToday(ctx, d.session.certifierId);
  const sign = {
    type: 'sign' as const,
    reauthenticated: true,
    signedOn,
    sessionDate: d.session.date,
  };
  const next = run(d.state, coreActor(actor, false), [sign], now.toISOString());
  const decision = next.state.deliberation;
  return ctx.database.db.transaction(async (tx) => {
    const revision = await saveState(tx, d, input.revision, next);
    if (decision) await settleDocuments(ctx, tx, seatId, { decision, by: actor.userId, at: now });
    const file = await candidateStore.findCandidate(tx, d.seat.candidate.id);
    if (file?.status === 'ready_for_jury')
      await applyMove(tx, null, file, 'decided', file.revision);
    await tellDecision(ctx, tx, d, next.state, actor.userId);
    const minutes = await storeMinutes(ctx, tx, d.session.id);
    await store.setMinutesHash(tx, seatId, minutes.hash);
    await sessionStatus(tx, d.session.id);
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'jury.minutes.store',
      subjectType: 'jury_session',
      subjectId: d.session.id,
      data: { version: minutes.version, hash: minutes.hash, juryCandidateId: seatId },
    });
    return {
      revision,
      status: next.state.status,
      minutes: { version: minutes.version, hash: minutes.hash },
    };
  });
}

export async function reopenDeliberation(
  ctx: Context,
  actor: Actor,
  seatId: string,
  input: { reason: string; revision: number },
) {
  const d = await deliberating(ctx, await juryCandidateFor(ctx, actor, seatId, 'jury.reopen'));
  const now = ctx.now();
  const command = { type: 'reopen' as const, reason: input.reason };
  const next = run(d.state, coreActor(actor, true), [command], now.toISOString());
  return ctx.database.db.transaction(async (tx) => {
    const revision = await saveState(tx, d, input.revision, next, {
      previousMinutesHash: d.seat.juryCandidate.minutesHash,
    });
    await store.setMinutesHash(tx, seatId, null);
    await sessionStatus(tx, d.session.id);
    const reason = input.reason.trim();
    const suspended = await suspendDocuments(ctx, tx, seatId, {
      reason,
      by: actor.userId,
      at: now,
    });
    return { revision, status: next.state.status, version: next.state.version, suspended };
  });
}
