// The decision on a candidate with the jury's agreement, taken exactly as `certeval deliberate`
// takes it: the candidate's evaluation record (evaluations/dossier), its jury-guide evaluations
// replaced by this jury's — each member's grid and the president's agreed percentages with
// the synthesis comment (core: juryEvaluations) — decided by the same use case as
// POST /api/deliberations/preview. The record exported once the agreement is recorded holds
// the same evaluations, so the CLI decides it identically (jury/cliParity.int.test.ts).
import {
  type Agreement,
  type EvaluationRecord,
  juryEvaluations,
  type RecordItemResult,
} from '@certeval/core';
import { type Preview, previewDeliberation } from '../deliberation/service.ts';
import { exportDossier } from '../evaluations/dossier.ts';
import { type Context, todayOf } from '../platform/context.ts';
import { type Deliberating, observationsOf } from './deliberationState.ts';
import type { GridRow } from './store.ts';

const JURY_ROLES = new Set(['jury_member', 'jury_president']);

/** The day the jury's evaluations are dated: the session's, never in the future. */
export function juryDay(ctx: Context, sessionDate: string): string {
  const today = todayOf(ctx);
  return sessionDate < today ? sessionDate : today;
}

export async function recordWithAgreement(
  ctx: Context,
  d: Deliberating,
  grids: readonly GridRow[],
  agreement: Agreement,
): Promise<EvaluationRecord> {
  const record = await exportDossier(ctx, d.seat.candidate.id);
  // The jury's grids on the guide are this session's; the members' other evaluations (the VAE
  // booklet appreciated at the interview) stay, as the exported record keeps them for the CLI.
  const others = record.evaluations.filter(
    (e) => !JURY_ROLES.has(e.evaluator.role) || e.instrument.id !== d.guide.id,
  );
  const graded = grids.filter(
    (g) =>
      g.status === 'submitted' &&
      g.evaluatorRole === 'jury_member' &&
      g.evaluatorId !== null &&
      d.state.graders.includes(g.evaluatorId),
  );
  const jury = juryEvaluations({
    guide: d.guide,
    date: juryDay(ctx, d.session.date),
    members: d.jury,
    grids: graded.map((g) => ({
      memberId: g.evaluatorId as string,
      observations: observationsOf(g),
      items: g.items as RecordItemResult[],
      ...(g.comment ? { comment: g.comment } : {}),
    })),
    agreement,
    presidentId: d.state.president.personId,
  });
  return { ...record, evaluations: [...others, ...jury] };
}

export async function decideWithAgreement(
  ctx: Context,
  d: Deliberating,
  grids: readonly GridRow[],
  agreement: Agreement,
): Promise<Preview> {
  return previewDeliberation(ctx, await recordWithAgreement(ctx, d, grids, agreement));
}
