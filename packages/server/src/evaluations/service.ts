// Use cases of recording evaluations (issue 5, item 6): each evaluator opens their own
// evaluation of a candidate on a published instrument, saves it as they fill it (every save
// carries the revision it was based on: a concurrent save is refused, never overwritten),
// then submits it. Every change is in the audit trail, item by item (item 9).
import {
  type CandidateState,
  checkEvaluationItems,
  type EVALUATION_KINDS,
  type Instrument,
  instrumentItems,
  itemChanges,
  pathwayOf,
  positionCandidate,
  progressOf,
  type RecordItemResult,
  type ReferentialVersion,
  type Responses,
  scoreOnline,
  withOverrides,
} from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import * as candidates from '../candidates/service.ts';
import * as candidateStore from '../candidates/store.ts';
import { tellEvaluationsToDo } from '../candidates/tellEvaluationsToDo.ts';
import * as instrumentStore from '../instruments/store.ts';
import { type Context, todayOf } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import { type Actor, can, type Resource } from '../platform/policy.ts';
import { findVersionRow } from '../referential/service.ts';
import { evaluationReadable, readableEvaluations } from './juryPrivacy.ts';
import * as store from './store.ts';

export type EvaluationKind = (typeof EVALUATION_KINDS)[number];
export type EvaluatorRole = 'tutor' | 'trainer' | 'jury_member';

/** Which instruments each evaluator fills (seed 000, slides 16–18). */
const KINDS_BY_ROLE: Record<EvaluatorRole, readonly string[]> = {
  tutor: ['observation_grid', 'acquis_grid'],
  trainer: ['questionnaire', 'case_study', 'acquis_grid', 'observation_grid'],
  jury_member: ['jury_guide', 'acquis_grid', 'vae_booklet', 'case_study'],
};

const conflict = () =>
  new AppError('conflict', {
    fr: 'Quelqu’un a enregistré cette évaluation entre-temps : rechargez-la, rien n’a été écrasé.',
    en: 'Someone saved this evaluation meanwhile: reload it; nothing was overwritten.',
  });

/** The evaluator role the actor has towards this candidate, if any. */
export function evaluatorRoleOf(actor: Actor, resource: Resource): EvaluatorRole | undefined {
  const as = (role: EvaluatorRole) =>
    can(
      { ...actor, memberships: actor.memberships.filter((m) => m.role === role) },
      'evaluation.record',
      resource,
    );
  if (as('tutor')) return 'tutor';
  if (as('trainer')) return 'trainer';
  if (as('jury_member')) return 'jury_member';
  return undefined;
}

// A published instrument never changes: each save of a grid reads it from memory, per
// database (tests open many), instead of fetching its whole document again.
const publishedInstruments = new WeakMap<object, Map<string, instrumentStore.InstrumentRow>>();

export async function instrumentOf(ctx: Context, key: string, version: string) {
  const cache = publishedInstruments.get(ctx.database) ?? new Map();
  publishedInstruments.set(ctx.database, cache);
  const cached = cache.get(`${key}@${version}`);
  if (cached) return cached;
  const row = await instrumentStore.findInstrument(ctx.database.db, key, version);
  if (row?.status === 'published' && cache.size < 1000) cache.set(`${key}@${version}`, row);
  if (!row)
    throw new AppError(
      'not_found',
      {
        fr: `Instrument inconnu : ${key} ${version}.`,
        en: `Unknown instrument: ${key} ${version}.`,
      },
      'body/instrument',
    );
  return row;
}

/** Why this evaluator may not open this evaluation of this candidate; empty when they may. */
export function evaluationProblems(
  instrument: instrumentStore.InstrumentRow,
  project: candidateStore.ProjectRow | undefined,
  organisationId: string,
  role: EvaluatorRole,
  input: { kind: EvaluationKind; date: string },
  today: string,
) {
  const problems: Array<{ path: string; fr: string; en: string }> = [];
  if (instrument.status !== 'published')
    problems.push({
      path: 'body/instrument',
      fr: 'Seule une version publiée d’un instrument sert à évaluer.',
      en: 'Only a published version of an instrument is used to evaluate.',
    });
  const national =
    instrument.certification === project?.certification &&
    (instrument.referentialVersion === null ||
      instrument.referentialVersion === project?.referentialVersion);
  const adapted = instrument.variantId !== null && instrument.variantId === project?.variantId;
  if (!national && !adapted)
    problems.push({
      path: 'body/instrument',
      fr: 'Cet instrument n’est pas celui de la certification du candidat.',
      en: 'This instrument is not for the candidate’s certification.',
    });
  if (instrument.organisationId && instrument.organisationId !== organisationId)
    problems.push({
      path: 'body/instrument',
      fr: 'Cet instrument est adapté pour une autre entreprise.',
      en: 'This instrument is adapted for another company.',
    });
  if (!KINDS_BY_ROLE[role].includes(instrument.kind))
    problems.push({
      path: 'body/instrument',
      fr: `Cet instrument (${instrument.kind}) n’est pas rempli par ce rôle.`,
      en: `This instrument (${instrument.kind}) is not filled by this role.`,
    });
  if (input.kind === 'positioning' && role !== 'tutor')
    problems.push({
      path: 'body/kind',
      fr: 'Le positionnement se fait par le tuteur sur sa grille.',
      en: 'Positioning is done by the tutor on their grid.',
    });
  if (input.date > today)
    problems.push({
      path: 'body/date',
      fr: `La date ${input.date} est dans le futur.`,
      en: `The date ${input.date} is in the future.`,
    });
  return problems;
}

export async function startEvaluation(
  ctx: Context,
  actor: Actor,
  candidateId: string,
  input: { instrument: { key: string; version: string }; kind: EvaluationKind; date: string },
) {
  const { row: candidate, resource } = await candidates.openCandidateFor(
    ctx,
    actor,
    candidateId,
    'evaluation.record',
    'evaluation',
  );
  const role = evaluatorRoleOf(actor, resource);
  if (!role) throw new AppError('forbidden');
  const instrument = await instrumentOf(ctx, input.instrument.key, input.instrument.version);
  const project = await candidateStore.findProject(ctx.database.db, candidate.projectId);
  const problems = evaluationProblems(
    instrument,
    project,
    candidate.organisationId,
    role,
    input,
    todayOf(ctx),
  );
  if (problems.length > 0)
    throw new AppError(
      'evaluation_invalid',
      undefined,
      undefined,
      problems.map((p) => ({ code: 'evaluation', path: p.path, message: { fr: p.fr, en: p.en } })),
    );
  return ctx.database.db.transaction(async (tx) => {
    const row = await store.insertEvaluation(tx, {
      candidateId,
      instrumentKey: instrument.key,
      instrumentVersion: instrument.version,
      kind: input.kind,
      evaluatorId: actor.userId,
      evaluatorName: actor.displayName,
      evaluatorRole: role,
      date: input.date,
      status: 'draft',
      items: [],
    });
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'evaluation.start',
      subjectType: 'evaluation',
      subjectId: row.id,
      data: { candidateId, instrument: input.instrument, kind: input.kind },
    });
    return { id: row.id, revision: row.revision };
  });
}

/**
 * An evaluation the actor reads: 404 when they may not see its candidate, or when it is a jury
 * member's grid or a synthesis not theirs to read (issue 14), so that its existence is not
 * revealed either.
 */
async function evaluationFor(ctx: Context, actor: Actor, id: string) {
  const found = isUuid(id)
    ? await store.findEvaluationWithCandidate(ctx.database.db, id)
    : undefined;
  if (!found) throw new AppError('not_found');
  const { evaluation: row, candidate, deliberations } = found;
  const resource = candidates.candidateResource(candidate, found.juryMemberIds);
  candidates.authorizeCandidate(actor, resource, 'candidate.read');
  if (!evaluationReadable(actor, row, resource, deliberations)) throw new AppError('not_found');
  return { row, candidate, resource, deliberations };
}

/** Only its author writes an evaluation, and only while it is a draft. */
function assertAuthor(actor: Actor, row: store.EvaluationRow, resource: Resource) {
  if (row.evaluatorId !== actor.userId || !can(actor, 'evaluation.record', resource))
    throw new AppError('forbidden', {
      fr: 'Seul l’évaluateur qui l’a ouverte remplit cette évaluation.',
      en: 'Only the evaluator who opened it fills this evaluation.',
    });
  if (row.status === 'submitted') throw new AppError('evaluation_submitted');
  if (row.status === 'assigned' || row.status === 'in_progress')
    throw new AppError('conflict', {
      fr: 'Le candidat passe ce questionnaire en ligne : attendez qu’il le termine.',
      en: 'The candidate is taking this questionnaire online: wait until they finish.',
    });
}

export async function getEvaluation(ctx: Context, actor: Actor, id: string) {
  const { row, resource, candidate } = await evaluationFor(ctx, actor, id);
  const instrument = await instrumentOf(ctx, row.instrumentKey, row.instrumentVersion);
  // The candidate's route: on the VAE route, the jury reads their booklet beside its grid.
  const pathway = pathwayOf(candidate.accessRoute);
  // Instruments hold answer keys and jury prompts: a candidate reads their evaluation's
  // results, never the instrument (policy instrument.read).
  if (!can(actor, 'instrument.read'))
    return {
      id: row.id,
      candidateId: row.candidateId,
      pathway,
      instrument: null,
      kind: row.kind as EvaluationKind,
      date: row.date,
      status: row.status,
      evaluatorName: row.evaluatorName,
      evaluatorRole: row.evaluatorRole,
      items: row.status === 'submitted' ? (row.items as RecordItemResult[]) : [],
      comment: row.status === 'submitted' ? row.comment : null,
      revision: row.revision,
      updatedAt: row.updatedAt.toISOString(),
      canEdit: false,
    };
  return {
    id: row.id,
    candidateId: row.candidateId,
    pathway,
    instrument: instrument.document as Instrument,
    kind: row.kind as EvaluationKind,
    date: row.date,
    status: row.status,
    evaluatorName: row.evaluatorName,
    evaluatorRole: row.evaluatorRole,
    items: row.items as RecordItemResult[],
    comment: row.comment,
    revision: row.revision,
    updatedAt: row.updatedAt.toISOString(),
    canEdit:
      (row.status === 'draft' || row.status === 'to_grade') &&
      row.evaluatorId === actor.userId &&
      can(actor, 'evaluation.record', resource),
  };
}

export async function saveEvaluation(
  ctx: Context,
  actor: Actor,
  id: string,
  input: { items: RecordItemResult[]; comment?: string | null; date?: string; revision: number },
) {
  const { row, resource, deliberations } = await evaluationFor(ctx, actor, id);
  assertAuthor(actor, row, resource);
  candidates.assertFileOpen(deliberations, 'evaluation');
  const instrument = await instrumentOf(ctx, row.instrumentKey, row.instrumentVersion);
  // A closed question answered online keeps the points of its key unless a reason is given.
  const keyed = withOverrides(
    instrument.document as Instrument,
    row.responses
      ? scoreOnline(instrument.document as Instrument, row.responses as Responses).items
      : [],
    input.items,
    'body/items',
  );
  const problems = [
    ...checkEvaluationItems(instrument.document as Instrument, input.items, {
      complete: false,
      path: 'body/items',
    }),
    ...keyed.problems,
  ].map((p) => ({ code: p.code, path: p.path, message: p.message }));
  const items = keyed.items;
  if (input.date && input.date > todayOf(ctx))
    problems.push({
      code: 'future_date',
      path: 'body/date',
      message: {
        fr: `La date ${input.date} est dans le futur.`,
        en: `The date ${input.date} is in the future.`,
      },
    });
  if (problems.length > 0) throw new AppError('evaluation_invalid', undefined, undefined, problems);
  const changes = itemChanges(row.items as RecordItemResult[], items);
  const comment = input.comment ?? null;
  const changed =
    changes.length > 0 || comment !== row.comment || (input.date && input.date !== row.date);
  const saved = await store.saveDraft(ctx.database, {
    id,
    revision: input.revision,
    items,
    comment,
    date: input.date,
    audit: changed
      ? {
          actorId: actor.userId,
          data: {
            changes,
            ...(comment !== row.comment && { comment: { before: row.comment, after: comment } }),
            ...(input.date &&
              input.date !== row.date && { date: { before: row.date, after: input.date } }),
          },
        }
      : undefined,
  });
  if (saved) return { revision: saved.revision, savedAt: saved.updatedAt.toISOString() };
  // A retried save whose first attempt was applied but not acknowledged (a dropped
  // connection, a restarted server): the stored evaluation is exactly that save, one
  // revision on. Acknowledge it instead of reporting a conflict with itself.
  const current = await store.findEvaluation(ctx.database.db, id);
  if (current && current.revision === input.revision + 1 && sameSave(current, { ...input, items }))
    return { revision: current.revision, savedAt: current.updatedAt.toISOString() };
  throw conflict();
}

function sameSave(
  row: store.EvaluationRow,
  input: { items: RecordItemResult[]; comment?: string | null; date?: string },
) {
  return (
    // Compared as the audit trail compares them: jsonb keeps no key order.
    itemChanges(row.items as RecordItemResult[], input.items).length === 0 &&
    row.comment === (input.comment ?? null) &&
    (input.date === undefined || row.date === input.date)
  );
}

export async function submitEvaluation(
  ctx: Context,
  actor: Actor,
  id: string,
  input: { revision: number },
) {
  const { row, candidate, resource, deliberations } = await evaluationFor(ctx, actor, id);
  assertAuthor(actor, row, resource);
  candidates.assertFileOpen(deliberations, 'evaluation');
  const instrument = await instrumentOf(ctx, row.instrumentKey, row.instrumentVersion);
  const problems = checkEvaluationItems(
    instrument.document as Instrument,
    row.items as RecordItemResult[],
    { complete: true, path: 'items' },
  );
  if (problems.length > 0)
    throw new AppError(
      'evaluation_invalid',
      undefined,
      undefined,
      problems.map((p) => ({ code: p.code, path: p.path, message: p.message })),
    );
  const result = await ctx.database.db.transaction(async (tx) => {
    const saved = await store.updateEvaluation(tx, id, input.revision, {
      status: 'submitted',
      submittedAt: ctx.now(),
    });
    if (!saved) throw conflict();
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'evaluation.submit',
      subjectType: 'evaluation',
      subjectId: id,
      data: {},
    });
    return { revision: saved.revision };
  });
  // A submitted positioning moves an enrolled file on and suggests its training plan.
  if (row.kind === 'positioning' && (candidate.status as CandidateState) === 'enrolled') {
    const fresh = await candidateStore.findCandidate(ctx.database.db, candidate.id);
    if (fresh)
      await ctx.database.db.transaction(async (tx) => {
        const moved = await candidates.applyMove(tx, null, fresh, 'positioned', fresh.revision);
        await tellEvaluationsToDo(ctx, tx, fresh, { ...moved, to: moved.status, by: actor.userId });
      });
  }
  return result;
}

export async function historyOf(ctx: Context, actor: Actor, id: string) {
  await evaluationFor(ctx, actor, id);
  const rows = await store.historyOf(ctx.database.db, id);
  return rows.map((r) => ({
    at: r.at.toISOString(),
    action: r.action,
    actorName: r.actorName,
    data: r.data as Record<string, unknown>,
  }));
}

/** The candidate's evaluations the actor reads (juryPrivacy.ts), with what reaches them. */
export async function readableEvaluationsOf(ctx: Context, actor: Actor, candidateId: string) {
  const found = await candidates.candidateFor(ctx, actor, candidateId, 'candidate.read');
  const rows = await store.evaluationsOf(ctx.database.db, candidateId);
  return {
    ...found,
    evaluations: readableEvaluations(actor, rows, found.resource, found.deliberations),
  };
}

export async function listEvaluations(ctx: Context, actor: Actor, candidateId: string) {
  const { evaluations: rows } = await readableEvaluationsOf(ctx, actor, candidateId);
  return rows.map((r) => ({
    id: r.id,
    instrument: {
      key: r.instrumentKey,
      version: r.instrumentVersion,
      title: r.instrumentTitle ?? '',
    },
    kind: r.kind as EvaluationKind,
    date: r.date,
    status: r.status,
    evaluatorName: r.evaluatorName,
    evaluatorRole: r.evaluatorRole,
    itemCount: (r.items as unknown[]).length,
    mine: r.evaluatorId === actor.userId,
    revision: r.revision,
  }));
}

async function referentialOf(ctx: Context, certification: string, version: string) {
  const row = await findVersionRow(ctx, certification, version);
  return row.document as ReferentialVersion;
}

/** The positioning of a candidate: from their latest positioning evaluation, and the plan. */
export async function positioningOf(ctx: Context, actor: Actor, candidateId: string) {
  const { row } = await candidates.candidateFor(ctx, actor, candidateId, 'candidate.read');
  const project = await candidateStore.findProject(ctx.database.db, row.projectId);
  if (!project) throw new AppError('not_found');
  const rows = (await store.evaluationsOf(ctx.database.db, candidateId)).filter(
    (r) => r.kind === 'positioning',
  );
  const latest = rows.at(-1);
  const plan = await candidateStore.findPlan(ctx.database.db, candidateId);
  if (!latest) return { evaluationId: null, positioning: null, plan: plan ?? null };
  const instrument = await instrumentOf(ctx, latest.instrumentKey, latest.instrumentVersion);
  const referential = await referentialOf(ctx, project.certification, project.referentialVersion);
  const positioning = positionCandidate(
    instrument.document as Instrument,
    referential,
    latest.items as RecordItemResult[],
  );
  return {
    evaluationId: latest.id,
    evaluationStatus: latest.status,
    positioning,
    plan: plan
      ? { entries: plan.entries, revision: plan.revision, updatedAt: plan.updatedAt.toISOString() }
      : null,
  };
}

/** The follow-up booklet: evaluations and entries on one timeline, and progress series. */
export async function bookletOf(ctx: Context, actor: Actor, candidateId: string) {
  const { row, evaluations: evaluationRows } = await readableEvaluationsOf(ctx, actor, candidateId);
  const project = await candidateStore.findProject(ctx.database.db, row.projectId);
  if (!project) throw new AppError('not_found');
  const instruments = new Map<string, Instrument>();
  for (const r of evaluationRows) {
    const key = `${r.instrumentKey}@${r.instrumentVersion}`;
    if (!instruments.has(key))
      instruments.set(
        key,
        (await instrumentOf(ctx, r.instrumentKey, r.instrumentVersion)).document as Instrument,
      );
  }
  const referential = await referentialOf(ctx, project.certification, project.referentialVersion);
  const submitted = evaluationRows.filter((r) => r.status === 'submitted');
  const progress = progressOf(
    submitted.map((r) => ({
      id: r.id,
      date: r.date,
      kind: r.kind,
      evaluatorRole: r.evaluatorRole,
      instrument: instruments.get(`${r.instrumentKey}@${r.instrumentVersion}`) as Instrument,
      items: r.items as RecordItemResult[],
    })),
    referential,
  );
  const entries = await candidateStore.listBookletEntries(ctx.database.db, candidateId);
  const timeline = [
    ...evaluationRows.map((r) => {
      const instrument = instruments.get(`${r.instrumentKey}@${r.instrumentVersion}`);
      return {
        type: 'evaluation' as const,
        id: r.id,
        date: r.date,
        kind: r.kind,
        title: instrument?.title ?? r.instrumentKey,
        author: r.evaluatorName,
        role: r.evaluatorRole,
        status: r.status,
        rated: (r.items as unknown[]).length,
        total: instrument ? instrumentItems(instrument).length : 0,
      };
    }),
    ...entries.map(({ entry, authorName }) => ({
      type: 'entry' as const,
      id: entry.id,
      date: entry.date,
      kind: entry.kind,
      title: entry.title,
      body: entry.body,
      durationHours: entry.durationHours,
      author: authorName,
    })),
  ].sort((a, b) => b.date.localeCompare(a.date));
  return { timeline, progress };
}
