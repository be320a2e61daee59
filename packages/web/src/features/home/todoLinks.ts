// Where each task of a home's to-do list is done (issue 16, item 2): one section of the role's
// navigation per task, so that its link opens the list the count was read from.
import type { TodoItem } from '@certeval/core/worklist/todo';
import type { Role } from '../auth/me.ts';
import type { SectionKey } from './sections.ts';

const STEP_SECTIONS: Record<string, SectionKey> = {
  take_questionnaire: 'myQuestionnaires',
  write_vae_booklet: 'myVaeBooklet',
  decided: 'myCertificate',
};

const TASK_SECTIONS: Record<string, SectionKey | Partial<Record<Role, SectionKey>>> = {
  projects_to_validate: 'companyProjects',
  candidates_to_convene: 'jurySessions',
  deliberations_to_sign: 'deliberations',
  decisions_to_issue: 'certificates',
  failed_jobs: 'messages',
  candidates_in_state: 'candidates',
  evaluations_late: 'candidates',
  next_steering_meeting: 'steeringCommittee',
  to_position: 'observationGrids',
  to_evaluate: { tutor: 'observationGrids', trainer: 'questionnaires' },
  to_finish: { tutor: 'observationGrids', trainer: 'myCandidates' },
  to_mark: 'questionnaires',
  next_session: 'myJurySessions',
  grids_to_fill: 'evaluationGrids',
};

/** The section where a task of this role's home is done. */
export function todoSection(role: Role, item: Pick<TodoItem, 'task' | 'step'>): SectionKey {
  if (item.task === 'next_step') return STEP_SECTIONS[item.step?.type ?? ''] ?? 'myPathway';
  const target = TASK_SECTIONS[item.task] ?? 'myPathway';
  return typeof target === 'string' ? target : (target[role] ?? 'myCandidates');
}
