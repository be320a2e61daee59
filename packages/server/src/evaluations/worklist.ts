// The evaluators' lists (issue 16, item 1), read for one space: the candidates the reader sees
// there, each with its evaluations (their result per domain once submitted), what the reader
// has to do on it (core's evaluatorTasks for a tutor or a trainer), its follow-up booklet, and
// the next step of its pathway (core's nextStep). The tutor's observation grids, the trainer's
// groups, questionnaires and results, the candidate's questionnaires, the booklets and the
// homes' to-do lists are all this one list, seen differently.
import {
  type CandidateState,
  domainResults,
  type EvaluationStatus,
  type EvaluatorTask,
  evaluatorTasks,
  type Instrument,
  type NextStep,
  nextStep,
  type WorkEvaluation,
  type WorkFile,
} from '@certeval/core';
import { visibleCandidates } from '../candidates/store.ts';
import type { Context } from '../platform/context.ts';
import { actorInSpace, type Space } from '../platform/http/space.ts';
import type { Actor } from '../platform/policy.ts';
import { instrumentOf } from './service.ts';
import * as store from './worklistStore.ts';

export interface ListedEvaluation extends WorkEvaluation {
  instrument: { key: string; version: string; title: string; kind: string | null };
  evaluatorName: string;
  online: boolean;
  submittedAt: string | null;
  /** Once submitted: the result per domain (core's domainResults). */
  domains: Array<{ domain: string; percentage: number }>;
}

export interface ListedCandidate extends Omit<store.ListCandidate, 'firstNames' | 'status'> {
  firstNames: string[];
  status: CandidateState;
  evaluations: ListedEvaluation[];
  tasks: EvaluatorTask[];
  nextStep: NextStep;
  jury: { date: string; startTime: string | null; place: string | null } | null;
}

/** The submitted evaluations' instruments, each read once (published ones are cached). */
async function instrumentsOf(ctx: Context, rows: readonly store.ListEvaluation[]) {
  const found = new Map<string, Instrument>();
  for (const r of rows) {
    const key = `${r.instrumentKey}@${r.instrumentVersion}`;
    if (r.status !== 'submitted' || found.has(key)) continue;
    const row = await instrumentOf(ctx, r.instrumentKey, r.instrumentVersion).catch(() => null);
    if (row) found.set(key, row.document as Instrument);
  }
  return found;
}

function listed(
  row: store.ListEvaluation,
  readerId: string,
  instruments: Map<string, Instrument>,
): ListedEvaluation {
  const instrument = instruments.get(`${row.instrumentKey}@${row.instrumentVersion}`);
  const items = row.items as Array<{ item: string; percentage?: number; points?: number }>;
  return {
    id: row.id,
    instrument: {
      key: row.instrumentKey,
      version: row.instrumentVersion,
      title: row.instrumentTitle ?? row.instrumentKey,
      kind: row.instrumentKind,
    },
    kind: row.kind,
    status: row.status as EvaluationStatus,
    evaluatorRole: row.evaluatorRole,
    evaluatorName: row.evaluatorName,
    mine: row.evaluatorId === readerId,
    date: row.date,
    dueAt: row.dueAt?.toISOString() ?? null,
    online: row.online,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    domains: instrument && row.status === 'submitted' ? domainResults(instrument, items) : [],
  };
}

function stepOf(file: WorkFile & { vaeBooklet: string | null }, jury: ListedCandidate['jury']) {
  const open = file.evaluations as ListedEvaluation[];
  return nextStep({
    status: file.status,
    accessRoute: file.accessRoute,
    questionnaires: open
      .filter((e) => e.online && (e.status === 'assigned' || e.status === 'in_progress'))
      .map((e) => ({
        evaluationId: e.id,
        title: e.instrument.title,
        date: e.date,
        status: e.status as 'assigned' | 'in_progress',
        dueAt: e.dueAt ?? null,
      })),
    vaeBooklet:
      file.vaeBooklet === 'draft' || file.vaeBooklet === 'submitted' ? file.vaeBooklet : null,
    finalsFrom: open
      .filter((e) => e.kind === 'final' && e.status === 'submitted')
      .map((e) => e.evaluatorRole),
    jury,
  });
}

/** The candidates of the space with their evaluations, tasks and next step. */
export async function worklist(
  ctx: Context,
  actor: Actor,
  space: Space,
): Promise<ListedCandidate[]> {
  const reader = actorInSpace(actor, space);
  const visible = visibleCandidates(reader);
  const { db } = ctx.database;
  const files = await store.candidatesOfList(db, visible);
  const rows = await store.evaluationsOfList(db, visible, space.role !== 'candidate');
  const seats = await store.openSeatsOfList(db, visible);
  const instruments = await instrumentsOf(ctx, rows);
  const byCandidate = new Map<string, store.ListEvaluation[]>();
  for (const r of rows)
    byCandidate.set(r.candidateId, [...(byCandidate.get(r.candidateId) ?? []), r]);
  return files.map((file) => {
    const evaluations = (byCandidate.get(file.id) ?? []).map((r) =>
      listed(r, actor.userId, instruments),
    );
    const seat = seats.find((s) => s.candidateId === file.id);
    const jury = seat ? { date: seat.date, startTime: seat.startTime, place: seat.place } : null;
    const work = { ...file, status: file.status as CandidateState, evaluations };
    const role = space.role === 'tutor' || space.role === 'trainer' ? space.role : undefined;
    return {
      ...work,
      firstNames: file.firstNames as string[],
      tasks: role ? evaluatorTasks(role, work) : [],
      nextStep: stepOf(work, jury),
      jury,
    };
  });
}
