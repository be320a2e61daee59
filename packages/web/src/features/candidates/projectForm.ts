// The company project's form (issue 5, item 2), pure: its values, what is missing before it
// can be sent (core's check, the server's own), the body the API takes, and which status moves a person may make.
import { checkProject } from '@certeval/core/candidates/projectForm';
import type { FormProblem } from '@certeval/core/forms/formProblems';
import { instrumentRefId } from '../instruments/instrumentsApi.ts';
import type {
  CommitteeMember,
  InstrumentRef,
  ProjectDetail,
  ProjectInput,
  ProjectStatus,
} from './candidatesApi.ts';

export type ProjectValues = {
  title: string;
  certification: string;
  referentialVersion: string;
  variantId: string;
  opportunity: string;
  steeringCommittee: CommitteeMember[];
  /** `key@version` of each instrument in use. */
  instruments: string[];
};

export const emptyProject: ProjectValues = {
  title: '',
  certification: '',
  referentialVersion: '',
  variantId: '',
  opportunity: '',
  steeringCommittee: [],
  instruments: [],
};

function instrumentRef(id: string): InstrumentRef {
  const at = id.lastIndexOf('@');
  return { key: id.slice(0, at), version: id.slice(at + 1) };
}

export function projectValues(project: ProjectDetail): ProjectValues {
  return {
    title: project.title,
    certification: project.certification,
    referentialVersion: project.referentialVersion,
    variantId: project.variantId ?? '',
    opportunity: project.opportunity,
    steeringCommittee: project.steeringCommittee,
    instruments: project.instruments.map(instrumentRefId),
  };
}

export const PROJECT_FIELDS = [
  'title',
  'certification',
  'referentialVersion',
  'variantId',
  'opportunity',
  'steeringCommittee',
  'instruments',
] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];

/** A committee line left wholly empty is dropped before the check, never refused. */
export function withoutEmptyLines(values: ProjectValues): ProjectValues {
  return {
    ...values,
    steeringCommittee: values.steeringCommittee.filter((m) => m.name.trim() || m.role.trim()),
  };
}

/** Every problem of the form as typed, by core's check: the server's own, before sending. */
export function projectProblems(values: ProjectValues): FormProblem[] {
  return checkProject(projectInput(values), 'body');
}

export function projectInput(values: ProjectValues): ProjectInput {
  return {
    title: values.title.trim(),
    certification: values.certification,
    referentialVersion: values.referentialVersion,
    variantId: values.variantId || null,
    opportunity: values.opportunity,
    steeringCommittee: values.steeringCommittee.map((m) => ({
      name: m.name.trim(),
      role: m.role.trim(),
    })),
    instruments: values.instruments.map(instrumentRef),
  };
}

export type ProjectMove = { to: ProjectStatus; action: 'submit' | 'validate' | 'return' | 'close' };

/**
 * The moves the person may make, as the server allows them (service.moveProject): the pilot
 * submits a draft and closes a validated project; the certifier validates or returns it.
 */
export function projectMoves(project: Pick<ProjectDetail, 'status' | 'canEdit' | 'canValidate'>) {
  const moves: ProjectMove[] = [];
  if (project.canEdit && project.status === 'draft')
    moves.push({ to: 'submitted', action: 'submit' });
  if (project.canValidate && project.status === 'submitted')
    moves.push({ to: 'validated', action: 'validate' }, { to: 'draft', action: 'return' });
  if (project.canEdit && project.status === 'validated')
    moves.push({ to: 'closed', action: 'close' });
  return moves;
}
