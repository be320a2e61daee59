import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CandidateState, ProjectStatus } from './candidatesApi.ts';

/** A badge keeps its whole word in a narrow table cell (Mantine would cut it to "SOU…"). */
export const wholeBadge = {
  root: { overflow: 'visible' },
  label: { overflow: 'visible' },
} as const;

// Colours dark enough for white text (WCAG AA), as the referential's status badge.
const stateColours: Record<CandidateState, string> = {
  enrolled: 'gray.7',
  positioned: 'blue.8',
  in_training: 'indigo.8',
  ready_for_jury: 'orange.9',
  decided: 'green.9',
  withdrawn: 'red.9',
};

/** Inscrit, Positionné, En formation… */
export function CandidateStateBadge({ state }: { state: CandidateState }) {
  const { t } = useTranslation();
  return (
    <Badge color={stateColours[state]} styles={wholeBadge} data-testid="candidate-state">
      {t(`candidates.states.${state}`)}
    </Badge>
  );
}

const projectColours: Record<ProjectStatus, string> = {
  draft: 'gray.7',
  submitted: 'orange.9',
  validated: 'green.9',
  closed: 'dark.6',
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={projectColours[status]} styles={wholeBadge} data-testid="project-status">
      {t(`projects.statuses.${status}`)}
    </Badge>
  );
}
