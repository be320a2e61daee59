// Use cases of company projects and candidates (issue 5, items 2–5): a pilot opens a project
// on a published referential version, the certifier validates it, the pilot enrols candidates
// with their tutor and trainer; a file moves through its states by the rules of core.
import type { BookletKind } from '@certeval/core';
import {
  type CandidateInput,
  type CandidateState,
  type Correction,
  checkCandidate,
  checkTransition,
  completesDeclarationData,
  decidedFileRefusal,
  type FileDeliberation,
  type FileWrite,
  fileDecision,
  type Mover,
  nextStates,
  normaliseEmail,
  normaliseInseeCode,
  type PlanEntry,
  pathwayOf,
  type Sex,
} from '@certeval/core';
import { PROJECT_STATUSES, type ProjectStatus } from '@certeval/core/candidates/fileStates';
import { insertAudit } from '../accounts/store.ts';
import { type Context, todayOf } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { AppError, type ProblemDetail } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import {
  type Action,
  type Actor,
  can,
  organisationsFor,
  type Resource,
} from '../platform/policy.ts';
import { findVersionRow } from '../referential/service.ts';
import * as variantStore from '../variant/store.ts';
import * as list from './candidateList.ts';
import { enrolmentAccount } from './enrolmentAccount.ts';
import * as store from './store.ts';
import { tellEvaluationsToDo } from './tellEvaluationsToDo.ts';

export { PROJECT_STATUSES, type ProjectStatus };

export interface ProjectInput {
  organisationId: string;
  certification: string;
  referentialVersion: string;
  variantId?: string | null;
  title: string;
  opportunity?: string;
  steeringCommittee?: Array<{ name: string; role: string }>;
  instruments?: Array<{ key: string; version: string }>;
}

function conflict() {
  return new AppError('conflict', {
    fr: 'Quelqu’un a enregistré ce dossier entre-temps : rechargez-le, rien n’a été écrasé.',
    en: 'Someone saved this file meanwhile: reload it; nothing was overwritten.',
  });
}

// ——— Projects ———

export function listProjects(ctx: Context, actor: Actor) {
  return store.listProjects(ctx.database.db, organisationsFor(actor, 'project.read'));
}

async function projectFor(ctx: Context, actor: Actor, id: string, action: Action) {
  const row = isUuid(id) ? await store.findProject(ctx.database.db, id) : undefined;
  if (!row || !can(actor, 'project.read', { organisationId: row.organisationId }))
    throw new AppError('not_found');
  if (!can(actor, action, { organisationId: row.organisationId })) throw new AppError('forbidden');
  return row;
}

export async function getProject(ctx: Context, actor: Actor, id: string) {
  const row = await projectFor(ctx, actor, id, 'project.read');
  return {
    ...row,
    canEdit: can(actor, 'project.write', { organisationId: row.organisationId }),
    canValidate: can(actor, 'project.validate'),
  };
}

async function checkProjectInput(ctx: Context, input: ProjectInput) {
  const version = await findVersionRow(ctx, input.certification, input.referentialVersion);
  if (version.status !== 'published')
    throw new AppError(
      'validation_failed',
      {
        fr: 'Un projet se construit sur une version publiée du référentiel.',
        en: 'A project is built on a published version of the referential.',
      },
      'body/referentialVersion',
    );
  if (input.variantId) {
    const variant = isUuid(input.variantId)
      ? await variantStore.findVariant(ctx.database.db, input.variantId)
      : undefined;
    if (!variant || variant.organisationId !== input.organisationId)
      throw new AppError(
        'validation_failed',
        {
          fr: 'Ce référentiel adapté n’est pas celui de l’entreprise.',
          en: 'This adapted referential is not the company’s.',
        },
        'body/variantId',
      );
  }
}

export async function createProject(ctx: Context, actor: Actor, input: ProjectInput) {
  if (!can(actor, 'project.write', { organisationId: input.organisationId }))
    throw new AppError('forbidden');
  const organisation = await variantStore.findOrganisation(ctx.database.db, input.organisationId);
  if (organisation?.kind !== 'company')
    throw new AppError(
      'not_found',
      { fr: 'Entreprise inconnue.', en: 'Unknown company.' },
      'body/organisationId',
    );
  await checkProjectInput(ctx, input);
  return ctx.database.db.transaction(async (tx) => {
    const row = await store.insertProject(tx, {
      organisationId: input.organisationId,
      certification: input.certification,
      referentialVersion: input.referentialVersion,
      variantId: input.variantId ?? null,
      title: input.title,
      status: 'draft',
      opportunity: input.opportunity ?? '',
      steeringCommittee: input.steeringCommittee ?? [],
      instruments: input.instruments ?? [],
    });
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'project.create',
      subjectType: 'project',
      subjectId: row.id,
      data: { title: row.title },
    });
    return { id: row.id, revision: row.revision };
  });
}

export async function updateProject(
  ctx: Context,
  actor: Actor,
  id: string,
  input: Omit<ProjectInput, 'organisationId'>,
  revision: number,
) {
  const row = await projectFor(ctx, actor, id, 'project.write');
  if (row.status === 'closed')
    throw new AppError('conflict', {
      fr: 'Ce projet est clos.',
      en: 'This project is closed.',
    });
  await checkProjectInput(ctx, { ...input, organisationId: row.organisationId });
  return ctx.database.db.transaction(async (tx) => {
    const next = await store.updateProject(tx, id, revision, {
      certification: input.certification,
      referentialVersion: input.referentialVersion,
      variantId: input.variantId ?? null,
      title: input.title,
      opportunity: input.opportunity ?? '',
      steeringCommittee: input.steeringCommittee ?? [],
      instruments: input.instruments ?? [],
    });
    if (next === undefined) throw conflict();
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'project.update',
      subjectType: 'project',
      subjectId: id,
      data: { before: row, after: input },
    });
    return { revision: next };
  });
}

/** The pilot submits the project; the certifier validates it or returns it with a comment. */
export async function moveProject(
  ctx: Context,
  actor: Actor,
  id: string,
  move: { to: ProjectStatus; revision: number; comment?: string },
) {
  const row = await projectFor(ctx, actor, id, 'project.read');
  const allowed: Record<string, { from: string[]; action: Action }> = {
    submitted: { from: ['draft'], action: 'project.write' },
    validated: { from: ['submitted'], action: 'project.validate' },
    draft: { from: ['submitted'], action: 'project.validate' },
    closed: { from: ['validated'], action: 'project.write' },
  };
  const rule = allowed[move.to];
  if (!rule?.from.includes(row.status))
    throw new AppError('transition_refused', {
      fr: `Un projet « ${row.status} » ne peut pas passer à « ${move.to} ».`,
      en: `A "${row.status}" project cannot move to "${move.to}".`,
    });
  if (!can(actor, rule.action, { organisationId: row.organisationId }))
    throw new AppError('forbidden');
  return ctx.database.db.transaction(async (tx) => {
    const validated = move.to === 'validated';
    const next = await store.updateProject(tx, id, move.revision, {
      status: move.to,
      ...(validated && { validatedBy: actor.userId, validatedAt: ctx.now() }),
    });
    if (next === undefined) throw conflict();
    await insertAudit(tx, {
      actorId: actor.userId,
      action: `project.${move.to}`,
      subjectType: 'project',
      subjectId: id,
      data: { from: row.status, to: move.to, comment: move.comment ?? null },
    });
    return { revision: next, status: move.to };
  });
}

/** Whom the pilot may name as a candidate's tutor (the company's) or trainer (any). */
export async function assignable(ctx: Context, actor: Actor, projectId: string) {
  const project = await projectFor(ctx, actor, projectId, 'candidate.enrol');
  const people = await store.assignablePeople(ctx.database.db, project.organisationId);
  const strip = (list: typeof people.tutors) =>
    list.map(({ id, displayName, email, organisationName }) => ({
      id,
      displayName,
      email,
      organisationName,
    }));
  return { tutors: strip(people.tutors), trainers: strip(people.trainers) };
}

// ——— Candidates ———

/** The candidate as the policy sees them, given the members of their jury sessions. */
export function candidateResource(row: store.CandidateRow, juryMemberIds: string[]): Resource {
  return {
    organisationId: row.organisationId,
    tutorId: row.tutorId,
    trainerId: row.trainerId,
    candidateUserId: row.userId,
    juryMemberIds,
  };
}

export async function resourceOfCandidate(db: Db, row: store.CandidateRow): Promise<Resource> {
  return candidateResource(row, await store.juryMembersOf(db, row.id));
}

/**
 * Refuses `write` on a decided file with `file_decided` (core: decidedFileRefusal), unless it
 * is the certifier's correction of the record with its reason, or their completion of the
 * declaration's data. The one check every write on a
 * candidate's file makes.
 */
export function assertFileOpen(
  deliberations: readonly FileDeliberation[],
  write: FileWrite,
  correction?: Correction,
) {
  const refusal = decidedFileRefusal(fileDecision(deliberations), write, correction);
  if (refusal) throw new AppError('file_decided', refusal);
}

/** The same check, reading the candidate's deliberations (inside a transaction: its handle). */
export async function assertFileOpenOf(db: Db, candidateId: string, write: FileWrite) {
  assertFileOpen(await store.deliberationsOf(db, candidateId), write);
}

/** Refuses `action` on the candidate: 404 when the actor may not even see them, else 403. */
export function authorizeCandidate(actor: Actor, resource: Resource, action: Action) {
  if (!can(actor, 'candidate.read', resource)) throw new AppError('not_found');
  if (!can(actor, action, resource)) throw new AppError('forbidden');
}

/**
 * A candidate the actor may take `action` on: 404 when they may not even see them. With the
 * file's jury deliberations, which say whether it is decided and who reads the jury's grids.
 */
export async function candidateFor(ctx: Context, actor: Actor, id: string, action: Action) {
  const { db } = ctx.database;
  const row = isUuid(id) ? await store.findCandidate(db, id) : undefined;
  if (!row) throw new AppError('not_found');
  const [resource, deliberations] = await Promise.all([
    resourceOfCandidate(db, row),
    store.deliberationsOf(db, row.id),
  ]);
  authorizeCandidate(actor, resource, action);
  return { row, resource, deliberations };
}

/** A candidate whose file the actor changes by `write` with `action`: never once decided. */
export async function openCandidateFor(
  ctx: Context,
  actor: Actor,
  id: string,
  action: Action,
  write: FileWrite,
) {
  const found = await candidateFor(ctx, actor, id, action);
  assertFileOpen(found.deliberations, write);
  return found;
}

export function listCandidates(ctx: Context, actor: Actor, projectId?: string) {
  return store.listCandidates(ctx.database.db, store.visibleCandidates(actor), projectId);
}

/**
 * One page of the candidates the actor may see, narrowed by `filter`, after the cursor a
 * previous page handed out; with the next page's cursor and the capped total.
 */
export async function candidatePage(
  ctx: Context,
  actor: Actor,
  filter: list.CandidateFilter,
  page: { after?: string; limit?: number },
) {
  const cursor = page.after ? list.decodeCursor(page.after) : undefined;
  if (page.after && !cursor)
    throw new AppError(
      'validation_failed',
      {
        fr: 'Ce lien de page suivante n’est plus valable : reprenez la liste au début.',
        en: 'This next-page link is not valid: start the list again.',
      },
      'querystring/after',
    );
  const limit = Math.min(page.limit ?? list.PAGE_SIZE, list.MAX_PAGE_SIZE);
  const visible = store.visibleCandidates(actor);
  const { db } = ctx.database;
  const total = await list.cappedCount(db, visible, filter);
  // A name search pages through the matches the trigram index finds first (candidateList.ts).
  const rows = await list.candidatePage(db, visible, filter, cursor, limit, list.hasName(filter));
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    next:
      rows.length > limit && last
        ? list.encodeCursor({ name: last.candidate.searchName, id: last.candidate.id })
        : null,
    total,
  };
}

async function candidateProblems(
  ctx: Context,
  organisationId: string,
  input: unknown,
): Promise<ProblemDetail[]> {
  // The enrolment form's own check (core): every problem of shape and plausibility at once.
  const problems: ProblemDetail[] = checkCandidate(input, todayOf(ctx), 'body/candidate');
  const candidate = (typeof input === 'object' && input !== null ? input : {}) as Record<
    string,
    unknown
  >;
  for (const [field, role] of [
    ['tutorId', 'tutor'],
    ['trainerId', 'trainer'],
  ] as const) {
    // Checked with the rest, unless its shape was refused already.
    const id = candidate[field];
    if (typeof id !== 'string' || !isUuid(id)) continue;
    if (problems.some((p) => p.path === `body/candidate/${field}`)) continue;
    const holds = await store.personHoldsRole(ctx.database.db, id, role, organisationId);
    if (!holds)
      problems.push({
        code: 'assignee',
        path: `body/candidate/${field}`,
        message:
          role === 'tutor'
            ? {
                fr: 'Le tuteur doit être un tuteur de l’entreprise du candidat.',
                en: 'The tutor must be a tutor of the candidate’s company.',
              }
            : {
                fr: 'Le formateur choisi n’a pas le rôle de formateur.',
                en: 'The chosen trainer does not hold the trainer role.',
              },
      });
  }
  return problems;
}

function candidateColumns(candidate: CandidateInput) {
  return {
    birthName: candidate.birthName,
    usageName: candidate.usageName ?? null,
    firstNames: candidate.firstNames,
    birthDate: candidate.birthDate,
    birthPlace: candidate.birthPlace,
    sex: candidate.sex ?? null,
    birthInseeCode:
      candidate.birthInseeCode === undefined ? null : normaliseInseeCode(candidate.birthInseeCode),
    email: candidate.email === undefined ? null : normaliseEmail(candidate.email),
    phone: candidate.phone ?? null,
    job: candidate.job ?? null,
    accessRoute: candidate.accessRoute,
    tutorId: candidate.tutorId ?? null,
    trainerId: candidate.trainerId ?? null,
    accommodations: candidate.accommodations ?? [],
  };
}

export async function enrolCandidate(
  ctx: Context,
  actor: Actor,
  projectId: string,
  input: unknown,
) {
  const project = await projectFor(ctx, actor, projectId, 'candidate.enrol');
  if (project.status === 'closed')
    throw new AppError('conflict', { fr: 'Ce projet est clos.', en: 'This project is closed.' });
  const problems = await candidateProblems(ctx, project.organisationId, input);
  if (problems.length > 0) throw new AppError('candidate_invalid', undefined, undefined, problems);
  const candidate = input as CandidateInput;
  return ctx.database.db.transaction(async (tx) => {
    const row = await store.insertCandidate(tx, {
      ...candidateColumns(candidate),
      projectId,
      organisationId: project.organisationId,
      userId: null,
      status: 'enrolled',
    });
    const { email } = candidate;
    if (email)
      await enrolmentAccount(ctx, tx, actor, {
        id: row.id,
        candidate: { ...candidate, email },
        project,
      });
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'candidate.enrol',
      subjectType: 'candidate',
      subjectId: row.id,
      data: { after: candidateColumns(candidate) },
    });
    return { id: row.id, revision: row.revision };
  });
}

/**
 * Saves a candidate's record. Once their file is decided, only the certifier changes it, as a
 * correction with its reason, recorded as such (issue 14), or by filling in the declaration's
 * data the record lacked (issue 18), recorded as a completion.
 */
export async function updateCandidate(
  ctx: Context,
  actor: Actor,
  id: string,
  input: unknown,
  revision: number,
  correction?: { reason: string },
) {
  const { row, resource, deliberations } = await candidateFor(ctx, actor, id, 'candidate.enrol');
  const movers = moversOf(actor, resource, 'candidate.enrol');
  const problems = await candidateProblems(ctx, row.organisationId, input);
  if (problems.length > 0) throw new AppError('candidate_invalid', undefined, undefined, problems);
  const columns = candidateColumns(input as CandidateInput);
  const before = candidateColumns(candidateOf(row));
  const completesDeclaration = !correction && completesDeclarationData(before, columns);
  assertFileOpen(deliberations, 'record', {
    movers,
    reason: correction?.reason,
    completesDeclaration,
  });
  const decided = fileDecision(deliberations).signed;
  const corrected = decided && !completesDeclaration;
  return ctx.database.db.transaction(async (tx) => {
    const next = await store.updateCandidate(tx, id, revision, columns);
    if (next === undefined) throw conflict();
    await insertAudit(tx, {
      actorId: actor.userId,
      action: corrected ? 'candidate.correct' : decided ? 'candidate.complete' : 'candidate.update',
      subjectType: 'candidate',
      subjectId: id,
      data: {
        before,
        after: columns,
        ...(corrected && correction ? { reason: correction.reason.trim() } : {}),
      },
    });
    return { revision: next };
  });
}

export function candidateOf(row: store.CandidateRow): CandidateInput {
  return {
    birthName: row.birthName,
    ...(row.usageName && { usageName: row.usageName }),
    firstNames: row.firstNames as string[],
    birthDate: row.birthDate,
    birthPlace: row.birthPlace,
    ...(row.sex && { sex: row.sex as Sex }),
    ...(row.birthInseeCode && { birthInseeCode: row.birthInseeCode }),
    ...(row.email && { email: row.email }),
    ...(row.phone && { phone: row.phone }),
    ...(row.job && { job: row.job }),
    accessRoute: row.accessRoute as CandidateInput['accessRoute'],
    tutorId: row.tutorId,
    trainerId: row.trainerId,
    accommodations: row.accommodations as string[],
  };
}

/** The roles the actor acts on this file with: the ones the policy lets take `action` on it. */
export function moversOf(
  actor: Actor,
  resource: Resource,
  action: Action = 'candidate.advance',
): Mover[] {
  return actor.memberships
    .filter((m) => can({ ...actor, memberships: [m] }, action, resource))
    .map((m) => m.role);
}

export async function getCandidate(ctx: Context, actor: Actor, id: string) {
  const { row, resource, deliberations } = await candidateFor(ctx, actor, id, 'candidate.read');
  const open = !fileDecision(deliberations).signed;
  const project = await store.findProject(ctx.database.db, row.projectId);
  const [tutor, trainer] = await Promise.all([
    row.tutorId ? store.findUser(ctx.database.db, row.tutorId) : undefined,
    row.trainerId ? store.findUser(ctx.database.db, row.trainerId) : undefined,
  ]);
  return {
    id: row.id,
    projectId: row.projectId,
    organisationId: row.organisationId,
    certification: project?.certification ?? '',
    referentialVersion: project?.referentialVersion ?? '',
    projectTitle: project?.title ?? '',
    instruments: (project?.instruments ?? []) as Array<{ key: string; version: string }>,
    candidate: candidateOf(row),
    tutorName: tutor?.displayName ?? null,
    trainerName: trainer?.displayName ?? null,
    status: row.status as CandidateState,
    revision: row.revision,
    /** A signed jury decision stands: the file no longer changes (issue 14). */
    decided: !open,
    next: open
      ? nextStates(
          row.status as CandidateState,
          moversOf(actor, resource),
          pathwayOf(row.accessRoute),
        )
      : [],
    can: {
      edit: open && can(actor, 'candidate.enrol', resource),
      position: open && can(actor, 'positioning.write', resource),
      record: open && can(actor, 'evaluation.record', resource),
      writeBooklet: open && can(actor, 'booklet.write', resource),
    },
  };
}

export async function moveCandidate(
  ctx: Context,
  actor: Actor,
  id: string,
  move: { to: CandidateState; revision: number },
) {
  const { row, resource } = await openCandidateFor(ctx, actor, id, 'candidate.advance', 'stage');
  const from = row.status as CandidateState;
  const check = checkTransition(
    from,
    move.to,
    moversOf(actor, resource),
    pathwayOf(row.accessRoute),
  );
  if (!check.ok) throw new AppError('transition_refused', check.message);
  const requires = check.transition.requires;
  if (requires) {
    const missing = await store.missingPrecondition(ctx.database.db, id, requires);
    if (missing) throw new AppError('transition_refused', missing);
  }
  return ctx.database.db.transaction(async (tx) => {
    const moved = await applyMove(tx, actor.userId, row, move.to, move.revision);
    await tellEvaluationsToDo(ctx, tx, row, { ...moved, to: move.to, by: actor.userId });
    return moved;
  });
}

export async function applyMove(
  db: Db,
  actorId: string | null,
  row: store.CandidateRow,
  to: CandidateState,
  revision: number,
) {
  return db.transaction(async (tx) => {
    const next = await store.updateCandidate(tx, row.id, revision, { status: to });
    if (next === undefined) throw conflict();
    await insertAudit(tx, {
      actorId,
      action: 'candidate.move',
      subjectType: 'candidate',
      subjectId: row.id,
      data: { from: row.status, to },
    });
    return { revision: next, status: to };
  });
}

// ——— Training plan and booklet ———

export async function savePlan(
  ctx: Context,
  actor: Actor,
  id: string,
  entries: PlanEntry[],
  revision: number,
) {
  await openCandidateFor(ctx, actor, id, 'positioning.write', 'training_plan');
  return ctx.database.db.transaction(async (tx) => {
    const plan = await store.findPlan(tx, id);
    if (!plan) {
      if (revision !== 0) throw conflict();
      await store.insertPlan(tx, { candidateId: id, entries, updatedBy: actor.userId });
    } else {
      const next = await store.updatePlan(tx, id, revision, { entries, updatedBy: actor.userId });
      if (next === undefined) throw conflict();
    }
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'plan.save',
      subjectType: 'candidate',
      subjectId: id,
      data: { before: plan?.entries ?? null, after: entries },
    });
    const saved = await store.findPlan(tx, id);
    return { revision: saved?.revision ?? 1 };
  });
}

export async function addBookletEntry(
  ctx: Context,
  actor: Actor,
  id: string,
  entry: {
    kind: BookletKind;
    date: string;
    title: string;
    body?: string;
    durationHours?: number;
  },
) {
  await openCandidateFor(ctx, actor, id, 'booklet.write', 'follow_up');
  if (entry.date > todayOf(ctx))
    throw new AppError(
      'validation_failed',
      { fr: 'La date ne peut pas être future.', en: 'The date cannot be in the future.' },
      'body/date',
    );
  const row = await store.insertBookletEntry(ctx.database.db, {
    candidateId: id,
    kind: entry.kind,
    date: entry.date,
    title: entry.title,
    body: entry.body ?? '',
    durationHours: entry.durationHours ?? null,
    authorId: actor.userId,
  });
  return { id: row?.id ?? '' };
}
