// What a tutor or a trainer has to do for one candidate (issue 16, item 2), read from the
// candidate's file and its evaluations: position them (the tutor; seed 000, slide 3,
// "Positionnement des candidats"), give the final evaluation once the file is in training
// (seed 000, slide 2: "lorsque je suis prêt, une épreuve finale … m'est proposée"), finish a
// draft they opened, mark the open answers of a questionnaire taken online. And which open
// evaluations are late, for the pilot.
import { type CandidateState, pathwayOf } from '../candidates/fileStates.ts';

/**
 * draft: being filled by its evaluator; assigned / in_progress: a questionnaire the candidate
 * takes online; to_grade: taken, open answers awaiting the trainer; submitted: final;
 * superseded: a jury agreement replaced by a later version.
 */
export const EVALUATION_STATUSES = [
  'draft',
  'assigned',
  'in_progress',
  'to_grade',
  'submitted',
  'superseded',
] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export interface WorkEvaluation {
  id: string;
  /** positioning, continuous or final. */
  kind: string;
  status: EvaluationStatus;
  /** tutor, trainer, jury_member, jury_president. */
  evaluatorRole: string;
  /** Opened by the reader (their draft, the questionnaire they gave). */
  mine: boolean;
  /** The evaluation's day, YYYY-MM-DD (for a questionnaire online, the day it was given). */
  date: string;
  /** When a timed questionnaire taken online must be finished (ISO 8601), if it is. */
  dueAt?: string | null;
}

export interface WorkFile {
  status: CandidateState;
  accessRoute: string;
  evaluations: readonly WorkEvaluation[];
}

export type TaskRole = 'tutor' | 'trainer';

export type EvaluatorTask =
  | { type: 'position' }
  | { type: 'final' }
  | { type: 'finish'; evaluationId: string; kind: string }
  | { type: 'mark'; evaluationId: string };

const standing = (e: WorkEvaluation) => e.status !== 'superseded';

/** The tasks of a tutor or a trainer on one candidate's file, in the order of the pathway. */
export function evaluatorTasks(role: TaskRole, file: WorkFile): EvaluatorTask[] {
  const tasks: EvaluatorTask[] = [];
  const training = pathwayOf(file.accessRoute) === 'training';
  const ofRole = file.evaluations.filter((e) => standing(e) && e.evaluatorRole === role);
  const has = (kind: string) => ofRole.some((e) => e.kind === kind);
  if (role === 'tutor' && training && file.status === 'enrolled' && !has('positioning'))
    tasks.push({ type: 'position' });
  if (training && file.status === 'in_training' && !has('final')) tasks.push({ type: 'final' });
  for (const e of file.evaluations) {
    if (!e.mine) continue;
    if (e.status === 'draft') tasks.push({ type: 'finish', evaluationId: e.id, kind: e.kind });
    if (e.status === 'to_grade') tasks.push({ type: 'mark', evaluationId: e.id });
  }
  return tasks;
}

/**
 * How long an evaluation may stay open before the pilot is told it is late. A convention of
 * the product, not of the seeds: a month, the rhythm of a steering committee.
 */
export const LATE_AFTER_DAYS = 30;

const dayNumber = (day: string) => Math.floor(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / 864e5);

/**
 * Whether an open evaluation is late: a timed questionnaire past its end and not finished, or
 * any evaluation still open more than LATE_AFTER_DAYS after its day. `now` is ISO 8601.
 */
export function isLate(e: WorkEvaluation, now: string): boolean {
  if (e.status === 'submitted' || e.status === 'superseded') return false;
  if (e.status === 'in_progress' && e.dueAt && Date.parse(e.dueAt) < Date.parse(now)) return true;
  return dayNumber(now) - dayNumber(e.date) > LATE_AFTER_DAYS;
}
