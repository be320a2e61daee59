// The evaluators' lists as each section shows them (issue 16), pure: the trainer's groups (a
// project's candidates by stage), the tutor's grids (to fill, in progress, filled), the
// questionnaires taken online (to take, waiting, to mark, done), and each candidate's latest
// results per domain by evaluator.
import { CANDIDATE_STATES } from '@certeval/core/candidates/fileStates';
import type {
  CandidateState,
  EvaluatorTask,
  ListedCandidate,
  ListedEvaluation,
} from './worklistApi.ts';

export type Group = {
  projectId: string;
  projectTitle: string;
  organisationName: string;
  count: number;
  stages: Array<{ state: CandidateState; candidates: ListedCandidate[] }>;
};

/** One group per project (a company's cohort), its candidates by stage in the pathway's order. */
export function groupsOf(list: readonly ListedCandidate[]): Group[] {
  const projects = new Map<string, ListedCandidate[]>();
  for (const c of list) projects.set(c.projectId, [...(projects.get(c.projectId) ?? []), c]);
  return [...projects.values()]
    .map((members) => {
      const [first] = members as [ListedCandidate];
      return {
        projectId: first.projectId,
        projectTitle: first.projectTitle,
        organisationName: first.organisationName,
        count: members.length,
        stages: CANDIDATE_STATES.map((state) => ({
          state,
          candidates: members.filter((c) => c.status === state),
        })).filter((stage) => stage.candidates.length > 0),
      };
    })
    .sort((a, b) => a.projectTitle.localeCompare(b.projectTitle, 'fr'));
}

export type GridTask = { candidate: ListedCandidate; task: EvaluatorTask };
export type GridDone = { candidate: ListedCandidate; evaluation: ListedEvaluation };

/**
 * The tutor's observation grids: those to open (a positioning, a final evaluation), those
 * being filled (their drafts), those submitted by a tutor — newest first.
 */
export function gridsOf(list: readonly ListedCandidate[]) {
  const toOpen: GridTask[] = [];
  const inProgress: GridTask[] = [];
  const filled: GridDone[] = [];
  for (const candidate of list) {
    for (const task of candidate.tasks) {
      if (task.type === 'position' || task.type === 'final') toOpen.push({ candidate, task });
      if (task.type === 'finish') inProgress.push({ candidate, task });
    }
    for (const evaluation of candidate.evaluations)
      if (evaluation.evaluatorRole === 'tutor' && evaluation.status === 'submitted')
        filled.push({ candidate, evaluation });
  }
  filled.sort((a, b) => b.evaluation.date.localeCompare(a.evaluation.date));
  return { toOpen, inProgress, filled };
}

export type QuestionnaireLine = { candidate: ListedCandidate; evaluation: ListedEvaluation };

/** The questionnaires taken online, by where they stand; the newest given first. */
export function questionnairesOf(list: readonly ListedCandidate[]) {
  const lines = list
    .flatMap((candidate) =>
      candidate.evaluations
        .filter((e) => e.online)
        .map((evaluation) => ({ candidate, evaluation })),
    )
    .sort((a, b) => b.evaluation.date.localeCompare(a.evaluation.date));
  const where = (...statuses: string[]) =>
    lines.filter((l) => statuses.includes(l.evaluation.status));
  return {
    toTake: where('assigned'),
    inProgress: where('in_progress'),
    toMark: where('to_grade'),
    done: where('submitted'),
  };
}

export type ResultRow = { role: string; evaluation: ListedEvaluation };

/**
 * A candidate's latest submitted result per evaluator (tutor, trainer), with its domains: what
 * the "Résultats" section shows, the percentage of the objective reached per domain (seed 000,
 * slide 18).
 */
export function latestResults(candidate: ListedCandidate): ResultRow[] {
  const rows: ResultRow[] = [];
  for (const role of ['tutor', 'trainer']) {
    const [latest] = candidate.evaluations
      .filter((e) => e.evaluatorRole === role && e.status === 'submitted' && e.domains.length > 0)
      .sort(
        (a, b) =>
          b.date.localeCompare(a.date) || Number(b.kind === 'final') - Number(a.kind === 'final'),
      );
    if (latest) rows.push({ role, evaluation: latest });
  }
  return rows;
}

/** The domains of some results, in the referential's order when known, else as they come. */
export function domainsOf(rows: readonly ResultRow[], order: readonly string[]): string[] {
  const seen = [...new Set(rows.flatMap((r) => r.evaluation.domains.map((d) => d.domain)))];
  const rank = (code: string) => {
    const k = order.indexOf(code);
    return k < 0 ? order.length : k;
  };
  return seen.sort((a, b) => rank(a) - rank(b));
}
