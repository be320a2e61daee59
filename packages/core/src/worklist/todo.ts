// A home as a to-do list (issue 16, item 2): per role, what waits and how many, each item a
// link to the section where it is done. Built from the same lists the sections show, so that
// a count and the list it leads to always agree; items with nothing to do are left out.
import { CANDIDATE_STATES, type CandidateState } from '../candidates/fileStates.ts';
import type { MemberGridStatus } from './deliberationBlockers.ts';
import { evaluatorTasks, isLate, type TaskRole, type WorkFile } from './evaluatorTasks.ts';
import type { NextStep } from './nextStep.ts';

export const HOME_TASKS = [
  // The certifier's.
  'projects_to_validate',
  'candidates_to_convene',
  'deliberations_to_sign',
  'decisions_to_issue',
  'failed_jobs',
  // The pilot's.
  'candidates_in_state',
  'evaluations_late',
  'next_steering_meeting',
  // The tutor's and the trainer's.
  'to_position',
  'to_evaluate',
  'to_finish',
  'to_mark',
  // The jury member's.
  'next_session',
  'grids_to_fill',
  // The candidate's.
  'next_step',
] as const;
export type TodoTask = (typeof HOME_TASKS)[number];

export interface TodoItem {
  task: TodoTask;
  count: number;
  /** candidates_in_state: which state. */
  state?: CandidateState;
  /** next_session, next_steering_meeting: its day (YYYY-MM-DD) and start. */
  date?: string;
  startTime?: string | null;
  place?: string | null;
  /** next_step: the step. */
  step?: NextStep;
}

// A dated item (the next session, the next committee) stands even with nothing counted yet.
const items = (list: TodoItem[]) =>
  list.filter((item) => item.count > 0 || item.date !== undefined);

export interface CertifierFacts {
  projectsSubmitted: number;
  /** Files put before the jury and placed in no session still to deliberate. */
  readyNotConvened: number;
  /** Deliberations decided, waiting for their president's signature. */
  decidedNotSigned: number;
  /** Signed decisions whose certificates or attestations are not issued. */
  signedNotIssued: number;
  failedJobs: number;
}

export function certifierTodo(facts: CertifierFacts): TodoItem[] {
  return items([
    { task: 'projects_to_validate', count: facts.projectsSubmitted },
    { task: 'candidates_to_convene', count: facts.readyNotConvened },
    { task: 'deliberations_to_sign', count: facts.decidedNotSigned },
    { task: 'decisions_to_issue', count: facts.signedNotIssued },
    { task: 'failed_jobs', count: facts.failedJobs },
  ]);
}

/** The pilot's: their candidates by state, the evaluations late, the next committee. */
export function pilotTodo(
  files: readonly WorkFile[],
  now: string,
  nextMeeting: { date: string } | null,
): TodoItem[] {
  const byState = CANDIDATE_STATES.map(
    (state): TodoItem => ({
      task: 'candidates_in_state',
      state,
      count: files.filter((f) => f.status === state).length,
    }),
  );
  const late = files.flatMap((f) => f.evaluations.filter((e) => isLate(e, now))).length;
  return items([
    ...byState,
    { task: 'evaluations_late', count: late },
    ...(nextMeeting
      ? [{ task: 'next_steering_meeting' as const, count: 1, date: nextMeeting.date }]
      : []),
  ]);
}

/** The tutor's or the trainer's: candidates to position, to evaluate, drafts, answers to mark. */
export function evaluatorTodo(role: TaskRole, files: readonly WorkFile[]): TodoItem[] {
  const tasks = files.map((f) => evaluatorTasks(role, f));
  const candidatesWith = (type: string) =>
    tasks.filter((list) => list.some((t) => t.type === type)).length;
  const all = (type: string) => tasks.flat().filter((t) => t.type === type).length;
  return items([
    { task: 'to_position', count: candidatesWith('position') },
    { task: 'to_evaluate', count: candidatesWith('final') },
    { task: 'to_finish', count: all('finish') },
    { task: 'to_mark', count: all('mark') },
  ]);
}

export interface JurySessionFacts {
  date: string;
  startTime: string | null;
  place: string | null;
  candidates: number;
}

/** The jury member's: their next session (today or later) and the grids still to fill. */
export function juryTodo(
  sessions: readonly JurySessionFacts[],
  grids: readonly MemberGridStatus[],
  today: string,
): TodoItem[] {
  const [next] = sessions
    .filter((s) => s.date >= today)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? ''),
    );
  const open = grids.filter((g) => g === 'to_fill' || g === 'in_progress').length;
  return items([
    ...(next
      ? [
          {
            task: 'next_session' as const,
            count: next.candidates,
            date: next.date,
            startTime: next.startTime,
            place: next.place,
          },
        ]
      : []),
    { task: 'grids_to_fill', count: open },
  ]);
}

/** The candidate's: the next step of each of their files (one, almost always). */
export function candidateTodo(steps: readonly NextStep[]): TodoItem[] {
  return steps.map((step) => ({ task: 'next_step', count: 1, step }));
}
