// A candidate's complete evaluation record as JSON (issue 5, item 7): the format of
// data/schemas/evaluation-record.schema.json, exported from a file and imported into a
// project — all or nothing, every problem listed with its JSON path. The same record is what
// `certeval deliberate` and POST /api/deliberations/preview decide on.
import {
  type CandidateInput,
  checkEvaluationItems,
  type EvaluationRecord,
  type EvaluatorRole,
  type Instrument,
  normaliseInseeCode,
  parseRecord,
  type RecordItemResult,
  validateRecord,
} from '@certeval/core';
import { and, eq, sql } from 'drizzle-orm';
import { insertAudit } from '../accounts/store.ts';
import { assertFileOpenOf, candidateFor, candidateOf, getProject } from '../candidates/service.ts';
import * as candidateStore from '../candidates/store.ts';
import * as instrumentStore from '../instruments/store.ts';
import { type Context, todayOf } from '../platform/context.ts';
import { candidates, evaluations, organisations } from '../platform/db/schema.ts';
import { AppError, type ProblemDetail } from '../platform/errors.ts';
import { type Actor, can } from '../platform/policy.ts';
import { evaluationReadable } from './juryPrivacy.ts';
import * as store from './store.ts';

/**
 * A candidate's record for a signed-in person who may export it (the API; the CLI is trusted),
 * with the evaluations they read: never a jury member's grid not theirs (issue 14).
 */
export async function exportDossierFor(ctx: Context, actor: Actor, candidateId: string) {
  const { resource, deliberations } = await candidateFor(ctx, actor, candidateId, 'dossier.export');
  return exportDossier(ctx, candidateId, (row) =>
    evaluationReadable(actor, row, resource, deliberations),
  );
}

/** Imports a record into a project of the person's company, or any for the certifier. */
export async function importDossierFor(
  ctx: Context,
  actor: Actor,
  projectId: string,
  record: unknown,
) {
  const project = await getProject(ctx, actor, projectId);
  if (!can(actor, 'dossier.import', { organisationId: project.organisationId }))
    throw new AppError('forbidden');
  return importDossier(ctx, { projectId, record, actorId: actor.userId });
}

/** The record of a candidate: identity, certification, every submitted evaluation `kept`. */
export async function exportDossier(
  ctx: Context,
  candidateId: string,
  kept: (row: store.EvaluationRow) => boolean = () => true,
): Promise<EvaluationRecord> {
  const { db } = ctx.database;
  const row = await candidateStore.findCandidate(db, candidateId);
  if (!row) throw new AppError('not_found');
  const project = await candidateStore.findProject(db, row.projectId);
  const [company] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, row.organisationId));
  if (!project) throw new AppError('not_found');
  const { tutorId: _t, trainerId: _f, phone: _p, job: _j, ...identity } = candidateOf(row);
  const accommodations = identity.accommodations ?? [];
  const rows = (await store.evaluationsOf(db, candidateId)).filter(
    (r) => r.status === 'submitted' && kept(r),
  );
  return withoutUndefined({
    format: 'certeval.evaluation-record',
    formatVersion: 1,
    candidate: {
      ...identity,
      ...(company && { company: company.name }),
      accommodations: accommodations.length > 0 ? accommodations : undefined,
    },
    certification: { id: project.certification, version: project.referentialVersion },
    evaluations: rows.map((r) => ({
      instrument: { id: r.instrumentKey, version: r.instrumentVersion },
      kind: r.kind as 'positioning' | 'continuous' | 'final',
      date: r.date,
      evaluator: { name: r.evaluatorName, role: r.evaluatorRole as EvaluatorRole },
      items: r.items as RecordItemResult[],
      ...(r.agreed ? { agreed: r.agreed as Record<string, number> } : {}),
      ...(r.comment ? { comment: r.comment } : {}),
    })),
  });
}

/** Drops the fields left undefined, as JSON does. */
function withoutUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

export interface DossierImport {
  candidateId: string;
  candidateCreated: boolean;
  imported: number;
  skipped: number;
}

const located = (path: string, message: { fr: string; en: string }, code = 'record') => ({
  code,
  path,
  message,
});

/**
 * Imports a record into a project: the candidate is found by birth name, first names and birth
 * date, or enrolled; each evaluation is added unless the same one (instrument, kind, date,
 * evaluator) is already there, so that importing twice changes nothing.
 */
export async function importDossier(
  ctx: Context,
  input: { projectId: string; record: unknown; actorId: string | null; fileName?: string },
): Promise<DossierImport> {
  const { db } = ctx.database;
  const file = input.fileName;
  const fail = (problems: ProblemDetail[]) =>
    new AppError(
      'import_invalid',
      undefined,
      undefined,
      problems.map((p) => ({ ...p, ...(file && { file }) })),
    );
  const project = await candidateStore.findProject(db, input.projectId);
  if (!project) throw new AppError('not_found');
  const today = todayOf(ctx);
  // JSON text (a file) is parsed here so that a syntax error is located like any other fault.
  const checked =
    typeof input.record === 'string'
      ? parseRecord(input.record, { today })
      : validateRecord(input.record, { today });
  if (!checked.ok && !checked.readable)
    throw fail(checked.problems.map((p) => located(p.path, p.message, p.code)));
  const record = (checked.ok ? checked.value : checked.readable) as EvaluationRecord;
  const problems: ProblemDetail[] = checked.ok
    ? []
    : checked.problems.map((p) => located(p.path, p.message, p.code));
  if (
    record.certification.id !== project.certification ||
    record.certification.version !== project.referentialVersion
  )
    problems.push(
      located('$.certification', {
        fr: `Ce dossier est pour ${record.certification.id} ${record.certification.version}, le projet pour ${project.certification} ${project.referentialVersion}.`,
        en: `This record is for ${record.certification.id} ${record.certification.version}, the project for ${project.certification} ${project.referentialVersion}.`,
      }),
    );
  const instruments = new Map<string, Instrument>();
  for (const [e, evaluation] of record.evaluations.entries()) {
    const key = `${evaluation.instrument.id}@${evaluation.instrument.version}`;
    if (!instruments.has(key)) {
      const row = await instrumentStore.findInstrument(
        db,
        evaluation.instrument.id,
        evaluation.instrument.version,
      );
      if (!row) {
        problems.push(
          located(`$.evaluations[${e}].instrument`, {
            fr: `Instrument inconnu : ${evaluation.instrument.id} ${evaluation.instrument.version}.`,
            en: `Unknown instrument: ${evaluation.instrument.id} ${evaluation.instrument.version}.`,
          }),
        );
        continue;
      }
      instruments.set(key, row.document as Instrument);
    }
    const instrument = instruments.get(key) as Instrument;
    problems.push(
      ...checkEvaluationItems(instrument, evaluation.items, {
        complete: false,
        path: `$.evaluations[${e}].items`,
      }).map((p) => located(p.path, p.message, p.code)),
    );
  }
  if (problems.length > 0) throw fail(problems);
  return db.transaction(async (tx) => {
    const c = record.candidate;
    const [existing] = await tx
      .select({ id: candidates.id })
      .from(candidates)
      .where(
        and(
          eq(candidates.projectId, project.id),
          sql`lower(${candidates.birthName}) = lower(${c.birthName})`,
          eq(candidates.birthDate, c.birthDate),
          sql`${candidates.firstNames} = ${JSON.stringify(c.firstNames)}::jsonb`,
        ),
      );
    const identity: CandidateInput = withoutUndefined({ ...c, company: undefined });
    // A decided file takes no evaluation (issue 14): the whole import is refused.
    if (existing) await assertFileOpenOf(tx, existing.id, 'evaluation');
    const candidateId =
      existing?.id ??
      (
        await candidateStore.insertCandidate(tx, {
          projectId: project.id,
          organisationId: project.organisationId,
          birthName: identity.birthName,
          usageName: identity.usageName ?? null,
          firstNames: identity.firstNames,
          birthDate: identity.birthDate,
          birthPlace: identity.birthPlace,
          sex: identity.sex ?? null,
          birthInseeCode: identity.birthInseeCode
            ? normaliseInseeCode(identity.birthInseeCode)
            : null,
          email: identity.email ?? null,
          accessRoute: identity.accessRoute,
          accommodations: identity.accommodations ?? [],
          status: 'in_training',
        })
      ).id;
    const present = await store.evaluationsOf(tx, candidateId);
    const signature = (key: string, kind: string, date: string, name: string) =>
      `${key}\u0000${kind}\u0000${date}\u0000${name}`;
    const seen = new Set(
      present.map((r) =>
        signature(`${r.instrumentKey}@${r.instrumentVersion}`, r.kind, r.date, r.evaluatorName),
      ),
    );
    let imported = 0;
    for (const evaluation of record.evaluations) {
      const key = `${evaluation.instrument.id}@${evaluation.instrument.version}`;
      const sig = signature(key, evaluation.kind, evaluation.date, evaluation.evaluator.name);
      if (seen.has(sig)) continue;
      seen.add(sig);
      const [row] = await tx
        .insert(evaluations)
        .values({
          candidateId,
          instrumentKey: evaluation.instrument.id,
          instrumentVersion: evaluation.instrument.version,
          kind: evaluation.kind,
          evaluatorId: null,
          evaluatorName: evaluation.evaluator.name,
          evaluatorRole: evaluation.evaluator.role,
          date: evaluation.date,
          status: 'submitted',
          items: evaluation.items,
          agreed: evaluation.agreed ?? null,
          comment: evaluation.comment ?? null,
          submittedAt: ctx.now(),
        })
        .returning({ id: evaluations.id });
      imported += 1;
      await insertAudit(tx, {
        actorId: input.actorId,
        action: 'evaluation.import',
        subjectType: 'evaluation',
        subjectId: row?.id ?? '',
        data: { candidateId, ...(file && { file }) },
      });
    }
    return {
      candidateId,
      candidateCreated: !existing,
      imported,
      skipped: record.evaluations.length - imported,
    };
  });
}
