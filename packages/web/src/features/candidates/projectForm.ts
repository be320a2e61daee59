// The company project's form (issue 5, item 2), pure: its values, what is missing before it
// can be sent, the body the API takes, and which status moves a person may make.
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

export const instrumentId = (ref: InstrumentRef) => `${ref.key}@${ref.version}`;

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
    instruments: project.instruments.map(instrumentId),
  };
}

export type ProjectField = 'title' | 'certification' | 'referentialVersion' | `committee.${number}`;

/** The fields left empty that the server requires; a committee line needs a name. */
export function missingProjectFields(values: ProjectValues): ProjectField[] {
  const missing: ProjectField[] = [];
  if (!values.title.trim()) missing.push('title');
  if (!values.certification) missing.push('certification');
  if (!values.referentialVersion) missing.push('referentialVersion');
  values.steeringCommittee.forEach((member, k) => {
    if (!member.name.trim() && member.role.trim()) missing.push(`committee.${k}`);
  });
  return missing;
}

export function projectInput(values: ProjectValues): ProjectInput {
  return {
    title: values.title.trim(),
    certification: values.certification,
    referentialVersion: values.referentialVersion,
    variantId: values.variantId || null,
    opportunity: values.opportunity,
    // A line left wholly empty is dropped rather than refused.
    steeringCommittee: values.steeringCommittee
      .map((m) => ({ name: m.name.trim(), role: m.role.trim() }))
      .filter((m) => m.name !== ''),
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
