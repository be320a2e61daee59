// The deliberation of seed 002, step by step: each member opens their own grid on the jury
// guide (an evaluation tied to the jury candidate, filled and submitted on the evaluation
// screens); the president closes the grading once every grid is in, tries agreed
// percentages (what-if: the decision they would give), records the agreement with the
// synthesis comment — the engine's decision on the candidate's record — or revises it.
import { type Agreement, agree, compareMembers, type DeliberationCommand } from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import { insertEvaluation } from '../evaluations/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { juryCandidateFor } from './access.ts';
import { decideWithAgreement, juryDay } from './decide.ts';
import {
  coreActor,
  type Deliberating,
  deliberating,
  reportsOf,
  run,
  saveState,
} from './deliberationState.ts';
import { problemDetails } from './juryMembers.ts';
import * as store from './store.ts';

const now = (ctx: Context) => ctx.now().toISOString();

/** The member's own grid for this candidate: the one they opened, or a new one. */
export async function openGrid(ctx: Context, actor: Actor, seatId: string) {
  const d = await deliberating(ctx, await juryCandidateFor(ctx, actor, seatId, 'jury.grade'));
  const grids = await store.gridsOf(ctx.database.db, seatId);
  const mine = grids.find(
    (g) => g.evaluatorId === actor.userId && g.evaluatorRole === 'jury_member',
  );
  if (mine) return { evaluationId: mine.id, status: mine.status, created: false };
  if (!d.state.graders.includes(actor.userId))
    throw new AppError('forbidden', {
      fr: 'Vous ne siégez pas pour ce candidat (conflit d’intérêts).',
      en: 'You do not sit for this candidate (conflict of interest).',
    });
  if (d.state.status !== 'grading')
    throw new AppError('conflict', {
      fr: 'La notation de ce candidat est close.',
      en: 'The grading of this candidate is closed.',
    });
  return ctx.database.db.transaction(async (tx) => {
    if (!d.started) {
      const saved = await store.updateJuryCandidate(tx, seatId, d.seat.juryCandidate.revision, {
        deliberation: d.state,
        state: d.state.status,
      });
      if (saved === undefined) throw new AppError('conflict');
      await insertAudit(tx, {
        actorId: actor.userId,
        action: 'jury.deliberation.start',
        subjectType: 'jury_candidate',
        subjectId: seatId,
        data: { graders: d.state.graders, president: d.state.president },
      });
    }
    const row = await insertEvaluation(tx, {
      candidateId: d.seat.candidate.id,
      instrumentKey: d.guide.id,
      instrumentVersion: d.guide.version,
      kind: 'final',
      evaluatorId: actor.userId,
      evaluatorName: actor.displayName,
      evaluatorRole: 'jury_member',
      date: juryDay(ctx, d.session.date),
      status: 'draft',
      items: [],
      juryCandidateId: seatId,
    });
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'evaluation.start',
      subjectType: 'evaluation',
      subjectId: row.id,
      data: { candidateId: d.seat.candidate.id, juryCandidateId: seatId, kind: 'final' },
    });
    return { evaluationId: row.id, status: row.status, created: true };
  });
}

/** Every submitted grid not yet in the state, filed by the president before closing. */
function fileGrids(d: Deliberating, grids: readonly store.GridRow[]): DeliberationCommand[] {
  const filed = new Set(d.state.reports.map((r) => r.memberId));
  return reportsOf(d, grids)
    .filter((report) => !filed.has(report.memberId))
    .map((report) => ({ type: 'submit_grid' as const, report }));
}

export type SimpleCommand = 'close_grading' | 'reopen_grading' | 'revise' | 'resume';

/** A step without data of its own: close the grading, go back to it, revise, resume. */
export async function step(
  ctx: Context,
  actor: Actor,
  seatId: string,
  input: { command: SimpleCommand; revision: number },
) {
  const d = await deliberating(ctx, await juryCandidateFor(ctx, actor, seatId, 'jury.grade'));
  const { db } = ctx.database;
  const grids = await store.gridsOf(db, seatId);
  const commands: DeliberationCommand[] = [
    ...(input.command === 'close_grading' ? fileGrids(d, grids) : []),
    { type: input.command },
  ];
  const next = run(d.state, coreActor(actor, false), commands, now(ctx));
  return db.transaction(async (tx) => {
    // A revised agreement no longer stands in the candidate's record.
    if (input.command === 'revise' || input.command === 'reopen_grading')
      await store.supersedeAgreements(tx, seatId);
    const revision = await saveState(tx, d, input.revision, next);
    return { revision, status: next.state.status };
  });
}

function agreementOf(
  d: Deliberating,
  input: { percentages: Record<string, number>; comment: string },
) {
  const spread = d.rule.jury.deliberation?.divergence.spread ?? 20;
  const comparison = compareMembers(d.state.reports, spread);
  if (!comparison.ok)
    throw new AppError(
      'validation_failed',
      undefined,
      undefined,
      problemDetails(comparison.problems, 'body'),
    );
  const agreed = agree(comparison.value, input);
  if (!agreed.ok)
    throw new AppError(
      'validation_failed',
      undefined,
      undefined,
      agreed.problems.map((p) => ({
        code: p.code,
        path: p.at.domain ? `body/percentages/${p.at.domain}` : 'body/comment',
        message: p.message,
      })),
    );
  return agreed.value;
}

/** The decision the jury would give with these percentages, before anything is recorded. */
export async function whatIf(
  ctx: Context,
  actor: Actor,
  seatId: string,
  input: { percentages: Record<string, number> },
) {
  const d = await deliberating(ctx, await juryCandidateFor(ctx, actor, seatId, 'jury.grade'));
  if (d.state.president.personId !== actor.userId)
    throw new AppError('forbidden', {
      fr: 'Seul le président du jury essaie des pourcentages convenus.',
      en: 'Only the jury president tries agreed percentages.',
    });
  const agreed = agreementOf(d, { percentages: input.percentages, comment: '—' });
  const grids = await store.gridsOf(ctx.database.db, seatId);
  const decision = await decideWithAgreement(ctx, d, grids, agreed.agreement);
  return { decision, outsideMembersRange: agreed.outsideMembersRange };
}

/** The president records the agreed percentages and the synthesis comment: the decision. */
export async function recordAgreement(
  ctx: Context,
  actor: Actor,
  seatId: string,
  input: { percentages: Record<string, number>; comment: string; revision: number },
) {
  const d = await deliberating(ctx, await juryCandidateFor(ctx, actor, seatId, 'jury.grade'));
  const agreed = agreementOf(d, input);
  const grids = await store.gridsOf(ctx.database.db, seatId);
  const decision = await decideWithAgreement(ctx, d, grids, agreed.agreement);
  const next = run(
    d.state,
    coreActor(actor, false),
    [{ type: 'record_agreement', agreement: agreed.agreement, deliberation: decision }],
    now(ctx),
  );
  return ctx.database.db.transaction(async (tx) => {
    await store.supersedeAgreements(tx, seatId);
    const row = await insertEvaluation(tx, presidentEvaluation(ctx, d, agreed.agreement, seatId));
    const revision = await saveState(tx, d, input.revision, next, { evaluationId: row.id });
    return { revision, status: next.state.status, decision };
  });
}

/** The president's agreement as an evaluation of the record (seed 002, grille de synthèse). */
function presidentEvaluation(ctx: Context, d: Deliberating, agreement: Agreement, seatId: string) {
  return {
    candidateId: d.seat.candidate.id,
    instrumentKey: d.guide.id,
    instrumentVersion: d.guide.version,
    kind: 'final',
    evaluatorId: d.state.president.personId,
    evaluatorName: d.state.president.name,
    evaluatorRole: 'jury_president',
    date: juryDay(ctx, d.session.date),
    status: 'submitted',
    items: [],
    agreed: { ...agreement.percentages },
    comment: agreement.comment,
    submittedAt: ctx.now(),
    juryCandidateId: seatId,
  };
}
