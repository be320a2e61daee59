// A questionnaire taken online (issue 5, item 6): the trainer assigns it, the candidate
// starts it (the clock starts when the instrument is timed), answers — every answer saved,
// so a closed tab or a lost connection resumes where it stopped —, and finishes; closed
// items are scored at once, open answers wait for the trainer's grade.
import {
  candidateQuestionnaire,
  type Instrument,
  type ItemResponse,
  isItemResponse,
  type RecordItemResult,
  scoreOnline,
  secondsLeft,
} from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import * as candidates from '../candidates/service.ts';
import { imageOf } from '../instruments/images.ts';
import * as instrumentStore from '../instruments/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError, type ProblemDetail } from '../platform/errors.ts';
import { type Actor, can } from '../platform/policy.ts';
import { type EvaluationKind, startEvaluation } from './service.ts';
import * as store from './store.ts';
import { tellQuestionnaireAssigned } from './tellQuestionnaireAssigned.ts';

/** A few seconds' grace for the last answer in flight when the time is up. */
const GRACE_MS = 15_000;

const conflict = () =>
  new AppError('conflict', {
    fr: 'Vos réponses ont été enregistrées depuis un autre onglet : rechargez la page.',
    en: 'Your answers were saved from another tab: reload the page.',
  });

export async function assignQuestionnaire(
  ctx: Context,
  actor: Actor,
  candidateId: string,
  input: { instrument: { key: string; version: string }; kind: EvaluationKind; date: string },
) {
  const row = await instrumentStore.findInstrument(
    ctx.database.db,
    input.instrument.key,
    input.instrument.version,
  );
  if (row && row.kind !== 'questionnaire')
    throw new AppError(
      'evaluation_invalid',
      {
        fr: 'Seul un questionnaire se passe en ligne.',
        en: 'Only a questionnaire is taken online.',
      },
      'body/instrument',
    );
  const started = await startEvaluation(ctx, actor, candidateId, input);
  const next = await ctx.database.db.transaction(async (tx) => {
    const assigned = await store.updateEvaluation(tx, started.id, started.revision, {
      status: 'assigned',
    });
    const instrument = row?.document as Instrument | undefined;
    const notice = { evaluationId: started.id, candidateId, instrument, date: input.date };
    await tellQuestionnaireAssigned(ctx, tx, notice, actor);
    return assigned;
  });
  return { id: started.id, revision: next?.revision ?? started.revision + 1 };
}

/** The questionnaire the candidate takes; to answer it (`writes`), their file must be open. */
async function takenBy(ctx: Context, actor: Actor, id: string, writes = true) {
  const row = await store.findEvaluation(ctx.database.db, id);
  if (!row) throw new AppError('not_found');
  const { resource, deliberations } = await candidates.candidateFor(
    ctx,
    actor,
    row.candidateId,
    'candidate.read',
  );
  if (!can(actor, 'evaluation.take', resource) || row.status === 'draft')
    throw new AppError('forbidden');
  if (writes) candidates.assertFileOpen(deliberations, 'evaluation');
  if (!['assigned', 'in_progress'].includes(row.status))
    throw new AppError('evaluation_submitted', {
      fr: 'Ce questionnaire est terminé.',
      en: 'This questionnaire is finished.',
    });
  const instrument = await instrumentStore.findInstrument(
    ctx.database.db,
    row.instrumentKey,
    row.instrumentVersion,
  );
  if (!instrument) throw new AppError('not_found');
  return { row, instrument: instrument.document as Instrument };
}

function view(ctx: Context, row: store.EvaluationRow, instrument: Instrument) {
  return {
    id: row.id,
    status: row.status,
    questionnaire: candidateQuestionnaire(instrument),
    responses: (row.responses ?? {}) as Record<string, ItemResponse>,
    startedAt: row.startedAt?.toISOString() ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    secondsLeft: secondsLeft(row.dueAt?.toISOString(), ctx.now()) ?? null,
    revision: row.revision,
  };
}

/** A picture of the questionnaire the candidate is taking, shown with its item. */
export async function takeImage(ctx: Context, actor: Actor, id: string, name: string) {
  const { instrument } = await takenBy(ctx, actor, id);
  return imageOf(ctx.database.db, instrument, name);
}

/** The questionnaire as the candidate sees it, with their answers so far. */
export async function takeView(ctx: Context, actor: Actor, id: string) {
  const { row, instrument } = await takenBy(ctx, actor, id, false);
  return view(ctx, row, instrument);
}

export async function startQuestionnaire(ctx: Context, actor: Actor, id: string) {
  const { row, instrument } = await takenBy(ctx, actor, id);
  if (row.status === 'in_progress') return view(ctx, row, instrument);
  const now = ctx.now();
  const minutes = instrument.timing?.minutes;
  const saved = await store.updateEvaluation(ctx.database.db, id, row.revision, {
    status: 'in_progress',
    startedAt: now,
    date: now.toISOString().slice(0, 10),
    responses: {},
    ...(minutes && { dueAt: new Date(now.getTime() + minutes * 60_000) }),
  });
  if (!saved) throw conflict();
  const fresh = await store.findEvaluation(ctx.database.db, id);
  return view(ctx, fresh as store.EvaluationRow, instrument);
}

function responseProblems(instrument: Instrument, responses: Record<string, unknown>) {
  const ids = new Set(instrument.sections.flatMap((s) => s.items.map((i) => i.id)));
  const problems: ProblemDetail[] = [];
  for (const [item, response] of Object.entries(responses)) {
    if (!ids.has(item))
      problems.push({
        code: 'unknown_item',
        path: `body/responses/${item}`,
        message: { fr: `Question inconnue : ${item}.`, en: `Unknown question: ${item}.` },
      });
    else if (!isItemResponse(response))
      problems.push({
        code: 'response_shape',
        path: `body/responses/${item}`,
        message: { fr: 'Réponse illisible.', en: 'Unreadable answer.' },
      });
  }
  return problems;
}

function timeUp(ctx: Context, row: store.EvaluationRow) {
  return row.dueAt !== null && ctx.now().getTime() > row.dueAt.getTime() + GRACE_MS;
}

export async function saveResponses(
  ctx: Context,
  actor: Actor,
  id: string,
  input: { responses: Record<string, unknown>; revision: number },
) {
  const { row, instrument } = await takenBy(ctx, actor, id);
  if (row.status !== 'in_progress')
    throw new AppError('conflict', {
      fr: 'Commencez le questionnaire avant de répondre.',
      en: 'Start the questionnaire before answering.',
    });
  if (timeUp(ctx, row))
    throw new AppError('conflict', {
      fr: 'Le temps est écoulé : vos réponses enregistrées avant la fin sont gardées.',
      en: 'Time is up: the answers saved before the end are kept.',
    });
  const problems = responseProblems(instrument, input.responses);
  if (problems.length > 0) throw new AppError('evaluation_invalid', undefined, undefined, problems);
  const saved = await store.updateEvaluation(ctx.database.db, id, input.revision, {
    responses: input.responses,
  });
  if (!saved) throw conflict();
  return { revision: saved.revision, savedAt: saved.updatedAt.toISOString() };
}

/**
 * Ends the questionnaire — by the candidate, or when its time is up — and scores it: closed
 * items at once; when every item is scored the evaluation is submitted, otherwise it waits
 * for the trainer to grade the open answers (status `to_grade`).
 */
export async function finishQuestionnaire(
  ctx: Context,
  actor: Actor,
  id: string,
  input: { revision: number },
) {
  const { row, instrument } = await takenBy(ctx, actor, id);
  if (row.status !== 'in_progress')
    throw new AppError('conflict', {
      fr: 'Ce questionnaire n’est pas commencé.',
      en: 'This questionnaire is not started.',
    });
  const responses = (row.responses ?? {}) as Record<string, ItemResponse>;
  const result = scoreOnline(instrument, responses);
  const status = result.pending.length === 0 ? 'submitted' : 'to_grade';
  return ctx.database.db.transaction(async (tx) => {
    const saved = await store.updateEvaluation(tx, id, input.revision, {
      items: result.items,
      status,
      ...(status === 'submitted' && { submittedAt: ctx.now() }),
    });
    if (!saved) throw conflict();
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'questionnaire.finish',
      subjectType: 'evaluation',
      subjectId: id,
      data: {
        changes: result.items.map((after: RecordItemResult) => ({ item: after.item, after })),
        pending: result.pending,
        late: row.dueAt !== null && ctx.now() > row.dueAt,
      },
    });
    return {
      revision: saved.revision,
      status,
      pending: result.pending,
      domains: result.score.domains.map((d) => ({
        domain: d.domain,
        percentage: Math.round(d.percentage * 10) / 10,
        final: d.final,
      })),
    };
  });
}
